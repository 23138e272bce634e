"""Attaching articles to stories, and keeping each story's prominence up to date."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Sequence
from urllib.parse import urlsplit

from sqlalchemy import select
from sqlalchemy.orm import Session

from intel.dedup import WINDOW, StoryIndex
from intel.models import Article, Signal, Story
from intel.types import AccountMatch


def article_time(article: Article) -> dt.datetime:
    return article.published_at or article.fetched_at


def load_story_index(session: Session, *, now: dt.datetime) -> StoryIndex:
    """The stories seen within the dedup window of ``now`` that hold a processed
    article (a story made at ingest for an article still waiting is not one yet),
    with their accounts."""
    index = StoryIndex()
    since = now - WINDOW
    processed = (
        select(Article.id)
        .where(Article.story_id == Story.id, Article.processed_at.is_not(None))
        .exists()
    )
    rows = session.execute(
        select(Story.id, Story.title, Story.last_seen_at).where(
            Story.last_seen_at >= since, processed
        )
    ).all()
    accounts: dict[int, set[int]] = defaultdict(set)
    for story_id, account_id in session.execute(
        select(Signal.story_id, Signal.account_id)
        .join(Story, Story.id == Signal.story_id)
        .where(Story.last_seen_at >= since)
    ):
        accounts[story_id].add(account_id)
    for story_id, title, seen_at in rows:
        index.add(story_id, title, account_ids=accounts[story_id], seen_at=seen_at)
    return index


def refresh_prominence(session: Session, story: Story) -> None:
    """Article count, and the number of independent sources (distinct sites) telling it."""
    rows = session.execute(
        select(Article.canonical_url, Article.published_at, Article.fetched_at).where(
            Article.story_id == story.id
        )
    ).all()
    story.article_count = len(rows)
    story.source_count = len({urlsplit(url).hostname for url, _, _ in rows}) or 1
    story.last_seen_at = max(published or fetched for _, published, fetched in rows)


def find_story(
    article: Article, matches: Sequence[AccountMatch], stories: StoryIndex
) -> int | None:
    """The existing story ``article`` retells, if any (never its own)."""
    return stories.find(
        article.title,
        account_ids=[match.account_id for match in matches],
        at=article_time(article),
        exclude=article.story_id,
    )


def remember_story(article: Article, matches: Sequence[AccountMatch], stories: StoryIndex) -> None:
    """Make the article's own story findable by the articles after it."""
    if article.story_id is not None:
        stories.add(
            article.story_id,
            article.title,
            account_ids=[match.account_id for match in matches],
            seen_at=article_time(article),
        )


def attach_to_story(
    session: Session,
    article: Article,
    matches: Sequence[AccountMatch],
    stories: StoryIndex,
    *,
    found: int | None,
) -> tuple[int, bool]:
    """Move ``article`` into story ``found`` (from :func:`find_story`) or keep its own;
    return the story's id and whether it joined an existing story. Keeping its own
    story costs no query."""
    own_id = article.story_id
    if found is None and own_id is not None:
        remember_story(article, matches, stories)
        return own_id, False
    story = session.get(Story, found) if found is not None else None
    if story is None:  # an article stored without a story, or the found one is gone
        story = Story(title=article.title, first_seen_at=article_time(article))
        session.add(story)
        session.flush()
    article.story_id = story.id
    session.flush()
    if own_id is not None and own_id != story.id:
        _drop_if_empty(session, own_id, stories)
    refresh_prominence(session, story)
    account_ids = [match.account_id for match in matches]
    stories.add(story.id, story.title, account_ids=account_ids, seen_at=story.last_seen_at)
    return story.id, found is not None


def _drop_if_empty(session: Session, story_id: int, stories: StoryIndex) -> None:
    """Delete the story ingest made for an article that joined another story."""
    still_used = session.scalar(
        select(Article.id).where(Article.story_id == story_id).limit(1)
    ) or session.scalar(select(Signal.id).where(Signal.story_id == story_id).limit(1))
    if still_used is None:
        own = session.get(Story, story_id)
        if own is not None:
            session.delete(own)
        stories.remove(story_id)
