"""A user's own pipeline: the accounts they follow, directly or through a watchlist they
follow, and the accounts they own; hottest first, with their latest signals.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import Select, or_, select
from sqlalchemy.orm import Session

from intel.models import Account, Signal, Subscription, WatchlistMember


def my_account_ids(user_id: int) -> Select[Any]:
    """Ids of the accounts a user owns or follows (directly or by watchlist)."""
    direct = select(Subscription.account_id).where(
        Subscription.user_id == user_id, Subscription.account_id.is_not(None)
    )
    listed = (
        select(WatchlistMember.account_id)
        .join(Subscription, Subscription.watchlist_id == WatchlistMember.watchlist_id)
        .where(Subscription.user_id == user_id)
    )
    owned = select(Account.id).where(Account.owner_id == user_id)
    return select(Account.id).where(
        or_(Account.id.in_(direct), Account.id.in_(listed), Account.id.in_(owned))
    )


def my_accounts(session: Session, user_id: int, *, limit: int = 50) -> list[Account]:
    """The hottest ``limit`` of the user's accounts; ties by name."""
    return list(
        session.scalars(
            select(Account)
            .where(Account.id.in_(my_account_ids(user_id)))
            .order_by(Account.heat_score.desc(), Account.name_key)
            .limit(limit)
        )
    )


def latest_signals(
    session: Session, account_ids: Sequence[int], *, per_account: int = 3, scan: int = 500
) -> dict[int, list[Signal]]:
    """Up to ``per_account`` newest signals of each account, from one bounded query."""
    found: dict[int, list[Signal]] = {account_id: [] for account_id in account_ids}
    if not account_ids:
        return found
    rows = session.scalars(
        select(Signal)
        .where(Signal.account_id.in_(account_ids))
        .order_by(Signal.id.desc())
        .limit(scan)
    )
    for signal in rows:
        if len(found[signal.account_id]) < per_account:
            found[signal.account_id].append(signal)
    return found


def is_following(session: Session, user_id: int, account_id: int) -> Subscription | None:
    """The user's direct subscription to the account, if any."""
    return session.scalar(
        select(Subscription).where(
            Subscription.user_id == user_id, Subscription.account_id == account_id
        )
    )
