"""Workspace-wide words and secrets, and each rep's own notes on signals."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from intel.db import Base, UTCDateTime, utcnow


class Term(Base):
    """The label shown for a signal type or heat tier ("hot prospect" for ``hot``).

    One row per renamed key; a key without a row keeps its built-in label. Pages, emails
    and the API's display labels all read from here, so sales sees its own words.
    """

    __tablename__ = "terms"

    kind: Mapped[str] = mapped_column(String(16), primary_key=True)  # "signal_type", "heat_tier"
    key: Mapped[str] = mapped_column(String(32), primary_key=True)
    label: Mapped[str] = mapped_column(String(64))
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)


class CallNote(Base):
    """A rep's "reason to call" for one signal: what happened and why it matters to them.

    Private to its author; a rep without a note sees a suggested text instead.
    """

    __tablename__ = "call_notes"
    __table_args__ = (UniqueConstraint("user_id", "signal_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    signal_id: Mapped[int] = mapped_column(ForeignKey("signals.id", ondelete="CASCADE"), index=True)
    text: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)


class StoredSecret(Base):
    """A secret the service made for itself, kept where each of its processes finds it.

    The one in use is ``signing``: the key for links in emails and private feed URLs
    when ``INTEL_SECRET_KEY`` is not set. Stored here, those links survive restarts and
    verify in whichever process serves them (a worker's email, the API's click).
    """

    __tablename__ = "stored_secrets"

    name: Mapped[str] = mapped_column(String(32), primary_key=True)
    value: Mapped[str] = mapped_column(String(128))
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
