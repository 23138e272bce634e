"""Articles per second of ``classify_article`` on one core, over the shared dev set.

    .venv/bin/python bench/classify.py [path/to/events_dev.jsonl]

Each row's ``text`` is the title; the summary is the first 300 characters of ``body``
when the row has one (the shape of a feed item), so the figure is for title + summary.
A third figure passes the full body. Best of five passes: on a shared machine single
passes vary by 20% or more. Skips with a message if the data file is absent.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from intel.classify import classify_article

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "data" / "events_dev.jsonl"


def _rate(articles: list[tuple[str, str, str]], repeat: int) -> float:
    best = 0.0
    for _ in range(repeat):
        started = time.perf_counter()
        for title, summary, body in articles:
            classify_article(title, summary, body)
        best = max(best, len(articles) / (time.perf_counter() - started))
    return best


def main() -> int:
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT
    if not path.is_file():
        print(f"skipped: {path} not found (the shared evaluation data is not present)")
        return 0
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    title_only = [(r["text"], "", "") for r in rows]
    with_summary = [(r["text"], (r.get("body") or "")[:300], "") for r in rows]
    with_body = [(r["text"], "", r.get("body") or "") for r in rows]
    _rate(title_only[:500], 1)  # warm-up
    print(f"rows: {len(rows)} (one core, best of 5)")
    print(f"title only:          {_rate(title_only, 5):>9,.0f} articles/s")
    print(f"title + summary:     {_rate(with_summary, 5):>9,.0f} articles/s")
    print(f"title + full body:   {_rate(with_body, 5):>9,.0f} articles/s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
