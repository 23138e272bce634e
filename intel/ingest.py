"""Ingest: raw items from a collector become Articles, each new one its own Story.

Only newly stored articles are returned, so only they flow on to classification. Each
insert runs in a savepoint: a duplicate (same GUID from the same source, or the same
canonical URL from anywhere) is skipped without disturbing the rest of the batch, even
when two workers race on the same item.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
from collections.abc import Iterable

from sqlalchemy import or_, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from intel.canonical import canonical_url
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


def _existing(session: Session, source_id: int, guid_hash: str, url_hash: str) -> bool:
    statement = select(Article.id).where(
        or_(
            (Article.source_id == source_id) & (Article.guid_hash == guid_hash),
            Article.canonical_url_hash == url_hash,
        )
    )
    return session.scalar(statement.limit(1)) is not None


def ingest_items(
    session: Session, source: Source, items: Iterable[RawItem], *, now: dt.datetime
) -> list[Article]:
    """Store the items not seen before and return them as Articles (flushed, not committed)."""
    new: list[Article] = []
    for item in items:
        url = canonical_url(item.url)
        guid = item.guid or url
        guid_hash, url_hash = sha256(guid), sha256(url)
        if _existing(session, source.id, guid_hash, url_hash):
            continue
        title = " ".join(item.title.split())[:MAX_TITLE] or url
        summary_text = item.summary_text[:MAX_SUMMARY]
        try:
            with session.begin_nested():
                story = Story(title=title, first_seen_at=now, last_seen_at=now)
                session.add(story)
                session.flush()
                article = Article(
                    source_id=source.id,
                    story_id=story.id,
                    guid=guid,
                    guid_hash=guid_hash,
                    url=item.url,
                    canonical_url=url,
                    canonical_url_hash=url_hash,
                    title=title,
                    summary_html=item.summary_html[:MAX_SUMMARY],
                    summary_text=summary_text,
                    author=item.author[:300] if item.author else None,
                    content_hash=content_hash(title, summary_text),
                    published_at=item.published_at,
                    fetched_at=now,
                )
                session.add(article)
                session.flush()
        except IntegrityError:
            log.debug("skipped a duplicate raced in by another worker: %s", url)
            continue
        new.append(article)
    return new
