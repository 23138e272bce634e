"""Posting the pages' forms as a browser does: with the CSRF token the page carries."""

from __future__ import annotations

import re

from fastapi.testclient import TestClient
from httpx import Response

PASSWORD = "correct horse battery staple"
_CSRF = re.compile(r'name="csrf" value="([^"]+)"')


def csrf_of(html: str) -> str:
    found = _CSRF.search(html)
    assert found, "the page has no form with a CSRF token"
    return found.group(1)


def sign_in(
    client: TestClient, email: str, password: str = PASSWORD, next_path: str = "/"
) -> Response:
    form = client.get("/sign-in", params={"next": next_path})
    return client.post(
        "/sign-in",
        data={"email": email, "password": password, "csrf": csrf_of(form.text), "next": next_path},
        follow_redirects=False,
    )


def post_form(client: TestClient, page: str, action: str, **fields: str) -> Response:
    """Submit a form found on ``page`` the way a browser would: with the page's CSRF token."""
    html = client.get(page).text
    return client.post(action, data={"csrf": csrf_of(html), **fields}, follow_redirects=False)
