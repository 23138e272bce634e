"""Who gets which story: pure decisions over plain values, so every rule is a table test.

Paths to a user, for one signal of a story:

- the account's followers: direct subscriptions, subscriptions to a watchlist holding the
  account (a shared list is followed by reference, so edits reach every follower), and
  the account's owner, who follows it without subscribing;
- streams: marketing follows every competitor or own-company signal, mentions included;
- a ``mention`` signal of an ordinary account exists only where a competitor or our own
  company was named beside it (see ``intel.signals``): its followers hear of it as
  "competitor at my account" or "our news names your account".

Each path passes the follower's filters (signal types, minimum confidence) and mute
rules. A user then gets one alert per story: the best-scoring path, delivered instantly
if any path asked for instant and in the digest if any asked for the digest.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from intel.types import AccountKind, Delivery, EventType, MuteKind, Salience

STREAM_KINDS = frozenset({AccountKind.COMPETITOR, AccountKind.OWN})
OWNER_MIN_CONFIDENCE = 0.5  # what an owner's implicit follow asks of a signal


@dataclass(frozen=True, slots=True)
class StorySignal:
    """One signal of the story being fanned out, with what the rules read of it."""

    signal_id: int
    account_id: int
    account_name: str
    account_kind: AccountKind
    type: EventType
    confidence: float
    salience: Salience
    headline: str
    source_id: int | None
    heat: float = 0.0


@dataclass(frozen=True, slots=True)
class Follow:
    """One way a user follows an account or a stream, with that subscription's filters."""

    user_id: int
    reason: str  # shown to the user: "You follow Acme", "Acme is on EMEA targets"
    types: frozenset[str] = frozenset()  # empty: every type
    min_confidence: float = 0.5
    delivery: Delivery = Delivery.BOTH

    def accepts(self, signal: StorySignal) -> bool:
        if self.types and signal.type.value not in self.types:
            return False
        return signal.confidence >= self.min_confidence


@dataclass(frozen=True, slots=True)
class Mute:
    kind: MuteKind
    value: str

    def silences(self, signal: StorySignal) -> bool:
        if self.kind is MuteKind.ACCOUNT:
            return self.value == str(signal.account_id)
        if self.kind is MuteKind.TYPE:
            return self.value == signal.type.value
        if self.kind is MuteKind.SOURCE:
            return self.value == str(signal.source_id)
        return self.value.casefold() in signal.headline.casefold()


@dataclass(frozen=True, slots=True)
class Decision:
    """One alert to write: the story's best signal for this user, and how it goes out."""

    user_id: int
    signal_id: int
    account_id: int
    reason: str
    score: float
    instant: bool
    digest: bool


def score(signal: StorySignal) -> float:
    """Confidence, lifted by the account's heat (at most doubled): a likely event at a
    hot account ranks first."""
    heat = max(signal.heat, 0.0)
    return round(signal.confidence * (1.0 + heat / (heat + 5.0)), 4)


def decide(
    signals: Sequence[StorySignal],
    follows: Mapping[int, Sequence[Follow]],
    streams: Mapping[AccountKind, Sequence[Follow]],
    mutes: Mapping[int, Sequence[Mute]],
) -> list[Decision]:
    """The alerts one story makes: at most one per user (see the module docstring).

    ``follows`` maps an account id to its followers, ``streams`` an account kind to the
    users following that stream, ``mutes`` a user id to their mute rules.
    """
    best: dict[int, Decision] = {}
    for signal, follow, reason in _paths(signals, follows, streams):
        if not follow.accepts(signal):
            continue
        if any(mute.silences(signal) for mute in mutes.get(follow.user_id, ())):
            continue
        found = Decision(
            user_id=follow.user_id,
            signal_id=signal.signal_id,
            account_id=signal.account_id,
            reason=reason,
            score=score(signal),
            instant=follow.delivery in (Delivery.INSTANT, Delivery.BOTH),
            digest=follow.delivery in (Delivery.DIGEST, Delivery.BOTH),
        )
        best[follow.user_id] = _merge(best.get(follow.user_id), found)
    return sorted(best.values(), key=lambda decision: decision.user_id)


def _paths(
    signals: Sequence[StorySignal],
    follows: Mapping[int, Sequence[Follow]],
    streams: Mapping[AccountKind, Sequence[Follow]],
) -> Iterable[tuple[StorySignal, Follow, str]]:
    context = _context(signals)
    for signal in signals:
        if signal.account_kind in STREAM_KINDS:
            for follow in streams.get(signal.account_kind, ()):
                yield signal, follow, _stream_reason(signal)
        elif signal.type is EventType.MENTION:
            if context is None:
                continue  # named, no event, and no competitor or own news beside it
            for follow in follows.get(signal.account_id, ()):
                yield signal, follow, _beside_reason(context, signal)
            continue
        for follow in follows.get(signal.account_id, ()):
            yield signal, follow, follow.reason


def _context(signals: Sequence[StorySignal]) -> StorySignal | None:
    """The competitor (first) or own-company signal an ordinary mention stands beside."""
    for kind in (AccountKind.COMPETITOR, AccountKind.OWN):
        for signal in signals:
            if signal.account_kind is kind:
                return signal
    return None


def _stream_reason(signal: StorySignal) -> str:
    who = signal.account_name
    if signal.account_kind is AccountKind.COMPETITOR:
        who = f"Competitor {who}"
    how = "in the news" if signal.salience is Salience.ABOUT else "mentioned"
    return f"{who} {how}"


def _beside_reason(context: StorySignal, signal: StorySignal) -> str:
    if context.account_kind is AccountKind.COMPETITOR:
        return f"Competitor {context.account_name} named with {signal.account_name}"
    return f"Our news names {signal.account_name}"


def _merge(current: Decision | None, found: Decision) -> Decision:
    if current is None:
        return found
    winner = found if found.score > current.score else current
    return Decision(
        user_id=winner.user_id,
        signal_id=winner.signal_id,
        account_id=winner.account_id,
        reason=winner.reason,
        score=winner.score,
        instant=current.instant or found.instant,
        digest=current.digest or found.digest,
    )
