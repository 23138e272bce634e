"""Keyset pagination: stable under inserts, cheap at any depth, opaque to clients."""

from __future__ import annotations

import base64
import binascii
import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from sqlalchemy import Select
from sqlalchemy.orm import InstrumentedAttribute, Session

from intel.errors import InvalidInputError

T = TypeVar("T")

MAX_LIMIT = 200


@dataclass(frozen=True)
class Page(Generic[T]):
    items: Sequence[T]
    next_cursor: str | None


def encode_cursor(last_id: int) -> str:
    return base64.urlsafe_b64encode(json.dumps({"id": last_id}).encode()).decode().rstrip("=")


def decode_cursor(cursor: str) -> int:
    try:
        padded = cursor + "=" * (-len(cursor) % 4)
        value = json.loads(base64.urlsafe_b64decode(padded.encode()))["id"]
    except (binascii.Error, ValueError, KeyError, TypeError, UnicodeDecodeError):
        raise InvalidInputError("invalid cursor: pass back next_cursor unchanged") from None
    if not isinstance(value, int) or isinstance(value, bool):
        raise InvalidInputError("invalid cursor: pass back next_cursor unchanged")
    return value


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
    if not 1 <= limit <= MAX_LIMIT:
        raise InvalidInputError(f"limit must be between 1 and {MAX_LIMIT}")
    if cursor:
        after = decode_cursor(cursor)
        statement = statement.where(id_column < after if newest_first else id_column > after)
    order = id_column.desc() if newest_first else id_column.asc()
    rows = list(session.scalars(statement.order_by(order).limit(limit + 1)))
    has_more = len(rows) > limit
    rows = rows[:limit]
    next_cursor = encode_cursor(getattr(rows[-1], id_column.key)) if has_more else None
    return Page(items=rows, next_cursor=next_cursor)
