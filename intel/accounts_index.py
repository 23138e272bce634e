"""The in-memory account index, rebuilt when accounts change: edits take effect at the
next pipeline run, without a restart."""

from __future__ import annotations

import json
import threading
from typing import Any

from sqlalchemy import Text, func, select, type_coerce
from sqlalchemy.orm import Session

from intel.match import AccountEntry, AccountIndex
from intel.models import Account
from intel.types import AccountKind

Fingerprint = tuple[str, int, int, object]

_LISTS = ("aliases", "domains", "tickers", "negative_keywords", "context_terms")
# Plain columns, the lists as their raw JSON text: 100,000 ORM objects and 500,000
# JSON decodes of "[]" cost seconds; most accounts have empty lists.
_COLUMNS = (
    Account.id,
    Account.name,
    Account.kind,
    Account.ambiguous,
    Account.sec_cik,
    *(type_coerce(getattr(Account, name), Text).label(name) for name in _LISTS),
)


def _terms(raw: str | list[str] | None) -> tuple[str, ...]:
    """A list column as text (SQLite) or already decoded (psycopg decodes jsonb)."""
    if not raw or raw == "[]":
        return ()
    return tuple(str(term) for term in (json.loads(raw) if isinstance(raw, str) else raw))


def _entry(row: Any) -> AccountEntry:
    return AccountEntry(
        id=row.id,
        name=row.name,
        ambiguous=row.ambiguous,
        sec_cik=row.sec_cik,
        **{name: _terms(getattr(row, name)) for name in _LISTS},
    )


class AccountIndexCache:
    """Holds the last index built and the fingerprint of the accounts it was built from
    (database, count, highest id, latest edit); a cheap query tells when to rebuild."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._fingerprint: Fingerprint | None = None
        self._index: AccountIndex | None = None
        self._kinds: dict[int, AccountKind] = {}

    @staticmethod
    def fingerprint(session: Session) -> Fingerprint:
        """Which database, and its accounts' count, highest id and latest edit."""
        count, top, edited = session.execute(
            select(func.count(Account.id), func.max(Account.id), func.max(Account.updated_at))
        ).one()
        database = session.get_bind().engine.url.render_as_string(hide_password=True)
        return database, int(count), int(top or 0), edited

    def get(self, session: Session) -> tuple[AccountIndex, dict[int, AccountKind]]:
        with self._lock:
            current = self.fingerprint(session)
            if self._index is None or current != self._fingerprint:
                rows = session.execute(select(*_COLUMNS)).all()
                self._index = AccountIndex.build(_entry(row) for row in rows)
                self._kinds = {row.id: AccountKind(row.kind) for row in rows}
                self._fingerprint = current
            return self._index, self._kinds
