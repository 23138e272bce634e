"""Signing in with a link sent by email, through a real SMTP server on 127.0.0.1."""

from __future__ import annotations

import re
from collections.abc import Iterator
from urllib.parse import urlsplit

import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from intel.db import session_scope
from intel.models import User
from intel.services.passwords import replace_password
from intel.types import Role
from tests.factories import make_user
from tests.smtp import SmtpServer, smtp_server
from tests.web.forms import csrf_of

__all__ = ["smtp_server"]  # the fixture, for the tests here

BASE = "https://intel.example"


@pytest.fixture
def mail_web(settings, engine, smtp_server: SmtpServer) -> Iterator[TestClient]:
    mailing = settings.model_copy(
        update={"smtp_host": "127.0.0.1", "smtp_port": smtp_server.port, "base_url": BASE}
    )
    app = create_app(mailing, engine=engine)
    with TestClient(
        app, base_url=BASE, raise_server_exceptions=False, follow_redirects=False
    ) as client:
        yield client


def ask_for_link(client: TestClient, email: str, next_path: str = "/"):
    form = client.get("/sign-in", params={"next": next_path})
    return client.post(
        "/sign-in/link", data={"email": email, "csrf": csrf_of(form.text), "next": next_path}
    )


def mailed_link(smtp_server: SmtpServer, email: str) -> str:
    """The path and query of the newest link mailed to ``email``."""
    mails = [m for m in smtp_server.received if m.rcpt_tos == [email]]
    assert mails, f"no mail to {email}"
    text = mails[-1].mail.get_body(preferencelist=("plain",)).get_content()
    url = re.search(r"https://\S+", text).group(0)
    assert url.startswith(f"{BASE}/sign-in/link?token=")
    parts = urlsplit(url)
    return f"{parts.path}?{parts.query}"


def use(client: TestClient, link: str):
    confirm = client.get(link)
    token = re.search(r'name="token" value="([^"]+)"', confirm.text)
    data = {"csrf": csrf_of(confirm.text), "token": token.group(1) if token else "", "next": "/"}
    return client.post("/sign-in/link/use", data=data)


def test_a_mailed_link_signs_in_once_and_returns_to_the_page(mail_web, smtp_server, rep_person):
    asked = ask_for_link(mail_web, rep_person.email, next_path="/inbox")
    assert asked.status_code == 200
    assert f"If {rep_person.email} belongs to an active user" in asked.text
    link = mailed_link(smtp_server, rep_person.email)
    assert smtp_server.received[-1].mail["Subject"] == "Your Prospect Intel sign-in link"

    confirm = mail_web.get(link)  # what a mail scanner would do: it spends nothing
    assert confirm.status_code == 200
    assert f"Sign in as {rep_person.email}?" in confirm.text
    assert mail_web.get("/").status_code == 303, "opening the link alone signs nobody in"

    token = re.search(r'name="token" value="([^"]+)"', confirm.text).group(1)
    signed = mail_web.post(
        "/sign-in/link/use",
        data={"csrf": csrf_of(confirm.text), "token": token, "next": "/inbox"},
    )
    assert signed.status_code == 303
    assert signed.headers["location"] == "/inbox"
    assert "HttpOnly" in signed.headers["set-cookie"]
    assert mail_web.get("/inbox").status_code == 200

    mail_web.cookies.clear()
    again = use(mail_web, link)
    assert again.status_code == 401
    assert "expired or was used already" in again.text
    assert mail_web.get("/").status_code == 303


def test_an_unknown_or_inactive_address_gets_the_same_answer_and_no_mail(
    mail_web, smtp_server, session_factory, rep_person
):
    with session_scope(session_factory) as session:
        session.get(User, rep_person.user_id).is_active = False
    for email in ("nobody@example.com", rep_person.email):
        asked = ask_for_link(mail_web, email)
        assert asked.status_code == 200
        assert f"If {email} belongs to an active user, a sign-in link is on its way" in asked.text
    assert smtp_server.received == []


def test_asking_again_replaces_the_link_and_a_new_password_drops_it(
    mail_web, smtp_server, session_factory, rep_person
):
    ask_for_link(mail_web, rep_person.email)
    first = mailed_link(smtp_server, rep_person.email)
    ask_for_link(mail_web, rep_person.email)
    second = mailed_link(smtp_server, rep_person.email)
    assert first != second
    assert use(mail_web, first).status_code == 401

    with session_scope(session_factory) as session:
        replace_password(session, session.get(User, rep_person.user_id), "a brand new password")
    assert use(mail_web, second).status_code == 401


def test_a_link_form_without_the_pages_token_spends_nothing(mail_web, smtp_server, rep_person):
    ask_for_link(mail_web, rep_person.email)
    link = mailed_link(smtp_server, rep_person.email)
    token = re.search(r"token=([^&]+)", link).group(1)
    forged = mail_web.post(
        "/sign-in/link/use", data={"csrf": "forged", "token": token, "next": "/"}
    )
    assert forged.status_code == 401
    assert "expired" in forged.text
    assert mail_web.get("/").status_code == 303
    assert use(mail_web, link).status_code == 303, "the link still works for its owner"


def test_link_requests_are_limited_per_client_and_mails_per_address(
    mail_web, smtp_server, rep_person
):
    answers = [ask_for_link(mail_web, rep_person.email) for _ in range(6)]
    assert [answer.status_code for answer in answers] == [200] * 5 + [429]
    assert int(answers[-1].headers["retry-after"]) > 0
    assert "text/html" in answers[-1].headers["content-type"]
    assert len(smtp_server.received) == 5

    # Someone else asking for the same address is answered as usual, but no more mail
    # goes out: nobody floods an inbox, and the owner's own requests are not refused.
    mail_web.cookies.clear()
    elsewhere = TestClient(
        mail_web.app, base_url=BASE, client=("192.0.2.7", 50000), follow_redirects=False
    )
    assert ask_for_link(elsewhere, rep_person.email).status_code == 200
    assert len(smtp_server.received) == 5


def test_no_link_is_mailed_to_a_local_address(mail_web, smtp_server, session_factory):
    """The bootstrap admin's admin@localhost would land in a mailbox on the mail host."""
    with session_scope(session_factory) as session:
        make_user(session, email="admin@localhost", role=Role.ADMIN)
    assert ask_for_link(mail_web, "admin@localhost").status_code == 200
    assert smtp_server.received == []


def test_a_mail_server_outage_loses_the_link_not_the_page(
    mail_web, smtp_server, rep_person, caplog
):
    smtp_server.stop()
    asked = ask_for_link(mail_web, rep_person.email)
    assert asked.status_code == 200  # the answer never says whether mail went out
    assert "a sign-in link was not sent" in caplog.text
    smtp_server.start()
    ask_for_link(mail_web, rep_person.email)
    assert use(mail_web, mailed_link(smtp_server, rep_person.email)).status_code == 303
