"""``alerts.send_due_digests``: each user's daily or weekly digest, at their local hour.

A digest holds the user's digest alerts not yet in one. It is keyed by (user, period),
the period coming from the schedule (:func:`alerts.schedule.digest_period`), so a job
that runs twice, late, or across a clock change never makes a second digest for the
same day or week; and no alerts means no digest. The digest row, its alerts' link to it
and its delivery are written in one transaction; the outbox sends it.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import func, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from alerts.messages import digest_view, ranked_rows
from alerts.outbox import queue_digests
from alerts.render import Email, render_digest
from alerts.schedule import Rhythm, RhythmError, digest_due, digest_period, next_digest_at
from intel.config import Settings
from intel.db import insert_in_order, session_scope
from intel.jobs import Job, JobContext
from intel.models import Alert, Digest, User
from intel.types import DigestFrequency

log = logging.getLogger(__name__)

USERS_PER_QUERY = 500


@dataclass
class DigestReport:
    digests: int = 0
    alerts: int = 0
    nothing_new: int = 0


def send_due_digests(ctx: JobContext) -> DigestReport:
    """Queue the digest of every user whose digest time has come at ``ctx.now``."""
    report = DigestReport()
    last_id = 0
    while not ctx.stop.is_set():
        with ctx.session_factory() as session:
            users = list(
                session.scalars(
                    select(User)
                    .where(
                        User.id > last_id,
                        User.is_active,
                        User.email_alerts,
                        User.digest_frequency != DigestFrequency.NONE,
                    )
                    .order_by(User.id)
                    .limit(USERS_PER_QUERY)
                )
            )
            if not users:
                break
            last_id = users[-1].id
            due = _due(session, users, ctx.now)
        with session_scope(ctx.session_factory) as session:
            counts = make_digests(session, due, now=ctx.now)
        report.digests += sum(1 for count in counts if count)
        report.alerts += sum(counts)
        report.nothing_new += sum(1 for count in counts if not count)
    return report


def _due(session: Session, users: Sequence[User], now: dt.datetime) -> list[tuple[int, str]]:
    """(user id, period) of the users among ``users`` whose digest is due."""
    last = dict(
        session.execute(
            select(Digest.user_id, func.max(Digest.created_at))
            .where(Digest.user_id.in_([u.id for u in users]))
            .group_by(Digest.user_id)
        ).all()
    )
    due = []
    for user in users:
        try:
            rhythm = Rhythm.of(user)
            # A first digest waits for the user's first digest time after joining.
            if digest_due(rhythm, last.get(user.id) or user.created_at, now):
                due.append((user.id, digest_period(rhythm, now)))
        except RhythmError as error:
            log.warning("user %s: digest schedule skipped: %s", user.id, error)
    return due


def make_digests(
    session: Session, due: Sequence[tuple[int, str]], *, now: dt.datetime
) -> list[int]:
    """Gather each (user, period)'s undigested alerts into that period's digest and queue
    it; return how many alerts each holds (0: nothing new, or the digest exists). A few
    statements for the whole batch, not a transaction per user."""
    periods = dict(due)
    waiting: dict[int, list[int]] = {user_id: [] for user_id in periods}
    if periods:
        for user_id, alert_id in session.execute(
            select(Alert.user_id, Alert.id).where(
                Alert.user_id.in_(periods),
                Alert.digest,
                Alert.digest_id.is_(None),
                Alert.created_at <= now,
            )
        ):
            waiting[user_id].append(alert_id)
    taken = set(
        session.execute(
            select(Digest.user_id, Digest.period).where(
                Digest.user_id.in_(periods), Digest.period.in_(set(periods.values()))
            )
        ).all()
    )
    fresh = [(u, p) for u, p in due if waiting.get(u) and (u, p) not in taken]
    rows = [
        {"user_id": u, "period": p, "alert_count": len(waiting[u]), "created_at": now}
        for u, p in fresh
    ]
    try:
        with session.begin_nested():
            digests = insert_in_order(session, Digest, rows)
    except IntegrityError:  # a parallel run made some of them meanwhile: one at a time
        digests = [d for row in rows if (d := _insert_one(session, row)) is not None]
    if digests:
        ids = [digest.id for digest in digests]
        session.execute(  # one statement: each alert to its user's new digest
            update(Alert)
            .where(Alert.id.in_([i for d in digests for i in waiting[d.user_id]]))
            .values(
                digest_id=select(Digest.id)
                .where(Digest.user_id == Alert.user_id, Digest.id.in_(ids))
                .scalar_subquery()
            )
            .execution_options(synchronize_session=False)
        )
        queue_digests(session, digests, now=now)
    made = {digest.user_id: digest.alert_count for digest in digests}
    return [made.get(user_id, 0) for user_id, _ in due]


def _insert_one(session: Session, row: dict[str, object]) -> Digest | None:
    """The digest, or None when that (user, period) exists already."""
    digest = Digest(**row)
    try:
        with session.begin_nested():
            session.add(digest)
            session.flush()
    except IntegrityError:
        return None
    return digest


def preview_digest(
    session: Session, user: User, settings: Settings, now: dt.datetime
) -> Email | None:
    """The digest the user would get if it went out now; None when it would be empty."""
    ids = list(
        session.scalars(
            select(Alert.id).where(
                Alert.user_id == user.id, Alert.digest, Alert.digest_id.is_(None)
            )
        )
    )
    rows = ranked_rows(session, ids)
    if not rows:
        return None
    view = digest_view(
        session, user, rows, label="Preview of your next digest", settings=settings, now=now
    )
    return render_digest(view)


def next_send(user: User, now: dt.datetime) -> dt.datetime | None:
    """When the user's next digest is scheduled, in UTC; None when digests are off."""
    return next_digest_at(Rhythm.of(user), now)


SEND_DUE_DIGESTS = Job(
    id="alerts.send_due_digests",
    func=send_due_digests,
    description="Queue daily and weekly digests whose local time has come",
    interval_s=lambda settings: 300,
)
