"""What users say of their alerts, and what the service learns from it.

Feedback is one row per (user, signal, kind). The three judgements (useful, not
relevant, wrong company) exclude each other: a user changing their mind replaces the old
judgement. Outcomes (a meeting, an opportunity) stand beside any judgement.

"Wrong company" flags feed proposals: a negative keyword for the account, taken from the
words next to its name in the flagged article ("Apple pie recipe" → "pie"). A word is
only proposed when no article the account's users found useful contains it, since the
matcher drops every article carrying a negative keyword, in its headline or its summary.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import delete, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from intel.errors import InvalidInputError, NotFoundError
from intel.match import grammar
from intel.match.text import LEGAL_SUFFIXES, Segment, key_of, name_keys, tokens_of
from intel.models import Account, Alert, Article, Feedback, Signal
from intel.services.accounts import get_account, update_account
from intel.types import FeedbackKind

JUDGEMENTS = frozenset({FeedbackKind.USEFUL, FeedbackKind.NOT_RELEVANT, FeedbackKind.WRONG_COMPANY})


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_WINDOW = 2  # how many words either side of the name are looked at
_TITLE_WEIGHT = 2.0  # a word next to the name in the headline counts double
_MIN_LENGTH = 3
# Words that say nothing about which company is meant, or that say it is a company
# ("Apple unveils", "Apple CEO"): proposing them would drop the account's real news.
_NEVER_PROPOSED = (
    _words(
        """
        the and for with from that this than then into onto over under about after before
        its his her their our your you they them she him who what when where which why how
        not but all any new more most also just now out off has have had was were are will
        would can could may might should been being get gets got via per amid against
        """
    )
    | grammar.COMPANY_VERBS
    | grammar.BASE_VERBS
    | grammar.COMPANY_NOUNS
    | grammar.SUBJECT_ENDERS
    | frozenset(word for suffix in LEGAL_SUFFIXES for word in suffix)
)


@dataclass(frozen=True, slots=True)
class Proposal:
    """A negative keyword that would have kept a wrongly matched article away."""

    account_id: int
    account_name: str
    negative_keyword: str
    example_headline: str


@dataclass(frozen=True, slots=True)
class OpenProposal:
    """A proposal with the weight behind it: how many flags, on how many signals."""

    proposal: Proposal
    flags: int
    signal_ids: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class FeedbackResult:
    """The stored feedback; ``created`` is False for a repeat, which changes nothing."""

    feedback: Feedback
    created: bool
    replaced: tuple[FeedbackKind, ...]
    proposal: Proposal | None


def get_user_alert(session: Session, *, user_id: int, alert_id: int) -> Alert:
    """The user's own alert; someone else's is reported missing, not forbidden, so ids
    of other users' alerts cannot be probed."""
    alert = session.scalar(select(Alert).where(Alert.id == alert_id, Alert.user_id == user_id))
    if alert is None:
        raise NotFoundError(f"no alert {alert_id} in your inbox")
    return alert


def record_feedback(
    session: Session,
    *,
    user_id: int,
    alert_id: int,
    kind: FeedbackKind,
    note: str = "",
    now: dt.datetime,
) -> FeedbackResult:
    """Record ``kind`` on the signal of the user's alert ``alert_id``; safe to repeat.

    A judgement removes the user's other judgements of the signal. Acting on an alert
    marks it read. A repeat returns the existing row (with ``note`` taken, if one is
    given); a concurrent duplicate loses the race quietly to the unique constraint.
    """
    alert = get_user_alert(session, user_id=user_id, alert_id=alert_id)
    replaced: tuple[FeedbackKind, ...] = ()
    if kind in JUDGEMENTS:
        replaced = tuple(
            session.scalars(
                delete(Feedback)
                .where(
                    Feedback.user_id == user_id,
                    Feedback.signal_id == alert.signal_id,
                    Feedback.kind.in_(JUDGEMENTS - {kind}),
                )
                .returning(Feedback.kind)
            )
        )
    alert.read_at = alert.read_at or now
    feedback, created = _existing_or_new(session, alert, kind, note, now)
    if not created and note and note != feedback.note:
        feedback.note = note
    session.flush()
    proposal = propose_fix(session, alert.signal_id) if kind == FeedbackKind.WRONG_COMPANY else None
    return FeedbackResult(feedback, created, replaced, proposal)


def _existing_or_new(
    session: Session, alert: Alert, kind: FeedbackKind, note: str, now: dt.datetime
) -> tuple[Feedback, bool]:
    find = select(Feedback).where(
        Feedback.user_id == alert.user_id,
        Feedback.signal_id == alert.signal_id,
        Feedback.kind == kind,
    )
    existing = session.scalar(find)
    if existing is not None:
        return existing, False
    feedback = Feedback(
        user_id=alert.user_id,
        signal_id=alert.signal_id,
        alert_id=alert.id,
        kind=kind,
        note=note,
        created_at=now,
    )
    try:
        with session.begin_nested():
            session.add(feedback)
    except IntegrityError:  # the same feedback, sent twice at once: the other one won
        return session.scalars(find).one(), False
    return feedback, True


def propose_fix(session: Session, signal_id: int) -> Proposal | None:
    """A negative keyword for the account of ``signal_id``, from the words next to its
    name in the signal's article; None when no word is safe to propose."""
    row = session.execute(
        select(Account, Article)
        .join(Signal, Signal.account_id == Account.id)
        .join(Article, Article.id == Signal.article_id)
        .where(Signal.id == signal_id)
    ).one_or_none()
    if row is None:
        raise NotFoundError(f"no signal {signal_id}")
    account, article = row
    keyword = propose_keyword(
        article.title,
        article.summary_text,
        names=[account.name, *account.aliases],
        keep=_useful_words(session, account.id),
        existing=account.negative_keywords,
    )
    if keyword is None:
        return None
    return Proposal(account.id, account.name, keyword, article.title)


def list_proposals(session: Session, account_id: int) -> list[OpenProposal]:
    """Open proposals for an account across its wrong-company flags, most flagged first.

    A flagged article that the account's negative keywords already exclude is settled
    and proposes nothing more.
    """
    account = get_account(session, account_id)
    flagged = session.execute(
        select(Signal.id, Article.title, Article.summary_text, func.count(Feedback.id))
        .join(Article, Article.id == Signal.article_id)
        .join(Feedback, Feedback.signal_id == Signal.id)
        .where(Signal.account_id == account_id, Feedback.kind == FeedbackKind.WRONG_COMPANY)
        .group_by(Signal.id, Article.title, Article.summary_text)
        .order_by(Signal.id.desc())
    ).all()
    keep = _useful_words(session, account_id) if flagged else frozenset()
    flags: Counter[str] = Counter()
    signals: dict[str, list[int]] = {}
    examples: dict[str, str] = {}
    for signal_id, title, summary, count in flagged:
        keyword = propose_keyword(
            title,
            summary,
            names=[account.name, *account.aliases],
            keep=keep,
            existing=account.negative_keywords,
        )
        if keyword is not None:
            flags[keyword] += count
            signals.setdefault(keyword, []).append(signal_id)
            examples.setdefault(keyword, title)
    return [
        OpenProposal(
            Proposal(account.id, account.name, keyword, examples[keyword]),
            flags=n,
            signal_ids=tuple(signals[keyword]),
        )
        for keyword, n in sorted(flags.items(), key=lambda item: (-item[1], item[0]))
    ]


def accept_proposal(session: Session, account_id: int, negative_keyword: str) -> Account:
    """Add ``negative_keyword`` to the account's negative keywords (once, whatever its
    case); the matcher takes it up when it next builds its index."""
    if not key_of(negative_keyword):
        raise InvalidInputError("a negative keyword needs at least one letter or digit")
    account = get_account(session, account_id)
    return update_account(
        session, account, negative_keywords=[*account.negative_keywords, negative_keyword]
    )


def propose_keyword(
    title: str,
    summary: str,
    *,
    names: Sequence[str],
    keep: frozenset[str],
    existing: Iterable[str] = (),
) -> str | None:
    """The most telling word next to one of ``names`` in an article, or None.

    Words are scored by nearness to the name (the next word counts most) and place (the
    headline counts double), within the sentence the name is in. Function words, words
    that mark a company, the account's own names, and every word in ``keep`` are never
    proposed; nor is anything for an article an ``existing`` keyword already excludes.
    """
    text = f" {key_of(title)} {key_of(summary)} "
    if any(f" {key} " in text for key in map(key_of, existing) if key):
        return None
    phrases = {tuple(key.split()) for name in names for key, _ in name_keys(name)}
    own_words = {word for phrase in phrases for word in phrase}
    scores: defaultdict[str, float] = defaultdict(float)
    for raw, weight in ((title, _TITLE_WEIGHT), (summary, 1.0)):
        segment = Segment.of(raw)
        for start, end in _occurrences(segment.folded, phrases):
            for index, distance in _neighbours(segment, start, end):
                word = segment.folded[index]
                if _may_propose(word) and word not in own_words and word not in keep:
                    scores[word] += weight / distance
    if not scores:
        return None
    return max(scores, key=lambda word: scores[word])  # ties: the first word seen


def _occurrences(words: Sequence[str], phrases: set[tuple[str, ...]]) -> list[tuple[int, int]]:
    """Spans of ``words`` that spell one of ``phrases``, longest first where they overlap."""
    spans: list[tuple[int, int]] = []
    position = 0
    longest_first = sorted(phrases, key=len, reverse=True)
    while position < len(words):
        found = next(
            (p for p in longest_first if tuple(words[position : position + len(p)]) == p), None
        )
        if found is None:
            position += 1
            continue
        spans.append((position, position + len(found)))
        position += len(found)
    return spans


def _neighbours(segment: Segment, start: int, end: int) -> list[tuple[int, int]]:
    """(token index, distance) of the words within the window around a name, not
    crossing into another sentence."""
    found: list[tuple[int, int]] = []
    for distance in range(1, _WINDOW + 1):
        after = end - 1 + distance
        if after >= len(segment) or segment.starts_sentence(after):
            break
        found.append((after, distance))
    for distance in range(1, _WINDOW + 1):
        before = start - distance
        if before < 0 or segment.starts_sentence(before + 1):
            break
        found.append((before, distance))
    return found


def _may_propose(word: str) -> bool:
    return (
        len(word) >= _MIN_LENGTH
        and not any(char.isdigit() for char in word)
        and word not in _NEVER_PROPOSED
    )


def _useful_words(session: Session, account_id: int) -> frozenset[str]:
    """Every word of the articles behind the account's signals that users found useful."""
    rows = session.execute(
        select(Article.title, Article.summary_text)
        .join(Signal, Signal.article_id == Article.id)
        .where(
            Signal.account_id == account_id,
            Signal.id.in_(select(Feedback.signal_id).where(Feedback.kind == FeedbackKind.USEFUL)),
        )
    )
    return frozenset(word for title, summary in rows for word in tokens_of(f"{title} {summary}"))
