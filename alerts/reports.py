"""How well alerts land, for marketing: per source and per signal type, what was sent,
what users said of it, and what it led to.

One aggregate query counts alerts and their feedback per (source, signal type); the two
views are sums over it, exact because every alert belongs to one cell (one signal, one
article, one source). Feedback is joined on the alert's user and signal, so it counts
whenever it was given, for the alerts created in the period.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from intel.models import Alert, Article, Feedback, Signal, Source
from intel.types import EventType, FeedbackKind


@dataclass(slots=True)
class Tally:
    """Counts for one group; ``precision`` is useful over all judgements."""

    alerts: int = 0
    useful: int = 0
    not_relevant: int = 0
    wrong_company: int = 0
    meeting: int = 0
    opportunity: int = 0

    @property
    def judged(self) -> int:
        return self.useful + self.not_relevant + self.wrong_company

    @property
    def precision(self) -> float | None:
        """None when nobody judged anything: no evidence is not zero precision."""
        return self.useful / self.judged if self.judged else None

    def add(self, other: Tally) -> None:
        for name in _COUNTS:
            setattr(self, name, getattr(self, name) + getattr(other, name))


_COUNTS = ("alerts", *(kind.value for kind in FeedbackKind))


@dataclass(frozen=True, slots=True)
class SourceTally:
    source_id: int | None  # None: the article's source was deleted
    source_name: str
    tally: Tally


@dataclass(frozen=True, slots=True)
class FeedbackReport:
    since: dt.datetime
    total: Tally
    by_source: list[SourceTally] = field(default_factory=list)
    by_type: dict[EventType, Tally] = field(default_factory=dict)


def feedback_report(session: Session, *, since: dt.datetime) -> FeedbackReport:
    """Alerts created at or after ``since``, with their feedback, by source and type."""
    rows = session.execute(
        select(
            Article.source_id,
            func.coalesce(func.nullif(Source.name, ""), Source.url),
            Signal.type,
            func.count(func.distinct(Alert.id)),
            *(_count_of(kind) for kind in FeedbackKind),
        )
        .select_from(Alert)
        .join(Signal, Signal.id == Alert.signal_id)
        .join(Article, Article.id == Signal.article_id)
        .outerjoin(Source, Source.id == Article.source_id)
        .outerjoin(
            Feedback,
            (Feedback.user_id == Alert.user_id) & (Feedback.signal_id == Alert.signal_id),
        )
        .where(Alert.created_at >= since)
        .group_by(Article.source_id, Source.name, Source.url, Signal.type)
    ).all()
    report = FeedbackReport(since=since, total=Tally())
    sources: dict[int | None, SourceTally] = {}
    for source_id, source_name, signal_type, *counts in rows:
        tally = Tally(**dict(zip(_COUNTS, counts, strict=True)))
        name = source_name or "(deleted source)"
        sources.setdefault(source_id, SourceTally(source_id, name, Tally())).tally.add(tally)
        report.by_type.setdefault(signal_type, Tally()).add(tally)
        report.total.add(tally)
    report.by_source.extend(_busiest_first(sources.values()))
    return report


def _count_of(kind: FeedbackKind) -> ColumnElement[int]:
    return func.coalesce(func.sum(case((Feedback.kind == kind, 1), else_=0)), 0)


def _busiest_first(tallies: Iterable[SourceTally]) -> list[SourceTally]:
    return sorted(tallies, key=lambda item: (-item.tally.alerts, item.source_name))
