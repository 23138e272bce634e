"""Accounts in and out of CSV over the API, and reps' own pipeline through /me/accounts."""

import csv
import io

import api.routes.accounts as accounts_routes

SALESFORCE = (
    '"Account ID","Account Name","Type","Website","Billing Country","Phone"\r\n'
    '"0015g00000AbCdEAAV","Acme Corporation","Customer - Direct","https://www.acme.example",'
    '"United States","(212) 555-0100"\r\n'
    '"0015g00000XyZaBAAV","Globex, Inc.","Prospect","globex.example","France",""\r\n'
)
IMPORT = "/api/v1/accounts/import"


def post_csv(client, caller, body, **params):
    headers = {**caller.headers, "Content-Type": "text/csv"}
    return client.post(IMPORT, params=params, content=body, headers=headers)


def names(client, caller):
    page = client.get("/api/v1/accounts", headers=caller.headers).json()
    return sorted(account["name"] for account in page["items"])


def test_marketing_checks_then_imports_a_salesforce_export(client, marketing):
    checked = post_csv(client, marketing, SALESFORCE, dry_run="true")

    assert checked.status_code == 200, checked.text
    report = checked.json()
    assert report["dry_run"] is True
    assert (report["format"], report["created"], report["updated"]) == ("salesforce", 2, 0)
    assert report["ignored_columns"] == ["Phone"]
    assert names(client, marketing) == [], "a dry run writes nothing"

    imported = post_csv(client, marketing, SALESFORCE.encode())
    assert imported.status_code == 200, imported.text
    assert imported.json()["created"] == 2
    assert names(client, marketing) == ["Acme Corporation", "Globex, Inc."]
    again = post_csv(client, marketing, SALESFORCE).json()
    assert (again["created"], again["updated"], again["unchanged"]) == (0, 0, 2)


def test_a_bad_row_is_a_422_listing_each_problem_and_nothing_is_written(client, admin):
    bad = SALESFORCE + '"X1","","","not a site","Narnia",""\r\n'

    response = post_csv(client, admin, bad)

    assert response.status_code == 422
    assert response.headers["content-type"] == "application/problem+json"
    body = response.json()
    assert body["error_count"] == 3
    assert body["errors"] == [
        {"line": 4, "column": "Website", "message": "not a domain: 'not a site'"},
        {"line": 4, "column": "Billing Country", "message": "not a country: 'Narnia'"},
        {"line": 4, "column": "Account Name", "message": "the account name is missing"},
    ]
    assert names(client, admin) == []


def test_the_format_and_a_column_mapping_come_as_query_parameters(client, marketing):
    body = "Company name,Corporate Site\nUmbrella Labs,umbrella.example\n"

    response = post_csv(client, marketing, body, format="hubspot", map=["domains=Corporate Site"])

    assert response.status_code == 200, response.text
    assert response.json()["columns"] == {
        "name": ["Company name"],
        "domains": ["Corporate Site"],
    }
    bad_map = post_csv(client, marketing, body, map="colour=Blue")
    assert bad_map.status_code == 422
    assert "not a column mapping" in bad_map.json()["detail"]


def test_form_uploads_and_files_over_the_size_limit_are_refused(client, marketing, monkeypatch):
    upload = client.post(
        IMPORT, files={"file": ("accounts.csv", SALESFORCE)}, headers=marketing.headers
    )
    monkeypatch.setattr(accounts_routes, "MAX_IMPORT_BYTES", 100)
    too_large = post_csv(client, marketing, SALESFORCE)

    assert upload.status_code == 415
    assert "--data-binary" in upload.json()["detail"]
    assert too_large.status_code == 413
    assert names(client, marketing) == []


def test_a_rep_cannot_import_but_exports_with_formulas_neutralised(client, rep, marketing):
    hostile = 'Account Name,Website\r\n"=HYPERLINK(""http://x.example"")",x.example\r\n'
    assert post_csv(client, marketing, hostile).status_code == 200

    assert post_csv(client, rep, SALESFORCE).status_code == 403
    exported = client.get("/api/v1/accounts/export.csv", headers=rep.headers)

    assert exported.status_code == 200
    assert exported.headers["content-type"].startswith("text/csv")
    assert "attachment" in exported.headers["content-disposition"]
    rows = list(csv.reader(io.StringIO(exported.text.removeprefix("\ufeff"))))
    assert rows[0][:3] == ["name", "kind", "domains"]
    assert rows[1][:3] == ['\'=HYPERLINK("http://x.example")', "prospect", "x.example"]
    assert post_csv(client, marketing, exported.content).json()["unchanged"] == 1


def watch(client, caller, **body):
    return client.post("/api/v1/me/accounts", json=body, headers=caller.headers)


def test_a_rep_adds_an_account_of_their_own_and_follows_it(client, rep):
    response = watch(client, rep, name="Northwind Robotics", domain="https://www.northwind.example")

    assert response.status_code == 201, response.text
    body = response.json()
    assert body["outcome"] == "created"
    assert body["account"]["owner_id"] == rep.user_id
    assert body["account"]["domains"] == ["northwind.example"]
    subscriptions = client.get("/api/v1/subscriptions", headers=rep.headers).json()["items"]
    assert [s["id"] for s in subscriptions] == [body["subscription_id"]]
    assert watch(client, rep, name="NORTHWIND robotics").json()["outcome"] == "joined"


def test_a_rep_joins_the_account_with_the_same_domain_or_name_and_changes_nothing(
    client, rep, other_rep
):
    theirs = watch(client, other_rep, name="Acme Corp", domain="acme.example").json()["account"]

    by_domain = watch(client, rep, name="ACME Incorporated", domain="http://acme.example/about")
    by_name = watch(client, rep, name="  acme   CORP ")

    assert (by_domain.status_code, by_domain.json()["outcome"]) == (200, "joined")
    assert by_domain.json()["account"] == theirs
    assert by_name.json()["account"]["id"] == theirs["id"]
    assert by_name.json()["subscription_id"] == by_domain.json()["subscription_id"]
    assert names(client, rep) == ["Acme Corp"]
    url = f"/api/v1/accounts/{theirs['id']}"
    assert client.patch(url, json={"industry": "x"}, headers=rep.headers).status_code == 403


def test_watching_needs_a_name_or_a_valid_domain(client, rep):
    assert watch(client, rep).status_code == 422
    assert watch(client, rep, domain="not a domain").status_code == 422
    named_by_domain = watch(client, rep, domain="initech.example").json()
    assert named_by_domain["account"]["name"] == "initech.example"
