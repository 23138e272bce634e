"""Signals and stories: what happened at which account, newest first or hottest first."""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Sequence
from typing import Annotated

from fastapi import APIRouter, Query
from sqlalchemy import select

from api.deps import CurrentUser, SessionDep
from api.schemas import Page, SignalRead, StoryArticle, StoryRead
from intel.errors import NotFoundError
from intel.models import Account, Article, Signal, Story, WatchlistMember
from intel.pagination import MAX_LIMIT, SortKey, paginate_keyset
from intel.services.following import get_visible_watchlist
from intel.services.terms import load_terms
from intel.types import EventType

router = APIRouter(tags=["signals"])


class SignalSort(enum.StrEnum):
    TIME = "time"
    HEAT = "heat"


# Newest is the highest id. Heat orders by the account's stored heat (intel.heat), then
# newest first; a cursor of one ordering is refused by the other.
ORDERS: dict[SignalSort, list[SortKey]] = {
    SignalSort.TIME: [SortKey("id", Signal.id, descending=True)],
    SignalSort.HEAT: [
        SortKey("heat", Account.heat_score, descending=True),
        SortKey("id", Signal.id, descending=True),
    ],
}


_OWN_FIELDS = [name for name in SignalRead.model_fields if hasattr(Signal, name)]


def signal_reads(session: SessionDep, signals: Sequence[Signal]) -> list[SignalRead]:
    """Signals with their headline and prominence, in one query for the whole page. Only
    the columns shown are read: whole articles would parse their summaries and JSON."""
    context = {
        row.id: row
        for row in session.execute(
            select(
                Signal.id,
                Article.title,
                Article.url,
                Article.published_at,
                Story.source_count.label("prominence"),
            )
            .join(Article, Article.id == Signal.article_id)
            .join(Story, Story.id == Signal.story_id)
            .where(Signal.id.in_([signal.id for signal in signals]))
        )
    }
    terms = load_terms(session)
    return [
        SignalRead.model_validate(
            {
                **{name: getattr(signal, name) for name in _OWN_FIELDS},
                **context[signal.id]._asdict(),
                "type_label": terms.signal_type(signal.type),
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
    sort: Annotated[
        SignalSort,
        Query(
            description="time: newest first. heat: hottest account first (its current heat"
            " score), then newest first"
        ),
    ] = SignalSort.TIME,
    cursor: str | None = None,
    limit: Annotated[int, Query(ge=1, le=MAX_LIMIT)] = 50,
) -> Page[SignalRead]:
    statement = select(Signal).where(Signal.confidence >= min_confidence)
    if sort is SignalSort.HEAT:
        statement = statement.join(Account, Account.id == Signal.account_id)
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
    page = paginate_keyset(
        session,
        statement,
        order=ORDERS[sort],
        cursor=cursor,
        limit=limit,
        filter_first=watchlist_id is not None,  # a watchlist's accounts: a few thousand rows
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
