"""Accounts: the companies reps sell to, compete with, or are."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, Float, ForeignKey, String
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
    # Words that, near an ambiguous name, show the company is meant ("iPhone" for Apple).
    context_terms: Mapped[list[str]] = mapped_column(JSONType, default=list)
    # Whether a bare name needs corroboration; None lets the matcher decide.
    ambiguous: Mapped[bool | None] = mapped_column(Boolean)
    sec_cik: Mapped[str | None] = mapped_column(String(10), unique=True)
    industry: Mapped[str | None] = mapped_column(String(200))
    country: Mapped[str | None] = mapped_column(String(2))
    crm_id: Mapped[str | None] = mapped_column(String(100), unique=True)
    owner_id: Mapped[int | None] = mapped_column(
        ForeignKey("users.id", ondelete="SET NULL"), index=True
    )
    # Account heat, recomputed by the intel.update_heat job; see intel.heat.
    heat_score: Mapped[float] = mapped_column(Float, default=0.0, index=True)
    heat_tier: Mapped[str] = mapped_column(String(16), default="cool")
    heat_updated_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)
