"""The plan written in the caller's transaction, in batched Core statements."""

from __future__ import annotations

from typing import cast

from sqlalchemy import Table, Update, bindparam, insert, update
from sqlalchemy.orm import Session

from intel.models import Account
from intel.services.accounts_csv.fields import LIST_FIELDS
from intel.services.accounts_csv.planning import Plan
from intel.services.accounts_csv.report import BATCH, Progress
from intel.services.accounts_csv.stored import SCALARS

_ACCOUNTS = cast(Table, Account.__table__)


def _update_by_id() -> Update:
    """UPDATE accounts SET every imported column WHERE id = :row_id, for executemany."""
    table = _ACCOUNTS
    columns = ["name_key", "updated_at", *SCALARS, *LIST_FIELDS]
    return (
        update(table)
        .where(table.c.id == bindparam("row_id"))
        .values({name: bindparam(f"new_{name}") for name in columns})
    )


def write_plan(session: Session, plan: Plan, progress: Progress) -> None:
    """Batched INSERTs, then UPDATEs by primary key: executemany, not a query per row,
    in Core statements (the ORM's bulk paths cost as much again in bookkeeping)."""
    updates = [
        {"row_id": row["id"], **{f"new_{k}": v for k, v in row.items() if k != "id"}}
        for row in plan.updates
    ]
    total, done = len(plan.creates) + len(plan.updates), 0
    for statement, rows in ((insert(_ACCOUNTS), plan.creates), (_update_by_id(), updates)):
        for start in range(0, len(rows), BATCH):
            batch = rows[start : start + BATCH]
            session.execute(statement, batch)
            done += len(batch)
            progress("writing", done, total)
