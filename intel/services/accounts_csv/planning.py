"""The import's plan: for each good row, a new account or the changes to the stored one
it names. An update never deletes: an empty cell keeps what is stored, and list cells
add entries to those already there."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from intel.models import User, name_key
from intel.services.accounts import unique_terms
from intel.services.accounts_csv.fields import LIST_FIELDS
from intel.services.accounts_csv.matching import Duplicates, StoredAccounts
from intel.services.accounts_csv.report import MAX_REPORTED, ImportReport
from intel.services.accounts_csv.rows import Row
from intel.services.accounts_csv.stored import SCALARS
from intel.types import AccountKind


@dataclass
class Plan:
    creates: list[dict[str, Any]] = field(default_factory=list)
    updates: list[dict[str, Any]] = field(default_factory=list)


def _owners(session: Session) -> dict[str, int | None]:
    """Users by email and by name (case and spacing ignored). A name two users share
    names neither: it maps to None."""
    owners: dict[str, int | None] = {}
    for user_id, email, name in session.execute(select(User.id, User.email, User.name)):
        owners[email.casefold()] = user_id
        if name.strip():
            key = name_key(name)
            owners[key] = None if key in owners else user_id
    return owners


def _owner_id(row: Row, owners: dict[str, int | None], report: ImportReport) -> int | None:
    owner: str | None = row.get("owner")
    if owner is None:
        return None
    user_id = owners.get(owner.casefold() if "@" in owner else name_key(owner))
    if user_id is None and len(report.unknown_owners) < MAX_REPORTED:
        report.unknown_owners.add(owner)
    return user_id


def _new_account(row: Row, owner_id: int | None, now: dt.datetime) -> dict[str, Any]:
    values = row.values
    return {
        "name": values["name"],
        "name_key": row.name_key,
        "kind": values.get("kind") or AccountKind.PROSPECT,
        **{name: values.get(name, []) for name in LIST_FIELDS},
        "context_terms": [],
        **{name: values.get(name) for name in ("industry", "country", "sec_cik", "crm_id")},
        "owner_id": owner_id,
        "heat_score": 0.0,
        "heat_tier": "cool",
        "created_at": now,
        "updated_at": now,
    }


def _changes(
    target: dict[str, Any], row: Row, owner_id: int | None, now: dt.datetime
) -> dict[str, Any] | None:
    """The stored account's new values, or None when the row changes nothing. Empty
    cells keep the stored value; lists gain the row's new entries."""
    merged = {name: row.get(name) or target[name] for name in SCALARS if name != "owner_id"}
    merged["owner_id"] = owner_id if owner_id is not None else target["owner_id"]
    merged |= {name: unique_terms([*target[name], *(row.get(name) or ())]) for name in LIST_FIELDS}
    if all(merged[name] == target[name] for name in merged):
        return None
    return {"id": target["id"], "name_key": name_key(merged["name"]), "updated_at": now, **merged}


def plan_import(
    session: Session, rows: list[Row], report: ImportReport, *, now: dt.datetime
) -> Plan:
    """The creates and updates the rows make; a duplicate or a clash with another stored
    account is an error in ``report`` instead."""
    stored, owners = StoredAccounts(session), _owners(session)
    duplicates, plan = Duplicates(), Plan()
    for row in rows:
        target = stored.match(row)
        problem = duplicates.check(row, target) or stored.conflict(row, target)
        if problem is not None:
            name, message = problem
            report.add_error(row.line, next(iter(report.columns.get(name, ())), None), message)
            continue
        owner_id = _owner_id(row, owners, report)
        if target is None:
            plan.creates.append(_new_account(row, owner_id, now))
        elif (change := _changes(target, row, owner_id, now)) is not None:
            plan.updates.append(change)
        else:
            report.unchanged += 1
    return plan
