"""The runner starts every job at once, runs one instance at a time, and stops cleanly."""

import threading
import time

import pytest
from sqlalchemy.orm import sessionmaker

from intel.config import load_settings
from intel.jobs import Job
from intel.scheduler import JobRunner


@pytest.fixture
def settings():
    return load_settings(_env_file=None)


@pytest.fixture
def session_factory():
    return sessionmaker()  # these jobs never touch a database


def test_jobs_run_at_start_and_a_stop_finishes_the_item_in_hand(settings, session_factory):
    started = threading.Event()
    release = threading.Event()
    done_items: list[int] = []

    def slow_job(ctx):
        for item in range(5):
            if ctx.stop.is_set():
                return
            started.set()
            release.wait(5)
            done_items.append(item)

    runner = JobRunner(
        {"test.slow": Job("test.slow", slow_job, "slow", lambda _s: 3600)},
        session_factory=session_factory,
        settings=settings,
    )
    runner.start()
    assert started.wait(5), "the job should run as soon as the scheduler starts"

    stopper = threading.Thread(target=runner.stop)
    stopper.start()
    time.sleep(0.2)
    assert stopper.is_alive(), "stop waits for the item in hand"
    release.set()
    stopper.join(5)
    assert not stopper.is_alive()
    assert done_items == [0], "after the stop request no further item is started"


def test_a_failing_job_does_not_stop_the_scheduler(settings, session_factory):
    calls = []
    ran = threading.Event()

    def broken(_ctx):
        calls.append(1)
        raise RuntimeError("boom")

    def healthy(_ctx):
        ran.set()

    runner = JobRunner(
        {
            "test.broken": Job("test.broken", broken, "broken", lambda _s: 3600),
            "test.healthy": Job("test.healthy", healthy, "healthy", lambda _s: 3600),
        },
        session_factory=session_factory,
        settings=settings,
    )
    runner.start()
    try:
        assert ran.wait(5)
    finally:
        runner.stop()
    assert calls == [1]
