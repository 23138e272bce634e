"""Following: watchlists, subscriptions, mute rules, delivery channels and the schedule.

Everything here is the caller's own. Another user's object answers 404, like a missing
one, so ids reveal nothing; shared watchlists alone are readable (and followable) by all.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated

from fastapi import APIRouter, Query, Response
from sqlalchemy import select

from alerts.digest import next_send, preview_digest
from alerts.schedule import Rhythm, RhythmError
from api.deps import CurrentUser, SessionDep, SettingsDep
from api.following_schemas import (
    ChannelCreate,
    ChannelCreated,
    ChannelRead,
    ChannelUpdate,
    DigestPreview,
    MuteCreate,
    MuteRead,
    ScheduleRead,
    ScheduleUpdate,
    SubscriptionCreate,
    SubscriptionRead,
    SubscriptionUpdate,
    WatchlistCreate,
    WatchlistRead,
    WatchlistUpdate,
)
from api.schemas import AccountRead, Page, page_of
from intel.errors import InvalidInputError, NotFoundError
from intel.models import Account, DeliveryChannel, MuteRule, Subscription, User, Watchlist
from intel.pagination import MAX_LIMIT, paginate
from intel.services import following as svc
from intel.types import AccountKind

router = APIRouter(tags=["following"])

Limit = Annotated[int, Query(ge=1, le=MAX_LIMIT)]


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


# Watchlists


def _watchlist_reads(session: SessionDep, watchlists: list[Watchlist]) -> list[WatchlistRead]:
    counts = svc.member_counts(session, (w.id for w in watchlists))
    return [
        WatchlistRead(
            id=w.id,
            name=w.name,
            owner_id=w.owner_id,
            shared=w.shared,
            member_count=counts[w.id],
            created_at=w.created_at,
        )
        for w in watchlists
    ]


@router.get("/watchlists", response_model=Page[WatchlistRead], summary="List watchlists")
def list_watchlists(
    session: SessionDep, user: CurrentUser, cursor: str | None = None, limit: Limit = 50
) -> Page[WatchlistRead]:
    """Your watchlists and everyone's shared ones, with how many accounts each holds."""
    page = paginate(
        session,
        svc.visible_watchlists(user.id),
        id_column=Watchlist.id,
        cursor=cursor,
        limit=limit,
    )
    return Page(items=_watchlist_reads(session, list(page.items)), next_cursor=page.next_cursor)


@router.post(
    "/watchlists", response_model=WatchlistRead, status_code=201, summary="Create a watchlist"
)
def add_watchlist(body: WatchlistCreate, session: SessionDep, user: CurrentUser) -> WatchlistRead:
    watchlist = svc.create_watchlist(session, owner_id=user.id, **body.model_dump())
    return _watchlist_reads(session, [watchlist])[0]


@router.get("/watchlists/{watchlist_id}", response_model=WatchlistRead, summary="Read a watchlist")
def read_watchlist(watchlist_id: int, session: SessionDep, user: CurrentUser) -> WatchlistRead:
    watchlist = svc.get_visible_watchlist(session, user.id, watchlist_id)
    return _watchlist_reads(session, [watchlist])[0]


@router.patch(
    "/watchlists/{watchlist_id}",
    response_model=WatchlistRead,
    summary="Rename, share or unshare your watchlist",
)
def edit_watchlist(
    watchlist_id: int, body: WatchlistUpdate, session: SessionDep, user: CurrentUser
) -> WatchlistRead:
    watchlist = svc.get_own_watchlist(session, user.id, watchlist_id)
    watchlist = svc.update_watchlist(session, watchlist, **body.model_dump(exclude_unset=True))
    return _watchlist_reads(session, [watchlist])[0]


@router.delete("/watchlists/{watchlist_id}", status_code=204, summary="Delete your watchlist")
def delete_watchlist(watchlist_id: int, session: SessionDep, user: CurrentUser) -> Response:
    """Its subscriptions, other users' included, go with it."""
    session.delete(svc.get_own_watchlist(session, user.id, watchlist_id))
    return Response(status_code=204)


@router.get(
    "/watchlists/{watchlist_id}/accounts",
    response_model=Page[AccountRead],
    summary="List a watchlist's accounts",
)
def list_watchlist_accounts(
    watchlist_id: int,
    session: SessionDep,
    user: CurrentUser,
    cursor: str | None = None,
    limit: Limit = 50,
) -> Page[AccountRead]:
    watchlist = svc.get_visible_watchlist(session, user.id, watchlist_id)
    statement = svc.watchlist_accounts(watchlist)
    page = paginate(session, statement, id_column=Account.id, cursor=cursor, limit=limit)
    return page_of(AccountRead, page)


@router.put(
    "/watchlists/{watchlist_id}/accounts/{account_id}",
    status_code=204,
    summary="Put an account on your watchlist",
)
def add_watchlist_account(
    watchlist_id: int, account_id: int, session: SessionDep, user: CurrentUser
) -> Response:
    """Everyone following the list hears about the account from now on."""
    svc.add_member(session, svc.get_own_watchlist(session, user.id, watchlist_id), account_id)
    return Response(status_code=204)


@router.delete(
    "/watchlists/{watchlist_id}/accounts/{account_id}",
    status_code=204,
    summary="Take an account off your watchlist",
)
def remove_watchlist_account(
    watchlist_id: int, account_id: int, session: SessionDep, user: CurrentUser
) -> Response:
    svc.remove_member(session, svc.get_own_watchlist(session, user.id, watchlist_id), account_id)
    return Response(status_code=204)


# Subscriptions


@router.get(
    "/subscriptions", response_model=Page[SubscriptionRead], summary="List your subscriptions"
)
def list_subscriptions(
    session: SessionDep, user: CurrentUser, cursor: str | None = None, limit: Limit = 50
) -> Page[SubscriptionRead]:
    statement = select(Subscription).where(Subscription.user_id == user.id)
    page = paginate(session, statement, id_column=Subscription.id, cursor=cursor, limit=limit)
    return page_of(SubscriptionRead, page)


@router.post(
    "/subscriptions",
    response_model=SubscriptionRead,
    status_code=201,
    summary="Follow an account, a watchlist or a stream",
)
def add_subscription(body: SubscriptionCreate, session: SessionDep, user: CurrentUser) -> object:
    """Streams (every competitor or own-company signal) are for marketing and admins."""
    fields = body.model_dump()
    stream = fields.pop("stream")
    return svc.follow(session, user, stream=AccountKind(stream) if stream else None, **fields)


@router.patch(
    "/subscriptions/{subscription_id}",
    response_model=SubscriptionRead,
    summary="Change a subscription's filters or delivery",
)
def edit_subscription(
    subscription_id: int, body: SubscriptionUpdate, session: SessionDep, user: CurrentUser
) -> object:
    subscription = svc.get_own(session, Subscription, user.id, subscription_id)
    return svc.update_subscription(session, subscription, **body.model_dump(exclude_unset=True))


@router.delete(
    "/subscriptions/{subscription_id}", status_code=204, summary="Stop following something"
)
def delete_subscription(subscription_id: int, session: SessionDep, user: CurrentUser) -> Response:
    session.delete(svc.get_own(session, Subscription, user.id, subscription_id))
    return Response(status_code=204)


# Mute rules


@router.get("/mutes", response_model=Page[MuteRead], summary="List your mute rules")
def list_mutes(
    session: SessionDep, user: CurrentUser, cursor: str | None = None, limit: Limit = 50
) -> Page[MuteRead]:
    statement = select(MuteRule).where(MuteRule.user_id == user.id)
    page = paginate(session, statement, id_column=MuteRule.id, cursor=cursor, limit=limit)
    return page_of(MuteRead, page)


@router.post(
    "/mutes",
    response_model=MuteRead,
    status_code=201,
    summary="Mute an account, a signal type, a source or a keyword",
)
def add_mute(body: MuteCreate, session: SessionDep, user: CurrentUser) -> object:
    return svc.add_mute(session, user_id=user.id, kind=body.kind, value=body.value)


@router.delete("/mutes/{mute_id}", status_code=204, summary="Unmute")
def delete_mute(mute_id: int, session: SessionDep, user: CurrentUser) -> Response:
    session.delete(svc.get_own(session, MuteRule, user.id, mute_id))
    return Response(status_code=204)


# Delivery channels


def _channel_read(channel: DeliveryChannel) -> ChannelRead:
    fields = {
        name: getattr(channel, name) for name in ChannelRead.model_fields if name != "has_secret"
    }
    return ChannelRead(**fields, has_secret=bool(channel.secret))


@router.get("/channels", response_model=Page[ChannelRead], summary="List your delivery channels")
def list_channels(
    session: SessionDep, user: CurrentUser, cursor: str | None = None, limit: Limit = 50
) -> Page[ChannelRead]:
    """Each with whether it is enabled and, if the service stopped it, why and since when."""
    statement = select(DeliveryChannel).where(DeliveryChannel.user_id == user.id)
    page = paginate(session, statement, id_column=DeliveryChannel.id, cursor=cursor, limit=limit)
    return page_of(ChannelRead, page, _channel_read)


@router.post(
    "/channels",
    response_model=ChannelCreated,
    status_code=201,
    summary="Add a Slack, Teams or webhook channel",
)
def add_channel(
    body: ChannelCreate, session: SessionDep, settings: SettingsDep, user: CurrentUser
) -> ChannelCreated:
    """A webhook's signing secret is in this response only: store it now."""
    channel = svc.add_channel(
        session, user_id=user.id, allow=settings.fetch_allow_networks, **body.model_dump()
    )
    return ChannelCreated(**_channel_read(channel).model_dump(), secret=channel.secret or None)


@router.patch(
    "/channels/{channel_id}",
    response_model=ChannelRead,
    summary="Rename, pause or resume a channel",
)
def edit_channel(
    channel_id: int, body: ChannelUpdate, session: SessionDep, user: CurrentUser
) -> ChannelRead:
    channel = svc.get_own(session, DeliveryChannel, user.id, channel_id)
    return _channel_read(
        svc.update_channel(session, channel, **body.model_dump(exclude_unset=True))
    )


@router.delete("/channels/{channel_id}", status_code=204, summary="Remove a channel")
def delete_channel(channel_id: int, session: SessionDep, user: CurrentUser) -> Response:
    session.delete(svc.get_own(session, DeliveryChannel, user.id, channel_id))
    return Response(status_code=204)


# Schedule and digest


def _next_digest_at(user: User, now: dt.datetime) -> dt.datetime | None:
    """A schedule stored before it was checked here may not hold: then none is due."""
    try:
        return next_send(user, now)
    except RhythmError:
        return None


def _schedule_read(user: User) -> ScheduleRead:
    fields = {name: getattr(user, name) for name in ScheduleUpdate.model_fields}
    return ScheduleRead(**fields, next_digest_at=_next_digest_at(user, _now()))


def _check_rhythm(body: ScheduleUpdate) -> None:
    try:
        Rhythm(
            timezone=body.timezone,
            frequency=body.digest_frequency,
            hour=body.digest_hour,
            weekday=body.digest_weekday,
            quiet_start=dt.time.fromisoformat(body.quiet_start) if body.quiet_start else None,
            quiet_end=dt.time.fromisoformat(body.quiet_end) if body.quiet_end else None,
            weekends_quiet=body.weekends_quiet,
        )
    except RhythmError as error:
        raise InvalidInputError(str(error)) from None


@router.get("/me/schedule", response_model=ScheduleRead, summary="Read your delivery schedule")
def read_schedule(user: CurrentUser) -> ScheduleRead:
    return _schedule_read(user)


@router.put("/me/schedule", response_model=ScheduleRead, summary="Set your delivery schedule")
def set_schedule(body: ScheduleUpdate, session: SessionDep, user: CurrentUser) -> ScheduleRead:
    """Digest time, quiet hours (local wall times) and email on or off, in your time zone."""
    _check_rhythm(body)
    return _schedule_read(svc.set_schedule(session, user, **body.model_dump()))


@router.get("/me/digest/preview", response_model=DigestPreview, summary="Preview your next digest")
def read_digest_preview(
    session: SessionDep, settings: SettingsDep, user: CurrentUser
) -> DigestPreview:
    """The digest as it would go out now, from the alerts waiting for it."""
    now = _now()
    email = preview_digest(session, user, settings, now)
    if email is None:
        raise NotFoundError("nothing for your next digest yet")
    return DigestPreview(
        subject=email.subject,
        text=email.text,
        html=email.html,
        next_digest_at=_next_digest_at(user, now),
    )
