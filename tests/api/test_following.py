"""Following through the real app: watchlists, subscriptions, mutes, channels, schedule."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from zoneinfo import ZoneInfo

import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from intel.db import session_scope
from intel.models import Alert, DeliveryChannel
from tests.factories import make_account, make_article, make_signal, make_source

API = "/api/v1"


@pytest.fixture
def strict_client(settings, engine) -> Iterator[TestClient]:
    """The app under default settings: no private network allowed, so https only."""
    strict = settings.model_copy(update={"fetch_allow_networks": []})
    with TestClient(create_app(strict, engine=engine), raise_server_exceptions=False) as client:
        yield client


@pytest.fixture
def account_ids(session_factory) -> list[int]:
    with session_scope(session_factory) as session:
        return [make_account(session, name=f"Company {i}").id for i in range(3)]


def post(client, caller, path, **body):
    return client.post(API + path, json=body, headers=caller.headers)


def get(client, caller, path, **params):
    return client.get(API + path, params=params, headers=caller.headers)


def patch(client, caller, path, **body):
    return client.patch(API + path, json=body, headers=caller.headers)


def put(client, caller, path, body=None):
    return client.put(API + path, json=body, headers=caller.headers)


def delete(client, caller, path):
    return client.delete(API + path, headers=caller.headers)


def member_ids(client, caller, watchlist_id):
    page = get(client, caller, f"/watchlists/{watchlist_id}/accounts")
    assert page.status_code == 200, page.text
    return [account["id"] for account in page.json()["items"]]


def test_a_watchlist_is_created_filled_renamed_and_deleted(client, rep, account_ids):
    created = post(client, rep, "/watchlists", name="  EMEA   targets ")
    assert created.status_code == 201, created.text
    watchlist = created.json()
    assert watchlist["name"] == "EMEA targets"
    assert (watchlist["owner_id"], watchlist["shared"], watchlist["member_count"]) == (
        rep.user_id,
        False,
        0,
    )
    path = f"/watchlists/{watchlist['id']}"

    for account_id in (*account_ids[:2], account_ids[0]):  # adding twice is harmless
        assert put(client, rep, f"{path}/accounts/{account_id}").status_code == 204
    assert put(client, rep, f"{path}/accounts/99999").status_code == 404
    assert delete(client, rep, f"{path}/accounts/{account_ids[1]}").status_code == 204
    assert member_ids(client, rep, watchlist["id"]) == [account_ids[0]]

    assert get(client, rep, "/watchlists").json()["items"][0]["member_count"] == 1
    assert patch(client, rep, path, name="EMEA 2027").json()["name"] == "EMEA 2027"
    assert post(client, rep, "/watchlists", name="EMEA 2027").status_code == 409
    assert patch(client, rep, path, name=None).status_code == 422

    assert delete(client, rep, path).status_code == 204
    assert get(client, rep, path).status_code == 404


def test_another_users_objects_are_not_found(client, rep, other_rep, account_ids):
    created = {
        "watchlists": post(client, other_rep, "/watchlists", name="Mine"),
        "subscriptions": post(client, other_rep, "/subscriptions", account_id=account_ids[0]),
        "mutes": post(client, other_rep, "/mutes", kind="keyword", value="webinar"),
        "channels": post(
            client, other_rep, "/channels", kind="webhook", target="http://127.0.0.1:9/hook"
        ),
    }
    mine = {f"/{path}": response.json()["id"] for path, response in created.items()}

    for path, object_id in mine.items():
        url = f"{path}/{object_id}"
        assert get(client, rep, path).json()["items"] == [], path
        assert delete(client, rep, url).status_code == 404, path
        if path != "/mutes":
            assert patch(client, rep, url).status_code == 404, path
    private_id = mine["/watchlists"]
    assert get(client, rep, f"/watchlists/{private_id}").status_code == 404
    assert get(client, rep, f"/watchlists/{private_id}/accounts").status_code == 404
    member = f"/watchlists/{private_id}/accounts/{account_ids[0]}"
    assert put(client, rep, member).status_code == 404

    for watchlist_id in (private_id, 99999):  # a private list reads like a missing one
        refused = post(client, rep, "/subscriptions", watchlist_id=watchlist_id)
        assert refused.status_code == 422
        assert refused.json()["detail"] == f"no watchlist {watchlist_id}"

    for path in mine:  # all still there for their owner
        assert len(get(client, other_rep, path).json()["items"]) == 1, path


def test_a_shared_watchlist_is_followed_by_reference(client, rep, other_rep, account_ids):
    shared = post(client, other_rep, "/watchlists", name="Fintech", shared=True).json()
    path = f"/watchlists/{shared['id']}"
    put(client, other_rep, f"{path}/accounts/{account_ids[0]}")

    listed = get(client, rep, "/watchlists").json()["items"]
    assert [(w["id"], w["shared"], w["owner_id"]) for w in listed] == [
        (shared["id"], True, other_rep.user_id)
    ]
    follow = post(client, rep, "/subscriptions", watchlist_id=shared["id"], delivery="digest")
    assert follow.status_code == 201, follow.text

    put(client, other_rep, f"{path}/accounts/{account_ids[1]}")
    assert member_ids(client, rep, shared["id"]) == account_ids[:2]
    assert get(client, rep, path).json()["member_count"] == 2

    assert patch(client, rep, path, name="Mine now").status_code == 403
    assert put(client, rep, f"{path}/accounts/{account_ids[2]}").status_code == 403
    assert delete(client, rep, path).status_code == 403

    assert patch(client, other_rep, path, shared=False).json()["shared"] is False
    assert get(client, rep, path).status_code == 404
    assert get(client, rep, "/subscriptions").json()["items"] == []


def test_streams_are_for_marketing_and_admins(client, rep, marketing, admin):
    refused = post(client, rep, "/subscriptions", stream="competitor")
    assert refused.status_code == 403
    assert "marketing" in refused.json()["detail"]
    for caller in (marketing, admin):
        followed = post(client, caller, "/subscriptions", stream="competitor")
        assert followed.status_code == 201, followed.text
        assert followed.json()["stream"] == "competitor"
    assert post(client, marketing, "/subscriptions", stream="prospect").status_code == 422


def test_subscriptions_are_validated_once_each_and_editable(client, rep, account_ids):
    created = post(
        client,
        rep,
        "/subscriptions",
        account_id=account_ids[0],
        signal_types=["funding", "leadership", "funding"],
        min_confidence=0.7,
    )
    assert created.status_code == 201, created.text
    subscription = created.json()
    assert subscription["signal_types"] == ["funding", "leadership"]
    assert (subscription["min_confidence"], subscription["delivery"]) == (0.7, "both")

    duplicate = post(client, rep, "/subscriptions", account_id=account_ids[0])
    assert duplicate.status_code == 409
    assert f"already follow account {account_ids[0]}" in duplicate.json()["detail"]

    for body in (
        {"account_id": account_ids[1], "signal_types": ["gossip"]},
        {"account_id": account_ids[1], "min_confidence": 1.5},
        {"account_id": account_ids[1], "delivery": "pigeon"},
        {"account_id": account_ids[1], "stream": "own"},
        {},
        {"account_id": 99999},
    ):
        assert post(client, rep, "/subscriptions", **body).status_code == 422, body

    path = f"/subscriptions/{subscription['id']}"
    edited = patch(client, rep, path, signal_types=[], delivery="instant")
    assert edited.status_code == 200, edited.text
    assert (edited.json()["signal_types"], edited.json()["delivery"]) == ([], "instant")
    assert patch(client, rep, path, account_id=account_ids[1]).status_code == 422
    assert delete(client, rep, path).status_code == 204
    assert get(client, rep, "/subscriptions").json()["items"] == []


def test_mute_rules_take_valid_values_once(client, rep, account_ids, session_factory):
    with session_scope(session_factory) as session:
        source_id = make_source(session, "https://news.example.com/feed").id
    for kind, value, stored in [
        ("account", str(account_ids[0]), str(account_ids[0])),
        ("source", source_id, str(source_id)),
        ("type", "earnings", "earnings"),
        ("keyword", "  free   webinar ", "free webinar"),
    ]:
        created = post(client, rep, "/mutes", kind=kind, value=value)
        assert created.status_code == 201, created.text
        assert created.json()["value"] == stored

    for kind, value in [
        ("account", "abc"),
        ("account", "99999"),
        ("source", "99999"),
        ("type", "gossip"),
        ("keyword", "   "),
        ("keyword", "x" * 201),
        ("colour", "red"),
    ]:
        assert post(client, rep, "/mutes", kind=kind, value=value).status_code == 422, value

    assert post(client, rep, "/mutes", kind="keyword", value="Free Webinar").status_code == 409
    mutes = get(client, rep, "/mutes").json()["items"]
    assert len(mutes) == 4
    assert delete(client, rep, f"/mutes/{mutes[0]['id']}").status_code == 204
    assert len(get(client, rep, "/mutes").json()["items"]) == 3


def test_a_webhook_secret_is_shown_once(client, rep):
    created = post(client, rep, "/channels", kind="webhook", target="http://127.0.0.1:9/hook")
    assert created.status_code == 201, created.text
    channel = created.json()
    assert len(channel["secret"]) >= 40
    assert channel["has_secret"] is True

    listed = get(client, rep, "/channels").json()["items"]
    assert [c["id"] for c in listed] == [channel["id"]]
    assert "secret" not in listed[0]
    assert listed[0]["has_secret"] is True
    assert channel["secret"] not in get(client, rep, "/channels").text

    slack = post(
        client, rep, "/channels", kind="slack", target="https://hooks.example.com/T1/B1/x"
    ).json()
    assert (slack["secret"], slack["has_secret"]) == (None, False)
    again = post(client, rep, "/channels", kind="slack", target="https://hooks.example.com/T1/B1/x")
    assert again.status_code == 409


def test_reenabling_a_channel_clears_why_it_was_disabled(client, rep, session_factory):
    channel = post(
        client, rep, "/channels", kind="teams", target="https://hooks.example.com/teams"
    ).json()
    with session_scope(session_factory) as session:
        row = session.get(DeliveryChannel, channel["id"])
        row.enabled = False
        row.disabled_reason = "HTTP 410 for a day"
        row.failing_since = dt.datetime(2026, 11, 20, tzinfo=dt.UTC)

    shown = get(client, rep, "/channels").json()["items"][0]
    assert (shown["enabled"], shown["disabled_reason"]) == (False, "HTTP 410 for a day")
    assert shown["failing_since"].startswith("2026-11-20")

    path = f"/channels/{channel['id']}"
    resumed = patch(client, rep, path, enabled=True, name="Sales team")
    assert resumed.status_code == 200, resumed.text
    assert {
        k: resumed.json()[k] for k in ("enabled", "disabled_reason", "failing_since", "name")
    } == {
        "enabled": True,
        "disabled_reason": None,
        "failing_since": None,
        "name": "Sales team",
    }
    assert patch(client, rep, path, target="https://elsewhere.example.com").status_code == 422
    assert delete(client, rep, path).status_code == 204
    assert get(client, rep, "/channels").json()["items"] == []


def test_channel_urls_are_refused_with_the_reason(strict_client, rep):
    for target, reason in [
        ("http://127.0.0.1/hook", "https"),
        ("https://127.0.0.1/hook", "loopback"),
        ("https://10.1.2.3/hook", "private"),
        ("file:///etc/passwd", "http"),
        ("https://user:pw@hooks.example.com/", "credentials"),
    ]:
        refused = post(strict_client, rep, "/channels", kind="webhook", target=target)
        assert refused.status_code == 422, target
        assert reason in refused.json()["detail"], refused.json()
    unknown_kind = post(strict_client, rep, "/channels", kind="email", target="https://a.example")
    assert unknown_kind.status_code == 422
    assert get(strict_client, rep, "/channels").json()["items"] == []


def test_the_schedule_is_validated_and_says_when_the_next_digest_goes(client, rep):
    schedule = get(client, rep, "/me/schedule").json()
    assert schedule["timezone"] == "UTC"
    assert schedule["next_digest_at"] is not None

    body = {k: v for k, v in schedule.items() if k != "next_digest_at"}
    body |= {"timezone": "Europe/Paris", "quiet_start": "22:00", "quiet_end": "07:00"}
    saved = put(client, rep, "/me/schedule", body)
    assert saved.status_code == 200, saved.text
    assert saved.json()["quiet_start"] == "22:00"

    later = put(client, rep, "/me/schedule", body | {"digest_hour": (body["digest_hour"] + 5) % 24})
    moved = dt.datetime.fromisoformat(later.json()["next_digest_at"])
    before = dt.datetime.fromisoformat(saved.json()["next_digest_at"])
    assert moved.utcoffset() == dt.timedelta(0)
    assert moved != before
    assert moved.astimezone(ZoneInfo("Europe/Paris")).hour == (body["digest_hour"] + 5) % 24

    for change, message in [
        ({"timezone": "Mars/Olympus"}, "unknown time zone"),
        ({"quiet_end": None}, "both a start and an end"),
        ({"digest_hour": 24}, "between 0 and 23"),
        ({"digest_cap": 0}, "did not validate"),
        ({"quiet_start": "25:00"}, "did not validate"),
    ]:
        refused = put(client, rep, "/me/schedule", body | change)
        assert refused.status_code == 422, change
        assert message in refused.json()["detail"], refused.json()
    assert get(client, rep, "/me/schedule").json()["timezone"] == "Europe/Paris"

    off = put(client, rep, "/me/schedule", {"digest_frequency": "none"}).json()
    assert (off["next_digest_at"], off["timezone"], off["quiet_start"]) == (None, "UTC", None)


def test_the_digest_preview_shows_waiting_alerts(client, rep, other_rep, session_factory):
    empty = get(client, rep, "/me/digest/preview")
    assert empty.status_code == 404
    assert empty.json()["detail"] == "nothing for your next digest yet"

    with session_scope(session_factory) as session:
        account = make_account(session, name="Northwind Robotics")
        article = make_article(session, title="Northwind Robotics raises $40M Series B")
        signal = make_signal(session, article, account)
        session.add(
            Alert(
                user_id=rep.user_id,
                signal_id=signal.id,
                story_id=article.story_id,
                account_id=account.id,
                reason="You follow Northwind Robotics",
                digest=True,
            )
        )

    preview = get(client, rep, "/me/digest/preview")
    assert preview.status_code == 200, preview.text
    body = preview.json()
    assert "Northwind Robotics raises $40M Series B" in body["text"]
    assert "Northwind Robotics raises $40M Series B" in body["html"]
    assert body["subject"]
    assert body["next_digest_at"] is not None
    assert get(client, other_rep, "/me/digest/preview").status_code == 404


def test_every_following_endpoint_is_documented(client):
    schema = client.get("/openapi.json").json()
    operations = [
        operation
        for item in schema["paths"].values()
        for operation in item.values()
        if "following" in operation.get("tags", ())
    ]
    assert len(operations) == 22
    for operation in operations:
        assert operation.get("summary"), operation["operationId"]
        body = operation.get("requestBody")
        if body:
            ref = body["content"]["application/json"]["schema"]["$ref"].rsplit("/", 1)[-1]
            assert schema["components"]["schemas"][ref].get("examples"), ref
