def create(client, caller, **body):
    body.setdefault("name", "Acme Corp")
    return client.post("/api/v1/accounts", json=body, headers=caller.headers)


def test_create_read_update_delete_an_account(client, marketing):
    response = create(
        client,
        marketing,
        name="  Acme   Corp ",
        kind="competitor",
        domains=["https://www.Acme.com/about", "acme.com"],
        tickers=["nasdaq:acme", "$ACME"],
        aliases=["Acme", "acme"],
        sec_cik="320193",
        country="us",
    )
    assert response.status_code == 201, response.text
    account = response.json()
    assert account["name"] == "Acme Corp"
    assert account["domains"] == ["acme.com"]
    assert account["tickers"] == ["ACME"]
    assert account["aliases"] == ["Acme"]
    assert account["sec_cik"] == "0000320193"
    assert account["country"] == "US"

    url = f"/api/v1/accounts/{account['id']}"
    assert client.get(url, headers=marketing.headers).json()["name"] == "Acme Corp"
    patched = client.patch(url, json={"industry": "Anvils"}, headers=marketing.headers)
    assert patched.json()["industry"] == "Anvils"
    assert patched.json()["domains"] == ["acme.com"]
    assert client.delete(url, headers=marketing.headers).status_code == 204
    assert client.get(url, headers=marketing.headers).status_code == 404


def test_duplicate_names_conflict_whatever_their_case(client, marketing):
    assert create(client, marketing, name="Acme Corp").status_code == 201
    response = create(client, marketing, name="ACME  corp")
    assert response.status_code == 409
    assert response.headers["content-type"] == "application/problem+json"


def test_invalid_input_is_a_422_problem_naming_the_field(client, marketing):
    response = create(client, marketing, kind="friend")
    assert response.status_code == 422
    body = response.json()
    assert body["status"] == 422
    assert any(error["loc"][-1] == "kind" for error in body["errors"])
    assert create(client, marketing, domains=["not a domain"]).status_code == 422
    assert create(client, marketing, name="   ").status_code == 422
    assert create(client, marketing, unknown_field=1).status_code == 422


def test_cursor_pagination_walks_every_account_once(client, marketing):
    for i in range(7):
        assert create(client, marketing, name=f"Company {i}").status_code == 201
    seen, cursor = [], None
    while True:
        params = {"limit": 3, **({"cursor": cursor} if cursor else {})}
        page = client.get("/api/v1/accounts", params=params, headers=marketing.headers).json()
        seen += [account["name"] for account in page["items"]]
        cursor = page["next_cursor"]
        if cursor is None:
            break
    assert seen == [f"Company {i}" for i in range(7)]


def test_bad_cursor_and_limit_are_client_errors(client, marketing):
    response = client.get("/api/v1/accounts?cursor=%%%garbage", headers=marketing.headers)
    assert response.status_code == 422
    assert "cursor" in response.json()["detail"]
    assert client.get("/api/v1/accounts?limit=0", headers=marketing.headers).status_code == 422
    assert client.get("/api/v1/accounts?limit=1000", headers=marketing.headers).status_code == 422


def test_filter_by_kind(client, marketing):
    create(client, marketing, name="Rival", kind="competitor")
    create(client, marketing, name="Lead", kind="prospect")
    page = client.get("/api/v1/accounts?kind=competitor", headers=marketing.headers).json()
    assert [a["name"] for a in page["items"]] == ["Rival"]


def test_a_rep_owns_what_they_add_and_cannot_edit_others_accounts(
    client, rep, other_rep, marketing
):
    mine = create(client, rep, name="My Prospect").json()
    assert mine["owner_id"] == rep.user_id
    assert create(client, rep, name="Gift", owner_id=other_rep.user_id).status_code == 403

    url = f"/api/v1/accounts/{mine['id']}"
    assert client.patch(url, json={"industry": "x"}, headers=other_rep.headers).status_code == 403
    assert client.delete(url, headers=other_rep.headers).status_code == 403
    assert client.patch(url, json={"industry": "x"}, headers=rep.headers).status_code == 200
    hand_off = client.patch(url, json={"owner_id": other_rep.user_id}, headers=rep.headers)
    assert hand_off.status_code == 403
    assert client.patch(url, json={"owner_id": None}, headers=marketing.headers).status_code == 200


def test_null_is_refused_for_fields_that_need_a_value(client, marketing):
    account = create(client, marketing, name="Acme Corp", industry="Anvils").json()
    url = f"/api/v1/accounts/{account['id']}"
    for field in ("name", "kind", "domains"):
        response = client.patch(url, json={field: None}, headers=marketing.headers)
        assert response.status_code == 422, field
    cleared = client.patch(url, json={"industry": None}, headers=marketing.headers)
    assert cleared.status_code == 200
    assert cleared.json()["industry"] is None
    assert cleared.json()["name"] == "Acme Corp"
