"""What the EDGAR parser makes of the real SEC samples in ../shared/data/sec.

    .venv/bin/python bench/sec_tally.py [--shared DIR]

Prints, per latest-filings page, the entries, the filings they group into and the
parse time (best of 5); the entries per form; 8-K items and the event each gives; the
events per type; the event-less filings the text classifier would still type if the
pipeline fell back to it; the amount of every Form D; and, from the daily index, how
much of a day's filing volume carries an event by its form alone. Skips with a message
when the data is absent.
"""

from __future__ import annotations

import argparse
import time
from collections import Counter
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

from intel.classify import DEFAULT_MIN_CONFIDENCE, classify_article
from intel.types import RawItem
from sources.edgar import parse_filings_feed
from sources.edgar_forms import CURRENT_REPORTS, FORMS, ITEMS, offering_amount, parse_form_d
from sources.http import FetchError
from sources.rss import parse_feed

SHARED = Path(__file__).resolve().parents[2] / "shared" / "data" / "sec"
URL = "https://www.sec.gov/cgi-bin/browse-edgar?action=getcurrent&output=atom"
_INDEX_FORM = slice(62, 74)  # the daily index's fixed-width "Form Type" column


def _best_ms(run: Callable[[], Any], repeat: int = 5) -> float:
    best = float("inf")
    for _ in range(repeat):
        started = time.perf_counter()
        run()
        best = min(best, time.perf_counter() - started)
    return best * 1000


def _pages(folder: Path) -> list[RawItem]:
    print("latest-filings pages                    entries  filings  parse ms")
    filings: list[RawItem] = []
    for page in sorted(folder.glob("edgar_current_*.atom")):
        body = page.read_bytes()
        try:
            items = parse_filings_feed(body, url=URL)
        except FetchError as error:
            print(f"  {page.name:<38} {error.kind}: {str(error)[:40]}")
            continue
        entries = len(parse_feed(body, url=URL))
        ms = _best_ms(partial(parse_filings_feed, body, url=URL))
        print(f"  {page.name:<38} {entries:>7} {len(items):>8} {ms:>9.1f}")
        filings += items
    return filings


def _forms(filings: list[RawItem]) -> None:
    forms = Counter(str(item.extra["form"]) for item in filings)
    print(f"\nfilings per form ({len(filings)} filings, {len(forms)} forms)")
    for form, count in forms.most_common():
        events = {e["type"] for i in filings if i.extra["form"] == form for e in i.extra["events"]}
        print(f"  {form:<16} {count:>4}  {', '.join(sorted(events)) or '-'}")


def _items(filings: list[RawItem]) -> None:
    items = Counter(n for i in filings if i.extra["form"] == "8-K" for n in i.extra["items"])
    print("\n8-K items -> event")
    for number, count in sorted(items.items()):
        rule = ITEMS.get(number)
        event = rule.event.value if rule and rule.event else "none"
        label = rule.label if rule else "(not in the table)"
        print(f"  {number}  {count:>3}  {event:<12} {label}")
    eight_k = [i for i in filings if i.extra["form"] in CURRENT_REPORTS]
    typed = sum(1 for i in eight_k if i.extra["events"])
    print(f"  8-K filings with an event: {typed} of {len(eight_k)}")


def _events(filings: list[RawItem]) -> None:
    events = Counter(e["type"] for i in filings for e in i.extra["events"])
    print("\nevents per type: " + ", ".join(f"{t} {n}" for t, n in events.most_common()))
    fallback: Counter[str] = Counter()
    for item in filings:
        if not item.extra["events"]:
            for hit in classify_article(item.title, item.summary_text):
                if hit.confidence >= DEFAULT_MIN_CONFIDENCE:
                    fallback[f"{item.extra['form']} -> {hit.type.value}"] += 1
    quiet = sum(1 for i in filings if not i.extra["events"])
    print(f"event-less filings the classifier would type anyway (of {quiet}):")
    for what, count in fallback.most_common():
        print(f"  {what:<30} {count:>3}")


def _form_ds(folder: Path) -> None:
    print("\nForm D documents                    amount        sold     offering  parse ms")
    for path in sorted(folder.glob("formD_*.xml")):
        body = path.read_bytes()
        form_d = parse_form_d(body)
        ms = _best_ms(partial(parse_form_d, body))
        amount, sold, offered = (
            offering_amount(form_d),
            form_d["total_amount_sold"],
            form_d["total_offering_amount"],
        )
        print(
            f"  {path.name:<28} {amount or 0:>13,.0f} {sold or 0:>11,.0f} "
            f"{offered or 0:>12,.0f} {ms:>9.2f}"
        )


def _daily_index(folder: Path) -> None:
    for path in sorted(folder.glob("edgar_daily_index_*.idx")):
        lines = path.read_text(encoding="latin-1").splitlines()
        start = next(i for i, line in enumerate(lines) if line.startswith("---")) + 1
        forms = Counter(line[_INDEX_FORM].strip() for line in lines[start:] if line.strip())
        total = sum(forms.values())
        typed = sum(n for form, n in forms.items() if form in FORMS and FORMS[form].event)
        current = sum(n for form, n in forms.items() if form in CURRENT_REPORTS)
        print(f"\n{path.name}: {total} rows, {len(forms)} forms")
        print(f"  typed by form alone: {typed} ({typed / total:.1%}); 8-K (by item): {current}")
        print("  top forms: " + ", ".join(f"{f} {n}" for f, n in forms.most_common(12)))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=SHARED)
    folder = parser.parse_args().shared
    if not folder.is_dir():
        print(f"skipped: {folder} not found (the shared evaluation data is not present)")
        return 0
    filings = _pages(folder)
    _forms(filings)
    _items(filings)
    _events(filings)
    _form_ds(folder)
    _daily_index(folder)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
