"""Named background jobs, contributed by the outer packages through entry points.

A job is a plain function of a :class:`JobContext`: it opens its own sessions, works by
id, commits per item and is idempotent. Time is a parameter (``ctx.now``), so
``intel jobs run ID --now ...`` replays any moment. Jobs check ``ctx.stop`` between
items so a shutdown finishes the item in hand and nothing more.
"""

from __future__ import annotations

import datetime as dt
import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from importlib.metadata import entry_points

from sqlalchemy.orm import Session, sessionmaker

from intel.config import Settings

log = logging.getLogger(__name__)

ENTRY_POINT_GROUP = "intel.jobs"


@dataclass(frozen=True)
class JobContext:
    session_factory: sessionmaker[Session]
    settings: Settings
    now: dt.datetime
    stop: threading.Event = field(default_factory=threading.Event)


@dataclass(frozen=True)
class Job:
    id: str
    func: Callable[[JobContext], object]
    description: str
    interval_s: Callable[[Settings], int]


class UnknownJobError(LookupError):
    pass


def load_jobs() -> dict[str, Job]:
    """Every job the installed packages declare under the ``intel.jobs`` entry point."""
    jobs: dict[str, Job] = {}
    for entry in entry_points(group=ENTRY_POINT_GROUP):
        job = entry.load()
        if not isinstance(job, Job) or job.id != entry.name:
            raise TypeError(f"entry point {entry.name} does not name a Job with that id")
        jobs[job.id] = job
    return dict(sorted(jobs.items()))


def get_job(jobs: dict[str, Job], job_id: str) -> Job:
    try:
        return jobs[job_id]
    except KeyError:
        known = ", ".join(jobs) or "none"
        raise UnknownJobError(f"no job {job_id!r} (known: {known})") from None


def run_job(job: Job, ctx: JobContext) -> object:
    """Run ``job`` once, logging how long it took and what it reported."""
    started = dt.datetime.now(dt.UTC)
    result = job.func(ctx)
    elapsed = (dt.datetime.now(dt.UTC) - started).total_seconds()
    log.info("job %s finished in %.2fs: %s", job.id, elapsed, result)
    return result
