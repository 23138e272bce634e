"""Watchlists group accounts; subscriptions say who hears about what, and how."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, CheckConstraint, Float, ForeignKey, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from intel.db import Base, JSONType, UTCDateTime, enum_type, utcnow
from intel.types import AccountKind, Delivery


class Watchlist(Base):
    __tablename__ = "watchlists"
    __table_args__ = (UniqueConstraint("owner_id", "name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    owner_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    shared: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)


class WatchlistMember(Base):
    __tablename__ = "watchlist_members"

    watchlist_id: Mapped[int] = mapped_column(
        ForeignKey("watchlists.id", ondelete="CASCADE"), primary_key=True
    )
    account_id: Mapped[int] = mapped_column(
        ForeignKey("accounts.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    added_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)


class Subscription(Base):
    """A user follows exactly one thing: an account, a watchlist, or a stream of account kinds.

    ``signal_types`` empty means every type.
    """

    __tablename__ = "subscriptions"
    __table_args__ = (
        CheckConstraint(
            "(CASE WHEN account_id IS NULL THEN 0 ELSE 1 END)"
            " + (CASE WHEN watchlist_id IS NULL THEN 0 ELSE 1 END)"
            " + (CASE WHEN stream IS NULL THEN 0 ELSE 1 END) = 1",
            name="one_target",
        ),
        CheckConstraint("min_confidence >= 0 AND min_confidence <= 1", name="confidence_range"),
        UniqueConstraint("user_id", "account_id"),
        UniqueConstraint("user_id", "watchlist_id"),
        UniqueConstraint("user_id", "stream"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    account_id: Mapped[int | None] = mapped_column(ForeignKey("accounts.id", ondelete="CASCADE"))
    watchlist_id: Mapped[int | None] = mapped_column(
        ForeignKey("watchlists.id", ondelete="CASCADE")
    )
    stream: Mapped[AccountKind | None] = mapped_column(enum_type(AccountKind))
    signal_types: Mapped[list[str]] = mapped_column(JSONType, default=list)
    min_confidence: Mapped[float] = mapped_column(Float, default=0.5)
    delivery: Mapped[Delivery] = mapped_column(enum_type(Delivery), default=Delivery.BOTH)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
