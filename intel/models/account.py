"""Accounts: the companies reps sell to, compete with, or are."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from intel.db import Base, JSONType, UTCDateTime, enum_type, utcnow
from intel.types import AccountKind


def name_key(name: str) -> str:
    """The form of a name two accounts may not share: case- and space-insensitive."""
    return " ".join(name.casefold().split())


class Account(Base):
    __tablename__ = "accounts"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(300))
    name_key: Mapped[str] = mapped_column(String(300), unique=True)
    kind: Mapped[AccountKind] = mapped_column(enum_type(AccountKind), default=AccountKind.PROSPECT)
    aliases: Mapped[list[str]] = mapped_column(JSONType, default=list)
    domains: Mapped[list[str]] = mapped_column(JSONType, default=list)
    tickers: Mapped[list[str]] = mapped_column(JSONType, default=list)
    negative_keywords: Mapped[list[str]] = mapped_column(JSONType, default=list)
    sec_cik: Mapped[str | None] = mapped_column(String(10), unique=True)
    industry: Mapped[str | None] = mapped_column(String(200))
    country: Mapped[str | None] = mapped_column(String(2))
    crm_id: Mapped[str | None] = mapped_column(String(100), unique=True)
    owner_id: Mapped[int | None] = mapped_column(
        ForeignKey("users.id", ondelete="SET NULL"), index=True
    )
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)
