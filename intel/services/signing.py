"""The key that signs links in emails and private feed URLs, shared by every process.

A link is signed by one process (the worker that sends an email, the API that shows a
feed URL) and checked by another (the API that serves the click), possibly after a
restart. So the key cannot be a per-process random value: when ``INTEL_SECRET_KEY`` is
not set, the first process to need one makes it and stores it in the database, and
every later process reads the same one. A configured key always wins; setting one keeps
a stolen database backup from being enough to forge links.
"""

from __future__ import annotations

import secrets

from pydantic import SecretStr
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from intel.config import Settings
from intel.db import session_scope
from intel.models import StoredSecret

SIGNING = "signing"


def stored_signing_key(session: Session) -> str:
    """The workspace's stored signing key, made on first use.

    Two processes starting together may both try to make it: the loser's insert fails
    on the primary key and it reads the winner's, so they agree.
    """
    existing = session.scalar(select(StoredSecret.value).where(StoredSecret.name == SIGNING))
    if existing is not None:
        return existing
    try:
        with session.begin_nested():
            session.add(StoredSecret(name=SIGNING, value=secrets.token_hex(32)))
    except IntegrityError:
        pass  # made meanwhile by another process
    return session.execute(
        select(StoredSecret.value).where(StoredSecret.name == SIGNING)
    ).scalar_one()


def with_signing_key(settings: Settings, factory: sessionmaker[Session]) -> Settings:
    """``settings`` with the signing key every process shares: the configured one, or
    else the workspace's stored one."""
    if "secret_key" in settings.model_fields_set:
        return settings
    with session_scope(factory) as session:
        key = stored_signing_key(session)
    return settings.model_copy(update={"secret_key": SecretStr(key)})
