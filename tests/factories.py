"""Plain functions that create rows for tests, flushed (the caller commits)."""

from __future__ import annotations

import itertools
from typing import Any

from sqlalchemy.orm import Session

from intel.db import utcnow
from intel.models import Account, Source, User
from intel.services.accounts import create_account
from intel.services.users import create_user, issue_token
from intel.types import Role

_counter = itertools.count(1)


def make_user(session: Session, *, role: Role = Role.REP, **fields: Any) -> User:
    n = next(_counter)
    fields.setdefault("email", f"user{n}@example.com")
    fields.setdefault("name", f"User {n}")
    return create_user(session, role=role, **fields)


def make_token(session: Session, user: User) -> str:
    return issue_token(session, user, name="test")


def make_account(session: Session, **fields: Any) -> Account:
    fields.setdefault("name", f"Account {next(_counter)}")
    return create_account(session, **fields)


def make_source(session: Session, url: str, **fields: Any) -> Source:
    fields.setdefault("next_check_at", utcnow())
    source = Source(url=url, **fields)
    session.add(source)
    session.flush()
    return source
