"""Accounts: create, edit and list them, keeping names, domains and tickers tidy."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from intel.errors import ConflictError, InvalidInputError, NotFoundError
from intel.models import Account, User, name_key
from intel.types import AccountKind

_DOMAIN = re.compile(r"^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$")
_TICKER = re.compile(r"^[A-Z0-9][A-Z0-9.\-]{0,14}$")
_CIK = re.compile(r"^\d{1,10}$")
LIST_FIELDS = ("aliases", "domains", "tickers", "negative_keywords")


def _unique(values: Iterable[str]) -> list[str]:
    seen: dict[str, str] = {}
    for value in values:
        value = " ".join(value.split())
        if value and value.casefold() not in seen:
            seen[value.casefold()] = value
    return list(seen.values())


def normalise_domain(raw: str) -> str:
    domain = raw.strip().lower()
    domain = re.sub(r"^[a-z]+://", "", domain).split("/", 1)[0].removeprefix("www.")
    try:
        domain = domain.encode("idna").decode("ascii")
    except UnicodeError:
        raise InvalidInputError(f"not a domain: {raw!r}") from None
    if not _DOMAIN.match(domain):
        raise InvalidInputError(f"not a domain: {raw!r}")
    return domain


def normalise_ticker(raw: str) -> str:
    ticker = raw.strip().upper().lstrip("$")
    ticker = ticker.split(":", 1)[-1]  # NASDAQ:ACME -> ACME
    if not _TICKER.match(ticker):
        raise InvalidInputError(f"not a ticker: {raw!r}")
    return ticker


def normalise_cik(raw: str | None) -> str | None:
    if raw is None or not raw.strip():
        return None
    if not _CIK.match(raw.strip()):
        raise InvalidInputError(f"not an SEC CIK (up to 10 digits): {raw!r}")
    return raw.strip().zfill(10)


def _clean(fields: dict[str, Any]) -> dict[str, Any]:
    clean = dict(fields)
    if "name" in clean:
        name = " ".join(str(clean["name"]).split())
        if not name:
            raise InvalidInputError("an account needs a name")
        clean["name"] = name
        clean["name_key"] = name_key(name)
    for key in LIST_FIELDS:
        if key in clean:
            clean[key] = _unique(clean[key] or [])
    if "domains" in clean:
        clean["domains"] = _unique(normalise_domain(d) for d in clean["domains"])
    if "tickers" in clean:
        clean["tickers"] = _unique(normalise_ticker(t) for t in clean["tickers"])
    if "sec_cik" in clean:
        clean["sec_cik"] = normalise_cik(clean["sec_cik"])
    if clean.get("country"):
        clean["country"] = str(clean["country"]).upper()
    return clean


def _check_unique(session: Session, fields: dict[str, Any], *, exclude_id: int | None) -> None:
    for column, label in (
        (Account.name_key, "name"),
        (Account.crm_id, "CRM id"),
        (Account.sec_cik, "SEC CIK"),
    ):
        value = fields.get(column.key)
        if value is None:
            continue
        clash = session.scalar(select(Account.id).where(column == value))
        if clash is not None and clash != exclude_id:
            raise ConflictError(f"account {clash} already has this {label}")


def get_account(session: Session, account_id: int) -> Account:
    account = session.get(Account, account_id)
    if account is None:
        raise NotFoundError(f"no account {account_id}")
    return account


def find_account_by_name(session: Session, name: str) -> Account:
    account = session.scalar(select(Account).where(Account.name_key == name_key(name)))
    if account is None:
        raise NotFoundError(f"no account named {name!r}")
    return account


def create_account(session: Session, *, name: str, **fields: Any) -> Account:
    fields = _clean({"name": name, **fields})
    if fields.get("owner_id") is not None and session.get(User, fields["owner_id"]) is None:
        raise InvalidInputError(f"no user {fields['owner_id']} to own this account")
    fields.setdefault("kind", AccountKind.PROSPECT)
    _check_unique(session, fields, exclude_id=None)
    account = Account(**fields)
    session.add(account)
    session.flush()
    return account


def update_account(session: Session, account: Account, **fields: Any) -> Account:
    fields = _clean(fields)
    if fields.get("owner_id") is not None and session.get(User, fields["owner_id"]) is None:
        raise InvalidInputError(f"no user {fields['owner_id']} to own this account")
    _check_unique(session, fields, exclude_id=account.id)
    for key, value in fields.items():
        setattr(account, key, value)
    session.flush()
    return account
