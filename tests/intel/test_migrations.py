"""Migrations bring an empty database to head on both backends, and match the models."""

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect

import intel.models  # noqa: F401
from intel.db import Base, make_engine
from intel.migrate import current_revision, head_revision, upgrade


def test_upgrade_empty_database_to_head_then_again_is_a_no_op(empty_db_url):
    engine = make_engine(empty_db_url)
    try:
        assert current_revision(engine) is None
        upgrade(empty_db_url)
        assert current_revision(engine) == head_revision(empty_db_url)
        tables = set(inspect(engine).get_table_names())
        assert set(Base.metadata.tables) <= tables
        upgrade(empty_db_url)  # idempotent
        assert current_revision(engine) == head_revision(empty_db_url)
    finally:
        engine.dispose()


def test_migrations_match_the_models(db_url):
    engine = make_engine(db_url)
    try:
        with engine.connect() as connection:
            context = MigrationContext.configure(connection, opts={"compare_type": True})
            diff = compare_metadata(context, Base.metadata)
    finally:
        engine.dispose()
    assert diff == [], f"models and migrations disagree; write a migration: {diff}"


def test_upgrading_a_database_that_holds_rows_keeps_them(empty_db_url):
    from sqlalchemy import text

    upgrade(empty_db_url, "0001")
    engine = make_engine(empty_db_url)
    try:
        with engine.begin() as connection:
            connection.execute(
                text(
                    "INSERT INTO accounts (name, name_key, kind, aliases, domains, tickers,"
                    " negative_keywords, created_at, updated_at) VALUES ('Acme', 'acme',"
                    " 'prospect', '[]', '[]', '[]', '[]', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)"
                )
            )
        upgrade(empty_db_url)
        with engine.connect() as connection:
            row = connection.execute(text("SELECT name, heat_tier FROM accounts")).one()
    finally:
        engine.dispose()
    assert tuple(row) == ("Acme", "cool")
