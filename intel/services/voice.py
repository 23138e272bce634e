"""Share of voice: how many stories name each competitor and our own company, per week.

A story counts once per account and week however many outlets told it (its prominence
is for ranking, not for counting voice); the week is the ISO week, in UTC, of the
story's first sighting. Counting happens in Python over the stories of the period, so
SQLite and PostgreSQL agree without date functions of their own.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from intel.models import Account, Signal, Story
from intel.types import AccountKind

VOICE_KINDS = (AccountKind.COMPETITOR, AccountKind.OWN)


@dataclass(frozen=True, slots=True)
class Voice:
    """One account's stories per week, in the order of ``ShareOfVoice.weeks``."""

    account_id: int
    name: str
    kind: AccountKind
    stories: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class ShareOfVoice:
    weeks: tuple[str, ...]  # "2026-W47", oldest first
    voices: tuple[Voice, ...]  # our company first, then competitors by total, most first
    totals: tuple[int, ...]  # all voices' stories per week


def iso_week(moment: dt.datetime) -> str:
    year, week, _ = moment.astimezone(dt.UTC).isocalendar()
    return f"{year}-W{week:02d}"


def share_of_voice(session: Session, *, weeks: int, now: dt.datetime) -> ShareOfVoice:
    """The last ``weeks`` ISO weeks up to ``now`` (this week included)."""
    monday = (now.astimezone(dt.UTC) - dt.timedelta(days=now.astimezone(dt.UTC).weekday())).date()
    start = dt.datetime.combine(monday - dt.timedelta(weeks=weeks - 1), dt.time(), dt.UTC)
    labels = tuple(iso_week(start + dt.timedelta(weeks=n)) for n in range(weeks))
    accounts = {
        account.id: account
        for account in session.scalars(select(Account).where(Account.kind.in_(VOICE_KINDS)))
    }
    counts: Counter[tuple[int, str]] = Counter()
    if accounts:
        rows = session.execute(
            select(Signal.account_id, Story.id, Story.first_seen_at)
            .join(Story, Story.id == Signal.story_id)
            .where(Signal.account_id.in_(accounts), Story.first_seen_at >= start)
            .distinct()
        )
        for account_id, _story, seen in rows:
            counts[(account_id, iso_week(seen))] += 1
    voices = [
        Voice(
            account.id, account.name, account.kind, tuple(counts[(account.id, w)] for w in labels)
        )
        for account in accounts.values()
    ]
    voices.sort(key=lambda v: (v.kind is not AccountKind.OWN, -sum(v.stories), v.name))
    totals = tuple(sum(v.stories[n] for v in voices) for n in range(len(labels)))
    return ShareOfVoice(labels, tuple(voices), totals)
