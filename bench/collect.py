"""One full collection cycle over 2,000 feeds on a loopback server, beside a plain httpx
GET loop over the same URLs in the same run.

80% of the feeds answer 304 to the ETag the source already holds; 20% answer with 50
fresh items each. The cycle is ``sources.poll_due`` on a SQLite file: claim, fetch
concurrently, parse, store, record fetch state. The plain loop only GETs (with the same
If-None-Match headers) and reads the bodies. The server runs in its own process, so it
does not share a core's interpreter lock with what is measured.

    .venv/bin/python bench/collect.py [--feeds 2000] [--per-host 10] [--concurrency 10]
        [--rounds 3] [--latency-ms 0]

All feeds live on 127.0.0.1; ``--per-host`` stands in for the many hosts real feeds
live on (the service's default is 2 per host). With no latency the loopback server
answers in well under a millisecond, so the cycle's cost is parsing and storing the
20,000 fresh items (which the plain loop does not do); ``--latency-ms`` adds a delay
before each answer, as a network and a real server would.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import subprocess
import sys
import tempfile
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import httpx
from sqlalchemy import func, insert, select

from intel.config import load_settings
from intel.db import make_engine, make_session_factory
from intel.jobs import JobContext
from intel.migrate import upgrade
from intel.models import Article, Source
from sources.poll import poll_due

FRESH_EVERY = 5  # one feed in five has news
ITEMS = 50
NOW = dt.datetime(2026, 11, 22, 12, 0, tzinfo=dt.UTC)


def etag(n: int) -> str:
    return f'"feed-{n}-v1"'


def feed_body(n: int, round_no: int) -> bytes:
    items = "".join(
        f"<item><title>Feed {n} story {i} round {round_no}: Acme expands to Ohio</title>"
        f"<link>https://news.test/{round_no}/{n}/{i}</link>"
        f"<guid>r{round_no}-{n}-{i}</guid>"
        f"<pubDate>Sun, 22 Nov 2026 {i % 12:02d}:00:00 GMT</pubDate>"
        f"<description>Summary of story {i} from feed {n}, with &lt;b&gt;markup&lt;/b&gt;."
        "</description></item>"
        for i in range(ITEMS)
    )
    head = f'<?xml version="1.0"?><rss version="2.0"><channel><title>F{n}</title>'
    return f"{head}{items}</channel></rss>".encode()


def serve(latency_s: float) -> None:
    """The loopback server (run as a child process): prints its port, serves forever,
    answering each feed request after ``latency_s`` (a stand-in for a network)."""
    round_no = {"n": 0}

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        disable_nagle_algorithm = True  # headers and body leave at once, no ACK wait

        def do_GET(self) -> None:
            if self.path == "/next-round":
                round_no["n"] += 1
                self._send(200, b"ok")
                return
            n = int(self.path.rsplit("/", 1)[1].split(".")[0])
            time.sleep(latency_s)
            if n % FRESH_EVERY and self.headers.get("If-None-Match") == etag(n):
                self._send(304, b"", {"ETag": etag(n)})
                return
            self._send(200, feed_body(n, round_no["n"]), {"ETag": etag(n)})

        def _send(self, status: int, body: bytes, headers: dict[str, str] | None = None) -> None:
            self.send_response(status)
            self.send_header("Content-Type", "application/rss+xml")
            self.send_header("Content-Length", str(len(body)))
            for name, value in (headers or {}).items():
                self.send_header(name, value)
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *_args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    print(server.server_address[1], flush=True)
    server.serve_forever()


def plain_loop(urls: list[str]) -> tuple[float, int]:
    """GET every URL once, in order, with the ETags the sources hold."""
    started = time.perf_counter()
    received = 0
    with httpx.Client(timeout=20) as client:
        for n, url in enumerate(urls):
            headers = {"If-None-Match": etag(n)} if n % FRESH_EVERY else {}
            received += len(client.get(url, headers=headers).content)
    return time.perf_counter() - started, received


def poll_cycle(urls: list[str], per_host: int, concurrency: int, base: str) -> dict[str, float]:
    url = f"sqlite:///{tempfile.mkdtemp()}/collect.db"
    upgrade(url)
    engine = make_engine(url)
    rows = [
        {
            "url": u,
            "kind": "feed",
            "name": f"feed {n}",
            "enabled": True,
            "options": {},
            "etag": etag(n) if n % FRESH_EVERY else None,
            "next_check_at": NOW,
            "error_count": 0,
            "created_at": NOW,
        }
        for n, u in enumerate(urls)
    ]
    with engine.begin() as connection:
        connection.execute(insert(Source), rows)
    settings = load_settings(
        database_url=url,
        fetch_allow_networks="127.0.0.1/32",
        fetch_per_host=per_host,
        fetch_concurrency=concurrency,
        _env_file=None,
    )
    httpx.get(f"{base}/next-round")  # fresh guids for this run's items
    ctx = JobContext(session_factory=make_session_factory(engine), settings=settings, now=NOW)
    started = time.perf_counter()
    report = poll_due(ctx)
    seconds = time.perf_counter() - started
    with ctx.session_factory() as session:
        stored = session.scalar(select(func.count()).select_from(Article)) or 0
    engine.dispose()
    return {
        "seconds": seconds,
        "polled": report.polled,
        "not_modified": report.not_modified,
        "failed": report.failed,
        "items": stored,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--feeds", type=int, default=2000)
    parser.add_argument("--per-host", type=int, default=10)
    parser.add_argument("--concurrency", type=int, default=10)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument(
        "--latency-ms", type=float, default=0.0, help="delay before each feed answer"
    )
    parser.add_argument("--serve", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.serve:
        serve(args.latency_ms / 1000)
        return
    server = subprocess.Popen(
        [sys.executable, __file__, "--serve", "--latency-ms", str(args.latency_ms)],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert server.stdout is not None
        base = f"http://127.0.0.1:{server.stdout.readline().strip()}"
        urls = [f"{base}/feed/{n}.xml" for n in range(args.feeds)]
        for round_no in range(1, args.rounds + 1):
            plain_s, received = plain_loop(urls)
            cycle = poll_cycle(urls, args.per_host, args.concurrency, base)
            result = {
                "round": round_no,
                "latency_ms": args.latency_ms,
                "feeds": args.feeds,
                "plain_httpx_feeds_per_s": round(args.feeds / plain_s),
                "poll_cycle_feeds_per_s": round(args.feeds / cycle["seconds"]),
                "poll_cycle_items_per_s": round(cycle["items"] / cycle["seconds"]),
                "ratio_to_plain": round(plain_s / cycle["seconds"], 2),
                "plain_s": round(plain_s, 2),
                "cycle_s": round(cycle["seconds"], 2),
                "polled": cycle["polled"],
                "not_modified": cycle["not_modified"],
                "failed": cycle["failed"],
                "items_stored": cycle["items"],
                "plain_bytes": received,
            }
            print(json.dumps(result))
    finally:
        server.terminate()
        server.wait()


if __name__ == "__main__":
    main()
