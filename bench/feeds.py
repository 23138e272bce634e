"""Every real-world feed capture in ../shared/data/feeds through the feed parser: what
each becomes (entries, or a typed error) and how long it took, then the tally.

    .venv/bin/python bench/feeds.py [--shared DIR]
"""

from __future__ import annotations

import argparse
import time
from collections import Counter
from pathlib import Path

from sources.http import FetchError
from sources.rss import parse_feed

SHARED = Path(__file__).resolve().parents[2] / "shared" / "data"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--shared", type=Path, default=SHARED)
    args = parser.parse_args()
    root = args.shared / "feeds"
    if not root.is_dir():
        print(f"no feed captures at {root}")
        return
    tally: Counter[str] = Counter()
    slowest = (0.0, "")
    for path in sorted(p for p in root.rglob("*") if p.is_file()):
        started = time.perf_counter()
        try:
            outcome = (
                f"{len(parse_feed(path.read_bytes(), url='https://example.test/feed'))} entries"
            )
            tally["entries" if not outcome.startswith("0 ") else "empty"] += 1
        except FetchError as error:
            outcome = f"{error.kind}: {error}"
            tally[str(error.kind)] += 1
        except Exception as error:  # the point is to count these
            outcome = f"UNHANDLED {type(error).__name__}: {error}"
            tally["unhandled exception"] += 1
        ms = (time.perf_counter() - started) * 1000
        slowest = max(slowest, (ms, path.name))
        print(f"{ms:8.1f} ms  {path.relative_to(root)}: {outcome[:100]}")
    print(
        f"\n{sum(tally.values())} files: " + ", ".join(f"{k} {v}" for k, v in tally.most_common())
    )
    print(f"slowest: {slowest[1]} in {slowest[0]:.0f} ms")


if __name__ == "__main__":
    main()
