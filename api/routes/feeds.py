"""Private Atom feeds, one per watchlist, for feed readers and other tools.

The feed URL carries a signed token instead of a bearer header, since feed readers
cannot send one; access is checked again on every fetch.
"""

from __future__ import annotations

import hashlib
from typing import Annotated
from urllib.parse import urlencode

from fastapi import APIRouter, Query, Request, Response

from alerts.atom import (
    MEDIA_TYPE,
    FeedTokenError,
    build_feed,
    feed_token,
    get_readable_watchlist,
    list_feed_entries,
    read_feed_token,
    watchlist_feed_id,
)
from api.deps import CurrentUser, SessionDep, SettingsDep
from api.inbox_schemas import (
    FeedUrl,
)
from api.problems import problem_responses
from intel.config import Settings
from intel.errors import NotFoundError

router = APIRouter(tags=["feeds"])
public_router = APIRouter(tags=["feeds"])  # outside /api/v1: no bearer token


# Atom feeds


@router.get(
    "/watchlists/{watchlist_id}/feed-url",
    response_model=FeedUrl,
    summary="The private Atom feed URL of a watchlist",
)
def read_feed_url(
    watchlist_id: int, session: SessionDep, settings: SettingsDep, user: CurrentUser
) -> FeedUrl:
    """For your own or a shared watchlist. Keep it private: it needs no other login."""
    get_readable_watchlist(session, user_id=user.id, watchlist_id=watchlist_id)
    return FeedUrl(url=_feed_url(settings, user.id, watchlist_id))


def _feed_url(settings: Settings, user_id: int, watchlist_id: int) -> str:
    token = feed_token(settings.signing_key, user_id, watchlist_id)
    base = str(settings.base_url).rstrip("/")
    return f"{base}/feeds/watchlists/{watchlist_id}.atom?{urlencode({'token': token})}"


@public_router.get(
    "/feeds/watchlists/{watchlist_id}.atom",
    response_class=Response,
    responses={
        200: {"content": {"application/atom+xml": {}}},
        304: {"description": "Unchanged since the ETag sent in If-None-Match"},
        **problem_responses(404, 422),  # 404: a bad token, or a watchlist it cannot read
    },
    summary="A watchlist's signals as Atom",
)
def read_watchlist_feed(
    watchlist_id: int,
    request: Request,
    session: SessionDep,
    settings: SettingsDep,
    token: Annotated[str, Query(max_length=200)] = "",
) -> Response:
    """The 50 newest signals (confidence 0.5 and up) about the watchlist's accounts.
    A wrong token and a watchlist the token's user may not read both answer 404."""
    try:
        user_id = read_feed_token(settings.signing_key, token, watchlist_id)
    except FeedTokenError:
        raise NotFoundError(f"no feed for watchlist {watchlist_id} with this token") from None
    watchlist = get_readable_watchlist(session, user_id=user_id, watchlist_id=watchlist_id)
    entries = list_feed_entries(session, watchlist.id)
    body = build_feed(
        entries,
        feed_id=watchlist_feed_id(watchlist.id),
        title=f"{watchlist.name} \N{EM DASH} Prospect Intel",
        self_url=_feed_url(settings, user_id, watchlist.id),
        updated=max((entry.updated for entry in entries), default=watchlist.created_at),
    )
    etag = f'"{hashlib.sha256(body).hexdigest()[:32]}"'
    headers = {"ETag": etag, "Cache-Control": "private, no-cache", "Referrer-Policy": "no-referrer"}
    if etag in _etags(request):
        return Response(status_code=304, headers=headers)
    return Response(body, media_type=MEDIA_TYPE, headers=headers)


def _etags(request: Request) -> set[str]:
    """The entity tags of If-None-Match, weak or strong alike (RFC 9110 weak comparison)."""
    header = request.headers.get("if-none-match", "")
    return {tag.strip().removeprefix("W/") for tag in header.split(",")}
