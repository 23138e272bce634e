"""Reason to call: suggestions from the signal's fields, private notes, share links."""

from urllib.parse import parse_qs, urlsplit

import pytest

from intel.errors import InvalidInputError, NotFoundError
from intel.models import Account, Article, Signal
from intel.services.call_notes import (
    MAX_NOTE_LENGTH,
    Note,
    get_note,
    save_note,
    share_links,
    suggest_note,
)
from intel.services.terms import DEFAULT_TERMS, Terms
from intel.types import EventType, SignalRole
from tests.factories import make_account, make_article, make_signal, make_user

HEADLINE = "Acme Robotics raises $40M Series B"


def suggestion(type_, fields, role=SignalRole.SUBJECT, hedged=False, terms=DEFAULT_TERMS):
    signal = Signal(type=type_, fields=fields, role=role, hedged=hedged)
    article = Article(title=HEADLINE, url="https://news.example/acme")
    return suggest_note(signal, Account(name="Acme Robotics"), article, terms)


@pytest.mark.parametrize(
    ("type_", "fields", "role", "expected"),
    [
        (
            EventType.FUNDING,
            {"amount": 40e6, "currency": "USD", "round": "Series B", "investors": ["Example VC"]},
            SignalRole.SUBJECT,
            ["Acme Robotics raised $40M (Series B), led by Example VC.", "after a Series B"],
        ),
        (
            EventType.LEADERSHIP,
            {"person": "Maya Chen", "title": "CRO", "direction": "joining"},
            SignalRole.SUBJECT,
            ["Maya Chen joins Acme Robotics as CRO.", "a new CRO often reviews vendors"],
        ),
        (
            EventType.LEADERSHIP,
            {"person": "Sam Ortiz", "title": "CFO", "direction": "leaving"},
            SignalRole.SUBJECT,
            ["Sam Ortiz (CFO) is leaving Acme Robotics.", "who takes over"],
        ),
        (
            EventType.ACQUISITION,
            {"acquirer": "Globex", "target": "Acme Robotics", "price": 1.5e9, "currency": "EUR"},
            SignalRole.TARGET,
            ["Acme Robotics is being acquired by Globex for €1.5B.", "a new owner"],
        ),
        (
            EventType.ACQUISITION,
            {"acquirer": "Acme Robotics", "target": "Initech"},
            SignalRole.ACQUIRER,
            ["Acme Robotics is acquiring Initech."],
        ),
        (
            EventType.LAYOFFS,
            {"headcount": 1500, "percentage": 12.0},
            SignalRole.SUBJECT,
            ["Acme Robotics is cutting 1,500 jobs (12% of staff)."],
        ),
        (
            EventType.EARNINGS,
            {"period": "Q3 2026", "revenue": 120e6, "currency": "CHF"},
            SignalRole.SUBJECT,
            ["Acme Robotics reported Q3 2026 results, revenue CHF 120M."],
        ),
        (
            EventType.EXPANSION,
            {"unit": "office", "place": "Lisbon"},
            SignalRole.SUBJECT,
            ["Acme Robotics is opening a new office in Lisbon."],
        ),
        (
            EventType.IPO,
            {"exchange": "Nasdaq", "amount": 3e8, "currency": "USD"},
            SignalRole.SUBJECT,
            ["Acme Robotics is going public on Nasdaq, raising $300M."],
        ),
    ],
)
def test_a_suggestion_says_what_happened_and_why_it_matters(type_, fields, role, expected):
    text = suggestion(type_, fields, role)
    for phrase in expected:
        assert phrase in text
    assert "\n\nWhy it matters: " in text


def test_without_fields_the_headline_says_it_under_the_workspaces_label():
    terms = Terms({"signal_type": {"funding": "New money"}})
    text = suggestion(EventType.FUNDING, {}, terms=terms)
    assert text.startswith(f"New money at Acme Robotics: {HEADLINE}.")


def test_rumours_are_marked_as_such():
    text = suggestion(EventType.ACQUISITION, {"target": "Initech"}, SignalRole.ACQUIRER, True)
    assert "Acme Robotics is acquiring Initech (reported, not confirmed)." in text


@pytest.mark.parametrize(
    "fields",
    [
        {"amount": float("nan"), "currency": "USD"},
        {"amount": "lots", "currency": "<b>"},
        {"amount": True, "round": ["Series B"], "investors": "not a list"},
        {"person": {"name": "x"}, "title": 42},
    ],
)
def test_odd_fields_from_a_filing_fall_back_to_the_headline(fields):
    for type_ in (EventType.FUNDING, EventType.LEADERSHIP):
        assert HEADLINE in suggestion(type_, fields)


def parse_mailto(mailto):
    parts = urlsplit(mailto)
    assert parts.scheme == "mailto"
    assert parts.path == ""  # no recipient: the mail client asks
    query = parse_qs(parts.query, keep_blank_values=True, strict_parsing=True)
    return {key: values[0] for key, values in query.items() if len(values) == 1}


def test_mailto_carries_subject_and_body_with_the_story_link():
    note = Note(
        signal_id=1,
        text="Raised $40M & hiring.\nAsk about 50% growth? #plans",
        suggested=False,
        subject="Acme+Co: raises $40M & more",
        story_url="https://news.example/a?x=1&y=2#top",
    )
    links = share_links(note)
    expected_body = f"{note.text}\n\n{note.story_url}"
    assert links.clipboard == expected_body
    assert parse_mailto(links.mailto) == {
        "subject": note.subject,
        "body": expected_body.replace("\n", "\r\n"),
    }
    assert not any(char.isspace() for char in links.mailto)


def test_without_a_story_link_the_draft_is_the_note_alone():
    note = Note(signal_id=1, text="Call Maya.", suggested=True, subject="Acme", story_url="")
    links = share_links(note)
    assert links.clipboard == "Call Maya."
    assert parse_mailto(links.mailto)["body"] == "Call Maya."


@pytest.fixture
def signal_and_reps(session):
    acme = make_account(session, name="Acme Robotics")
    article = make_article(session, title=HEADLINE, url="javascript:alert(document.cookie)")
    signal = make_signal(session, article, acme, fields={"amount": 4e7, "currency": "USD"})
    return signal, make_user(session), make_user(session)


def test_a_note_is_private_to_its_author(session, signal_and_reps):
    signal, rita, rob = signal_and_reps
    first = get_note(session, user=rita, signal_id=signal.id)
    assert first.suggested
    assert "Acme Robotics raised $40M" in first.text
    saved = save_note(session, user=rita, signal_id=signal.id, text="  Call Rita's contact.\r\n")
    assert (saved.text, saved.suggested) == ("Call Rita's contact.", False)
    assert get_note(session, user=rob, signal_id=signal.id) == first  # his own suggestion
    save_note(session, user=rob, signal_id=signal.id, text="Rob's angle")
    assert get_note(session, user=rita, signal_id=signal.id).text == "Call Rita's contact."
    assert get_note(session, user=rob, signal_id=signal.id).text == "Rob's angle"
    again = save_note(session, user=rita, signal_id=signal.id, text=" \n ")  # empty: reset
    assert again == get_note(session, user=rita, signal_id=signal.id) == first
    assert get_note(session, user=rob, signal_id=signal.id).text == "Rob's angle"


def test_a_javascript_story_url_never_reaches_a_draft(session, signal_and_reps):
    signal, rita, _ = signal_and_reps
    note = get_note(session, user=rita, signal_id=signal.id)
    links = share_links(note)
    assert note.story_url == ""
    assert "javascript" not in links.mailto.lower()
    assert "javascript" not in links.clipboard.lower()


def test_overlong_or_binary_notes_and_missing_signals_are_refused(session, signal_and_reps):
    signal, rita, _ = signal_and_reps
    for text in ("x" * (MAX_NOTE_LENGTH + 1), "bell\x07", "nul\x00"):
        with pytest.raises(InvalidInputError):
            save_note(session, user=rita, signal_id=signal.id, text=text)
    assert get_note(session, user=rita, signal_id=signal.id).suggested
    assert save_note(session, user=rita, signal_id=signal.id, text="y" * MAX_NOTE_LENGTH).text
    with pytest.raises(NotFoundError):
        get_note(session, user=rita, signal_id=999_999)
    with pytest.raises(NotFoundError):
        save_note(session, user=rita, signal_id=999_999, text="x")
