"""Build a 100,000-account ACCOUNTS.csv for ``intel eval match`` and bench/match.py.

    .venv/bin/python bench/make_accounts.py [OUT.csv] [--size 100000] [--shared DIR]
        [--rows /tmp/match_dev.jsonl]

--rows also writes the labelled dev rows (those with ``companies``) there, plus one
file per source beside it (``match_dev.techcrunch-2025.jsonl``, ...), for the eval.

Accounts, in order:
1. targets: every company named in the ``companies``/``mentions`` of the labelled dev
   rows (../shared/data/events_dev.jsonl), enriched with the SEC ticker when an SEC
   registrant has the same name (after legal-suffix normalisation);
2. real distractors: SEC registrants (sec_company_tickers.json, titles as SEC writes
   them, often upper case, with their tickers) and S&P 500 constituents;
3. generated plausible names ("Veltrana Logistics", "Northgate Capital") up to --size.

A distractor whose normalised name equals a target's is left out (a real account list
holds one account per company). The shared data is read, never copied.
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import re
from pathlib import Path

from intel.match.text import name_keys

SHARED = Path(__file__).resolve().parents[2] / "shared" / "data"


def _words(text: str) -> list[str]:
    return text.split()


_SEC_NOISE = re.compile(r"\s*/[A-Z]{2,}/?\s*|\\[A-Z]{2,}\\?")

_ONSETS = _words(
    "b bl br c cl cr d dr f fl fr g gl gr h j k kr l m n p pl pr qu r s sk st t tr v z"
)
_VOWELS = _words("a e i o u ae ia io ea ou y")
_CODAS = _words("n r l x s th nd rt lt m ks v")
_ENDINGS = _words("a ix on ex ium ora ova ara is en ent ity ify ly io era")
_INDUSTRY = _words(
    "Analytics Labs Systems Software Health Therapeutics Biosciences Capital Partners "
    "Logistics Energy Robotics Networks Security Foods Materials Pharma Ventures Media "
    "Financial Technologies Solutions Industries Motors Foods Bank Insurance Realty "
    "Semiconductor Devices Cloud Data Games Mobility Aerospace Retail Brands Clinical"
)
_PLACES = _words(
    "North South East West Summit Harbor River Lake Pine Cedar Granite Silver Iron Blue "
    "Red Green Golden Maple Oak Stone Bright Clear Prime Atlas Beacon Crescent Meridian"
)
_FORMS = ["", "", "", " Inc.", " Corp", " LLC", " Ltd", " Group", " Holdings", " plc", " GmbH"]


def base_key(name: str) -> str:
    keys = name_keys(name)
    return keys[-1][0] if keys else ""


def targets(shared: Path) -> list[str]:
    names: dict[str, str] = {}
    with (shared / "events_dev.jsonl").open(encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            if "companies" not in row:
                continue
            for name in (*row.get("companies", ()), *row.get("mentions", ())):
                name = " ".join(name.split())
                if name:
                    names.setdefault(name.casefold(), name)
    return sorted(names.values())


def sec_registrants(shared: Path) -> list[tuple[str, str]]:
    data = json.loads((shared / "companies" / "sec_company_tickers.json").read_text())
    out = []
    for item in data.values():
        title = " ".join(_SEC_NOISE.sub(" ", item["title"]).split())
        if title:
            out.append((title, item["ticker"]))
    return out


def sp500(shared: Path) -> list[tuple[str, str]]:
    with (shared / "companies" / "sp500_constituents.csv").open(newline="") as handle:
        return [(row["Security"], row["Symbol"]) for row in csv.DictReader(handle)]


def invented_word(rng: random.Random) -> str:
    parts = [rng.choice(_ONSETS), rng.choice(_VOWELS)]
    if rng.random() < 0.6:
        parts += [rng.choice(_CODAS), rng.choice(_ONSETS), rng.choice(_VOWELS)]
    parts.append(rng.choice(_ENDINGS) if rng.random() < 0.5 else rng.choice(_CODAS))
    return "".join(parts).capitalize()


def generated_name(rng: random.Random) -> str:
    roll = rng.random()
    if roll < 0.55:
        name = f"{invented_word(rng)} {rng.choice(_INDUSTRY)}"
    elif roll < 0.8:
        name = invented_word(rng)
    elif roll < 0.92:
        name = f"{rng.choice(_PLACES)}{invented_word(rng).lower()} {rng.choice(_INDUSTRY)}"
    else:
        name = f"{rng.choice(_PLACES)} {invented_word(rng)} {rng.choice(_INDUSTRY)}"
    return name + rng.choice(_FORMS)


def build_rows(shared: Path, size: int, seed: int = 7) -> list[dict[str, str]]:
    tickers_by_key: dict[str, list[str]] = {}
    registrants = sec_registrants(shared) + sp500(shared)
    for title, ticker in registrants:
        tickers_by_key.setdefault(base_key(title), []).append(ticker)
    rows: list[dict[str, str]] = []
    seen: set[str] = set()

    def add(name: str, tickers: list[str], source: str) -> None:
        key = base_key(name)
        if key and key not in seen:
            seen.add(key)
            row = {"name": name, "aliases": "", "domains": "", "tickers": ";".join(tickers)}
            rows.append(row | {"source": source})

    for name in targets(shared):
        add(name, sorted(set(tickers_by_key.get(base_key(name), []))), "target")
    for title, _ in registrants:
        add(title, sorted(set(tickers_by_key[base_key(title)])), "registrant")
    rng = random.Random(seed)
    while len(rows) < size:
        add(generated_name(rng), [], "generated")
    return rows


def write_rows(shared: Path, out: Path) -> dict[str, int]:
    by_source: dict[str, list[str]] = {}
    with (shared / "events_dev.jsonl").open(encoding="utf-8") as handle:
        for line in handle:
            if '"companies"' in line and "companies" in json.loads(line):
                by_source.setdefault(json.loads(line)["source"], []).append(line)
    out.write_text("".join(line for lines in by_source.values() for line in lines))
    for source, lines in by_source.items():
        out.with_suffix(f".{source}.jsonl").write_text("".join(lines))
    return {source: len(lines) for source, lines in by_source.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("out", nargs="?", default="/tmp/accounts_100k.csv", type=Path)
    parser.add_argument("--size", type=int, default=100_000)
    parser.add_argument("--shared", type=Path, default=SHARED)
    parser.add_argument("--rows", type=Path, default=Path("/tmp/match_dev.jsonl"))
    args = parser.parse_args()
    print(f"wrote labelled rows to {args.rows}: {write_rows(args.shared, args.rows)}")
    rows = build_rows(args.shared, args.size)
    with args.out.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, ["name", "aliases", "domains", "tickers", "source"])
        writer.writeheader()
        writer.writerows(rows)
    sources: dict[str, int] = {}
    for row in rows:
        sources[row["source"]] = sources.get(row["source"], 0) + 1
    print(f"wrote {len(rows)} accounts to {args.out}: {sources}")


if __name__ == "__main__":
    main()
