"""The outbox: deliveries are rows, written with what they deliver, sent by
``alerts.deliver_pending``.

Sending never happens inside a database transaction. A worker leases a batch of due
rows (``SKIP LOCKED`` on PostgreSQL, so workers never take the same row), commits, and
then sends them one by one, committing each outcome. A worker killed mid-send leaves
its leased rows behind; they are taken again when the lease lapses, so only the message
that was in flight can go twice. Each row's ``key`` is its idempotency key (the email
Message-ID, the webhook ``Idempotency-Key``), so receivers can drop that one repeat too.

A failure is retried with exponential backoff and jitter for up to a day, then marked
failed with the reason. A webhook that has failed for a day is disabled, and its owner
is told by email.
"""

from __future__ import annotations

import datetime as dt
import logging
import random
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import func, insert, or_, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from alerts.channels import channel_for
from alerts.channels.base import Channel, DeliveryError, Endpoint, Message
from alerts.messages import alert_message, digest_messages, notice_message
from alerts.schedule import Rhythm, release_at
from intel.config import Settings
from intel.db import session_scope
from intel.jobs import Job, JobContext
from intel.models import (
    Alert,
    Delivery,
    DeliveryAttempt,
    DeliveryChannel,
    Digest,
    Notice,
    User,
)
from intel.types import DeliveryStatus

log = logging.getLogger(__name__)

LEASE = dt.timedelta(minutes=10)  # longer than any one send can take
GIVE_UP_AFTER = dt.timedelta(hours=24)
FIRST_RETRY_S = 60.0
MAX_RETRY_S = 6 * 3600.0
CLAIM = 50  # rows leased at a time
EMAIL = "email"


# --- queueing, in the caller's transaction -------------------------------------------


def queue_alert(
    session: Session,
    alert: Alert,
    user: User,
    channels: Sequence[DeliveryChannel],
    *,
    now: dt.datetime,
) -> int:
    """Queue an instant alert on the user's email and enabled channels, held until quiet
    hours end; return how many deliveries were queued."""
    due = release_at(Rhythm.of(user), now)
    rows = []
    if user.email_alerts:
        rows.append(_delivery(f"alert-{alert.id}-email", user.id, EMAIL, due, alert_id=alert.id))
    for channel in channels:
        key = f"alert-{alert.id}-ch{channel.id}"
        rows.append(
            _delivery(key, user.id, channel.kind, due, alert_id=alert.id, channel_id=channel.id)
        )
    _insert(session, rows)
    return len(rows)


def queue_digests(session: Session, digests: Sequence[Digest], *, now: dt.datetime) -> None:
    """Digests go by email, at once: their time was chosen by the schedule. One
    statement for a whole batch of them."""
    _insert(
        session,
        [_delivery(f"digest-{d.id}-email", d.user_id, EMAIL, now, digest_id=d.id) for d in digests],
    )


def queue_notice(
    session: Session, user_id: int, key: str, subject: str, text: str, *, now: dt.datetime
) -> bool:
    """Email a service notice once per ``key``; False when it was already sent."""
    if session.scalar(select(Notice.id).where(Notice.key == key)) is not None:
        return False
    notice = Notice(user_id=user_id, key=key[:200], subject=subject[:300], text=text)
    try:
        with session.begin_nested():
            session.add(notice)
            session.flush()
    except IntegrityError:
        return False  # another worker queued it first
    row = _delivery(f"notice-{notice.id}-email", user_id, EMAIL, now, notice_id=notice.id)
    _insert(session, [row])
    return True


def _delivery(
    key: str,
    user_id: int,
    kind: str,
    due: dt.datetime,
    *,
    alert_id: int | None = None,
    digest_id: int | None = None,
    notice_id: int | None = None,
    channel_id: int | None = None,
) -> dict[str, object]:
    """A pending delivery's row, due at ``due``."""
    return {
        "key": key,
        "user_id": user_id,
        "kind": kind,
        "channel_id": channel_id,
        "alert_id": alert_id,
        "digest_id": digest_id,
        "notice_id": notice_id,
        "status": DeliveryStatus.PENDING,
        "attempts": 0,
        "next_attempt_at": due,
    }


def _insert(session: Session, rows: list[dict[str, object]]) -> None:
    """Deliveries in one statement: nothing needs them back as objects."""
    if rows:
        session.execute(insert(Delivery), rows)


# --- delivery ------------------------------------------------------------------------


@dataclass
class DeliverReport:
    sent: int = 0
    retrying: int = 0
    failed: int = 0
    skipped: int = 0  # nothing to send any more (user gone, channel removed, unsubscribed)


def deliver_pending(ctx: JobContext) -> DeliverReport:
    """Send every delivery due at ``ctx.now``, a leased batch at a time.

    A batch's messages are built together (a few queries for all of them), then sent one
    at a time, so a killed worker has at most one in flight; to send more at once, run
    more workers (they share the outbox through the leases)."""
    report = DeliverReport()
    channels: dict[str, Channel] = {}
    try:
        while not ctx.stop.is_set():
            batch = _lease(ctx)
            if not batch:
                break
            with ctx.session_factory() as session:
                prepared = _prepare(session, batch, ctx.settings, ctx.now)
            for delivery_id in batch:
                if ctx.stop.is_set():
                    break  # the rest of the lease lapses and a later run takes them
                outcome = _deliver_one(ctx, delivery_id, prepared[delivery_id], channels)
                setattr(report, outcome, getattr(report, outcome) + 1)
    finally:
        for channel in channels.values():
            channel.close()
    return report


def _lease(ctx: JobContext) -> list[int]:
    with session_scope(ctx.session_factory) as session:
        rows = list(
            session.scalars(
                select(Delivery)
                .where(
                    Delivery.status.in_([DeliveryStatus.PENDING, DeliveryStatus.SENDING]),
                    Delivery.next_attempt_at <= ctx.now,
                    or_(Delivery.lease_until.is_(None), Delivery.lease_until <= ctx.now),
                )
                .order_by(Delivery.next_attempt_at, Delivery.id)
                .limit(CLAIM)
                .with_for_update(skip_locked=True)
            )
        )
        for row in rows:
            row.status = DeliveryStatus.SENDING
            row.lease_until = ctx.now + LEASE
        return [row.id for row in rows]


def _deliver_one(
    ctx: JobContext,
    delivery_id: int,
    prepared: tuple[Message, Endpoint] | str,
    channels: dict[str, Channel],
) -> str:
    """Send one leased delivery and record the outcome; return the report field."""
    if isinstance(prepared, str):
        _finish(ctx, delivery_id, skipped=prepared)
        return "skipped"
    message, endpoint = prepared
    try:
        channel = channels.get(endpoint.kind)
        if channel is None:
            channel = channels[endpoint.kind] = channel_for(endpoint.kind, ctx.settings)
        channel.send(message, endpoint)
    except DeliveryError as error:
        failed = _failed(ctx, delivery_id, error) == DeliveryStatus.FAILED
        return "failed" if failed else "retrying"
    except Exception as error:  # a bug in a channel must not stop the outbox
        log.exception("delivery %s: unexpected error", delivery_id)
        _failed(ctx, delivery_id, DeliveryError(f"{type(error).__name__}: {error}"))
        return "retrying"
    _finish(ctx, delivery_id)
    return "sent"


def _prepare(
    session: Session, ids: Sequence[int], settings: Settings, now: dt.datetime
) -> dict[int, tuple[Message, Endpoint] | str]:
    """Each delivery's message and where it goes, or why there is nothing to send."""
    deliveries = list(session.scalars(select(Delivery).where(Delivery.id.in_(ids))))
    users = {
        u.id: u
        for u in session.scalars(select(User).where(User.id.in_({d.user_id for d in deliveries})))
    }
    prepared: dict[int, tuple[Message, Endpoint] | str] = {}
    endpoints: dict[int, Endpoint] = {}
    digests: list[tuple[Digest, str]] = []
    for delivery in deliveries:
        found = _endpoint(session, delivery, users.get(delivery.user_id))
        if isinstance(found, str):
            prepared[delivery.id] = found
            continue
        endpoints[delivery.id] = found
        if delivery.digest_id is not None:
            digests.append((session.get_one(Digest, delivery.digest_id), delivery.key))
        elif delivery.alert_id is not None:
            alert = session.get(Alert, delivery.alert_id)
            prepared[delivery.id] = (
                (alert_message(session, alert, delivery.key, settings, now), found)
                if alert is not None
                else "the alert was deleted"
            )
        else:
            notice = session.get_one(Notice, delivery.notice_id)
            prepared[delivery.id] = (notice_message(notice, delivery.key, settings, now), found)
    built = digest_messages(session, digests, settings, now)
    for delivery in deliveries:
        if delivery.digest_id is not None and delivery.id in endpoints:
            prepared[delivery.id] = (built[delivery.digest_id], endpoints[delivery.id])
    return prepared


def _endpoint(session: Session, delivery: Delivery, user: User | None) -> Endpoint | str:
    if user is None or not user.is_active:
        return "the user is no longer active"
    if delivery.channel_id is not None:
        channel = session.get(DeliveryChannel, delivery.channel_id)
        if channel is None or not channel.enabled:
            return "the channel was removed or disabled"
        return Endpoint(channel.kind, channel.target, channel.secret)
    if not user.email_alerts and delivery.notice_id is None:
        return "the user unsubscribed from email"
    return Endpoint(EMAIL, user.email)


def _finish(ctx: JobContext, delivery_id: int, *, skipped: str | None = None) -> None:
    """Record the outcome: three short statements, as this runs once per message."""
    done = (
        update(Delivery)
        .where(Delivery.id == delivery_id)
        .execution_options(synchronize_session=False)  # nothing loaded to keep in step
    )
    with session_scope(ctx.session_factory) as session:
        if skipped is not None:
            session.execute(
                done.values(status=DeliveryStatus.SKIPPED, last_error=skipped, lease_until=None)
            )
            return
        channel_id = session.execute(
            done.values(
                status=DeliveryStatus.SENT,
                sent_at=ctx.now,
                lease_until=None,
                attempts=Delivery.attempts + 1,
                first_attempt_at=func.coalesce(Delivery.first_attempt_at, ctx.now),
            ).returning(Delivery.channel_id)
        ).scalar_one()
        session.execute(
            insert(DeliveryAttempt).values(delivery_id=delivery_id, at=ctx.now, ok=True)
        )
        if channel_id is not None:  # working again: the day's grace starts over
            session.execute(
                update(DeliveryChannel)
                .where(DeliveryChannel.id == channel_id, DeliveryChannel.failing_since.is_not(None))
                .values(failing_since=None)
                .execution_options(synchronize_session=False)
            )


def _failed(ctx: JobContext, delivery_id: int, error: DeliveryError) -> DeliveryStatus:
    reason = str(error)[:2000]
    with session_scope(ctx.session_factory) as session:
        delivery = session.get_one(Delivery, delivery_id)
        delivery.attempts += 1
        delivery.first_attempt_at = delivery.first_attempt_at or ctx.now
        delivery.lease_until = None
        delivery.last_error = reason
        session.add(DeliveryAttempt(delivery_id=delivery_id, at=ctx.now, ok=False, error=reason))
        given_up = ctx.now - delivery.first_attempt_at >= GIVE_UP_AFTER
        if error.permanent or given_up:
            delivery.status = DeliveryStatus.FAILED
            if given_up and not error.permanent:
                delivery.last_error = f"gave up after {delivery.attempts} attempts: {reason}"
        else:
            delivery.status = DeliveryStatus.PENDING
            delay = dt.timedelta(seconds=retry_delay(delivery.attempts, error.retry_after_s))
            last_chance = delivery.first_attempt_at + GIVE_UP_AFTER  # the final try is on time
            delivery.next_attempt_at = min(ctx.now + delay, last_chance)
        if delivery.channel_id is not None:
            _channel_failed(session, delivery.channel_id, reason, now=ctx.now)
        return delivery.status


def retry_delay(attempts: int, retry_after_s: float | None = None) -> float:
    """Seconds before the next try: doubling from a minute, capped at six hours, with
    jitter so that a recovering server is not hit by every retry at once. A server's
    Retry-After is honoured when it asks for longer."""
    ceiling = min(MAX_RETRY_S, FIRST_RETRY_S * 2.0 ** max(attempts - 1, 0))
    delay: float = ceiling * random.uniform(0.5, 1.0)  # noqa: S311 - jitter, not security
    return max(delay, min(retry_after_s or 0.0, MAX_RETRY_S))


def _channel_failed(session: Session, channel_id: int, reason: str, *, now: dt.datetime) -> None:
    """Disable a channel failing for a day, say why, and tell its owner by email."""
    channel = session.get(DeliveryChannel, channel_id)
    if channel is None or not channel.enabled:
        return
    channel.failing_since = channel.failing_since or now
    if now - channel.failing_since < GIVE_UP_AFTER:
        return
    channel.enabled = False
    channel.disabled_reason = (
        f"disabled on {now:%Y-%m-%d %H:%M} UTC after failing since "
        f"{channel.failing_since:%Y-%m-%d %H:%M} UTC; last error: {reason}"
    )[:2000]
    for pending in session.scalars(
        select(Delivery).where(
            Delivery.channel_id == channel.id, Delivery.status == DeliveryStatus.PENDING
        )
    ):
        pending.status = DeliveryStatus.SKIPPED
        pending.last_error = "the channel was disabled"
    name = channel.name or channel.kind
    queue_notice(
        session,
        channel.user_id,
        f"channel-disabled-{channel.id}-{now:%Y%m%d%H%M}",
        f"Your {name} alerts are paused",
        f"We stopped sending alerts to your {name} webhook ({channel.kind}): "
        f"{channel.disabled_reason}.\nFix the webhook, then enable it again in your settings.",
        now=now,
    )


DELIVER_PENDING = Job(
    id="alerts.deliver_pending",
    func=deliver_pending,
    description="Send due alerts, digests and notices, retrying failures with backoff",
    interval_s=lambda settings: 30,
)
