"""Signals: a typed event about one account, drawn from a story."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import Boolean, CheckConstraint, Float, ForeignKey, Index, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from intel.db import Base, JSONType, UTCDateTime, enum_type, utcnow
from intel.types import EventType, Salience, SignalRole


class Signal(Base):
    __tablename__ = "signals"
    __table_args__ = (
        UniqueConstraint("story_id", "account_id", "type"),
        CheckConstraint("confidence >= 0 AND confidence <= 1", name="confidence_range"),
        # One account's signals newest first, read in index order (and its foreign key).
        Index("ix_signals_account_id_id", "account_id", "id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    story_id: Mapped[int] = mapped_column(ForeignKey("stories.id", ondelete="CASCADE"))
    article_id: Mapped[int] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), index=True
    )
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id", ondelete="CASCADE"))
    type: Mapped[EventType] = mapped_column(enum_type(EventType))
    role: Mapped[SignalRole] = mapped_column(enum_type(SignalRole), default=SignalRole.SUBJECT)
    salience: Mapped[Salience] = mapped_column(enum_type(Salience), default=Salience.ABOUT)
    hedged: Mapped[bool] = mapped_column(Boolean, default=False)
    confidence: Mapped[float] = mapped_column(Float)
    fields: Mapped[dict[str, Any]] = mapped_column(JSONType, default=dict)
    explanation: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)
    # Set once alerts.fan_out has turned the signal into alerts; new signals are NULL.
    fanned_out_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime, index=True)
