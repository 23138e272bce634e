"""APScheduler 3 only triggers: each named job runs on its interval, one instance at a time."""

from __future__ import annotations

import datetime as dt
import logging
import threading

from apscheduler.executors.pool import ThreadPoolExecutor
from apscheduler.schedulers.background import BackgroundScheduler
from apscheduler.triggers.interval import IntervalTrigger
from sqlalchemy.orm import Session, sessionmaker

from intel.config import Settings
from intel.jobs import Job, JobContext, run_job

log = logging.getLogger(__name__)


class JobRunner:
    """Runs every job on its interval until :meth:`stop`, which lets running jobs finish
    the item in hand (they watch the shared stop event) before it returns."""

    def __init__(
        self,
        jobs: dict[str, Job],
        *,
        session_factory: sessionmaker[Session],
        settings: Settings,
    ) -> None:
        self.stop_event = threading.Event()
        self._jobs = jobs
        self._session_factory = session_factory
        self._settings = settings
        self._scheduler = BackgroundScheduler(
            timezone=dt.UTC,
            executors={"default": ThreadPoolExecutor(max_workers=max(len(jobs), 1))},
            job_defaults={"coalesce": True, "max_instances": 1, "misfire_grace_time": 300},
        )

    def _tick(self, job: Job) -> None:
        if self.stop_event.is_set():
            return
        ctx = JobContext(
            session_factory=self._session_factory,
            settings=self._settings,
            now=dt.datetime.now(dt.UTC),
            stop=self.stop_event,
        )
        try:
            run_job(job, ctx)
        except Exception:
            log.exception("job %s failed; it runs again at its next interval", job.id)

    def start(self) -> None:
        first_run = dt.datetime.now(dt.UTC)
        for job in self._jobs.values():
            self._scheduler.add_job(
                self._tick,
                IntervalTrigger(seconds=job.interval_s(self._settings)),
                args=[job],
                id=job.id,
                name=job.description,
                next_run_time=first_run,
            )
        self._scheduler.start()
        log.info("scheduler started with jobs: %s", ", ".join(self._jobs) or "none")

    def stop(self) -> None:
        self.stop_event.set()
        if self._scheduler.running:
            self._scheduler.shutdown(wait=True)
        log.info("scheduler stopped")
