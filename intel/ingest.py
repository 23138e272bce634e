"""Ingest: raw items from a collector become Articles, each new one its own Story.

Only newly stored articles are returned, so only they flow on to classification. A
duplicate (same GUID from the same source, or the same canonical URL from anywhere) is
skipped. New items are stored in one batch inside a savepoint; if another worker
stored some of them first, the batch is retried one item per savepoint, so a race
never sinks the rest.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import or_, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from intel.canonical import canonical_url
from intel.db import insert_in_order
from intel.models import Article, Source, Story
from intel.types import RawItem

log = logging.getLogger(__name__)

MAX_TITLE = 1000
MAX_SUMMARY = 20_000


def sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def content_hash(title: str, text: str) -> str:
    """Hash of the normalised words, so whitespace and case changes do not count."""
    return sha256(" ".join(f"{title} {text}".casefold().split()))


@dataclass(frozen=True)
class _Prepared:
    item: RawItem
    url: str
    guid: str
    guid_hash: str
    url_hash: str


def _prepare(items: Iterable[RawItem]) -> list[_Prepared]:
    """Hash every item once and drop repeats within the batch."""
    prepared: list[_Prepared] = []
    seen: set[str] = set()
    for item in items:
        url = canonical_url(item.url)
        guid = item.guid or url
        entry = _Prepared(item, url, guid, sha256(guid), sha256(url))
        if entry.guid_hash in seen or entry.url_hash in seen:
            continue
        seen.update((entry.guid_hash, entry.url_hash))
        prepared.append(entry)
    return prepared


def _seen(session: Session, source_id: int, batch: list[_Prepared]) -> set[str]:
    """The hashes among ``batch`` already stored: same GUID from this source, or the
    same canonical URL from anywhere. One query, not one per item."""
    if not batch:
        return set()
    guids = [p.guid_hash for p in batch]
    urls = [p.url_hash for p in batch]
    rows = session.execute(
        select(Article.guid_hash, Article.canonical_url_hash).where(
            or_(
                (Article.source_id == source_id) & Article.guid_hash.in_(guids),
                Article.canonical_url_hash.in_(urls),
            )
        )
    ).all()
    return {h for row in rows for h in row}


def _store(
    session: Session, source: Source, batch: list[_Prepared], now: dt.datetime
) -> list[Article]:
    """Insert a story per item, then the articles: two batched INSERT … RETURNING
    statements, not one per row."""
    if not batch:
        return []
    stories = insert_in_order(
        session,
        Story,
        [
            {
                "title": _title(p),
                "first_seen_at": now,
                "last_seen_at": now,
                "article_count": 1,
                "source_count": 1,
            }
            for p in batch
        ],
    )
    rows = [
        {
            "source_id": source.id,
            "story_id": story_id,
            "guid": p.guid,
            "guid_hash": p.guid_hash,
            "url": p.item.url,
            "canonical_url": p.url,
            "canonical_url_hash": p.url_hash,
            "title": _title(p),
            "summary_html": p.item.summary_html[:MAX_SUMMARY],
            "summary_text": p.item.summary_text[:MAX_SUMMARY],
            "author": p.item.author[:300] if p.item.author else None,
            "content_hash": content_hash(_title(p), p.item.summary_text[:MAX_SUMMARY]),
            "published_at": p.item.published_at,
            "fetched_at": now,
            "extra": dict(p.item.extra),
        }
        for p, story_id in zip(batch, (story.id for story in stories), strict=True)
    ]
    return insert_in_order(session, Article, rows)


def _title(p: _Prepared) -> str:
    return " ".join(p.item.title.split())[:MAX_TITLE] or p.url


def ingest_items(
    session: Session, source: Source, items: Iterable[RawItem], *, now: dt.datetime
) -> list[Article]:
    """Store the items not seen before and return them as Articles (flushed, not committed)."""
    batch = _prepare(items)
    if not batch:
        return []  # a 304 or an empty feed: no query, no savepoint
    known = _seen(session, source.id, batch)
    fresh = [p for p in batch if p.guid_hash not in known and p.url_hash not in known]
    try:
        with session.begin_nested():
            return _store(session, source, fresh, now)
    except IntegrityError:
        log.info("another worker stored some of these items first; storing one by one")
    stored: list[Article] = []
    for entry in fresh:
        try:
            with session.begin_nested():
                stored += _store(session, source, [entry], now)
        except IntegrityError:
            continue
    return stored
