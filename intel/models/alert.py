"""What the alerts side stores: alerts (the inbox), their deliveries (the outbox),
digests, notices, the channels users deliver to, mute rules and feedback.

An Alert is one story for one user, however many subscriptions or channels lead to it.
Each way it goes out (an instant email, a Slack post, its place in a digest) is a
Delivery row written in the same transaction as the alert, so nothing is lost between
deciding and sending, and each delivery carries a unique idempotency key, so nothing is
sent twice.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column

from intel.db import Base, UTCDateTime, enum_type, utcnow
from intel.types import DeliveryStatus, FeedbackKind, MuteKind

# A delivery not yet sent, failed or skipped.
QUEUED = f"status IN ('{DeliveryStatus.PENDING.value}', '{DeliveryStatus.SENDING.value}')"


class Alert(Base):
    """One story for one user: never twice, whatever led to it. The inbox entry."""

    __tablename__ = "alerts"
    __table_args__ = (
        UniqueConstraint("user_id", "story_id"),
        # A user's inbox newest first, read in index order (and its foreign key).
        Index("ix_alerts_user_id_id", "user_id", "id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    signal_id: Mapped[int] = mapped_column(ForeignKey("signals.id", ondelete="CASCADE"), index=True)
    story_id: Mapped[int] = mapped_column(ForeignKey("stories.id", ondelete="CASCADE"))
    account_id: Mapped[int] = mapped_column(
        ForeignKey("accounts.id", ondelete="CASCADE"), index=True
    )
    reason: Mapped[str] = mapped_column(String(300), default="")  # why this user got it
    score: Mapped[float] = mapped_column(Float, default=0.0)  # rank: heat and confidence
    instant: Mapped[bool] = mapped_column(Boolean, default=True)
    digest: Mapped[bool] = mapped_column(Boolean, default=True)
    digest_id: Mapped[int | None] = mapped_column(
        ForeignKey("digests.id", ondelete="SET NULL"), index=True
    )
    read_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)


class Digest(Base):
    """One user's digest for one period ("2026-11-23", "2026-W48"): at most one each."""

    __tablename__ = "digests"
    __table_args__ = (UniqueConstraint("user_id", "period"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    period: Mapped[str] = mapped_column(String(32))
    alert_count: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)


class Notice(Base):
    """A message from the service to one user (a webhook disabled, a source failing).
    ``key`` makes the same notice at most once."""

    __tablename__ = "notices"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    key: Mapped[str] = mapped_column(String(200), unique=True)
    subject: Mapped[str] = mapped_column(String(300))
    text: Mapped[str] = mapped_column(Text)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)


class DeliveryChannel(Base):
    """A place a user's alerts go besides email and the inbox: a Slack, Teams or JSON
    webhook. Disabled by the service after failing for a day, with the reason."""

    __tablename__ = "channels"
    __table_args__ = (UniqueConstraint("user_id", "kind", "target"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(32))
    target: Mapped[str] = mapped_column(String(2000))
    secret: Mapped[str] = mapped_column(String(200), default="")
    name: Mapped[str] = mapped_column(String(200), default="")
    enabled: Mapped[bool] = mapped_column(Boolean, default=True)
    disabled_reason: Mapped[str | None] = mapped_column(Text)
    failing_since: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)


class Delivery(Base):
    """One message on one channel: an alert, a digest or a notice (exactly one).

    ``key`` is the idempotency key (email Message-ID, webhook Idempotency-Key).
    ``lease_until`` marks a send in flight: a worker killed mid-send leaves it, and the
    row is sent again once the lease lapses, so at most that one message repeats.
    """

    __tablename__ = "deliveries"
    __table_args__ = (
        CheckConstraint(
            "(CASE WHEN alert_id IS NULL THEN 0 ELSE 1 END)"
            " + (CASE WHEN digest_id IS NULL THEN 0 ELSE 1 END)"
            " + (CASE WHEN notice_id IS NULL THEN 0 ELSE 1 END) = 1",
            name="one_message",
        ),
        # Only the deliveries still to send, in due order: the outbox's lease and the
        # queue gauges of /metrics stay small however much history accumulates.
        Index(
            "ix_deliveries_queued",
            "next_attempt_at",
            "id",
            postgresql_where=text(QUEUED),
            sqlite_where=text(QUEUED),
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(100), unique=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(32))  # the channel kind: email, slack, ...
    channel_id: Mapped[int | None] = mapped_column(
        ForeignKey("channels.id", ondelete="CASCADE"), index=True
    )
    alert_id: Mapped[int | None] = mapped_column(
        ForeignKey("alerts.id", ondelete="CASCADE"), index=True
    )
    digest_id: Mapped[int | None] = mapped_column(
        ForeignKey("digests.id", ondelete="CASCADE"), index=True
    )
    notice_id: Mapped[int | None] = mapped_column(
        ForeignKey("notices.id", ondelete="CASCADE"), index=True
    )
    status: Mapped[DeliveryStatus] = mapped_column(
        enum_type(DeliveryStatus), default=DeliveryStatus.PENDING
    )
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, index=True)
    lease_until: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    last_error: Mapped[str | None] = mapped_column(Text)
    first_attempt_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    sent_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)


class DeliveryAttempt(Base):
    """Every try of a delivery, kept for the owner and for support: when, and what broke."""

    __tablename__ = "delivery_attempts"

    id: Mapped[int] = mapped_column(primary_key=True)
    delivery_id: Mapped[int] = mapped_column(
        ForeignKey("deliveries.id", ondelete="CASCADE"), index=True
    )
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    ok: Mapped[bool] = mapped_column(Boolean)
    error: Mapped[str | None] = mapped_column(Text)


class MuteRule(Base):
    """Alerts a user never wants: an account, a signal type, a source or a keyword."""

    __tablename__ = "mute_rules"
    __table_args__ = (UniqueConstraint("user_id", "kind", "value"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    kind: Mapped[MuteKind] = mapped_column(enum_type(MuteKind))
    value: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)


class Feedback(Base):
    """What a user says of an alert's signal: useful, not relevant, wrong company, or
    an outcome (it led to a meeting or an opportunity)."""

    __tablename__ = "feedback"
    __table_args__ = (UniqueConstraint("user_id", "signal_id", "kind"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    signal_id: Mapped[int] = mapped_column(ForeignKey("signals.id", ondelete="CASCADE"), index=True)
    alert_id: Mapped[int | None] = mapped_column(ForeignKey("alerts.id", ondelete="SET NULL"))
    kind: Mapped[FeedbackKind] = mapped_column(enum_type(FeedbackKind))
    note: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
