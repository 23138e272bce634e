"""The ``sources.poll_due`` job: claim due sources, fetch, ingest, record fetch state.

Claiming moves a source's ``next_check_at`` forward by a lease in its own short
transaction (``FOR UPDATE SKIP LOCKED`` on PostgreSQL), so several workers never poll
the same source at once, and a worker killed mid-poll only delays that source by the
lease. A batch is fetched concurrently (the fetcher bounds requests overall and per
host), and each source's result is committed on its own: one bad or slow source never
sinks or starves another.

When a source is checked next adapts to how often it publishes, like mature feed
readers: a week divided by the entries it dated within the last week, kept between
``source_min_interval_s`` and ``source_max_interval_s``, and never sooner than the
server's Cache-Control allows. Failures back off exponentially with jitter.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import random
import threading
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field

from sqlalchemy import or_, select, update

from intel.db import session_scope
from intel.ingest import ingest_items
from intel.jobs import Job, JobContext
from intel.models import Source
from intel.types import RawItem
from sources.collect import SourceView, Tools, collect
from sources.http import Fetcher, FetchError, FetchResult
from sources.robots import RobotsCache

log = logging.getLogger(__name__)

BATCH_SIZE = 50
LEASE = dt.timedelta(minutes=10)
MAX_BACKOFF = dt.timedelta(hours=24)


ADAPT_WINDOW = dt.timedelta(days=7)


@dataclass
class PollReport:
    polled: int = 0
    not_modified: int = 0
    failed: int = 0
    new_articles: int = 0
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False, compare=False)

    def add(self, **counts: int) -> None:
        """Thread-safe increments, as sources are polled concurrently."""
        with self._lock:
            for name, value in counts.items():
                setattr(self, name, getattr(self, name) + value)

    def __str__(self) -> str:
        return (
            f"polled={self.polled} not_modified={self.not_modified} "
            f"failed={self.failed} new_articles={self.new_articles}"
        )


def claim_due_sources(ctx: JobContext, *, limit: int = BATCH_SIZE) -> list[int]:
    """Ids of due sources, leased to this worker by one atomic UPDATE … RETURNING.

    On PostgreSQL the inner SELECT skips rows another worker is claiming right now; on
    SQLite the single statement holds the write lock for its whole duration.
    """
    due = (
        select(Source.id)
        .where(
            Source.enabled.is_(True),
            or_(Source.next_check_at.is_(None), Source.next_check_at <= ctx.now),
        )
        .order_by(Source.next_check_at.asc().nulls_first(), Source.id)
        .limit(limit)
        .with_for_update(skip_locked=True)
    )
    claim = (
        update(Source)
        .where(Source.id.in_(due.scalar_subquery()))
        .values(next_check_at=ctx.now + LEASE)
        .returning(Source.id)
        .execution_options(synchronize_session=False)
    )
    with session_scope(ctx.session_factory) as session:
        return sorted(session.scalars(claim))


def backoff(
    error_count: int, base: dt.timedelta, *, retry_after_s: float | None = None
) -> dt.timedelta:
    """Exponential backoff with jitter, never sooner than the server asked, at most a day."""
    delay: dt.timedelta = min(base * (2 ** min(error_count, 16)), MAX_BACKOFF)
    delay *= random.uniform(0.8, 1.2)  # noqa: S311  (jitter, not cryptography)
    if retry_after_s is not None:
        delay = max(delay, dt.timedelta(seconds=min(retry_after_s, MAX_BACKOFF.total_seconds())))
    return min(delay, MAX_BACKOFF)


def next_interval(
    items: Sequence[RawItem],
    *,
    now: dt.datetime,
    least: dt.timedelta,
    most: dt.timedelta,
    max_age_s: float | None = None,
) -> dt.timedelta:
    """How long until the next check: a week over the entries dated in the past week
    (a feed posting hourly is checked hourly, a quiet one daily), bounded, and not
    before the response's cache lifetime ends."""
    recent = sum(
        1 for item in items if item.published_at and now - ADAPT_WINDOW <= item.published_at <= now
    )
    return _bounded(ADAPT_WINDOW / recent if recent else most, least, most, max_age_s)


def _bounded(
    interval: dt.timedelta, least: dt.timedelta, most: dt.timedelta, max_age_s: float | None
) -> dt.timedelta:
    """``interval`` no shorter than the cache lifetime, then within [least, most]."""
    if max_age_s:
        interval = max(interval, dt.timedelta(seconds=max_age_s))
    return min(max(interval, least), most)


def _record_success(
    source: Source, result: FetchResult, *, now: dt.datetime, interval: dt.timedelta
) -> None:
    if not result.not_modified:
        source.etag = result.etag
        source.last_modified = result.last_modified
    source.last_checked_at = now
    source.last_success_at = now
    source.error_count = 0
    source.last_error = None
    source.last_error_kind = None
    source.next_check_at = now + interval
    source.check_interval_s = round(interval.total_seconds())


def _record_failure(
    source: Source, error: FetchError, *, now: dt.datetime, interval: dt.timedelta
) -> None:
    source.last_checked_at = now
    source.error_count += 1
    source.last_error = str(error)[:2000]
    source.last_error_kind = error.kind
    source.next_check_at = now + backoff(
        source.error_count - 1, interval, retry_after_s=error.retry_after_s
    )


def poll_source(ctx: JobContext, tools: Tools, view: SourceView, report: PollReport) -> None:
    """Fetch one source and commit what came of it."""
    least = dt.timedelta(seconds=ctx.settings.source_min_interval_s)
    most = dt.timedelta(seconds=ctx.settings.source_max_interval_s)
    source_id = view.id
    try:
        collected = collect(tools, view)
    except FetchError as error:
        log.warning("source %s (%s) failed: %s: %s", source_id, view.url, error.kind, error)
        with tools.write_turn, session_scope(ctx.session_factory) as session:
            source = session.get(Source, source_id)
            if source is not None:
                _record_failure(source, error, now=ctx.now, interval=least)
        report.add(failed=1)
        return
    with tools.write_turn, session_scope(ctx.session_factory) as session:
        source = session.get(Source, source_id)
        if source is None:
            return
        result, items = collected.result, collected.items
        new = ingest_items(session, source, items, now=ctx.now)
        interval = (
            next_interval(items, now=ctx.now, least=least, most=most, max_age_s=result.max_age_s)
            if not result.not_modified
            else _unchanged_interval(source, least, most, result.max_age_s)
        )
        _record_success(source, result, now=ctx.now, interval=interval)
        if collected.options is not None:
            source.options = dict(collected.options)
    report.add(polled=1, not_modified=int(result.not_modified), new_articles=len(new))


def _unchanged_interval(
    source: Source, least: dt.timedelta, most: dt.timedelta, max_age_s: float | None
) -> dt.timedelta:
    """After a 304 keep the rhythm learnt from the last full answer."""
    previous = dt.timedelta(seconds=source.check_interval_s) if source.check_interval_s else least
    return _bounded(previous, least, most, max_age_s)


def poll_due(ctx: JobContext) -> PollReport:
    """Poll every due source, batch by batch, until none is due or a stop is requested."""
    report = PollReport()
    workers = ctx.settings.fetch_concurrency
    with Fetcher(ctx.settings) as fetcher, ThreadPoolExecutor(workers, "poll") as pool:
        # SQLite has one writer at a time: taking turns here hands the lock over at
        # once, where waiting in SQLite's busy handler sleeps and retries.
        turn = threading.Lock() if ctx.settings.is_sqlite else contextlib.nullcontext()
        tools = Tools(fetcher, RobotsCache(fetcher), ctx.settings, turn)
        while not ctx.stop.is_set():
            claimed = claim_due_sources(ctx)
            if not claimed:
                break
            with ctx.session_factory() as session:  # one read for the batch, then no lock
                views = SourceView.load(session, claimed)
            list(pool.map(lambda view: _poll_guarded(ctx, tools, view, report), views))
    return report


def _poll_guarded(ctx: JobContext, tools: Tools, view: SourceView, report: PollReport) -> None:
    if ctx.stop.is_set():
        return  # its lease runs out and another run picks it up
    try:
        poll_source(ctx, tools, view, report)
    except Exception:
        log.exception("source %s: unexpected error; others go on", view.id)
        report.add(failed=1)


POLL_DUE = Job(
    id="sources.poll_due",
    func=poll_due,
    description="Fetch every source whose next check is due and store new articles",
    interval_s=lambda settings: settings.poll_interval_s,
)
