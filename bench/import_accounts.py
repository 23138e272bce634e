"""Time CSV imports of 100,000 accounts on SQLite and PostgreSQL.

    .venv/bin/python bench/make_accounts.py          # writes /tmp/accounts_100k.csv
    .venv/bin/python bench/import_accounts.py [ACCOUNTS.csv] [--backend sqlite postgresql]

In a scratch database per backend (bench/scratch.py), each step in its own transaction:

1. a dry run of ACCOUNTS.csv (our own columns: name, aliases, domains, tickers);
2. its import: every row a new account;
3. the same companies as a Salesforce report export (Account ID, Website, Type, Billing
   Country..., written beside ACCOUNTS.csv): every row matches an account by name and
   updates it;
4. that Salesforce file again: every row matches by CRM id and changes nothing;
5. the export of the 100,000 accounts;
6. the Salesforce file into an emptied account list: every row a new account.
"""

from __future__ import annotations

import argparse
import csv
import random
import re
import time
from pathlib import Path

from scratch import scratch_database  # bench/scratch.py, beside this script
from sqlalchemy import delete
from sqlalchemy.orm import Session, sessionmaker

from intel.db import make_engine, make_session_factory, session_scope, utcnow
from intel.migrate import upgrade
from intel.models import Account
from intel.services.accounts_csv import ImportRejectedError, export_accounts, import_accounts

SALESFORCE_HEADER = [
    "Account ID",
    "Account Name",
    "Type",
    "Website",
    "Ticker Symbol",
    "Industry",
    "Billing Country",
    "Phone",
]
_TYPES = ["Prospect", "Customer - Direct", "Customer - Channel", "Competitor", "Other"]
_COUNTRIES = ["United States", "Germany", "France", "United Kingdom", "Japan", "Brazil"]


def write_salesforce(accounts: Path, out: Path, seed: int = 7) -> None:
    """The companies of ``accounts`` as a Salesforce Accounts report would export them."""
    rng = random.Random(seed)
    with accounts.open(newline="", encoding="utf-8") as source:
        rows = list(csv.DictReader(source))
    with out.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(SALESFORCE_HEADER)
        for n, row in enumerate(rows):
            slug = re.sub(r"[^a-z0-9]+", "-", row["name"].lower()).strip("-")[:40] or "company"
            writer.writerow(
                [
                    f"0015g{n:010d}AAA",
                    row["name"],
                    rng.choice(_TYPES),
                    f"https://www.{slug.strip('-')}-{n}.example/",
                    row["tickers"].split(";")[0],
                    "Software",
                    rng.choice(_COUNTRIES),
                    "+1 555 0100",
                ]
            )


def timed_import(
    factory: sessionmaker[Session], data: bytes, *, dry_run: bool = False
) -> tuple[float, str]:
    start = time.perf_counter()
    try:
        with session_scope(factory) as session:
            report = import_accounts(session, data, now=utcnow(), dry_run=dry_run)
    except ImportRejectedError as error:
        first = "; ".join(f"line {e.line}: {e.message}" for e in error.report.errors[:3])
        return time.perf_counter() - start, f"rejected: {error} ({first})"
    return time.perf_counter() - start, str(report)


def bench(backend: str, accounts: Path, salesforce: Path) -> None:
    with scratch_database(backend, "import_bench") as url:
        upgrade(url)
        engine = make_engine(url)
        factory = make_session_factory(engine)
        ours, theirs = accounts.read_bytes(), salesforce.read_bytes()
        for label, data, dry_run in (
            ("dry run, new accounts", ours, True),
            ("import, new accounts", ours, False),
            ("Salesforce file, updates by name", theirs, False),
            ("Salesforce file again, unchanged", theirs, False),
        ):
            seconds, outcome = timed_import(factory, data, dry_run=dry_run)
            print(f"{backend:<10} {label:<34} {seconds:6.2f} s  {outcome}", flush=True)
        start = time.perf_counter()
        with factory() as session:
            size = sum(len(chunk) for chunk in export_accounts(session))
        seconds = time.perf_counter() - start
        print(f"{backend:<10} {'export':<34} {seconds:6.2f} s  {size:,} characters")
        with session_scope(factory) as session:
            session.execute(delete(Account))
        seconds, outcome = timed_import(factory, theirs)
        print(f"{backend:<10} {'Salesforce file, new accounts':<34} {seconds:6.2f} s  {outcome}")
        engine.dispose()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("accounts", nargs="?", default="/tmp/accounts_100k.csv", type=Path)
    parser.add_argument("--backend", nargs="+", default=["sqlite", "postgresql"])
    args = parser.parse_args()
    salesforce = args.accounts.with_name(args.accounts.stem + "_salesforce.csv")
    write_salesforce(args.accounts, salesforce)
    for backend in args.backend:
        bench(backend, args.accounts, salesforce)


if __name__ == "__main__":
    main()
