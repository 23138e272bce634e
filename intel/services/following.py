"""What a user follows and how alerts reach them: watchlists, subscriptions, mute rules,
delivery channels and the digest schedule.

Every lookup here is scoped to one user. Another user's object is reported exactly like
a missing one, so ids reveal nothing; the only exception is a shared watchlist, which
anyone may read and follow (by reference: its owner's edits reach every follower).
"""

from __future__ import annotations

import secrets
from collections.abc import Iterable, Sequence
from typing import Any, TypeVar
from urllib.parse import urlsplit

from sqlalchemy import ColumnElement, Select, delete, func, or_, select
from sqlalchemy.orm import Session

from intel.errors import ConflictError, InvalidInputError, NotFoundError, PermissionDeniedError
from intel.models import (
    Account,
    DeliveryChannel,
    MuteRule,
    Source,
    Subscription,
    User,
    Watchlist,
    WatchlistMember,
)
from intel.types import AccountKind, Delivery, EventType, MuteKind, Role
from intel.urlpolicy import IPNetwork, Resolver, UrlRefusedError, check_url, system_resolver

STREAM_ROLES = frozenset({Role.MARKETING, Role.ADMIN})
STREAM_KINDS = frozenset({AccountKind.COMPETITOR, AccountKind.OWN})
SECRET_CHANNEL_KINDS = frozenset({"webhook"})  # Slack and Teams sign nothing

Owned = TypeVar("Owned", Subscription, MuteRule, DeliveryChannel)


def get_own(session: Session, model: type[Owned], user_id: int, object_id: int) -> Owned:
    """The user's own subscription, mute rule or channel; anyone else's is "not found"."""
    found = session.get(model, object_id)
    if found is None or found.user_id != user_id:
        label = model.__tablename__.removesuffix("s").replace("_", " ")
        raise NotFoundError(f"no {label} {object_id}")
    return found


# Watchlists


def visible_watchlists(user_id: int) -> Select[Watchlist]:
    """The user's own watchlists and everyone's shared ones."""
    return select(Watchlist).where(or_(Watchlist.owner_id == user_id, Watchlist.shared))


def get_visible_watchlist(session: Session, user_id: int, watchlist_id: int) -> Watchlist:
    watchlist = session.get(Watchlist, watchlist_id)
    if watchlist is None or not (watchlist.owner_id == user_id or watchlist.shared):
        raise NotFoundError(f"no watchlist {watchlist_id}")
    return watchlist


def get_own_watchlist(session: Session, user_id: int, watchlist_id: int) -> Watchlist:
    """A watchlist the user may change. A shared list of someone else is visible, so
    refusing it says so (403); a private one stays indistinguishable from none (404)."""
    watchlist = get_visible_watchlist(session, user_id, watchlist_id)
    if watchlist.owner_id != user_id:
        raise PermissionDeniedError("only its owner can change a watchlist")
    return watchlist


def member_counts(session: Session, watchlist_ids: Iterable[int]) -> dict[int, int]:
    """Accounts on each watchlist, in one query for a whole page."""
    ids = set(watchlist_ids)
    counts = session.execute(
        select(WatchlistMember.watchlist_id, func.count())
        .where(WatchlistMember.watchlist_id.in_(ids))
        .group_by(WatchlistMember.watchlist_id)
    )
    return {watchlist_id: 0 for watchlist_id in ids} | {wid: n for wid, n in counts}


def _check_watchlist_name(
    session: Session, owner_id: int, name: str, *, exclude: int | None
) -> str:
    name = " ".join(name.split())
    clash = session.scalar(
        select(Watchlist.id).where(Watchlist.owner_id == owner_id, Watchlist.name == name)
    )
    if clash is not None and clash != exclude:
        raise ConflictError(f"you already have a watchlist named {name!r} (watchlist {clash})")
    return name


def create_watchlist(session: Session, *, owner_id: int, name: str, shared: bool) -> Watchlist:
    name = _check_watchlist_name(session, owner_id, name, exclude=None)
    watchlist = Watchlist(owner_id=owner_id, name=name, shared=shared)
    session.add(watchlist)
    session.flush()
    return watchlist


def update_watchlist(
    session: Session, watchlist: Watchlist, *, name: str | None = None, shared: bool | None = None
) -> Watchlist:
    """Rename or (un)share. Unsharing ends other users' subscriptions to the list: they
    followed it by reference, and would otherwise keep hearing about a private list."""
    if name is not None:
        watchlist.name = _check_watchlist_name(
            session, watchlist.owner_id, name, exclude=watchlist.id
        )
    if shared is False and watchlist.shared:
        session.execute(
            delete(Subscription).where(
                Subscription.watchlist_id == watchlist.id,
                Subscription.user_id != watchlist.owner_id,
            )
        )
    if shared is not None:
        watchlist.shared = shared
    session.flush()
    return watchlist


def _get_account(session: Session, account_id: int) -> Account:
    account = session.get(Account, account_id)
    if account is None:
        raise NotFoundError(f"no account {account_id}")
    return account


def add_member(session: Session, watchlist: Watchlist, account_id: int) -> None:
    """Put the account on the list; already there is fine (PUT is idempotent)."""
    _get_account(session, account_id)
    if session.get(WatchlistMember, (watchlist.id, account_id)) is None:
        session.add(WatchlistMember(watchlist_id=watchlist.id, account_id=account_id))
        session.flush()


def remove_member(session: Session, watchlist: Watchlist, account_id: int) -> None:
    """Take the account off the list; not on it is fine (DELETE is idempotent)."""
    _get_account(session, account_id)
    session.execute(
        delete(WatchlistMember).where(
            WatchlistMember.watchlist_id == watchlist.id,
            WatchlistMember.account_id == account_id,
        )
    )


def watchlist_accounts(watchlist: Watchlist) -> Select[Account]:
    return (
        select(Account)
        .join(WatchlistMember, WatchlistMember.account_id == Account.id)
        .where(WatchlistMember.watchlist_id == watchlist.id)
    )


# Subscriptions


def _unique_types(types: Sequence[EventType]) -> list[str]:
    return list(dict.fromkeys(EventType(t).value for t in types))


def _target_clause(
    session: Session,
    user: User,
    *,
    account_id: int | None,
    watchlist_id: int | None,
    stream: AccountKind | None,
) -> tuple[ColumnElement[bool], str]:
    """The column condition naming the one thing followed, and how to name it to the user.
    A watchlist the user cannot see reads like a missing one."""
    if sum(target is not None for target in (account_id, watchlist_id, stream)) != 1:
        raise InvalidInputError("follow exactly one of an account, a watchlist or a stream")
    if account_id is not None:
        if session.get(Account, account_id) is None:
            raise InvalidInputError(f"no account {account_id}")
        return Subscription.account_id == account_id, f"account {account_id}"
    if watchlist_id is not None:
        try:
            get_visible_watchlist(session, user.id, watchlist_id)
        except NotFoundError as error:
            raise InvalidInputError(str(error)) from None
        return Subscription.watchlist_id == watchlist_id, f"watchlist {watchlist_id}"
    assert stream is not None
    if stream not in STREAM_KINDS:
        raise InvalidInputError("the streams are competitor and own")
    if user.role not in STREAM_ROLES:
        raise PermissionDeniedError("only marketing and admins can follow a stream")
    return Subscription.stream == stream, f"the {stream.value} stream"


def follow(
    session: Session,
    user: User,
    *,
    account_id: int | None = None,
    watchlist_id: int | None = None,
    stream: AccountKind | None = None,
    signal_types: Sequence[EventType] = (),
    min_confidence: float = 0.5,
    delivery: Delivery = Delivery.BOTH,
) -> Subscription:
    """Subscribe the user to one account, watchlist or stream, once."""
    clause, label = _target_clause(
        session, user, account_id=account_id, watchlist_id=watchlist_id, stream=stream
    )
    existing = session.scalar(
        select(Subscription.id).where(Subscription.user_id == user.id, clause)
    )
    if existing is not None:
        raise ConflictError(f"you already follow {label} (subscription {existing})")
    subscription = Subscription(
        user_id=user.id,
        account_id=account_id,
        watchlist_id=watchlist_id,
        stream=stream,
        signal_types=_unique_types(signal_types),
        min_confidence=min_confidence,
        delivery=delivery,
    )
    session.add(subscription)
    session.flush()
    return subscription


def subscriptions_with_targets(
    session: Session, user_id: int
) -> list[tuple[Subscription, str | None, str | None]]:
    """The user's subscriptions, oldest first, each with the name of the account or
    watchlist it follows (``None`` for the other, and both for a stream)."""
    rows = session.execute(
        select(Subscription, Account.name, Watchlist.name)
        .outerjoin(Account, Account.id == Subscription.account_id)
        .outerjoin(Watchlist, Watchlist.id == Subscription.watchlist_id)
        .where(Subscription.user_id == user_id)
        .order_by(Subscription.id)
    )
    return [(subscription, account, watchlist) for subscription, account, watchlist in rows]


def update_subscription(
    session: Session, subscription: Subscription, **fields: Any
) -> Subscription:
    """Change a subscription's filters; what it follows stays (follow something else)."""
    if "signal_types" in fields:
        fields["signal_types"] = _unique_types(fields["signal_types"])
    for key, value in fields.items():
        setattr(subscription, key, value)
    session.flush()
    return subscription


# Mute rules


def _existing_id(session: Session, model: type[Account] | type[Source], value: str) -> str:
    label = model.__tablename__.removesuffix("s")
    if not value.isdecimal():
        raise InvalidInputError(f"a {label} mute takes a {label} id, not {value!r}")
    if session.get(model, int(value)) is None:
        raise InvalidInputError(f"no {label} {value}")
    return str(int(value))


def normalise_mute_value(session: Session, kind: MuteKind, value: str) -> str:
    """The value as rules compare it: an existing account or source id, a known event
    type, or a keyword of 1 to 200 characters with its spacing tidied."""
    value = " ".join(value.split())
    if kind is MuteKind.ACCOUNT:
        return _existing_id(session, Account, value)
    if kind is MuteKind.SOURCE:
        return _existing_id(session, Source, value)
    if kind is MuteKind.TYPE:
        if value not in {t.value for t in EventType}:
            known = ", ".join(t.value for t in EventType)
            raise InvalidInputError(f"unknown signal type {value!r} (known: {known})")
        return value
    if not 1 <= len(value) <= 200:
        raise InvalidInputError("a muted keyword has 1 to 200 characters")
    return value


def add_mute(session: Session, *, user_id: int, kind: MuteKind, value: str) -> MuteRule:
    """Mute once. Keywords match whatever their case, so they clash whatever their case."""
    value = normalise_mute_value(session, kind, value)
    rules = session.scalars(
        select(MuteRule).where(MuteRule.user_id == user_id, MuteRule.kind == kind)
    )
    for rule in rules:
        if rule.value.casefold() == value.casefold():
            raise ConflictError(f"you already mute {kind.value} {value!r} (mute {rule.id})")
    mute = MuteRule(user_id=user_id, kind=kind, value=value)
    session.add(mute)
    session.flush()
    return mute


# Delivery channels


def validate_channel_target(
    target: str, *, allow: Sequence[IPNetwork], resolver: Resolver | None = system_resolver
) -> str:
    """Refuse a URL the webhook client would refuse, when it is typed. Plain http is only
    for private deployments (some network allowed); a name that does not resolve yet is
    accepted, since delivery judges the address again when it connects."""
    target = target.strip()
    if urlsplit(target).scheme == "http" and not allow:
        raise InvalidInputError("this channel URL is refused: it must use https")
    try:
        check_url(target, allow=allow, resolver=resolver)
    except UrlRefusedError as error:
        if error.kind != "dns":
            raise InvalidInputError(f"this channel URL is refused: {error.reason}") from None
    return target


def add_channel(
    session: Session,
    *,
    user_id: int,
    kind: str,
    target: str,
    name: str,
    allow: Sequence[IPNetwork],
    resolver: Resolver | None = system_resolver,
) -> DeliveryChannel:
    """A new channel; a webhook gets the secret its deliveries are signed with."""
    target = validate_channel_target(target, allow=allow, resolver=resolver)
    clash = session.scalar(
        select(DeliveryChannel.id).where(
            DeliveryChannel.user_id == user_id,
            DeliveryChannel.kind == kind,
            DeliveryChannel.target == target,
        )
    )
    if clash is not None:
        raise ConflictError(f"you already have this {kind} channel (channel {clash})")
    channel = DeliveryChannel(
        user_id=user_id,
        kind=kind,
        target=target,
        name=name.strip(),
        secret=secrets.token_urlsafe(32) if kind in SECRET_CHANNEL_KINDS else "",
    )
    session.add(channel)
    session.flush()
    return channel


def update_channel(
    session: Session,
    channel: DeliveryChannel,
    *,
    name: str | None = None,
    enabled: bool | None = None,
) -> DeliveryChannel:
    """Rename, pause or resume. Resuming forgets why the service had stopped the channel,
    so its failure clock starts afresh."""
    if name is not None:
        channel.name = name.strip()
    if enabled:
        channel.disabled_reason = None
        channel.failing_since = None
    if enabled is not None:
        channel.enabled = enabled
    session.flush()
    return channel


# Schedule


def set_schedule(session: Session, user: User, **fields: Any) -> User:
    """Store a schedule the caller has already checked (``alerts.schedule.Rhythm``)."""
    for key, value in fields.items():
        setattr(user, key, value)
    session.flush()
    return user
