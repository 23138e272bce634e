from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from alerts.feedback import (
    Proposal,
    accept_proposal,
    get_user_alert,
    list_proposals,
    propose_fix,
    propose_keyword,
    record_feedback,
)
from intel.errors import InvalidInputError, NotFoundError
from intel.models import Account, Alert, Feedback, Signal
from intel.types import FeedbackKind
from tests.factories import make_account, make_article, make_signal, make_user

NOW = dt.datetime(2026, 3, 12, 9, 0, tzinfo=dt.UTC)
APPLE = ["Apple Inc."]


@pytest.mark.parametrize(
    ("title", "summary", "names", "keep", "expected"),
    [
        ("Apple pie recipe wins award", "", APPLE, set(), "pie"),
        # A word from an article users found useful is never proposed.
        ("Apple pie recipe wins award", "", APPLE, {"pie"}, "recipe"),
        # Words that mark a company, and function words, say nothing.
        ("Apple unveils new iPhone", "", APPLE, set(), None),
        ("Apple CEO says the quiet part", "", APPLE, set(), None),
        # Both sides of the name count; the nearer word wins, the right one on a tie.
        ("Big Apple marathon draws record crowd", "", APPLE, set(), "marathon"),
        ("Toffee Apple: a sweet history", "", APPLE, set(), "toffee"),
        # The window stays in the name's sentence.
        ("Bakers adore desserts. Apple crumble wins", "", APPLE, set(), "crumble"),
        # The summary counts when the headline does not name the account.
        ("Bakers celebrate autumn", "An apple pie contest drew crowds.", APPLE, set(), "pie"),
        # Numbers, short words and the account's other names are skipped.
        ("Apple 2024 harvest festival", "", APPLE, set(), "harvest"),
        ("Worth the wait: a review", "", ["Worth Financial", "Worth"], set(), "wait"),
        ("Apple Inc. pie stand", "", APPLE, set(), "pie"),
        # No name, nothing to go on.
        ("Pears are in season", "", APPLE, set(), None),
    ],
)
def test_propose_keyword(title, summary, names, keep, expected) -> None:
    assert propose_keyword(title, summary, names=names, keep=frozenset(keep)) == expected


def test_an_article_an_existing_keyword_excludes_proposes_nothing() -> None:
    found = propose_keyword(
        "Apple pie recipe wins award", "", names=APPLE, keep=frozenset(), existing=["Recipe"]
    )
    assert found is None


def add_alert(session, user, account, title, *, signal=None, **signal_fields) -> Alert:
    if signal is None:
        article = make_article(session, title=title, summary_text=signal_fields.pop("summary", ""))
        signal = make_signal(session, article, account, **signal_fields)
    alert = Alert(
        user_id=user.id,
        signal_id=signal.id,
        story_id=signal.story_id,
        account_id=account.id,
        reason="You follow Apple",
        digest=True,
    )
    session.add(alert)
    session.flush()
    return alert


def kinds_of(session, user, alert) -> list[FeedbackKind]:
    return list(
        session.scalars(
            select(Feedback.kind)
            .where(Feedback.user_id == user.id, Feedback.signal_id == alert.signal_id)
            .order_by(Feedback.kind)
        )
    )


def record(session, user, alert, kind, note=""):
    return record_feedback(
        session, user_id=user.id, alert_id=alert.id, kind=kind, note=note, now=NOW
    )


def test_feedback_is_idempotent_and_judgements_replace_each_other(session) -> None:
    user = make_user(session)
    alert = add_alert(session, user, make_account(session), "Acme raises $5M")

    first = record(session, user, alert, FeedbackKind.USEFUL)
    again = record(session, user, alert, FeedbackKind.USEFUL, note="good one")
    assert (first.created, again.created) == (True, False)
    assert again.feedback.id == first.feedback.id
    assert again.feedback.note == "good one"
    assert alert.read_at == NOW  # acting on an alert reads it

    meeting = record(session, user, alert, FeedbackKind.MEETING)
    assert meeting.replaced == ()
    changed = record(session, user, alert, FeedbackKind.NOT_RELEVANT)
    assert changed.replaced == (FeedbackKind.USEFUL,)
    assert kinds_of(session, user, alert) == [FeedbackKind.MEETING, FeedbackKind.NOT_RELEVANT]
    assert changed.proposal is None

    record(session, user, alert, FeedbackKind.OPPORTUNITY)
    record(session, user, alert, FeedbackKind.WRONG_COMPANY)
    assert kinds_of(session, user, alert) == [
        FeedbackKind.MEETING,
        FeedbackKind.OPPORTUNITY,
        FeedbackKind.WRONG_COMPANY,
    ]
    session.commit()


def test_feedback_on_someone_elses_alert_is_not_found(session) -> None:
    owner, stranger = make_user(session), make_user(session)
    alert = add_alert(session, owner, make_account(session), "Acme raises $5M")
    with pytest.raises(NotFoundError):
        record(session, stranger, alert, FeedbackKind.USEFUL)
    with pytest.raises(NotFoundError):
        get_user_alert(session, user_id=stranger.id, alert_id=alert.id)
    assert session.scalars(select(Feedback)).all() == []


def test_wrong_company_proposes_a_negative_keyword_users_did_not_find_useful(session) -> None:
    rep, other = make_user(session), make_user(session)
    apple = make_account(session, name="Apple Inc.", aliases=["Apple"])
    liked = add_alert(session, other, apple, "Apple opens a pie factory for iPhone parts")
    record(session, other, liked, FeedbackKind.USEFUL)
    flagged = add_alert(session, rep, apple, "Apple pie recipe wins award")

    result = record(session, rep, flagged, FeedbackKind.WRONG_COMPANY)

    # "pie" is in a useful headline, so the next word along is proposed.
    assert result.proposal == Proposal(
        apple.id, "Apple Inc.", "recipe", "Apple pie recipe wins award"
    )
    assert propose_fix(session, flagged.signal_id) == result.proposal


def test_open_proposals_count_flags_and_settle_once_accepted(session) -> None:
    users = [make_user(session) for _ in range(3)]
    apple = make_account(session, name="Apple Inc.")
    first = add_alert(session, users[0], apple, "Apple pie recipe wins award")
    pie = [
        first,
        add_alert(session, users[1], apple, "", signal=session.get(Signal, first.signal_id)),
    ]
    tart = add_alert(session, users[2], apple, "Apple tart contest", type="event")
    cake = add_alert(session, users[0], apple, "Sweet apple pie, and cake", type="product")
    for user, alert in [*zip(users, pie, strict=False), (users[2], tart), (users[0], cake)]:
        record(session, user, alert, FeedbackKind.WRONG_COMPANY)

    found = list_proposals(session, apple.id)
    assert [(p.proposal.negative_keyword, p.flags, len(p.signal_ids)) for p in found] == [
        ("pie", 3, 2),
        ("tart", 1, 1),
    ]
    assert found[0].proposal.example_headline == "Sweet apple pie, and cake"

    accept_proposal(session, apple.id, "pie")
    accept_proposal(session, apple.id, "PIE")  # the same keyword, whatever its case
    assert session.get(Account, apple.id).negative_keywords == ["pie"]
    assert [p.proposal.negative_keyword for p in list_proposals(session, apple.id)] == ["tart"]
    session.commit()


def test_accepting_needs_a_word_and_an_account(session) -> None:
    apple = make_account(session, name="Apple Inc.")
    with pytest.raises(InvalidInputError):
        accept_proposal(session, apple.id, " -- ")
    with pytest.raises(NotFoundError):
        accept_proposal(session, apple.id + 1, "pie")
    with pytest.raises(NotFoundError):
        propose_fix(session, 10_000)
