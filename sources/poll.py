"""The ``sources.poll_due`` job: claim due sources, fetch, ingest, record fetch state.

Claiming moves a source's ``next_check_at`` forward by a lease in its own short
transaction (``FOR UPDATE SKIP LOCKED`` on PostgreSQL), so several workers never poll
the same source at once, and a worker killed mid-poll only delays that source by the
lease. Each source's result is committed on its own: one bad source never sinks another.
"""

from __future__ import annotations

import datetime as dt
import logging
import random
from dataclasses import dataclass

from sqlalchemy import or_, select, update

from intel.db import session_scope
from intel.ingest import ingest_items
from intel.jobs import Job, JobContext
from intel.models import Source
from intel.types import FetchErrorKind, RawItem
from sources.http import Fetcher, FetchError, FetchResult
from sources.rss import parse_feed

log = logging.getLogger(__name__)

BATCH_SIZE = 50
LEASE = dt.timedelta(minutes=10)
MAX_BACKOFF = dt.timedelta(hours=24)


@dataclass
class PollReport:
    polled: int = 0
    not_modified: int = 0
    failed: int = 0
    new_articles: int = 0

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
    delay = min(base * (2 ** min(error_count, 16)), MAX_BACKOFF)
    delay *= random.uniform(0.8, 1.2)  # noqa: S311  (jitter, not cryptography)
    if retry_after_s is not None:
        delay = max(delay, dt.timedelta(seconds=min(retry_after_s, MAX_BACKOFF.total_seconds())))
    return min(delay, MAX_BACKOFF)


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


def fetch_items(
    fetcher: Fetcher, url: str, *, etag: str | None, last_modified: str | None
) -> tuple[FetchResult, list[RawItem]]:
    """Fetch and parse; whatever goes wrong comes out as a :class:`FetchError`."""
    result = fetcher.get(url, etag=etag, last_modified=last_modified)
    if result.not_modified:
        return result, []
    try:
        return result, parse_feed(result.body, url=result.url, content_type=result.content_type)
    except FetchError:
        raise
    except Exception as error:  # a parser bug must not take the poller down
        log.exception("parsing %s failed unexpectedly", url)
        raise FetchError(
            FetchErrorKind.PARSE_ERROR, f"unreadable feed ({type(error).__name__})"
        ) from error


def poll_source(ctx: JobContext, fetcher: Fetcher, source_id: int, report: PollReport) -> None:
    """Fetch one source and commit what came of it."""
    interval = dt.timedelta(seconds=ctx.settings.source_min_interval_s)
    with session_scope(ctx.session_factory) as session:
        source = session.get(Source, source_id)
        if source is None:
            return
        url, etag, last_modified = source.url, source.etag, source.last_modified
    try:
        result, items = fetch_items(fetcher, url, etag=etag, last_modified=last_modified)
    except FetchError as error:
        log.warning("source %s (%s) failed: %s: %s", source_id, url, error.kind, error)
        with session_scope(ctx.session_factory) as session:
            source = session.get(Source, source_id)
            if source is not None:
                _record_failure(source, error, now=ctx.now, interval=interval)
        report.failed += 1
        return
    with session_scope(ctx.session_factory) as session:
        source = session.get(Source, source_id)
        if source is None:
            return
        new = ingest_items(session, source, items, now=ctx.now)
        _record_success(source, result, now=ctx.now, interval=interval)
    report.polled += 1
    report.not_modified += result.not_modified
    report.new_articles += len(new)


def poll_due(ctx: JobContext) -> PollReport:
    """Poll every due source, batch by batch, until none is due or a stop is requested."""
    report = PollReport()
    with Fetcher(ctx.settings) as fetcher:
        while not ctx.stop.is_set():
            claimed = claim_due_sources(ctx)
            if not claimed:
                break
            for source_id in claimed:
                if ctx.stop.is_set():
                    break
                try:
                    poll_source(ctx, fetcher, source_id, report)
                except Exception:
                    log.exception("source %s: unexpected error; others go on", source_id)
                    report.failed += 1
    return report


POLL_DUE = Job(
    id="sources.poll_due",
    func=poll_due,
    description="Fetch every source whose next check is due and store new articles",
    interval_s=lambda settings: settings.poll_interval_s,
)
