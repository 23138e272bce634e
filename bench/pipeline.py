"""Articles through the whole intel pipeline, on SQLite and PostgreSQL.

Real headlines (../shared/data/events_dev.jsonl) are written into RSS feeds; each
backend then parses them (``sources.rss``: feedparser + nh3), stores the items and runs
``intel.process_new`` (classify + match against 100,000 accounts + dedup + signals),
one core, in a fresh process per backend so peak RSS is its own. ``pipeline_per_s`` is
store + process; feedparser's parse-only rate for the same feeds is printed beside it,
and the one-time account index build separately.

    .venv/bin/python bench/make_accounts.py /tmp/accounts_100k.csv   # once
    .venv/bin/python bench/pipeline.py [--articles 5000] [--accounts /tmp/accounts_100k.csv]

PostgreSQL: 127.0.0.1:5432, user postgres (a database is created and dropped).
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import io
import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path
from xml.sax.saxutils import escape

import feedparser
from scratch import scratch_database  # bench/scratch.py, beside this script
from sqlalchemy import insert

from intel.config import load_settings
from intel.db import make_engine, make_session_factory, session_scope
from intel.ingest import ingest_items
from intel.jobs import JobContext
from intel.migrate import upgrade
from intel.models import Account, Source, name_key
from intel.pipeline import _CACHE as ACCOUNT_INDEX
from intel.pipeline import process_new
from sources.rss import parse_feed

SHARED = Path(__file__).resolve().parents[2] / "shared" / "data"
NOW = dt.datetime(2026, 11, 22, 12, 0, tzinfo=dt.UTC)


def build_feeds(rows: int, per_feed: int = 500) -> list[bytes]:
    """RSS 2.0 feeds (``per_feed`` items each, a collector's cap) of the first ``rows``
    dev headlines, each with a summary."""
    lines = (SHARED / "events_dev.jsonl").read_text().splitlines()[:rows]
    return [build_feed(lines[i : i + per_feed], offset=i) for i in range(0, len(lines), per_feed)]


def build_feed(lines: list[str], *, offset: int) -> bytes:
    items = []
    for n, line in enumerate(lines, start=offset):
        row = json.loads(line)
        summary = (row.get("body") or row["text"])[:600]
        items.append(
            f"<item><title>{escape(row['text'][:300])}</title>"
            f"<link>https://bench.test/{n}</link><guid>bench-{n}</guid>"
            f"<pubDate>Sun, 22 Nov 2026 10:{n % 60:02d}:00 GMT</pubDate>"
            f"<description>{escape(summary)}</description></item>"
        )
    return (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>bench</title>'
        + "".join(items)
        + "</channel></rss>"
    ).encode()


def load_accounts(url: str, path: Path) -> int:
    engine = make_engine(url)
    seen: set[str] = set()
    rows = []
    with path.open(newline="") as handle:
        for record in csv.DictReader(handle):
            key = name_key(record["name"])
            if not key or key in seen:
                continue
            seen.add(key)
            split = lambda v: [p.strip() for p in (v or "").split(";") if p.strip()]  # noqa: E731
            rows.append(
                {
                    "name": record["name"],
                    "name_key": key,
                    "kind": "prospect",
                    "aliases": split(record.get("aliases")),
                    "domains": split(record.get("domains")),
                    "tickers": split(record.get("tickers")),
                    "negative_keywords": [],
                    "context_terms": [],
                    "heat_score": 0.0,
                    "heat_tier": "cool",
                    "created_at": NOW,
                    "updated_at": NOW,
                }
            )
    with engine.begin() as connection:
        for start in range(0, len(rows), 5000):
            connection.execute(insert(Account), rows[start : start + 5000])
    engine.dispose()
    return len(rows)


def child(backend: str, articles: int, accounts_csv: Path) -> dict[str, object]:
    os.sched_setaffinity(0, {0})  # one core
    with scratch_database(backend, "bench") as url:
        upgrade(url)
        account_count = load_accounts(url, accounts_csv)
        settings = load_settings(database_url=url, _env_file=None)
        factory = make_session_factory(make_engine(url))
        bodies = build_feeds(articles)

        started = time.perf_counter()
        parsed = sum(
            len(feedparser.parse(io.BytesIO(body), sanitize_html=False).entries) for body in bodies
        )
        feedparser_s = time.perf_counter() - started

        started = time.perf_counter()
        parsed_items = [
            parse_feed(body, url=f"https://bench.test/feed-{n}.xml")
            for n, body in enumerate(bodies)
        ]
        parse_s = time.perf_counter() - started

        started = time.perf_counter()
        new = []
        for n, items in enumerate(parsed_items):  # what sources.poll_due does per feed
            with session_scope(factory) as session:
                source = Source(url=f"https://bench.test/feed-{n}.xml", name=f"bench {n}")
                session.add(source)
                session.flush()
                new += ingest_items(session, source, items, now=NOW)
        ingest_s = time.perf_counter() - started

        ctx = JobContext(session_factory=factory, settings=settings, now=NOW)
        started = time.perf_counter()
        with factory() as session:  # once per process, and again after account edits
            ACCOUNT_INDEX.get(session)
        index_s = time.perf_counter() - started
        started = time.perf_counter()
        report = process_new(ctx)
        process_s = time.perf_counter() - started
    total = ingest_s + process_s  # store + classify + match + dedup + signals
    return {
        "backend": backend,
        "accounts": account_count,
        "index_build_s": round(index_s, 2),
        "articles": len(new),
        "feedparser_parse_only_per_s": round(parsed / feedparser_s),
        "parse_sanitise_per_s": round(len(new) / parse_s),
        "store_per_s": round(len(new) / ingest_s),
        "classify_match_dedup_signals_per_s": round(report.articles / process_s),
        "pipeline_per_s": round(len(new) / total),
        "signals": report.signals,
        "merged_into_stories": report.merged,
        "failed": report.failed,
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=5000)
    parser.add_argument("--accounts", type=Path, default=Path("/tmp/accounts_100k.csv"))
    parser.add_argument("--backend", choices=["sqlite", "postgresql", "both"], default="both")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(child(args.child, args.articles, args.accounts)))
        return
    if not (SHARED / "events_dev.jsonl").exists() or not args.accounts.exists():
        print(
            "needs ../shared/data/events_dev.jsonl and an accounts CSV "
            "(.venv/bin/python bench/make_accounts.py /tmp/accounts_100k.csv)"
        )
        return
    backends = ["sqlite", "postgresql"] if args.backend == "both" else [args.backend]
    for backend in backends:
        out = (
            subprocess.run(
                [
                    sys.executable,
                    __file__,
                    "--child",
                    backend,
                    "--articles",
                    str(args.articles),
                    "--accounts",
                    str(args.accounts),
                ],
                capture_output=True,
                text=True,
                check=True,
            )
            .stdout.strip()
            .splitlines()[-1]
        )
        print(json.dumps(json.loads(out), indent=None))


if __name__ == "__main__":
    main()
