"""Signals and stories: what happened at which account, newest first."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Annotated

from fastapi import APIRouter, Query
from sqlalchemy import select

from api.deps import CurrentUser, SessionDep
from api.schemas import Page, SignalRead, StoryArticle, StoryRead
from intel.errors import NotFoundError
from intel.models import Article, Signal, Story, WatchlistMember
from intel.pagination import MAX_LIMIT, paginate
from intel.services.following import get_visible_watchlist
from intel.types import EventType

router = APIRouter(tags=["signals"])


def signal_reads(session: SessionDep, signals: Sequence[Signal]) -> list[SignalRead]:
    """Signals with their headline and prominence, loaded in two queries, not 2 per row."""
    articles = {
        a.id: a
        for a in session.scalars(
            select(Article).where(Article.id.in_({s.article_id for s in signals}))
        )
    }
    stories = {
        s.id: s
        for s in session.scalars(select(Story).where(Story.id.in_({s.story_id for s in signals})))
    }
    own_fields = [name for name in SignalRead.model_fields if hasattr(Signal, name)]
    return [
        SignalRead.model_validate(
            {
                **{name: getattr(signal, name) for name in own_fields},
                "title": articles[signal.article_id].title,
                "url": articles[signal.article_id].url,
                "published_at": articles[signal.article_id].published_at,
                "prominence": stories[signal.story_id].source_count,
            }
        )
        for signal in signals
    ]


@router.get("/signals", response_model=Page[SignalRead])
def list_signals(
    session: SessionDep,
    user: CurrentUser,
    account_id: int | None = None,
    watchlist_id: Annotated[
        int | None, Query(description="Only accounts on this watchlist (yours or shared)")
    ] = None,
    type: Annotated[list[EventType] | None, Query()] = None,
    since: dt.datetime | None = None,
    min_confidence: Annotated[float, Query(ge=0, le=1)] = 0.0,
    cursor: str | None = None,
    limit: Annotated[int, Query(ge=1, le=MAX_LIMIT)] = 50,
) -> Page[SignalRead]:
    statement = select(Signal).where(Signal.confidence >= min_confidence)
    if account_id is not None:
        statement = statement.where(Signal.account_id == account_id)
    if watchlist_id is not None:
        get_visible_watchlist(session, user.id, watchlist_id)  # 404 when not the caller's to see
        members = select(WatchlistMember.account_id).where(
            WatchlistMember.watchlist_id == watchlist_id
        )
        statement = statement.where(Signal.account_id.in_(members))
    if type:
        statement = statement.where(Signal.type.in_(type))
    if since is not None:
        statement = statement.where(Signal.created_at >= since)
    page = paginate(
        session, statement, id_column=Signal.id, cursor=cursor, limit=limit, newest_first=True
    )
    return Page(items=signal_reads(session, page.items), next_cursor=page.next_cursor)


@router.get("/stories/{story_id}", response_model=StoryRead)
def read_story(story_id: int, session: SessionDep, _user: CurrentUser) -> StoryRead:
    story = session.get(Story, story_id)
    if story is None:
        raise NotFoundError(f"no story {story_id}")
    articles = session.scalars(
        select(Article).where(Article.story_id == story_id).order_by(Article.id)
    ).all()
    return StoryRead.model_validate(
        {
            **{k: getattr(story, k) for k in StoryRead.model_fields if k != "articles"},
            "articles": [StoryArticle.model_validate(a) for a in articles],
        }
    )
