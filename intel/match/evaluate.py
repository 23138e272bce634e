"""``intel eval match``: precision and recall of the matcher on labelled articles.

Accounts come from a CSV (``name,aliases,domains,tickers``; lists ``;``-separated; other
columns ignored). Each JSONL row has ``text`` (matched as the title), optional ``body``
(matched as the text), ``companies`` (what the row is about: each must be found) and
optional ``mentions`` (also acceptable to find). Names are compared case-insensitively
after whitespace normalisation.

- precision = correct matches / all matches; a match outside companies + mentions is a
  false positive.
- recall = companies found / all companies. A company that is not an account in the CSV
  still counts as a miss: the figure is the recall a user with that account list sees.
- about precision / recall: the same for matches whose salience is *about* (those get
  every event of the article as signals) against ``companies`` alone.
"""

from __future__ import annotations

import csv
import json
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from intel.errors import InvalidInputError
from intel.jsonl import read_jsonl
from intel.match.entry import AccountEntry
from intel.match.index import AccountIndex
from intel.models.account import name_key
from intel.types import Salience

_REQUIRED = ("name",)
_LISTS = ("aliases", "domains", "tickers")


def read_accounts_csv(path: Path) -> list[AccountEntry]:
    """Accounts from ``path``; a broken row raises InvalidInputError naming its line."""
    entries: list[AccountEntry] = []
    with path.open(newline="", encoding="utf-8") as handle:
        reader = csv.reader(handle)
        header = [h.strip().lower() for h in next(reader, [])]
        if "name" not in header:
            raise InvalidInputError(f"{path}:1: the header has no 'name' column")
        columns = {name: header.index(name) for name in (*_REQUIRED, *_LISTS) if name in header}
        for row in reader:
            line = reader.line_num
            if not row or not any(cell.strip() for cell in row):
                continue
            if len(row) != len(header):
                raise InvalidInputError(
                    f"{path}:{line}: expected {len(header)} fields, found {len(row)}"
                )
            name = " ".join(row[columns["name"]].split())
            if not name:
                raise InvalidInputError(f"{path}:{line}: the name is empty")
            lists = {
                col: tuple(x.strip() for x in row[columns[col]].split(";") if x.strip())
                if col in columns
                else ()
                for col in _LISTS
            }
            entries.append(
                AccountEntry(
                    id=len(entries) + 1,
                    name=name,
                    aliases=lists["aliases"],
                    domains=lists["domains"],
                    tickers=lists["tickers"],
                )
            )
    return entries


def read_rows(path: Path) -> Iterator[dict[str, Any]]:
    return (row for _, row in read_jsonl(path))


def run_match_eval(
    accounts_csv: Path, data: Path, *, as_json: bool, predictions: Path | None
) -> dict[str, Any]:
    """Match every row, score it, optionally write predictions; return the report."""
    del as_json  # the report is the same; the command chooses how to print it
    entries = read_accounts_csv(accounts_csv)
    rows = list(read_rows(data))
    started = time.perf_counter()
    index = AccountIndex.build(entries)
    build_s = time.perf_counter() - started
    started = time.perf_counter()
    matches = [index.match(r["text"], r.get("body") or "") for r in rows]
    match_s = time.perf_counter() - started
    found = [[m.name for m in ms] for ms in matches]
    about = [[m.name for m in ms if m.salience is Salience.ABOUT] for ms in matches]
    if predictions is not None:
        with predictions.open("w", encoding="utf-8") as out:
            for i, (row, names, subjects) in enumerate(zip(rows, found, about, strict=True)):
                line = {"id": row.get("id", i), "accounts": names, "about": subjects}
                out.write(json.dumps(line) + "\n")
    report = score(rows, found)
    about_report = score(rows, about, allowed_keys=("companies",))
    report.update(about_precision=about_report["precision"], about_recall=about_report["recall"])
    report.update(
        accounts=len(entries),
        rows=len(rows),
        articles_per_s=round(len(rows) / match_s, 1) if match_s > 0 else None,
        build_s=round(build_s, 3),
    )
    return report


def score(
    rows: list[dict[str, Any]],
    found: list[list[str]],
    *,
    allowed_keys: tuple[str, ...] = ("companies", "mentions"),
) -> dict[str, Any]:
    """Precision, recall and the worst errors of ``found`` against the rows' labels;
    a match is correct when it is named under one of ``allowed_keys``."""
    matched = correct = wanted = hit = 0
    false_positives: Counter[str] = Counter()
    misses: Counter[str] = Counter()
    examples: list[dict[str, Any]] = []
    for i, (row, names) in enumerate(zip(rows, found, strict=True)):
        companies = {name_key(c) for c in row.get("companies") or ()}
        allowed = {name_key(c) for key in allowed_keys for c in row.get(key) or ()}
        keys = {name_key(n): n for n in names}
        matched += len(keys)
        correct += sum(1 for k in keys if k in allowed)
        wanted += len(companies)
        hit += len(companies & keys.keys())
        for key, name in keys.items():
            if key not in allowed:
                false_positives[name] += 1
                examples.append({"id": row.get("id", i), "account": name, "text": row["text"]})
        misses.update(c for c in row.get("companies") or () if name_key(c) not in keys)
    return {
        "precision": round(correct / matched, 4) if matched else 1.0,
        "recall": round(hit / wanted, 4) if wanted else 1.0,
        "matched": matched,
        "companies": wanted,
        "false_positives": examples[:50],
        "worst_false_positives": false_positives.most_common(20),
        "worst_misses": misses.most_common(20),
    }


def format_report(report: dict[str, Any]) -> str:
    lines = [
        f"accounts {report['accounts']}, rows {report['rows']}, "
        f"index built in {report['build_s']} s",
        f"precision {report['precision']:.3f}  recall {report['recall']:.3f}  "
        f"({report['matched']} matched, {report['companies']} companies)",
        f"about (subject) precision {report['about_precision']:.3f}  "
        f"recall {report['about_recall']:.3f}",
        f"speed {report['articles_per_s']} articles/s",
        "worst false positives:",
        *(f"  {n:4d}  {name}" for name, n in report["worst_false_positives"]),
        "worst misses:",
        *(f"  {n:4d}  {name}" for name, n in report["worst_misses"]),
        "false positive examples:",
        *(f"  {e['id']}: {e['account']} <- {e['text'][:90]}" for e in report["false_positives"]),
    ]
    return "\n".join(lines)
