"""Users and tokens over the API: admins manage people, everyone their own tokens."""

import pytest

from intel.db import session_scope
from intel.models import User
from intel.services.passwords import set_password, verify_password


def test_an_admin_adds_a_rep_who_can_then_use_the_token_issued_to_them(client, admin):
    created = client.post(
        "/api/v1/users",
        json={"email": "Dana@Example.com", "name": "Dana", "password": "correct horse battery"},
        headers=admin.headers,
    )
    assert created.status_code == 201, created.text
    user = created.json()
    assert (user["email"], user["role"], user["has_password"]) == ("dana@example.com", "rep", True)

    issued = client.post(
        f"/api/v1/users/{user['id']}/tokens", json={"name": "laptop"}, headers=admin.headers
    )
    assert issued.status_code == 201
    token = issued.json()["token"]
    me = client.get("/api/v1/me", headers={"Authorization": f"Bearer {token}"})
    assert me.json()["email"] == "dana@example.com"

    listed = client.get(f"/api/v1/users/{user['id']}/tokens", headers=admin.headers).json()
    assert [t["name"] for t in listed] == ["laptop"]
    assert "token" not in listed[0], "a token is shown once, when issued"


def test_a_revoked_token_stops_working_at_once(client, rep):
    issued = client.post("/api/v1/me/tokens", json={"name": "script"}, headers=rep.headers).json()
    headers = {"Authorization": f"Bearer {issued['token']}"}
    assert client.get("/api/v1/me", headers=headers).status_code == 200

    assert (
        client.delete(f"/api/v1/me/tokens/{issued['id']}", headers=rep.headers).status_code == 204
    )
    assert client.get("/api/v1/me", headers=headers).status_code == 401
    assert client.get("/api/v1/me", headers=rep.headers).status_code == 200, "others stay valid"


def test_a_rep_can_neither_see_nor_revoke_another_reps_tokens(client, rep, other_rep):
    theirs = client.post("/api/v1/me/tokens", json={}, headers=other_rep.headers).json()
    mine = client.get("/api/v1/me/tokens", headers=rep.headers).json()
    assert theirs["id"] not in {t["id"] for t in mine}
    answer = client.delete(f"/api/v1/me/tokens/{theirs['id']}", headers=rep.headers)
    assert answer.status_code == 404
    still = {"Authorization": f"Bearer {theirs['token']}"}
    assert client.get("/api/v1/me", headers=still).status_code == 200


def test_deactivating_a_user_shuts_out_their_tokens(client, admin, rep):
    answer = client.patch(
        f"/api/v1/users/{rep.user_id}", json={"is_active": False}, headers=admin.headers
    )
    assert answer.status_code == 200
    assert answer.json()["is_active"] is False
    assert client.get("/api/v1/me", headers=rep.headers).status_code == 401


def test_an_admin_cannot_lock_themselves_out(client, admin):
    for change in ({"role": "rep"}, {"is_active": False}):
        answer = client.patch(f"/api/v1/users/{admin.user_id}", json=change, headers=admin.headers)
        assert answer.status_code == 409


def test_changing_a_password_needs_the_current_one(client, rep, session_factory):
    with session_scope(session_factory) as session:
        set_password(session.get(User, rep.user_id), "first password 1")
    wrong = {"current_password": "not it at all", "new_password": "second password 2"}
    assert client.put("/api/v1/me/password", json=wrong, headers=rep.headers).status_code == 403
    short = {"current_password": "first password 1", "new_password": "short"}
    assert client.put("/api/v1/me/password", json=short, headers=rep.headers).status_code == 422
    right = {"current_password": "first password 1", "new_password": "second password 2"}
    assert client.put("/api/v1/me/password", json=right, headers=rep.headers).status_code == 204
    with session_scope(session_factory) as session:
        user = session.get(User, rep.user_id)
        assert verify_password(user, "second password 2")
        assert not verify_password(user, "first password 1")


def test_issuing_tokens_is_rate_limited_with_a_retry_after(client, rep):
    statuses = [
        client.post("/api/v1/me/tokens", json={}, headers=rep.headers).status_code
        for _ in range(21)
    ]
    assert statuses[:20] == [201] * 20
    assert statuses[20] == 429
    limited = client.post("/api/v1/me/tokens", json={}, headers=rep.headers)
    assert int(limited.headers["Retry-After"]) > 0


@pytest.mark.parametrize("email", ["not-an-email", "a b@example.com"])
def test_a_malformed_email_is_refused_with_a_clear_error(client, admin, email):
    answer = client.post("/api/v1/users", json={"email": email}, headers=admin.headers)
    assert answer.status_code == 422
    assert "email" in answer.json()["detail"]
