"""The stored accounts' columns as import and export read them, lists as JSON text."""

from __future__ import annotations

import json

from sqlalchemy import Text
from sqlalchemy import cast as sql_cast

from intel.models import Account
from intel.services.accounts_csv.fields import LIST_FIELDS

SCALARS = ("name", "kind", "industry", "country", "sec_cik", "crm_id", "owner_id")
STORED_COLUMNS = (
    Account.id,
    *(getattr(Account, name) for name in SCALARS),
    *(sql_cast(getattr(Account, name), Text).label(name) for name in LIST_FIELDS),
)


def read_list(raw: str | None) -> list[str]:
    """A list column, read as JSON text and decoded only when needed: 400,000 mostly
    empty lists decoded by the column type (or by psycopg, for jsonb) cost seconds."""
    if not raw or raw == "[]":
        return []
    return [str(term) for term in json.loads(raw)]
