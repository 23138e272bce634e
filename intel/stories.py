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
    """The stories seen within the dedup window of ``now``, with their accounts."""
    index = StoryIndex()
    since = now - WINDOW
    rows = session.execute(
        select(Story.id, Story.title, Story.last_seen_at).where(Story.last_seen_at >= since)
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


def attach_to_story(
    session: Session,
    article: Article,
    matches: Sequence[AccountMatch],
    stories: StoryIndex,
    *,
    may_merge: bool = True,
) -> tuple[Story, bool]:
    """Move ``article`` into the story it retells, if there is one; return the story and
    whether it was an existing one. A reprocessed article keeps its story
    (``may_merge=False``): alerts already sent point at it."""
    own = session.get(Story, article.story_id) if article.story_id else None
    account_ids = [match.account_id for match in matches]
    found = (
        stories.find(article.title, account_ids=account_ids, at=article_time(article))
        if may_merge
        else None
    )
    merged = found is not None and found != article.story_id
    story = session.get(Story, found) if merged and found is not None else own
    if story is None:  # an article stored before stories existed, or an orphan
        story = Story(title=article.title, first_seen_at=article_time(article))
        session.add(story)
        session.flush()
    article.story_id = story.id
    session.flush()
    if merged and own is not None:
        still_used = session.scalar(
            select(Article.id).where(Article.story_id == own.id).limit(1)
        ) or session.scalar(select(Signal.id).where(Signal.story_id == own.id).limit(1))
        if still_used is None:
            session.delete(own)
    refresh_prominence(session, story)
    stories.add(story.id, story.title, account_ids=account_ids, seen_at=story.last_seen_at)
    return story, merged
