"""Every account as CSV in our own format, streamed in chunks, formula-like cells
neutralised."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from intel.models import Account, User
from intel.services.accounts_csv.fields import FIELDS, LIST_FIELDS
from intel.services.accounts_csv.formulas import neutralise_formula
from intel.services.accounts_csv.stored import SCALARS, STORED_COLUMNS, read_list


def _csv_text(rows: Iterable[Sequence[str]]) -> str:
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\r\n").writerows(
        [neutralise_formula(c) for c in row] for row in rows
    )
    return buffer.getvalue()


def _export_cells(row: Any, emails: dict[int, str]) -> list[str]:
    cells = {name: getattr(row, name) or "" for name in SCALARS if name != "owner_id"}
    cells |= {name: "; ".join(read_list(getattr(row, name))) for name in LIST_FIELDS}
    cells["owner"] = emails.get(row.owner_id, "")
    return [str(cells[name]) for name in FIELDS]


def export_accounts(session: Session, *, batch: int = 1000) -> Iterator[str]:
    """Every account in our own format, oldest first, as chunks of CSV text to stream:
    lists joined with "; ", the owner as an email, and a byte order mark first so that
    spreadsheets read the UTF-8 right. Reads ``batch`` accounts per query."""
    emails: dict[int, str] = {
        user_id: email for user_id, email in session.execute(select(User.id, User.email))
    }
    yield "\ufeff" + _csv_text([FIELDS])
    last_id = 0
    while (
        rows := session.connection()
        .execute(
            select(*STORED_COLUMNS).where(Account.id > last_id).order_by(Account.id).limit(batch)
        )
        .all()
    ):
        yield _csv_text(_export_cells(row, emails) for row in rows)
        last_id = rows[-1].id
