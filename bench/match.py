"""Benchmark the account matcher: build time, memory and articles/s on one core.

    .venv/bin/python bench/make_accounts.py            # writes /tmp/accounts_100k.csv
    .venv/bin/python bench/match.py [ACCOUNTS.csv] [--rows N] [--summary-chars 500]

Articles are the dev set's rows (../shared/data/events_dev.jsonl): the headline as the
title and the first --summary-chars characters of the body, if any, as the summary,
repeated until --rows articles are matched. The process is pinned to one core.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import resource
import time
from pathlib import Path

from intel.match import AccountIndex
from intel.match.evaluate import read_accounts_csv

SHARED = Path(__file__).resolve().parents[2] / "shared" / "data"


def rss_mb() -> float:
    """Current resident set size (Linux /proc), in MB."""
    with open("/proc/self/statm") as handle:
        pages = int(handle.read().split()[1])
    return pages * os.sysconf("SC_PAGE_SIZE") / 1e6


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("accounts", nargs="?", default="/tmp/accounts_100k.csv", type=Path)
    parser.add_argument("--rows", type=int, default=20_000)
    parser.add_argument("--summary-chars", type=int, default=500)
    parser.add_argument("--shared", type=Path, default=SHARED)
    args = parser.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})

    articles = []
    with (args.shared / "events_dev.jsonl").open(encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            articles.append((row["text"], (row.get("body") or "")[: args.summary_chars]))
    entries = read_accounts_csv(args.accounts)
    gc.collect()
    before = rss_mb()
    started = time.perf_counter()
    index = AccountIndex.build(entries)
    build_s = time.perf_counter() - started
    gc.collect()
    after = rss_mb()

    matched = 0
    started = time.perf_counter()
    for i in range(args.rows):
        title, summary = articles[i % len(articles)]
        matched += len(index.match(title, summary))
    match_s = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    mean_chars = sum(len(t) + len(s) for t, s in articles) / len(articles)
    print(
        json.dumps(
            {
                "accounts": len(index),
                "build_s": round(build_s, 2),
                "index_rss_mb": round(after - before, 1),
                "peak_rss_mb": round(peak, 1),
                "articles": args.rows,
                "mean_article_chars": round(mean_chars),
                "articles_per_s": round(args.rows / match_s),
                "matches_per_article": round(matched / args.rows, 2),
            }
        )
    )


if __name__ == "__main__":
    main()
