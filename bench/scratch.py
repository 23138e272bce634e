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
