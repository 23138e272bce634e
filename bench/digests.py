"""Daily digests for many users, built and sent to a local SMTP sink.

10,000 users (by default), each with alerts waiting on their digest, are due at the same
hour. One ``alerts.send_due_digests`` run queues every digest, and one
``alerts.deliver_pending`` run renders each (Jinja2 + CSS inlining) and sends it over
SMTP to an aiosmtpd sink in its own process, as a mail server would be. Reports the
seconds of each step and messages per second.

    .venv/bin/python bench/digests.py [--users 10000] [--workers 2] [--backend postgresql]

PostgreSQL: 127.0.0.1:5432, user postgres (a database is created and dropped).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import re
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from pydantic import SecretStr
from scratch import rep_row, scratch_database  # bench/scratch.py, beside this script
from sqlalchemy import insert

from alerts.digest import send_due_digests
from alerts.outbox import DeliverReport, deliver_pending
from intel.config import load_settings
from intel.db import make_engine, make_session_factory
from intel.jobs import JobContext
from intel.migrate import upgrade
from intel.models import Account, Alert, Article, Signal, Story, User
from intel.types import EventType

INTEL = str(Path(sys.executable).with_name("intel"))
NOW = dt.datetime(2026, 11, 23, 8, 0, tzinfo=dt.UTC)  # everyone's digest hour
ACCOUNTS = 2000
STORIES = 20_000


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@contextmanager
def smtp_sink() -> Iterator[int]:
    """An SMTP server that accepts and discards every message, in its own process."""
    port = free_port()
    sink = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "aiosmtpd",
            "-n",
            "-l",
            f"127.0.0.1:{port}",
            "-c",
            "aiosmtpd.handlers.Sink",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        for _ in range(100):
            with socket.socket() as probe:
                if probe.connect_ex(("127.0.0.1", port)) == 0:
                    break
            time.sleep(0.05)
        yield port
    finally:
        sink.terminate()
        sink.wait(timeout=10)


def seed(url: str, users: int, per_user: int) -> int:
    """Accounts, stories with one article and signal each, users, and their alerts."""
    engine = make_engine(url)
    rng = random.Random(7)
    types = [t for t in EventType if t is not EventType.MENTION]
    with engine.begin() as db:
        db.execute(
            insert(Account),
            [
                {
                    "id": n,
                    "name": f"Account {n}",
                    "name_key": f"account {n}",
                    "kind": "prospect",
                    "aliases": [],
                    "domains": [],
                    "tickers": [],
                    "negative_keywords": [],
                    "context_terms": [],
                    "heat_score": rng.random() * 8,
                    "heat_tier": "warm",
                    "created_at": NOW,
                    "updated_at": NOW,
                }
                for n in range(1, ACCOUNTS + 1)
            ],
        )
        db.execute(
            insert(Story),
            [
                {
                    "id": n,
                    "title": f"Story {n}",
                    "first_seen_at": NOW,
                    "last_seen_at": NOW,
                    "article_count": 1,
                    "source_count": 1 + n % 4,
                }
                for n in range(1, STORIES + 1)
            ],
        )
        db.execute(
            insert(Article),
            [
                {
                    "id": n,
                    "story_id": n,
                    "guid": f"g{n}",
                    "guid_hash": f"g{n}",
                    "url": f"https://news{n % 40}.test/story/{n}",
                    "canonical_url": f"c{n}",
                    "canonical_url_hash": f"c{n}",
                    "title": f"Account {1 + n % ACCOUNTS} makes news, part {n}",
                    "summary_html": "<p>What happened, in two sentences. And why it matters.</p>",
                    "summary_text": "What happened, in two sentences. And why it matters.",
                    "content_hash": f"h{n}",
                    "published_at": NOW - dt.timedelta(hours=n % 20),
                    "fetched_at": NOW,
                    "extra": {},
                    "processed_at": NOW,
                }
                for n in range(1, STORIES + 1)
            ],
        )
        db.execute(
            insert(Signal),
            [
                {
                    "id": n,
                    "story_id": n,
                    "article_id": n,
                    "account_id": 1 + n % ACCOUNTS,
                    "type": rng.choice(types),
                    "role": "subject",
                    "salience": "about",
                    "hedged": False,
                    "confidence": round(0.5 + rng.random() / 2, 3),
                    "fields": {},
                    "explanation": "raises $40M",
                    "created_at": NOW,
                    "fanned_out_at": NOW,
                }
                for n in range(1, STORIES + 1)
            ],
        )
        db.execute(
            insert(User),
            [rep_row(n, created_at=NOW - dt.timedelta(days=2)) for n in range(1, users + 1)],
        )
        alerts = []
        for user in range(1, users + 1):
            for story in rng.sample(range(1, STORIES + 1), per_user):
                alerts.append(
                    {
                        "user_id": user,
                        "signal_id": story,
                        "story_id": story,
                        "account_id": 1 + story % ACCOUNTS,
                        "reason": "You follow it",
                        "score": rng.random(),
                        "instant": False,
                        "digest": True,
                        "created_at": NOW - dt.timedelta(hours=1),
                    }
                )
        for start in range(0, len(alerts), 10_000):
            db.execute(insert(Alert), alerts[start : start + 10_000])
    engine.dispose()
    return len(alerts)


def deliver(ctx: JobContext, url: str, port: int, workers: int) -> DeliverReport:
    """``alerts.deliver_pending`` in this process, or in ``workers`` worker processes
    sharing the outbox as a deployment would run them."""
    if workers == 1:
        return deliver_pending(ctx)
    env = {
        **os.environ,
        "INTEL_DATABASE_URL": url,
        "INTEL_SMTP_HOST": "127.0.0.1",
        "INTEL_SMTP_PORT": str(port),
        "INTEL_SECRET_KEY": "bench-signing-key",
        "INTEL_BASE_URL": "https://intel.example",
    }
    command = [INTEL, "jobs", "run", "alerts.deliver_pending", "--now", NOW.isoformat()]
    running = [
        subprocess.Popen(command, env=env, stdout=subprocess.PIPE, text=True)
        for _ in range(workers)
    ]
    report = DeliverReport()
    for process in running:
        output = process.communicate(timeout=3600)[0]
        for field in ("sent", "retrying", "failed"):
            found = re.search(rf"\b{field}=(\d+)", output)
            setattr(report, field, getattr(report, field) + int(found.group(1) if found else 0))
    return report


def run(backend: str, users: int, per_user: int, workers: int) -> dict[str, object]:
    with scratch_database(backend, "digests") as url:
        upgrade(url)
        alerts = seed(url, users, per_user)
        with smtp_sink() as port:
            settings = load_settings(
                database_url=url,
                smtp_host="127.0.0.1",
                smtp_port=port,
                secret_key=SecretStr("bench-signing-key"),
                base_url="https://intel.example",
                _env_file=None,
            )
            ctx = JobContext(
                session_factory=make_session_factory(make_engine(url)), settings=settings, now=NOW
            )
            started = time.perf_counter()
            queued = send_due_digests(ctx)
            queued_s = time.perf_counter() - started
            started = time.perf_counter()
            sent = deliver(ctx, url, port, workers)
            sent_s = time.perf_counter() - started
    total = queued_s + sent_s
    return {
        "backend": backend,
        "workers": workers,
        "users": users,
        "alerts": alerts,
        "digests_queued": queued.digests,
        "digests_sent": sent.sent,
        "failed": sent.failed + sent.retrying,
        "queue_s": round(queued_s, 1),
        "render_and_send_s": round(sent_s, 1),
        "total_s": round(total, 1),
        "messages_per_s": round(sent.sent / sent_s, 1) if sent_s else None,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--users", type=int, default=10_000)
    parser.add_argument("--alerts-per-user", type=int, default=6)
    parser.add_argument("--backend", choices=["sqlite", "postgresql"], default="sqlite")
    parser.add_argument("--workers", type=int, default=2, help="delivery worker processes")
    args = parser.parse_args()
    print(json.dumps(run(args.backend, args.users, args.alerts_per_user, args.workers)))


if __name__ == "__main__":
    main()
