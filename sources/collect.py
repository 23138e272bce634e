"""One collector per kind of source, behind one signature, so the poller need not know
how a feed, a news search, a newsroom page or an EDGAR filing list is read.

A collector gets the shared tools (fetcher, robots.txt cache, settings) and a snapshot
of the source (read in a short transaction that is closed before any network I/O) and
returns the final fetch result with the items it found, and new options for the source
when it learnt something (a newsroom's feed); any failure is a typed
:class:`FetchError`.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass
from functools import partial
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from intel.config import Settings
from intel.models import Article, Source
from intel.types import FetchErrorKind, RawItem, SourceKind
from sources.edgar import collect_edgar
from sources.http import Fetcher, FetchError, FetchResult
from sources.newsroom import collect_newsroom
from sources.robots import RobotsCache
from sources.rss import feed_items

log = logging.getLogger(__name__)

KNOWN_FILINGS = 1000  # recent accession numbers a poll checks new filings against


@dataclass(frozen=True)
class SourceView:
    """What a collector may know about its source."""

    id: int
    kind: SourceKind
    url: str
    options: Mapping[str, Any]
    etag: str | None
    last_modified: str | None
    known_guids: frozenset[str] = frozenset()

    @classmethod
    def load(cls, session: Session, ids: Sequence[int]) -> list[SourceView]:
        """Views of the sources ``ids`` (those that still exist), in one read."""
        sources = session.scalars(select(Source).where(Source.id.in_(ids)).order_by(Source.id))
        return [cls._of(session, source) for source in sources]

    @classmethod
    def _of(cls, session: Session, source: Source) -> SourceView:
        known: frozenset[str] = frozenset()
        if source.kind is SourceKind.EDGAR:
            known = frozenset(
                session.scalars(
                    select(Article.guid)
                    .where(Article.source_id == source.id)
                    .order_by(Article.id.desc())
                    .limit(KNOWN_FILINGS)
                )
            )
        return cls(
            source.id,
            source.kind,
            source.url,
            dict(source.options or {}),
            source.etag,
            source.last_modified,
            known,
        )


@dataclass(frozen=True)
class Tools:
    """What every collector shares during one poll: one client, one robots.txt cache."""

    fetcher: Fetcher
    robots: RobotsCache
    settings: Settings
    write_turn: AbstractContextManager[Any]  # held while writing a source's result


@dataclass(frozen=True)
class Collected:
    result: FetchResult
    items: list[RawItem]
    options: Mapping[str, Any] | None = None  # the source's options from now on, if changed


Collector = Callable[[Tools, SourceView], Collected]


def collect_feed(tools: Tools, source: SourceView) -> Collected:
    """RSS, Atom, RDF or JSON Feed (news sites, news searches, Google Alerts)."""
    result = tools.fetcher.get(source.url, etag=source.etag, last_modified=source.last_modified)
    return Collected(result, feed_items(result))


def collect_page(tools: Tools, source: SourceView) -> Collected:
    """A newsroom page without a feed, within robots.txt; the feed it advertises is
    remembered in the options and read directly next time."""
    found = collect_newsroom(
        tools.fetcher,
        source.url,
        options=source.options,
        robots=tools.robots,
        user_agent=tools.settings.user_agent,
        etag=source.etag,
        last_modified=source.last_modified,
    )
    options = {k: v for k, v in source.options.items() if k != "feed_url"}
    if found.feed_url:
        options["feed_url"] = found.feed_url
    changed = options if options != dict(source.options) else None
    return Collected(found.fetched, found.items, changed)


def collect_filings(tools: Tools, source: SourceView) -> Collected:
    """SEC EDGAR, with the contact its fair-access rules require in the User-Agent."""
    settings = tools.settings
    if not settings.sec_contact:
        raise FetchError(
            FetchErrorKind.BLOCKED,
            "set INTEL_SEC_CONTACT to an e-mail address: SEC EDGAR asks every client to "
            "name a contact in its User-Agent",
        )
    agent = f"{settings.user_agent} {settings.sec_contact}"
    get = partial(tools.fetcher.get, headers={"User-Agent": agent})
    result, items = collect_edgar(
        get,
        source.url,
        etag=source.etag,
        last_modified=source.last_modified,
        known=source.known_guids,
    )
    return Collected(result, items)


COLLECTORS: dict[SourceKind, Collector] = {
    SourceKind.FEED: collect_feed,
    SourceKind.NEWS_QUERY: collect_feed,
    SourceKind.NEWSROOM: collect_page,
    SourceKind.EDGAR: collect_filings,
}


def collect(tools: Tools, source: SourceView) -> Collected:
    """Run the source's collector; a parser bug becomes a typed error on the source
    instead of taking the poller down."""
    collector = COLLECTORS[source.kind]
    try:
        return collector(tools, source)
    except FetchError:
        raise
    except Exception as error:
        log.exception("collecting source %s (%s) failed unexpectedly", source.id, source.url)
        raise FetchError(
            FetchErrorKind.PARSE_ERROR, f"unreadable content ({type(error).__name__})"
        ) from error
