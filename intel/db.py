"""Engine, sessions and the column types every model shares.

The same models run on SQLite (the embedded default) and PostgreSQL. Timestamps are
stored in UTC and always come back timezone-aware, whatever the backend keeps.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, TypeVar

from sqlalchemy import JSON, DateTime, Enum, MetaData, create_engine, event, func, insert, select
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.engine import Dialect, Engine
from sqlalchemy.orm import DeclarativeBase, Session, sessionmaker
from sqlalchemy.pool import StaticPool
from sqlalchemy.types import TypeDecorator

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    """Declarative base with a naming convention, so migrations name constraints alike."""

    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class UTCDateTime(TypeDecorator[dt.datetime]):
    """A timestamp that refuses naive input and returns aware UTC datetimes."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: Dialect) -> Any:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given where a UTC-aware one is required")
        value = value.astimezone(dt.UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: Any, dialect: Dialect) -> dt.datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=dt.UTC)  # type: ignore[no-any-return]
        return value.astimezone(dt.UTC)  # type: ignore[no-any-return]


JSONType = JSON().with_variant(JSONB(), "postgresql")


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def parse_utc(text: str) -> dt.datetime:
    """An ISO-8601 moment as an aware UTC datetime; one without a zone is taken as UTC.
    Raises ``ValueError`` when ``text`` is not ISO-8601."""
    moment = dt.datetime.fromisoformat(text.strip())
    return moment.replace(tzinfo=dt.UTC) if moment.tzinfo is None else moment.astimezone(dt.UTC)


def _sqlite_connect(dbapi_connection: Any, _record: Any) -> None:
    # pysqlite opens transactions lazily (only before DML), which leaves SELECTs outside
    # them and breaks SAVEPOINTs. Take over: no implicit BEGIN, we emit our own below.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA busy_timeout=10000")
    cursor.close()


def make_engine(url: str, **kwargs: Any) -> Engine:
    """Create an engine tuned for its backend (WAL and foreign keys on SQLite)."""
    if url.startswith("sqlite"):
        kwargs.setdefault("connect_args", {"check_same_thread": False, "timeout": 10})
        if url.rstrip("/") in {"sqlite:", "sqlite://"} or ":memory:" in url:
            kwargs.setdefault("poolclass", StaticPool)  # one shared in-memory database
        # File databases keep a pool: reopening a connection per transaction costs the
        # pragmas again, and closing the last one checkpoints the WAL.
        engine = create_engine(url, **kwargs)
        event.listen(engine, "connect", _sqlite_connect)
        # IMMEDIATE: take the write lock up front, so a transaction that reads and then
        # writes waits its turn (busy_timeout) instead of failing with "database is
        # locked" when another writer committed in between (docs/decisions/0003).
        event.listen(
            engine, "begin", lambda connection: connection.exec_driver_sql("BEGIN IMMEDIATE")
        )
        return engine
    kwargs.setdefault("pool_pre_ping", True)
    return create_engine(url, **kwargs)


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(bind=engine, expire_on_commit=False)


@contextmanager
def session_scope(factory: sessionmaker[Session]) -> Iterator[Session]:
    """One unit of work: commit on success, roll back on any error."""
    session = factory()
    try:
        yield session
        session.commit()
    except BaseException:
        session.rollback()
        raise
    finally:
        session.close()


_Row = TypeVar("_Row", bound="Base")


def insert_in_order(session: Session, model: type[_Row], rows: list[dict[str, Any]]) -> list[_Row]:
    """Insert ``rows`` as batched statements; return the new objects in the order given.

    PostgreSQL orders a batched INSERT … RETURNING by itself. SQLite cannot say which new
    rowid belongs to which row, so SQLAlchemy would fall back to one INSERT per row
    (about half of ingest's time). There the ids are numbered here instead: a SQLite
    writer holds the database lock from its first statement (BEGIN IMMEDIATE, see
    :func:`make_engine`), so nobody else can take ``max(id) + 1`` onwards meanwhile.
    """
    if not rows:
        return []
    if session.get_bind().dialect.name != "sqlite":
        statement = insert(model).returning(model, sort_by_parameter_order=True)
        return list(session.scalars(statement, rows))
    key = model.__mapper__.primary_key[0]
    first = (session.scalar(select(func.max(key))) or 0) + 1
    numbered = [{**row, key.key: first + n} for n, row in enumerate(rows)]
    new = session.scalars(insert(model).returning(model), numbered)
    found = {model.__mapper__.primary_key_from_instance(row)[0]: row for row in new}
    return [found[first + n] for n in range(len(rows))]


def enum_type(enum_cls: type[enum.StrEnum]) -> Enum:
    """Store a StrEnum as its value in a plain VARCHAR: new members need no migration."""
    return Enum(
        enum_cls,
        native_enum=False,
        create_constraint=False,
        length=32,
        values_callable=lambda members: [member.value for member in members],
        validate_strings=True,
    )
