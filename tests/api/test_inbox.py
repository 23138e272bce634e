from __future__ import annotations

import datetime as dt
from urllib.parse import urlsplit

import feedparser
import pytest
from lxml import etree
from sqlalchemy import select

from alerts.links import LinkAction, make_link
from intel.db import session_scope, utcnow
from intel.models import (
    Account,
    Alert,
    Feedback,
    Subscription,
    User,
    Watchlist,
    WatchlistMember,
)
from intel.types import FeedbackKind
from tests.factories import make_account, make_alert, make_source

API = "/api/v1"
CSP = "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'"
HOSTILE = "<script>alert(1)</script>"


@pytest.fixture
def db(session_factory):
    """A committed unit of work for arranging rows before calling the API."""

    def scope():
        return session_scope(session_factory)

    return scope


def feedback_kinds(db, user_id) -> list[str]:
    with db() as session:
        return sorted(
            kind.value
            for kind in session.scalars(select(Feedback.kind).where(Feedback.user_id == user_id))
        )


# The inbox


def test_inbox_lists_the_callers_alerts_newest_first_with_filters(client, db, rep, other_rep):
    with db() as session:
        acme, globex = make_account(session, name="Acme"), make_account(session, name="Globex")
        first = make_alert(session, rep.user_id, acme, read_at=utcnow())
        second = make_alert(session, rep.user_id, globex, "Globex hires a CFO", type="leadership")
        third = make_alert(session, rep.user_id, acme, "Acme opens Lyon office", type="expansion")
        theirs = make_alert(session, other_rep.user_id, acme)
        ids = [third.id, second.id, first.id]

    def inbox(**params):
        response = client.get(f"{API}/inbox", params=params, headers=rep.headers)
        assert response.status_code == 200, response.text
        return response.json()

    page = inbox()
    assert [item["id"] for item in page["items"]] == ids
    assert theirs.id not in [item["id"] for item in page["items"]]
    item = page["items"][1]
    assert item["account"] == {"id": globex.id, "name": "Globex"}
    assert item["signal"]["type"] == "leadership"
    assert item["signal"]["explanation"] == "raises $5M"
    assert set(item["signal"]) == {"id", "type", "confidence", "explanation", "fields"}
    assert (item["headline"], item["source_count"], item["reason"]) == (
        "Globex hires a CFO",
        1,
        "You follow it",
    )
    assert item["url"].startswith("https://")
    assert item["feedback"] == []

    assert [i["id"] for i in inbox(unread=True)["items"]] == ids[:2]
    assert [i["id"] for i in inbox(unread=False)["items"]] == ids[2:]
    assert [i["id"] for i in inbox(account_id=acme.id)["items"]] == [third.id, first.id]
    assert [i["id"] for i in inbox(type=["leadership", "expansion"])["items"]] == ids[:2]

    top = inbox(limit=2)
    rest = inbox(limit=2, cursor=top["next_cursor"])
    assert [i["id"] for i in top["items"] + rest["items"]] == ids
    assert rest["next_cursor"] is None


def test_read_unread_and_read_all(client, db, rep, other_rep):
    with db() as session:
        acme = make_account(session, name="Acme")
        mine = [make_alert(session, rep.user_id, acme, f"Acme news {n}").id for n in range(3)]
        theirs = make_alert(session, other_rep.user_id, acme).id

    def unread() -> list[int]:
        items = client.get(f"{API}/inbox?unread=true", headers=rep.headers).json()["items"]
        return sorted(item["id"] for item in items)

    assert client.post(f"{API}/inbox/{mine[0]}/read", headers=rep.headers).status_code == 204
    assert client.post(f"{API}/inbox/{mine[0]}/read", headers=rep.headers).status_code == 204
    assert unread() == mine[1:]
    assert client.delete(f"{API}/inbox/{mine[0]}/read", headers=rep.headers).status_code == 204
    assert unread() == mine

    for response in (
        client.post(f"{API}/inbox/{theirs}/read", headers=rep.headers),
        client.delete(f"{API}/inbox/{theirs}/read", headers=rep.headers),
    ):
        assert response.status_code == 404
        assert response.headers["content-type"] == "application/problem+json"

    assert client.post(f"{API}/inbox/read-all", headers=rep.headers).json() == {"marked": 3}
    assert client.post(f"{API}/inbox/read-all", headers=rep.headers).json() == {"marked": 0}
    assert unread() == []
    with db() as session:
        assert session.get(Alert, theirs).read_at is None
    assert client.get(f"{API}/inbox").status_code == 401


# Feedback


def test_feedback_is_idempotent_and_judgements_are_exclusive(client, db, rep, other_rep):
    with db() as session:
        alert = make_alert(session, rep.user_id, make_account(session, name="Acme")).id
    url = f"{API}/inbox/{alert}/feedback"

    first = client.post(url, json={"kind": "useful", "note": " great lead "}, headers=rep.headers)
    assert first.status_code == 201, first.text
    assert first.json()["note"] == "great lead"
    assert first.json()["proposal"] is None
    again = client.post(url, json={"kind": "useful"}, headers=rep.headers)
    assert again.status_code == 200
    assert again.json()["id"] == first.json()["id"]

    assert client.post(url, json={"kind": "meeting"}, headers=rep.headers).status_code == 201
    changed = client.post(url, json={"kind": "not_relevant"}, headers=rep.headers)
    assert changed.status_code == 201
    assert changed.json()["replaced"] == ["useful"]
    assert feedback_kinds(db, rep.user_id) == ["meeting", "not_relevant"]

    item = client.get(f"{API}/inbox", headers=rep.headers).json()["items"][0]
    assert item["feedback"] == ["meeting", "not_relevant"]
    assert item["read_at"] is not None

    assert client.post(url, json={"kind": "useful"}, headers=other_rep.headers).status_code == 404
    assert client.post(url, json={"kind": "great"}, headers=rep.headers).status_code == 422
    assert feedback_kinds(db, other_rep.user_id) == []


def test_wrong_company_proposes_a_keyword_marketing_can_accept(
    client, db, rep, other_rep, marketing, admin
):
    with db() as session:
        apple = make_account(session, name="Apple Inc.").id
        account = session.get(Account, apple)
        liked = make_alert(session, other_rep.user_id, account, "Apple recipe app tops charts")
        flagged = make_alert(session, rep.user_id, account, "Apple pie recipe wins award")
    client.post(
        f"{API}/inbox/{liked.id}/feedback", json={"kind": "useful"}, headers=other_rep.headers
    )

    response = client.post(
        f"{API}/inbox/{flagged.id}/feedback", json={"kind": "wrong_company"}, headers=rep.headers
    )
    assert response.status_code == 201
    assert response.json()["proposal"] == {
        "account_id": apple,
        "account_name": "Apple Inc.",
        "negative_keyword": "pie",
        "example_headline": "Apple pie recipe wins award",
    }

    proposals = f"{API}/accounts/{apple}/proposals"
    assert client.get(proposals, headers=rep.headers).status_code == 403
    listed = client.get(proposals, headers=marketing.headers).json()
    assert [(p["negative_keyword"], p["flags"]) for p in listed] == [("pie", 1)]
    assert listed[0]["signal_ids"] == [flagged.signal_id]

    accept = f"{proposals}/accept"
    body = {"negative_keyword": "pie"}
    assert client.post(accept, json=body, headers=rep.headers).status_code == 403
    assert client.post(accept, json=body, headers=marketing.headers).status_code == 200
    again = client.post(accept, json={"negative_keyword": " PIE "}, headers=admin.headers)
    assert again.json()["negative_keywords"] == ["pie"]
    assert client.get(proposals, headers=admin.headers).json() == []
    missing = client.post(f"{API}/accounts/9999/proposals/accept", json=body, headers=admin.headers)
    assert missing.status_code == 404


# Signed links


def link(settings, user_id, action, target_id, *, expires_in=dt.timedelta(days=1)) -> str:
    url = make_link(
        "https://intel.example",
        settings.signing_key,
        user_id=user_id,
        action=action,
        target_id=target_id,
        expires_at=utcnow() + expires_in,
    )
    return urlsplit(url).path


def assert_safe_page(response, status: int) -> None:
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("text/html")
    assert response.headers["content-security-policy"] == CSP
    assert response.headers["cache-control"] == "no-store"
    assert response.headers["referrer-policy"] == "no-referrer"


def test_feedback_link_confirms_on_get_and_records_on_post(client, db, settings, rep):
    with db() as session:
        account = make_account(session, name="Acme")
        alert = make_alert(session, rep.user_id, account, f"Acme {HOSTILE} raises $5M").id
    path = link(settings, rep.user_id, LinkAction.USEFUL, alert)

    for _ in range(2):  # a mail scanner prefetching changes nothing
        page = client.get(path)
        assert_safe_page(page, 200)
        assert "Yes, mark as useful" in page.text
        assert '<form method="post">' in page.text
    assert HOSTILE not in page.text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page.text
    assert feedback_kinds(db, rep.user_id) == []

    done = client.post(path)
    assert_safe_page(done, 200)
    assert HOSTILE not in done.text
    assert feedback_kinds(db, rep.user_id) == ["useful"]
    assert_safe_page(client.post(path), 200)  # a second click is harmless
    client.post(link(settings, rep.user_id, LinkAction.WRONG_COMPANY, alert))
    assert feedback_kinds(db, rep.user_id) == ["wrong_company"]


def test_bad_and_expired_links_explain_themselves(client, db, settings, rep, other_rep):
    with db() as session:
        theirs = make_alert(session, other_rep.user_id, make_account(session, name="Acme")).id
    good = link(settings, rep.user_id, LinkAction.NOT_RELEVANT, theirs + 1)
    payload, mac = good.removeprefix("/l/").split(".")
    tampered = f"/l/{payload}.{mac[:-2]}{'A' if mac[-2] != 'A' else 'B'}{mac[-1]}"
    expired = link(
        settings,
        rep.user_id,
        LinkAction.UNSUBSCRIBE,
        rep.user_id,
        expires_in=-dt.timedelta(seconds=1),
    )

    for method in (client.get, client.post):
        for path in (tampered, "/l/not-a-token", f"/l/{payload}.{mac}%3Cscript%3E"):
            page = method(path)
            assert_safe_page(page, 400)
            assert "Nothing was changed" in page.text
            assert "<script>" not in page.text
        page = method(expired)
        assert_safe_page(page, 410)
        assert "newer email" in page.text
        # A genuine link to an alert that is not the signer's.
        assert_safe_page(method(link(settings, rep.user_id, LinkAction.USEFUL, theirs)), 404)
    assert feedback_kinds(db, rep.user_id) == []
    with db() as session:
        assert session.get(User, rep.user_id).email_alerts is True


def test_one_click_unsubscribe(client, db, settings, rep):
    path = link(settings, rep.user_id, LinkAction.UNSUBSCRIBE, rep.user_id)

    page = client.get(path)
    assert_safe_page(page, 200)
    assert ">Unsubscribe</button>" in page.text
    with db() as session:
        assert session.get(User, rep.user_id).email_alerts is True

    response = client.post(
        path,
        content="List-Unsubscribe=One-Click",
        headers={"Content-Type": "application/x-www-form-urlencoded"},
    )
    assert_safe_page(response, 200)
    with db() as session:
        assert session.get(User, rep.user_id).email_alerts is False
    assert "already unsubscribed" in client.get(path).text


def test_manage_link_summarises_subscriptions(client, db, settings, rep):
    with db() as session:
        account = make_account(session, name=f"Acme {HOSTILE}")
        session.add(
            Subscription(user_id=rep.user_id, account_id=account.id, signal_types=["funding"])
        )
    path = link(settings, rep.user_id, LinkAction.MANAGE, rep.user_id)

    for method in (client.get, client.post):
        page = method(path)
        assert_safe_page(page, 200)
        assert "the account Acme &lt;script&gt;" in page.text
        assert "Funding, confidence 50% and up" in page.text
        assert HOSTILE not in page.text
        assert "<form" not in page.text


# Atom feeds


def add_watchlist(session, owner_id, *accounts, shared=False) -> int:
    name = f"{'Shared' if shared else 'Key'} accounts {HOSTILE}"
    watchlist = Watchlist(name=name, owner_id=owner_id, shared=shared)
    session.add(watchlist)
    session.flush()
    session.add_all(WatchlistMember(watchlist_id=watchlist.id, account_id=a.id) for a in accounts)
    return watchlist.id


def test_watchlist_feed_is_private_stable_atom(client, db, settings, rep, other_rep):
    with db() as session:
        acme = make_account(session, name="Acme")
        good = make_alert(session, rep.user_id, acme, "Acme raises $5M")
        make_alert(
            session, rep.user_id, acme, "Acme hires", url="javascript:alert(1)", type="leadership"
        )
        mine = add_watchlist(session, rep.user_id, acme)
        theirs = add_watchlist(session, other_rep.user_id, acme)
        shared = add_watchlist(session, other_rep.user_id, acme, shared=True)

    response = client.get(f"{API}/watchlists/{mine}/feed-url", headers=rep.headers)
    url = response.json()["url"]
    assert url.startswith(
        f"{str(settings.base_url).rstrip('/')}/feeds/watchlists/{mine}.atom?token="
    )
    path = url.split("//", 1)[1].split("/", 1)[1]

    first, second = client.get(f"/{path}"), client.get(f"/{path}")
    assert first.status_code == 200, first.text
    assert first.headers["content-type"] == "application/atom+xml; charset=utf-8"
    assert first.content == second.content
    root = etree.fromstring(first.content)
    assert root.tag == "{http://www.w3.org/2005/Atom}feed"
    parsed = feedparser.parse(first.content)
    assert not parsed.bozo
    assert HOSTILE in parsed.feed.title
    assert b"<script>" not in first.content
    ids = [entry.id for entry in parsed.entries]
    assert ids == [entry.id for entry in feedparser.parse(second.content).entries]
    assert ids[1:] == [f"tag:prospect-intel,2026:signal/{good.signal_id}"]
    assert parsed.entries[0].get("links", []) == []
    assert b"javascript" not in first.content
    assert parsed.entries[1].link.startswith("https://news.test/")

    cached = client.get(f"/{path}", headers={"If-None-Match": first.headers["etag"]})
    assert cached.status_code == 304

    query = path.split("?", 1)[1]
    assert client.get(f"/feeds/watchlists/{mine}.atom").status_code == 404
    assert client.get(f"/feeds/watchlists/{mine}.atom?token=1.abc").status_code == 404
    assert client.get(f"/feeds/watchlists/{shared}.atom?{query}").status_code == 404

    assert client.get(f"{API}/watchlists/{theirs}/feed-url", headers=rep.headers).status_code == 404
    shared_url = client.get(f"{API}/watchlists/{shared}/feed-url", headers=rep.headers).json()[
        "url"
    ]
    assert client.get("/" + shared_url.split("//", 1)[1].split("/", 1)[1]).status_code == 200
    with db() as session:  # unsharing closes the feed of everyone but the owner
        session.get(Watchlist, shared).shared = False
    assert client.get("/" + shared_url.split("//", 1)[1].split("/", 1)[1]).status_code == 404


# Reports


def test_feedback_report_by_source_and_type(client, db, rep, other_rep, marketing):
    with db() as session:
        acme = make_account(session, name="Acme")
        wire = make_source(session, "https://wire.test/feed", name="Wire")
        blog = make_source(session, "https://blog.test/feed")
        quiet = make_source(session, "https://quiet.test/feed", name="Quiet")

        def alert(user, source, type, *kinds, **fields):
            made = make_alert(session, user.user_id, acme, source_id=source.id, type=type, **fields)
            session.add_all(
                Feedback(user_id=user.user_id, signal_id=made.signal_id, alert_id=made.id, kind=k)
                for k in kinds
            )

        alert(rep, wire, "funding", FeedbackKind.USEFUL, FeedbackKind.MEETING)
        alert(other_rep, wire, "funding", FeedbackKind.USEFUL, FeedbackKind.OPPORTUNITY)
        alert(rep, wire, "leadership", FeedbackKind.NOT_RELEVANT)
        alert(rep, blog, "funding", FeedbackKind.WRONG_COMPANY)
        alert(rep, quiet, "leadership")
        old = utcnow() - dt.timedelta(days=90)
        alert(rep, quiet, "leadership", FeedbackKind.USEFUL, created_at=old)

    url = f"{API}/reports/feedback"
    assert client.get(url, headers=rep.headers).status_code == 403
    report = client.get(url, headers=marketing.headers).json()

    def counts(row):
        keys = ("alerts", "useful", "not_relevant", "wrong_company", "meeting", "opportunity")
        return tuple(row[key] for key in keys), row["precision"]

    by_source = {row["source_name"]: row for row in report["by_source"]}
    assert list(by_source) == ["Wire", "Quiet", "https://blog.test/feed"]
    assert by_source["Wire"]["source_id"] == wire.id
    assert counts(by_source["Wire"]) == ((3, 2, 1, 0, 1, 1), 0.6667)
    assert counts(by_source["https://blog.test/feed"]) == ((1, 0, 0, 1, 0, 0), 0.0)
    assert counts(by_source["Quiet"]) == ((1, 0, 0, 0, 0, 0), None)
    by_type = {row["type"]: row for row in report["by_type"]}
    assert counts(by_type["funding"]) == ((3, 2, 0, 1, 1, 1), 0.6667)
    assert counts(by_type["leadership"]) == ((2, 0, 1, 0, 0, 0), 0.0)
    assert counts(report["total"]) == ((5, 2, 1, 1, 1, 1), 0.5)

    everything = client.get(url, params={"since": "2000-01-01T00:00:00"}, headers=marketing.headers)
    assert counts(everything.json()["total"]) == ((6, 3, 1, 1, 1, 1), 0.6)
