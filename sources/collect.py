"""One collector per kind of source, behind one signature, so the poller need not know
how a feed, a news search, a newsroom page or an EDGAR filing list is read.

A collector gets the fetcher and a snapshot of the source (read in a short transaction
that is closed before any network I/O) and returns the final fetch result with the
items it found; any failure comes out as a typed :class:`FetchError`.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
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
from sources.rss import parse_feed

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
    def of(cls, session: Session, source: Source) -> SourceView:
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


Collector = Callable[[Fetcher, SourceView, Settings], tuple[FetchResult, list[RawItem]]]


def collect_feed(
    fetcher: Fetcher, source: SourceView, settings: Settings
) -> tuple[FetchResult, list[RawItem]]:
    """RSS, Atom, RDF or JSON Feed (news sites, news searches, Google Alerts)."""
    result = fetcher.get(source.url, etag=source.etag, last_modified=source.last_modified)
    if result.not_modified:
        return result, []
    return result, parse_feed(result.body, url=result.url, content_type=result.content_type)


def collect_filings(
    fetcher: Fetcher, source: SourceView, settings: Settings
) -> tuple[FetchResult, list[RawItem]]:
    """SEC EDGAR, with the contact its fair-access rules require in the User-Agent."""
    if not settings.sec_contact:
        raise FetchError(
            FetchErrorKind.BLOCKED,
            "set INTEL_SEC_CONTACT to an e-mail address: SEC EDGAR asks every client to "
            "name a contact in its User-Agent",
        )
    agent = f"{settings.user_agent} {settings.sec_contact}"
    get = partial(fetcher.get, headers={"User-Agent": agent})
    return collect_edgar(
        get,
        source.url,
        etag=source.etag,
        last_modified=source.last_modified,
        known=source.known_guids,
    )


COLLECTORS: dict[SourceKind, Collector] = {
    SourceKind.FEED: collect_feed,
    SourceKind.NEWS_QUERY: collect_feed,
    SourceKind.EDGAR: collect_filings,
}


def collect(
    fetcher: Fetcher, source: SourceView, settings: Settings
) -> tuple[FetchResult, list[RawItem]]:
    """Run the source's collector; a parser bug becomes a typed error on the source
    instead of taking the poller down."""
    collector = COLLECTORS[source.kind]
    try:
        return collector(fetcher, source, settings)
    except FetchError:
        raise
    except Exception as error:
        log.exception("collecting source %s (%s) failed unexpectedly", source.id, source.url)
        raise FetchError(
            FetchErrorKind.PARSE_ERROR, f"unreadable content ({type(error).__name__})"
        ) from error
