"""Several ``intel`` worker processes polling one database share the work: every due
source is fetched exactly once, whichever process claims it."""

from __future__ import annotations

import subprocess
import time
from http.server import BaseHTTPRequestHandler

from sqlalchemy import func, select

from intel.db import session_scope
from intel.models import Article, Source
from tests.cli_helpers import INTEL, intel_env
from tests.factories import make_source

FEEDS = 60


def _slow_feed(n: int):
    body = (
        f'<rss version="2.0"><channel><item><title>Item {n}</title>'
        f"<link>https://w.test/{n}</link></item></channel></rss>"
    ).encode()

    def answer(handler: BaseHTTPRequestHandler) -> None:
        time.sleep(0.05)  # slow enough for the workers' batches to overlap
        handler.send_response(200)
        handler.send_header("Content-Type", "application/rss+xml")
        handler.send_header("Content-Length", str(len(body)))
        handler.end_headers()
        handler.wfile.write(body)

    return answer


def test_three_workers_fetch_each_due_source_exactly_once(db_url, session_factory, feed_server):
    urls = [feed_server.add(f"/w{n}.rss", handler=_slow_feed(n)) for n in range(FEEDS)]
    with session_scope(session_factory) as session:
        for url in urls:
            make_source(session, url, next_check_at=None)
    env = intel_env(
        INTEL_DATABASE_URL=db_url,
        INTEL_FETCH_ALLOW_NETWORKS="127.0.0.1/32",
        INTEL_FETCH_CONCURRENCY="4",
    )
    workers = [
        subprocess.Popen(
            [INTEL, "jobs", "run", "sources.poll_due"],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
        for _ in range(3)
    ]
    outputs = [worker.communicate(timeout=120)[0] for worker in workers]

    assert [worker.returncode for worker in workers] == [0, 0, 0], outputs
    hits = [len(feed_server.hits(f"/w{n}.rss")) for n in range(FEEDS)]
    assert hits == [1] * FEEDS
    polled = [int(out.split("polled=")[1].split()[0]) for out in outputs]
    assert sum(polled) == FEEDS
    with session_factory() as session:
        assert session.scalar(select(func.count()).select_from(Article)) == FEEDS
        checked = session.scalar(
            select(func.count()).select_from(Source).where(Source.last_success_at.is_not(None))
        )
    assert checked == FEEDS
