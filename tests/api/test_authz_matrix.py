"""Who may call what: every route of the API against every role, from one table.

A new route fails the first test until someone decides who may call it. Per-object
rules (a rep never reads another rep's inbox, subscriptions or channels) live in the
tests of each resource; this table covers the roles.
"""

import re

import pytest

PUBLIC, USER, MARKETING, ADMIN = "public", "user", "marketing", "admin"

ACCESS = {
    ("GET", "/healthz"): PUBLIC,
    ("GET", "/metrics"): ADMIN,  # or INTEL_METRICS_TOKEN (tests/api/test_metrics.py)
    ("GET", "/l/{token}"): PUBLIC,  # a signed token in the path is the credential
    ("POST", "/l/{token}"): PUBLIC,
    ("GET", "/feeds/watchlists/{watchlist_id}.atom"): PUBLIC,  # signed token in the query
    ("GET", "/api/v1/accounts"): USER,
    ("POST", "/api/v1/accounts"): USER,  # reps add accounts they own
    ("POST", "/api/v1/accounts/import"): MARKETING,
    ("GET", "/api/v1/accounts/export.csv"): USER,
    ("POST", "/api/v1/me/accounts"): USER,  # joins or adds; never edits another's account
    ("GET", "/api/v1/accounts/{account_id}"): USER,
    ("PATCH", "/api/v1/accounts/{account_id}"): USER,  # the owner, marketing or an admin
    ("DELETE", "/api/v1/accounts/{account_id}"): USER,  # likewise
    ("GET", "/api/v1/accounts/{account_id}/contacts"): USER,
    ("GET", "/api/v1/accounts/{account_id}/heat"): USER,
    ("GET", "/api/v1/accounts/{account_id}/proposals"): MARKETING,
    ("POST", "/api/v1/accounts/{account_id}/proposals/accept"): MARKETING,
    ("GET", "/api/v1/sources"): USER,
    ("POST", "/api/v1/sources"): MARKETING,
    ("GET", "/api/v1/sources/opml"): MARKETING,
    ("POST", "/api/v1/sources/opml"): MARKETING,
    ("GET", "/api/v1/sources/{source_id}"): USER,
    ("PATCH", "/api/v1/sources/{source_id}"): MARKETING,
    ("DELETE", "/api/v1/sources/{source_id}"): MARKETING,
    ("POST", "/api/v1/sources/{source_id}/poll"): MARKETING,
    ("GET", "/api/v1/articles"): USER,
    ("GET", "/api/v1/signals"): USER,
    ("GET", "/api/v1/signals/{signal_id}/note"): USER,  # the caller's own note
    ("PUT", "/api/v1/signals/{signal_id}/note"): USER,
    ("GET", "/api/v1/stories/{story_id}"): USER,
    ("GET", "/api/v1/watchlists"): USER,
    ("POST", "/api/v1/watchlists"): USER,
    ("GET", "/api/v1/watchlists/{watchlist_id}"): USER,
    ("PATCH", "/api/v1/watchlists/{watchlist_id}"): USER,
    ("DELETE", "/api/v1/watchlists/{watchlist_id}"): USER,
    ("GET", "/api/v1/watchlists/{watchlist_id}/accounts"): USER,
    ("PUT", "/api/v1/watchlists/{watchlist_id}/accounts/{account_id}"): USER,
    ("DELETE", "/api/v1/watchlists/{watchlist_id}/accounts/{account_id}"): USER,
    ("GET", "/api/v1/watchlists/{watchlist_id}/feed-url"): USER,
    ("GET", "/api/v1/subscriptions"): USER,
    ("POST", "/api/v1/subscriptions"): USER,  # streams: marketing only (checked on the body)
    ("PATCH", "/api/v1/subscriptions/{subscription_id}"): USER,
    ("DELETE", "/api/v1/subscriptions/{subscription_id}"): USER,
    ("GET", "/api/v1/mutes"): USER,
    ("POST", "/api/v1/mutes"): USER,
    ("DELETE", "/api/v1/mutes/{mute_id}"): USER,
    ("GET", "/api/v1/channels"): USER,
    ("POST", "/api/v1/channels"): USER,
    ("PATCH", "/api/v1/channels/{channel_id}"): USER,
    ("DELETE", "/api/v1/channels/{channel_id}"): USER,
    ("GET", "/api/v1/me/schedule"): USER,
    ("PUT", "/api/v1/me/schedule"): USER,
    ("GET", "/api/v1/me/digest/preview"): USER,
    ("GET", "/api/v1/inbox"): USER,
    ("POST", "/api/v1/inbox/read-all"): USER,
    ("POST", "/api/v1/inbox/{alert_id}/read"): USER,
    ("DELETE", "/api/v1/inbox/{alert_id}/read"): USER,
    ("POST", "/api/v1/inbox/{alert_id}/feedback"): USER,
    ("GET", "/api/v1/reports/feedback"): MARKETING,
    ("GET", "/api/v1/users"): ADMIN,
    ("POST", "/api/v1/users"): ADMIN,
    ("GET", "/api/v1/users/{user_id}"): ADMIN,
    ("PATCH", "/api/v1/users/{user_id}"): ADMIN,
    ("GET", "/api/v1/users/{user_id}/tokens"): ADMIN,
    ("POST", "/api/v1/users/{user_id}/tokens"): ADMIN,
    ("DELETE", "/api/v1/users/{user_id}/tokens/{token_id}"): ADMIN,
    ("GET", "/api/v1/me"): USER,
    ("GET", "/api/v1/me/tokens"): USER,
    ("POST", "/api/v1/me/tokens"): USER,
    ("DELETE", "/api/v1/me/tokens/{token_id}"): USER,
    ("PUT", "/api/v1/me/password"): USER,
    ("GET", "/api/v1/reports/share-of-voice"): MARKETING,
    ("GET", "/api/v1/terms"): USER,
    ("PUT", "/api/v1/terms"): MARKETING,  # and admins: the workspace's words
}
PRIVATE = sorted(key for key, who in ACCESS.items() if who != PUBLIC)
ALLOWED = {"rep": {USER}, "marketing": {USER, MARKETING}, "admin": {USER, MARKETING, ADMIN}}


def concrete(path: str) -> str:
    """A callable path: ids that exist nowhere (answers past the role check are 404)."""
    return re.sub(r"\{[^}]+\}", "999999", path)


def call(client, method, path, headers=None):
    body = {} if method in {"POST", "PUT", "PATCH"} else None
    return client.request(method, concrete(path), json=body, headers=headers or {})


def test_every_route_is_in_the_matrix(client):
    routes = {
        (method.upper(), path)
        for path, operations in client.get("/openapi.json").json()["paths"].items()
        for method in operations
    }
    assert routes == set(ACCESS), "decide who may call the new routes, in ACCESS"


def test_without_a_valid_token_every_private_route_says_401(client):
    bogus = {"Authorization": "Bearer pi_not-a-real-token"}
    wrong = [
        f"{method} {path}: {status}"
        for method, path in PRIVATE
        for status in (
            call(client, method, path).status_code,
            call(client, method, path, bogus).status_code,
        )
        if status != 401
    ]
    assert wrong == []


@pytest.mark.parametrize("role", ["rep", "marketing", "admin"])
def test_each_role_gets_past_the_gate_only_where_the_matrix_says(client, request, role):
    caller = request.getfixturevalue(role)
    wrong = []
    for method, path in PRIVATE:
        allowed = ACCESS[(method, path)] in ALLOWED[role]
        status = call(client, method, path, caller.headers).status_code
        if status == 401 or status >= 500 or (status != 403) is not allowed:
            wrong.append(f"{method} {path}: {status}")
    assert wrong == [], f"{role} is let in or kept out against the matrix"


@pytest.mark.parametrize("number", [2**31, 2**63, 2**80])
def test_ids_beyond_a_columns_range_are_invalid_input_not_server_errors(client, admin, number):
    broken = [
        f"{method} {path}: {status}"
        for method, path in PRIVATE
        if "{" in path
        and (
            status := client.request(
                method,
                re.sub(r"\{[^}]+\}", str(number), path),
                json={} if method in {"POST", "PUT", "PATCH"} else None,
                headers=admin.headers,
            ).status_code
        )
        >= 500
    ]
    assert broken == []
