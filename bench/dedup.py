"""Compare near-duplicate headline detectors on real headlines.

Positives: each real headline against a retelling made by edits outlets really make
(an outlet suffix, upper case, a dropped or added word). Negatives: every pair of
distinct real headlines (a wrong merge loses a story), and hard ones: the same
headline about another company (its first word swapped) or with another amount.
Reports recall on retellings, false merges among distinct headlines, and
pairs/s for each method.

Then the story lookup at the pipeline's scale: the articles bench/pipeline.py makes of
the first 5,000 dev rows go through one StoryIndex in the order the pipeline processes
them (find, then add to the story found or to the article's own), with the accounts the
matcher finds in them when an accounts CSV is there; µs per article for find + add.

    .venv/bin/python bench/dedup.py [../shared/data/events_dev.jsonl]
        [--accounts /tmp/accounts_100k.csv] [--articles 5000]

rapidfuzz is measured only when installed (it is not a project dependency).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import time
from collections.abc import Callable
from pathlib import Path

from pipeline import NOW, build_feeds  # bench/pipeline.py, beside this file

from intel.dedup import StoryIndex, title_tokens
from intel.ingest import MAX_TITLE
from intel.match import AccountIndex
from intel.match.evaluate import read_accounts_csv
from intel.pipeline import content_links
from sources.rss import parse_feed

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "events_dev.jsonl"
SOURCES = {"techcrunch-2025", "finnhub-merger", "knowledgator-biotech"}
T0 = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)


def retell(title: str, rng: random.Random) -> str:
    words = title.split()
    edit = rng.randrange(5)
    if edit == 0:
        return f"{title} - {rng.choice(['Reuters', 'TechCrunch', 'Bloomberg', 'The Verge'])}"
    if edit == 1:
        return title.upper()
    if edit == 2 and len(words) > 6:
        del words[rng.randrange(2, len(words))]
        return " ".join(words)
    if edit == 3:
        return f"{title}, sources say"
    return f"{title} | {rng.choice(['Business Daily', 'Tech Wire'])}"


def other_story(title: str, rng: random.Random) -> str | None:
    """The same template about someone else, or with another figure."""
    words = title.split()
    digits = [i for i, w in enumerate(words) if any(c.isdigit() for c in w)]
    if digits and rng.random() < 0.5:
        i = rng.choice(digits)
        words[i] = "".join(str((int(c) + 3) % 10) if c.isdigit() else c for c in words[i])
        return " ".join(words)
    if words[0][:1].isupper():
        words[0] = rng.choice(["Zentrix", "Corvana", "Halcyon", "Brightwave", "Quorra"])
        return " ".join(words)
    return None


def simhash(text: str) -> int:
    import hashlib

    weights = [0] * 64
    for token in title_tokens(text):
        h = int.from_bytes(hashlib.blake2b(token.encode(), digest_size=8).digest(), "big")
        for bit in range(64):
            weights[bit] += 1 if h >> bit & 1 else -1
    return sum(1 << bit for bit in range(64) if weights[bit] > 0)


def token_index(a: str, b: str) -> bool:
    index = StoryIndex()
    index.add(1, a, account_ids=(), seen_at=T0)
    return index.find(b, account_ids=(), at=T0) == 1


def simhash_near(a: str, b: str) -> bool:
    return bin(simhash(a) ^ simhash(b)).count("1") <= 10


def methods() -> dict[str, Callable[[str, str], bool]]:
    found: dict[str, Callable[[str, str], bool]] = {
        "tokens+lead (chosen)": token_index,
        "simhash<=10 bits": simhash_near,
    }
    try:
        from rapidfuzz import fuzz, utils
    except ImportError:
        return found
    clean = utils.default_process  # lower case, no punctuation: a fair comparison
    found["rapidfuzz token_set>=85"] = lambda a, b: (
        fuzz.token_set_ratio(a, b, processor=clean) >= 85
    )
    found["rapidfuzz token_sort>=85"] = lambda a, b: (
        fuzz.token_sort_ratio(a, b, processor=clean) >= 85
    )
    return found


def compare_methods(path: Path) -> None:
    titles = sorted(
        {
            row["text"].strip()
            for row in map(json.loads, path.read_text().splitlines())
            if row.get("source") in SOURCES and len(row["text"].split()) >= 5
        }
    )
    rng = random.Random(7)
    positives = [(t, retell(t, rng)) for t in titles]
    negatives = [(a, b) for i, a in enumerate(titles) for b in titles[i + 1 :]]
    hard = [(t, other) for t in titles if (other := other_story(t, rng))]
    print(
        f"{len(titles)} headlines, {len(positives)} retellings, {len(negatives)} distinct "
        f"pairs, {len(hard)} hard negatives (no account evidence on either side)"
    )
    print(f"{'method':<28}{'recall':>8}{'false merges':>14}{'hard merged':>13}{'pairs/s':>12}")
    for name, same in methods().items():
        started = time.perf_counter()
        hits = sum(same(a, b) for a, b in positives)
        wrong = sum(same(a, b) for a, b in negatives)
        rate = (len(positives) + len(negatives)) / (time.perf_counter() - started)
        hard_wrong = sum(same(a, b) for a, b in hard)
        print(
            f"{name:<28}{hits / len(positives):>8.3f}{wrong:>14d}"
            f"{hard_wrong / len(hard):>13.1%}{rate:>12,.0f}"
        )
        for a, b in [(a, b) for a, b in negatives if same(a, b)][:2]:
            print(f"    merged: {a!r}\n        and {b!r}")


Article = tuple[str, list[int], dt.datetime]  # title, matched account ids, published


def pipeline_articles(count: int, accounts: AccountIndex | None) -> list[Article]:
    """The articles bench/pipeline.py stores from the first ``count`` dev rows: its
    feeds, parsed as the collector parses them, titles as ingest keeps them."""
    articles = []
    for n, body in enumerate(build_feeds(count)):
        for item in parse_feed(body, url=f"https://bench.test/feed-{n}.xml"):
            title = " ".join(item.title.split())[:MAX_TITLE] or item.url
            links = content_links(item.summary_html)
            found = accounts.match(title, item.summary_text, links=links) if accounts else []
            at = item.published_at or NOW  # the pipeline falls back to the fetch time
            articles.append((title, [match.account_id for match in found], at))
    return articles


def replay_lookups(articles: list[Article]) -> tuple[float, int]:
    """Seconds for the pipeline's story lookups (article n's own story is story n),
    and how many articles joined an earlier story."""
    index = StoryIndex()
    stories: dict[int, tuple[str, dt.datetime]] = {}  # title, last seen
    merged = 0
    started = time.perf_counter()
    for story_id, (title, account_ids, at) in enumerate(articles, start=1):
        found = index.find(title, account_ids=account_ids, at=at, exclude=story_id)
        if found is not None:
            story_id, merged = found, merged + 1
            title, at = stories[found][0], max(at, stories[found][1])
        stories[story_id] = (title, at)
        index.add(story_id, title, account_ids=account_ids, seen_at=at)
    return time.perf_counter() - started, merged


def measure_lookups(count: int, accounts_csv: Path) -> None:
    accounts = None
    if accounts_csv.exists():
        accounts = AccountIndex.build(read_accounts_csv(accounts_csv))
    articles = pipeline_articles(count, accounts)
    runs = [replay_lookups(articles) for _ in range(5)]
    seconds, merged = min(seconds for seconds, _ in runs), runs[0][1]
    evidence = f"accounts from {accounts_csv}" if accounts else "no accounts (no CSV found)"
    print(
        f"story lookup, {len(articles)} pipeline articles, {evidence}: "
        f"{seconds / len(articles) * 1e6:.1f} µs/article for find + add (best of "
        f"{len(runs)}), {merged} joined an earlier story"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("data", nargs="?", type=Path, default=DATA)
    parser.add_argument("--accounts", type=Path, default=Path("/tmp/accounts_100k.csv"))
    parser.add_argument("--articles", type=int, default=5000)
    args = parser.parse_args()
    if not args.data.exists():
        print(f"no data at {args.data}; pass the path to events_dev.jsonl")
        return
    compare_methods(args.data)
    measure_lookups(args.articles, args.accounts)


if __name__ == "__main__":
    main()
