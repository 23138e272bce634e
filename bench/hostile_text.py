"""Time the classifier and the matcher on hostile texts of 20,000 characters (the most
ingest keeps of a summary): repeated trigger words, one endless token, runs of names,
digits, invisible and bidi characters. A line far above the others is a backtracking
or quadratic path that a hostile feed could use to stall the pipeline.

    .venv/bin/python bench/hostile_text.py
"""

from __future__ import annotations

import random
import string
import time

from intel.classify import classify_article
from intel.ingest import MAX_SUMMARY
from intel.match import AccountEntry, AccountIndex


def cases(rng: random.Random) -> dict[str, str]:
    trigger_words = ["raises", "acquire", "Series", "$5", "million", "CEO", "names", "Apple",
                     "Inc", "joins", "as", "the", "of"]  # fmt: skip
    return {
        "trigger words": " ".join(rng.choice(trigger_words) for _ in range(4000)),
        "one token": "A" * MAX_SUMMARY,
        "dots": ". " * (MAX_SUMMARY // 2),
        "capitalised": " ".join(
            rng.choice(string.ascii_uppercase) + "".join(rng.choices(string.ascii_lowercase, k=5))
            for _ in range(3000)
        ),
        "figures": "$1,2,3,4,5,6,7,8,9 " * 1100,
        "invisible/bidi": "é🚀\u200b\u202e" * 5000,
        "names": "Maya Chen " * 2000 + "appointed as",
        "brackets": "raises " + "(" * 6000 + ")" * 6000,
    }


def main() -> None:
    index = AccountIndex.build(
        [AccountEntry(i, f"Company {i} Holdings") for i in range(2000)]
        + [AccountEntry(99_999, "Apple Inc.", tickers=("AAPL",))]
    )
    print(f"{'text':<16}{'classify ms':>12}{'match ms':>10}")
    for name, text in cases(random.Random(1)).items():
        text = text[:MAX_SUMMARY]
        started = time.perf_counter()
        classify_article(text[:1000], text)
        classified = time.perf_counter() - started
        started = time.perf_counter()
        index.match(text[:1000], text)
        matched = time.perf_counter() - started
        print(f"{name:<16}{classified * 1000:>12.1f}{matched * 1000:>10.1f}")


if __name__ == "__main__":
    main()
