"""Signals: the typed events of a story, one per (story, account, type).

Who gets a signal: accounts the article is *about* get every event found; accounts
merely *mentioned* get it only when the event names them in a role (the target of an
acquisition, an investor in a round). Competitors and our own company also get a
``mention`` signal when named without an event: marketing wants every mention. So does
any account named in the same article as one of them.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from intel.models import Article, Signal
from intel.types import AccountKind, AccountMatch, EventHit, EventType, Salience, SignalRole

MENTION_KINDS = frozenset({AccountKind.COMPETITOR, AccountKind.OWN})
MENTION_CONFIDENCE = 0.9


def _names(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value.casefold()]
    if isinstance(value, list | tuple):
        return [str(v).casefold() for v in value]
    return []


def _named_in(match: AccountMatch, value: Any) -> bool:
    needles = {match.evidence.casefold(), match.name.casefold()}
    return any(needle and needle in name for name in _names(value) for needle in needles)


def role_of(match: AccountMatch, hit: EventHit) -> SignalRole | None:
    """The account's part in the event, or ``None`` when it plays none."""
    fields = hit.fields
    if hit.type == EventType.ACQUISITION:
        if _named_in(match, fields.get("acquirer")):
            return SignalRole.ACQUIRER
        if _named_in(match, fields.get("target")):
            return SignalRole.TARGET
    if hit.type == EventType.FUNDING and _named_in(match, fields.get("investors")):
        return SignalRole.INVESTOR
    if match.salience != Salience.ABOUT:
        return None
    return SignalRole.PARTNER if hit.type == EventType.PARTNERSHIP else SignalRole.SUBJECT


def plan_signals(
    hits: Sequence[EventHit],
    matches: Sequence[AccountMatch],
    kinds: Mapping[int, AccountKind],
) -> list[tuple[AccountMatch, EventHit, SignalRole]]:
    """Which (account, event, role) an article yields; pure, so it is easy to test.

    Where a competitor or our own company is named, every other account named beside
    it gets a ``mention`` signal too: "a competitor at my account" and "our news names
    your account" are reasons for that account's rep to call.
    """
    planned = []
    beside_ours = any(kinds.get(match.account_id) in MENTION_KINDS for match in matches)
    for match in matches:
        roles = [(hit, role) for hit in hits if (role := role_of(match, hit)) is not None]
        planned += [(match, hit, role) for hit, role in roles]
        if not roles and (beside_ours or kinds.get(match.account_id) in MENTION_KINDS):
            mention = EventHit(EventType.MENTION, MENTION_CONFIDENCE, match.evidence)
            role = SignalRole.SUBJECT if match.salience == Salience.ABOUT else SignalRole.MENTION
            planned.append((match, mention, role))
    return planned


def record_signals(
    session: Session,
    article: Article,
    story_id: int,
    planned: Iterable[tuple[AccountMatch, EventHit, SignalRole]],
) -> list[Signal]:
    """Insert or strengthen one signal per (story, account, type); return them."""
    planned = list(planned)
    if not planned:
        return []
    existing = {  # one query per article, not one per signal
        (signal.account_id, signal.type): signal
        for signal in session.scalars(select(Signal).where(Signal.story_id == story_id))
    }
    signals = []
    for match, hit, role in planned:
        confidence = round(min(1.0, hit.confidence * match.confidence), 4)
        signal = existing.get((match.account_id, hit.type))
        if signal is None:
            signal = Signal(story_id=story_id, account_id=match.account_id, type=hit.type)
            session.add(signal)
            existing[(match.account_id, hit.type)] = signal
        elif signal.confidence >= confidence:
            signals.append(signal)
            continue
        signal.article_id = article.id
        signal.role = role
        signal.salience = match.salience
        signal.confidence = confidence
        signal.hedged = hit.hedged
        signal.fields = dict(hit.fields)
        signal.explanation = hit.explanation[:500]
        signals.append(signal)
    session.flush()
    return signals
