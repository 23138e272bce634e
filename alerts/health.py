"""``alerts.notify_source_health``: admins hear of a collector that keeps failing.

A source turns ``unhealthy`` after ``INTEL_SOURCE_UNHEALTHY_AFTER`` failures in a row
(see ``intel.services.sources.source_health``). Each admin gets one email per incident:
the notice key names the source and the last success before the failures, so a source
that recovers and fails again is a new incident, and a job running every few minutes
never repeats one.
"""

from __future__ import annotations

from sqlalchemy import select

from alerts.outbox import queue_notice
from intel.db import session_scope
from intel.jobs import Job, JobContext
from intel.models import Source, User
from intel.types import Role


def notify_source_health(ctx: JobContext) -> int:
    """Queue a notice to every active admin for each new unhealthy-source incident;
    return how many notices were queued."""
    queued = 0
    with session_scope(ctx.session_factory) as session:
        sources = list(
            session.scalars(
                select(Source).where(
                    Source.enabled, Source.error_count >= ctx.settings.source_unhealthy_after
                )
            )
        )
        if not sources:
            return 0
        admins = list(
            session.scalars(select(User.id).where(User.role == Role.ADMIN, User.is_active))
        )
        for source in sources:
            since = source.last_success_at.isoformat() if source.last_success_at else "never"
            name = source.name or source.url
            text = (
                f"The source {name!r} ({source.url}) has failed {source.error_count} times "
                f"in a row; last success: {since}.\nLast error: {source.last_error or 'unknown'}\n"
                "It is still retried with backoff. Check the address, or disable the source."
            )
            for admin in admins:
                queued += queue_notice(
                    session,
                    admin,
                    f"source-unhealthy-{source.id}-{since}-to-{admin}",
                    f"Source failing: {name}"[:300],
                    text,
                    now=ctx.now,
                )
    return queued


NOTIFY_SOURCE_HEALTH = Job(
    id="alerts.notify_source_health",
    func=notify_source_health,
    description="Email admins when a source has failed too many times in a row",
    interval_s=lambda settings: 600,
)
