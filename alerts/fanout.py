"""``alerts.fan_out``: new signals become alerts, and their deliveries, in one transaction.

Work goes by story: the story's signals not fanned out yet are locked (``SKIP LOCKED`` on
PostgreSQL, so workers share the queue), :func:`alerts.rules.decide` picks who hears of
it, and for each user without an alert for that story yet, the alert and its instant
deliveries are written together and the signals marked fanned out. A crash anywhere
rolls all of it back, to be done again; the unique (user, story) alert keeps a second
run from alerting anyone twice.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from alerts.outbox import queue_alert
from alerts.rules import STREAM_KINDS, Decision, Follow, Mute, StorySignal, decide
from intel.db import session_scope
from intel.jobs import Job, JobContext
from intel.models import (
    Account,
    Alert,
    Article,
    DeliveryChannel,
    MuteRule,
    Signal,
    Subscription,
    User,
    Watchlist,
    WatchlistMember,
)
from intel.types import AccountKind

log = logging.getLogger(__name__)

BATCH = 200  # stories claimed per query
_Key = TypeVar("_Key")


@dataclass
class FanOutReport:
    stories: int = 0
    alerts: int = 0
    deliveries: int = 0


def fan_out(ctx: JobContext) -> FanOutReport:
    """Fan out every story with signals not fanned out yet, one transaction per story."""
    report = FanOutReport()
    done: set[int] = set()
    while not ctx.stop.is_set():
        with ctx.session_factory() as session:
            story_ids = [
                story_id
                for story_id in session.scalars(
                    select(Signal.story_id)
                    .where(Signal.fanned_out_at.is_(None))
                    .group_by(Signal.story_id)
                    .order_by(Signal.story_id)
                    .limit(BATCH + len(done))
                )
                if story_id not in done
            ]
        if not story_ids:
            break
        for story_id in story_ids:
            if ctx.stop.is_set():
                break
            with session_scope(ctx.session_factory) as session:
                alerts, deliveries = fan_out_story(session, story_id, now=ctx.now)
            done.add(story_id)  # locked by another worker, or done: not again this run
            report.stories += 1
            report.alerts += alerts
            report.deliveries += deliveries
    return report


def fan_out_story(session: Session, story_id: int, *, now: dt.datetime) -> tuple[int, int]:
    """Alert the story's followers; return (alerts, deliveries) written."""
    pending = list(
        session.scalars(
            select(Signal)
            .where(Signal.story_id == story_id, Signal.fanned_out_at.is_(None))
            .with_for_update(skip_locked=True)
        )
    )
    if not pending:
        return 0, 0
    signals, accounts = _story_signals(session, story_id)
    kinds = {signal.account_kind for signal in signals} & STREAM_KINDS
    follows = _follows(session, accounts)
    streams = _streams(session, kinds)
    users = {f.user_id for found in (*follows.values(), *streams.values()) for f in found}
    decisions = decide(signals, follows, streams, _mutes(session, users))
    alerts = deliveries = 0
    if decisions:
        alerts, deliveries = _write(session, story_id, decisions, now=now)
    for signal in pending:
        signal.fanned_out_at = now
    return alerts, deliveries


def _story_signals(session: Session, story_id: int) -> tuple[list[StorySignal], dict[int, Account]]:
    """The story's signals as the rules read them, and the accounts they are about."""
    rows = session.execute(
        select(Signal, Account, Article.title, Article.source_id)
        .join(Account, Account.id == Signal.account_id)
        .join(Article, Article.id == Signal.article_id)
        .where(Signal.story_id == story_id)
        .order_by(Signal.id)
    ).all()
    signals = [
        StorySignal(
            signal_id=signal.id,
            account_id=account.id,
            account_name=account.name,
            account_kind=account.kind,
            type=signal.type,
            confidence=signal.confidence,
            salience=signal.salience,
            headline=title,
            source_id=source_id,
            heat=account.heat_score,
        )
        for signal, account, title, source_id in rows
    ]
    return signals, {account.id: account for _, account, _, _ in rows}


def _follows(session: Session, accounts: Mapping[int, Account]) -> dict[int, list[Follow]]:
    """Account id -> its followers: subscribers, watchlist subscribers and the owner."""
    follows: dict[int, list[Follow]] = defaultdict(list)
    direct = session.scalars(select(Subscription).where(Subscription.account_id.in_(accounts)))
    for sub in direct:
        assert sub.account_id is not None
        name = accounts[sub.account_id].name
        follows[sub.account_id].append(_follow(sub, f"You follow {name}"))
    listed = session.execute(
        select(Subscription, WatchlistMember.account_id, Watchlist.name)
        .join(WatchlistMember, WatchlistMember.watchlist_id == Subscription.watchlist_id)
        .join(Watchlist, Watchlist.id == Subscription.watchlist_id)
        .where(WatchlistMember.account_id.in_(accounts))
    )
    for sub, account_id, watchlist in listed:
        name = accounts[account_id].name
        follows[account_id].append(_follow(sub, f"{name} is on {watchlist}"))
    for account in accounts.values():
        if account.owner_id is not None:
            follows[account.id].append(Follow(account.owner_id, f"You own {account.name}"))
    return _active_only(session, follows)


def _streams(session: Session, kinds: set[AccountKind]) -> dict[AccountKind, list[Follow]]:
    streams: dict[AccountKind, list[Follow]] = defaultdict(list)
    if kinds:
        for sub in session.scalars(select(Subscription).where(Subscription.stream.in_(kinds))):
            assert sub.stream is not None
            streams[sub.stream].append(_follow(sub, ""))
    return _active_only(session, streams)


def _follow(sub: Subscription, reason: str) -> Follow:
    return Follow(
        user_id=sub.user_id,
        reason=reason,
        types=frozenset(sub.signal_types or ()),
        min_confidence=sub.min_confidence,
        delivery=sub.delivery,
    )


def _active_only(session: Session, found: dict[_Key, list[Follow]]) -> dict[_Key, list[Follow]]:
    users = {f.user_id for follows in found.values() for f in follows}
    if not users:
        return found
    active = set(session.scalars(select(User.id).where(User.id.in_(users), User.is_active)))
    return {key: [f for f in follows if f.user_id in active] for key, follows in found.items()}


def _mutes(session: Session, users: Iterable[int]) -> dict[int, list[Mute]]:
    mutes: dict[int, list[Mute]] = defaultdict(list)
    for rule in session.scalars(select(MuteRule).where(MuteRule.user_id.in_(set(users)))):
        mutes[rule.user_id].append(Mute(rule.kind, rule.value))
    return mutes


def _write(
    session: Session, story_id: int, decisions: Sequence[Decision], *, now: dt.datetime
) -> tuple[int, int]:
    users = [decision.user_id for decision in decisions]
    alerted = set(
        session.scalars(
            select(Alert.user_id).where(Alert.story_id == story_id, Alert.user_id.in_(users))
        )
    )
    fresh = [decision for decision in decisions if decision.user_id not in alerted]
    if not fresh:
        return 0, 0
    people = {u.id: u for u in session.scalars(select(User).where(User.id.in_(users)))}
    channels: dict[int, list[DeliveryChannel]] = defaultdict(list)
    for channel in session.scalars(
        select(DeliveryChannel).where(DeliveryChannel.user_id.in_(users), DeliveryChannel.enabled)
    ):
        channels[channel.user_id].append(channel)
    alerts = [
        Alert(
            user_id=decision.user_id,
            signal_id=decision.signal_id,
            story_id=story_id,
            account_id=decision.account_id,
            reason=decision.reason[:300],
            score=decision.score,
            instant=decision.instant,
            digest=decision.digest,
            created_at=now,
        )
        for decision in fresh
    ]
    session.add_all(alerts)
    session.flush()
    deliveries = 0
    for alert in alerts:
        if alert.instant:
            user = people[alert.user_id]
            deliveries += queue_alert(session, alert, user, channels[user.id], now=now)
    return len(alerts), deliveries


FAN_OUT = Job(
    id="alerts.fan_out",
    func=fan_out,
    description="Turn new signals into alerts for the users who follow them",
    interval_s=lambda settings: settings.process_interval_s,
)
