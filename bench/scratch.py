"""A scratch database for one benchmark run: a SQLite file in a temporary folder, or a
PostgreSQL database on 127.0.0.1:5432 (user postgres) created and dropped around it."""

from __future__ import annotations

import tempfile
import uuid
from collections.abc import Iterator
from contextlib import contextmanager

import psycopg

PG_ADMIN = "postgresql://postgres@127.0.0.1:5432/postgres"


@contextmanager
def scratch_database(backend: str, name: str) -> Iterator[str]:
    """The SQLAlchemy URL of a new, empty database; PostgreSQL's is dropped after."""
    if backend == "sqlite":
        yield f"sqlite:///{tempfile.mkdtemp()}/{name}.db"
        return
    database = f"intel_{name}_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(PG_ADMIN, autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{database}"')  # type: ignore[arg-type]
    try:
        yield f"postgresql+psycopg://postgres@127.0.0.1:5432/{database}"
    finally:
        with psycopg.connect(PG_ADMIN, autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)')  # type: ignore[arg-type]


def rep_row(n: int, *, created_at: object) -> dict[str, object]:
    """Rep number ``n`` as a ``users`` row with the default schedule, for bulk inserts."""
    return {
        "id": n,
        "email": f"rep{n}@example.com",
        "name": f"Rep {n}",
        "role": "rep",
        "timezone": "UTC",
        "digest_frequency": "daily",
        "digest_hour": 8,
        "digest_weekday": 0,
        "digest_cap": 10,
        "weekends_quiet": False,
        "email_alerts": True,
        "is_active": True,
        "created_at": created_at,
    }
