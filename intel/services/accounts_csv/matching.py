"""Which stored account a row names, and the rows that clash: with another stored
account's unique values, or with an earlier row of the same file."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from intel.models import name_key
from intel.services.accounts_csv.fields import LIST_FIELDS
from intel.services.accounts_csv.rows import Row
from intel.services.accounts_csv.stored import STORED_COLUMNS, read_list


class StoredAccounts:
    """The stored accounts, looked up the ways a row can name one, in one query."""

    def __init__(self, session: Session) -> None:
        self.rows: dict[int, Any] = {}
        self.by_crm: dict[str, int] = {}
        self.by_name: dict[str, int] = {}
        self.by_cik: dict[str, int] = {}
        self.by_domain: dict[str, list[int]] = {}
        for row in session.connection().execute(select(*STORED_COLUMNS)):
            self.rows[row.id] = row
            self.by_name[name_key(row.name)] = row.id
            if row.crm_id:
                self.by_crm[row.crm_id] = row.id
            if row.sec_cik:
                self.by_cik[row.sec_cik] = row.id
            for domain in read_list(row.domains):
                self.by_domain.setdefault(domain, []).append(row.id)

    def account(self, account_id: int) -> dict[str, Any]:
        """The stored values, lists decoded (only for the accounts rows name)."""
        values: dict[str, Any] = self.rows[account_id]._asdict()
        return values | {name: read_list(values[name]) for name in LIST_FIELDS}

    def match(self, row: Row) -> dict[str, Any] | None:
        """The account the row names: same CRM id, else a domain only it holds, else the
        same name key."""
        found = self.by_crm.get(row.get("crm_id") or "")
        for domain in row.get("domains") or ():
            holders = self.by_domain.get(domain, [])
            if found is None and len(holders) == 1:
                found = holders[0]
        found = found if found is not None else self.by_name.get(row.name_key)
        return None if found is None else self.account(found)

    def conflict(self, row: Row, target: dict[str, Any] | None) -> tuple[str, str] | None:
        """(field, message) when the row would take a unique value another account has."""
        for name, index, label, value in (
            ("name", self.by_name, "name", row.name_key),
            ("crm_id", self.by_crm, "CRM id", row.get("crm_id")),
            ("sec_cik", self.by_cik, "SEC CIK", row.get("sec_cik")),
        ):
            holder = index.get(value) if value else None
            if holder is not None and (target is None or holder != target["id"]):
                other = self.rows[holder].name
                return name, f"account {holder} ({other}) already has this {label}"
        return None


class Duplicates:
    """Rows of one file naming the same account twice."""

    def __init__(self) -> None:
        self.seen: dict[tuple[str, str], int] = {}
        self.new_domains: dict[str, tuple[int, str | None]] = {}

    def check(self, row: Row, target: dict[str, Any] | None) -> tuple[str, str] | None:
        """(field, message) naming the earlier line, or None for a row seen first."""
        for name, label, value in (
            ("crm_id", "CRM id", row.get("crm_id")),
            ("name", "name", row.name_key),
            ("sec_cik", "SEC CIK", row.get("sec_cik")),
        ):
            earlier = self.seen.setdefault((name, value), row.line) if value else row.line
            if earlier != row.line:
                return name, f"duplicate: line {earlier} has the same {label}"
        if target is not None:
            earlier = self.seen.setdefault(("account", str(target["id"])), row.line)
            if earlier != row.line:
                return "name", (
                    f"duplicate: line {earlier} also updates account {target['id']} "
                    f"({target['name']})"
                )
            return None
        return self._check_new_domains(row)

    def _check_new_domains(self, row: Row) -> tuple[str, str] | None:
        """New accounts may share a domain only as distinct CRM records (two CRM ids)."""
        crm_id = row.get("crm_id")
        for domain in row.get("domains") or ():
            line, other_crm_id = self.new_domains.setdefault(domain, (row.line, crm_id))
            if line != row.line and not (crm_id and other_crm_id and crm_id != other_crm_id):
                return "domains", f"duplicate: line {line} adds an account with domain {domain}"
        return None
