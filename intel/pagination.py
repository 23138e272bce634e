"""Keyset pagination: stable under inserts, cheap at any depth, opaque to clients.

A page is ordered by one or more sort keys, the last of them unique (an id), and the
cursor holds the last row's value of each key. The next page is "the rows after that
tuple" in the same order, so rows inserted meanwhile never shift the rows still to come,
and the database seeks instead of skipping ``OFFSET`` rows.

The cursor is base64url JSON naming its keys (``{"id": 41}``, ``{"heat": 2.5, "id": 41}``).
It is validated, not signed: it only says where to resume within rows the caller may
already list, so a forged one can show nothing the caller could not page to. Anything
that is not a cursor of the very same ordering is refused as invalid input.
"""

from __future__ import annotations

import base64
import binascii
import json
import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from sqlalchemy import ColumnElement, Select, and_, or_, select
from sqlalchemy.orm import InstrumentedAttribute, Session, aliased

from intel.errors import InvalidInputError

T = TypeVar("T")

MAX_LIMIT = 200
_BIGINT = 2**63  # the widest integer column on either backend
_INVALID = "invalid cursor: pass back next_cursor unchanged"

CursorValue = int | float


@dataclass(frozen=True)
class Page(Generic[T]):
    items: Sequence[T]
    next_cursor: str | None


@dataclass(frozen=True)
class SortKey:
    """One column of a keyset ordering, under ``name`` in the cursor.

    The column must be NOT NULL and hold integers or floats; the last key of an
    ordering must be unique (a primary key), so every row has one place.
    """

    name: str
    column: ColumnElement[Any] | InstrumentedAttribute[Any]
    descending: bool = False

    def after(self, value: CursorValue) -> ColumnElement[bool]:
        """Rows strictly past ``value`` in this key's direction."""
        return self.column < value if self.descending else self.column > value

    def not_before(self, value: CursorValue) -> ColumnElement[bool]:
        return self.column <= value if self.descending else self.column >= value

    def is_float(self) -> bool:
        return self.column.type.python_type is float


def encode_cursor(values: dict[str, CursorValue]) -> str:
    return base64.urlsafe_b64encode(json.dumps(values).encode()).decode().rstrip("=")


def decode_cursor(cursor: str, order: Sequence[SortKey]) -> list[CursorValue]:
    """The values of ``order``'s keys held in ``cursor``; :class:`InvalidInputError` when
    it is malformed or belongs to another ordering."""
    try:
        padded = cursor + "=" * (-len(cursor) % 4)
        data = json.loads(base64.urlsafe_b64decode(padded.encode()))
    except (binascii.Error, ValueError, UnicodeDecodeError):
        raise InvalidInputError(_INVALID) from None
    if not isinstance(data, dict) or set(data) != {key.name for key in order}:
        raise InvalidInputError(_INVALID)
    return [_checked(data[key.name], as_float=key.is_float()) for key in order]


def _checked(value: Any, *, as_float: bool) -> CursorValue:
    """A value fit for its column: no booleans, strings, NaN or out-of-range integers."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise InvalidInputError(_INVALID)
    if as_float:
        try:
            number = float(value)
        except OverflowError:  # an integer beyond any float
            raise InvalidInputError(_INVALID) from None
        if not math.isfinite(number):
            raise InvalidInputError(_INVALID)
        return number
    if not isinstance(value, int) or not -_BIGINT <= value < _BIGINT:
        raise InvalidInputError(_INVALID)
    return value


def keyset_after(order: Sequence[SortKey], values: Sequence[CursorValue]) -> ColumnElement[bool]:
    """Rows after ``values`` in ``order``: (a, b) after (x, y) is a ▷ x, or a = x and b ▷ y.

    Spelt out rather than as a row comparison so keys may run in different directions and
    span joined tables. The redundant bound on the first key lets an index on it seek.
    """
    branches = [
        and_(
            *(key.column == value for key, value in zip(order[:i], values, strict=False)),
            order[i].after(values[i]),
        )
        for i in range(len(order))
    ]
    condition = or_(*branches)
    return condition if len(order) == 1 else and_(order[0].not_before(values[0]), condition)


def paginate_keyset(
    session: Session,
    statement: Select[Any],
    *,
    order: Sequence[SortKey],
    cursor: str | None,
    limit: int,
    filter_first: bool = False,
) -> Page[Any]:
    """One page of ``statement``'s first column (an entity), ordered by ``order``, after
    ``cursor``. The keys may come from joined tables: their values are selected beside
    each row to build the next cursor.

    ``filter_first`` is for filters that leave a few thousand rows at most (one
    watchlist's accounts): PostgreSQL otherwise tends to walk the ordering's index from
    the top hoping to meet them soon, and reads most of the table when they are rare. In
    a subquery behind ``OFFSET 0``, which the planner does not flatten, the filter is
    applied first through its own index and only its rows are sorted.
    """
    if not 1 <= limit <= MAX_LIMIT:
        raise InvalidInputError(f"limit must be between 1 and {MAX_LIMIT}")
    if cursor:
        statement = statement.where(keyset_after(order, decode_cursor(cursor, order)))
    labels = [f"_key{n}" for n in range(len(order))]
    statement = statement.add_columns(
        *(key.column.label(label) for key, label in zip(order, labels, strict=True))
    )
    columns: list[ColumnElement[Any] | InstrumentedAttribute[Any]] = [k.column for k in order]
    if filter_first:
        fenced = statement.offset(0).subquery()
        columns = [fenced.c[label] for label in labels]
        entity = aliased(statement.column_descriptions[0]["entity"], fenced)
        statement = select(entity, *columns)
    statement = statement.order_by(
        *(
            column.desc() if key.descending else column.asc()
            for key, column in zip(order, columns, strict=True)
        )
    )
    rows = session.execute(statement.limit(limit + 1)).all()
    page = rows[:limit]
    next_cursor = None
    if len(rows) > limit:
        last = page[-1][-len(order) :]
        next_cursor = encode_cursor({key.name: last[n] for n, key in enumerate(order)})
    return Page(items=[row[0] for row in page], next_cursor=next_cursor)


def paginate(
    session: Session,
    statement: Select[Any],
    *,
    id_column: InstrumentedAttribute[Any],
    cursor: str | None,
    limit: int,
    newest_first: bool = False,
) -> Page[Any]:
    """One page of ``statement`` ordered by ``id_column``, continuing after ``cursor``."""
    order = [SortKey("id", id_column, descending=newest_first)]
    return paginate_keyset(session, statement, order=order, cursor=cursor, limit=limit)
