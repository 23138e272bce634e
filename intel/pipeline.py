"""The intelligence pipeline: new articles → events, accounts, stories, signals, contacts.

Each article is processed in its own savepoint and marked ``processed_at``, so one bad
article never sinks the rest and a re-run finds nothing left to do; articles are
committed a chunk at a time (a commit per article cost more than the work itself:
docs/decisions/0005). Several workers share the backlog: a chunk's rows are claimed
with ``FOR UPDATE SKIP LOCKED`` on PostgreSQL (SQLite serialises writers anyway).
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from intel.accounts_index import AccountIndexCache
from intel.classify import classify_article
from intel.contacts import record_contacts
from intel.db import session_scope
from intel.dedup import StoryIndex
from intel.heat import heat_config, update_heat
from intel.jobs import Job, JobContext
from intel.match import AccountIndex
from intel.models import Alert, Article, Signal, Source
from intel.signals import plan_signals, record_signals
from intel.stories import attach_to_story, find_story, load_story_index, remember_story
from intel.types import (
    AccountKind,
    AccountMatch,
    EventHit,
    EventType,
    Salience,
    SignalRole,
    SourceKind,
)

log = logging.getLogger(__name__)

CHUNK = 100  # articles per transaction, each in its own savepoint
PUBLISHER_CONFIDENCE = 0.9


@dataclass
class ProcessReport:
    articles: int = 0
    signals: int = 0
    merged: int = 0
    failed: int = 0

    def __str__(self) -> str:
        return (
            f"articles={self.articles} signals={self.signals} "
            f"merged_into_stories={self.merged} failed={self.failed}"
        )


def preset_hits(extra: Mapping[str, Any]) -> list[EventHit]:
    """Events a collector already knows (SEC filings are typed by their form/items). An
    article carrying ``events`` at all, even none, is not classified again: a Form 4
    is no event, whatever its title says."""
    hits = []
    for raw in extra.get("events") or []:
        try:
            hits.append(
                EventHit(
                    type=EventType(raw["type"]),
                    confidence=float(raw.get("confidence", 0.95)),
                    explanation=str(raw.get("explanation", "")),
                    fields=dict(raw.get("fields") or {}),
                )
            )
        except (KeyError, TypeError, ValueError):
            log.warning("ignored a malformed preset event: %r", raw)
    return hits


_HREF = re.compile(r"""href=["']([^"']+)["']""", re.IGNORECASE)


def content_links(summary_html: str) -> list[str]:
    """Links inside the article's text (a link to acme.com points at Acme). Not the
    article's own address: that names the publisher, not the subject."""
    return _HREF.findall(summary_html)[:50]


@dataclass(frozen=True)
class Analysis:
    """What the pure steps found in one article: no database needed to get here."""

    matches: list[AccountMatch]
    planned: list[tuple[AccountMatch, EventHit, SignalRole]]
    story: int | None  # an existing story this article retells


def analyse_article(
    article: Article,
    *,
    accounts: AccountIndex,
    kinds: Mapping[int, AccountKind],
    stories: StoryIndex,
    may_merge: bool,
    publisher: int | None = None,
) -> Analysis:
    """Classify, match and look for the story: pure over the in-memory indexes.

    ``publisher`` is the account whose own source (its newsroom, blog or filings) the
    article came from: it is the article's subject even where the text says "we".
    """
    summary = _new_to_title(article.title, article.summary_text)
    if "events" in article.extra:
        hits = preset_hits(article.extra)
    else:
        hits = classify_article(article.title, summary)
    matches = accounts.match(
        article.title,
        summary,
        links=content_links(article.summary_html),
        cik=article.extra.get("cik"),
    )
    if publisher is not None:
        matches = with_publisher(matches, publisher, accounts)
    story = find_story(article, matches, stories) if may_merge else None
    return Analysis(matches, plan_signals(hits, matches, kinds), story)


def _new_to_title(title: str, summary: str) -> str:
    """What the summary adds to the headline. Many feeds open the summary with the
    headline, or repeat it whole; those words were read in the title already, and
    reading them twice finds nothing new but costs a third of the analysis."""
    position = 0
    for word in title.split():
        found = summary.find(word, position)
        if found < 0 or summary[position:found].strip():
            return summary  # the summary does not open with the headline
        position = found + len(word)
    return summary[position:].strip()


def with_publisher(
    matches: list[AccountMatch], publisher: int, accounts: AccountIndex
) -> list[AccountMatch]:
    """The publishing account first, as the subject: found in the text or not (an
    ambiguous name needs no other corroboration than its own newsroom)."""
    found = next((m for m in matches if m.account_id == publisher), None)
    others = [m for m in matches if m.account_id != publisher]
    if found is not None:
        return [replace(found, salience=Salience.ABOUT), *others]
    name = accounts.name_of(publisher)
    if name is None:  # deleted since the source was read
        return matches
    own = AccountMatch(
        publisher, name, Salience.ABOUT, "its own source", PUBLISHER_CONFIDENCE, False
    )
    return [own, *others]


def publishers(session: Session) -> dict[int, int]:
    """Source id -> the account it belongs to, for sources that are an account's own.
    News searches are not: their results are often about someone else."""
    rows = session.execute(
        select(Source.id, Source.account_id).where(
            Source.account_id.is_not(None), Source.kind != SourceKind.NEWS_QUERY
        )
    )
    return {source_id: account_id for source_id, account_id in rows if account_id is not None}


def record_analysis(
    session: Session, article: Article, analysis: Analysis, *, stories: StoryIndex, now: dt.datetime
) -> tuple[list[Signal], bool]:
    """Write what the analysis found: story membership, signals, people to call."""
    story_id, merged = attach_to_story(
        session, article, analysis.matches, stories, found=analysis.story
    )
    signals = record_signals(session, article, story_id, analysis.planned)
    record_contacts(session, article, signals, now=now)
    return signals, merged


def _claim(session: Session, ids: Sequence[int], *, again: bool) -> list[Article]:
    """Lock the chunk's articles still to do (all of them when ``again``); rows another
    worker holds are skipped (PostgreSQL), SQLite serialises writers anyway."""
    statement = select(Article).where(Article.id.in_(ids)).order_by(Article.id)
    if not again:
        statement = statement.where(Article.processed_at.is_(None))
    return list(session.scalars(statement.with_for_update(skip_locked=True)))


def _forget_signals(session: Session, article: Article) -> set[int]:
    """Drop what an earlier run derived from this article (except alerted signals) and
    the error an earlier run left on it; return the accounts that lost signals."""
    alerted = select(Alert.signal_id)
    accounts = set()
    for signal in session.scalars(
        select(Signal).where(Signal.article_id == article.id, Signal.id.not_in(alerted))
    ):
        accounts.add(signal.account_id)
        session.delete(signal)
    if "process_error" in article.extra:
        article.extra = {k: v for k, v in article.extra.items() if k != "process_error"}
    session.flush()
    return accounts


@dataclass(frozen=True)
class _Indexes:
    accounts: AccountIndex
    kinds: Mapping[int, AccountKind]
    stories: StoryIndex
    publishers: Mapping[int, int]  # source id -> the account it belongs to


def _process_chunk(
    ctx: JobContext, ids: Sequence[int], indexes: _Indexes, report: ProcessReport, *, again: bool
) -> None:
    """One transaction for the chunk, one savepoint per article: a failing article is
    rolled back alone and marked with its error; the others are committed together,
    with the new heat of the accounts whose signals changed."""
    with session_scope(ctx.session_factory) as session:
        done: list[int] = []
        touched: set[int] = set()
        for article in _claim(session, ids, again=again):
            if ctx.stop.is_set():
                break
            try:
                analysis = analyse_article(
                    article,
                    accounts=indexes.accounts,
                    kinds=indexes.kinds,
                    stories=indexes.stories,
                    may_merge=not again,
                    publisher=indexes.publishers.get(article.source_id or 0),
                )
                if not (again or analysis.planned or analysis.story or article.story_id is None):
                    remember_story(article, analysis.matches, indexes.stories)
                    signals: list[Signal] = []  # nothing to write: the common case
                    merged = False
                else:
                    with session.begin_nested():
                        forgotten = _forget_signals(session, article) if again else set()
                        signals, merged = record_analysis(
                            session, article, analysis, stories=indexes.stories, now=ctx.now
                        )
                    touched |= forgotten | {signal.account_id for signal in signals}
            except Exception as error:
                log.exception("article %s could not be processed; the others go on", article.id)
                article.processed_at = ctx.now
                article.extra = {
                    **article.extra,
                    "process_error": f"{type(error).__name__}: {error}",
                }
                report.failed += 1
                continue
            done.append(article.id)
            report.articles += 1
            report.signals += len(signals)
            report.merged += merged
        _mark_processed(session, done, now=ctx.now)
        if touched:
            _refresh_heat(session, ctx, touched)


def _refresh_heat(session: Session, ctx: JobContext, accounts: set[int]) -> None:
    """The new heat of ``accounts``, in a savepoint: should it fail, the chunk's articles
    still commit and the scheduled heat run catches up."""
    try:
        with session.begin_nested():
            config = heat_config(ctx.settings)
            update_heat(session, now=ctx.now, config=config, account_ids=accounts)
    except DBAPIError:
        log.exception("the heat of %d accounts waits for the scheduled run", len(accounts))


def _mark_processed(session: Session, ids: list[int], *, now: dt.datetime) -> None:
    """One UPDATE for the chunk instead of one per article."""
    if ids:
        session.execute(
            update(Article)
            .where(Article.id.in_(ids))
            .values(processed_at=now)
            .execution_options(synchronize_session=False)
        )


def process_articles(
    ctx: JobContext, article_ids: Sequence[int], *, cache: AccountIndexCache, again: bool = False
) -> ProcessReport:
    """Process the given articles, ``CHUNK`` per transaction; ``again`` re-runs processed
    ones, replacing what earlier runs derived from them."""
    report = ProcessReport()
    if not article_ids:
        return report  # the common case every few seconds: no index is worth loading
    with ctx.session_factory() as session:
        accounts, kinds = cache.get(session)
        indexes = _Indexes(
            accounts, kinds, load_story_index(session, now=ctx.now), publishers(session)
        )
    for start in range(0, len(article_ids), CHUNK):
        if ctx.stop.is_set():
            break
        _process_chunk(ctx, article_ids[start : start + CHUNK], indexes, report, again=again)
    return report


_CACHE = AccountIndexCache()


def process_new(ctx: JobContext) -> ProcessReport:
    """Process every article not processed yet, oldest first."""
    with ctx.session_factory() as session:
        ids = list(
            session.scalars(
                select(Article.id).where(Article.processed_at.is_(None)).order_by(Article.id)
            )
        )
    return process_articles(ctx, ids, cache=_CACHE)


def reprocess(ctx: JobContext, *, since: dt.datetime) -> ProcessReport:
    """Re-run intel on articles fetched since ``since``, after rules or accounts changed.

    Signals are upserted by (story, account, type), so nothing is duplicated; signals
    the new rules no longer produce are removed, unless an alert was already sent for
    them (that history stays).
    """
    with ctx.session_factory() as session:
        ids = list(
            session.scalars(
                select(Article.id).where(Article.fetched_at >= since).order_by(Article.id)
            )
        )
    return process_articles(ctx, ids, cache=_CACHE, again=True)


PROCESS_NEW = Job(
    id="intel.process_new",
    func=process_new,
    description="Classify, match and deduplicate new articles into signals",
    interval_s=lambda settings: settings.process_interval_s,
)
