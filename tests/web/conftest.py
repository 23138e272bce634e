"""Page tests: a browser-like client that keeps cookies, and people with passwords."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from intel.db import session_scope
from intel.models import User
from intel.services.passwords import set_password
from intel.types import Role
from tests.factories import make_user
from tests.web.forms import PASSWORD


@pytest.fixture
def web(settings, engine) -> Iterator[TestClient]:
    app = create_app(settings, engine=engine)
    with TestClient(app, raise_server_exceptions=False, follow_redirects=False) as client:
        yield client


@dataclass(frozen=True)
class Person:
    user_id: int
    email: str


@pytest.fixture(scope="session")
def password_hash() -> str:
    """A real argon2id hash of PASSWORD, made once: hashing costs a third of a second."""
    holder = User(email="x@example.com")
    set_password(holder, PASSWORD)
    assert holder.password_hash is not None
    return holder.password_hash


def _person(session_factory, password_hash: str, role: Role) -> Person:
    with session_scope(session_factory) as session:
        user = make_user(session, role=role)
        user.password_hash = password_hash
        return Person(user.id, user.email)


@pytest.fixture
def rep_person(session_factory, password_hash) -> Person:
    return _person(session_factory, password_hash, Role.REP)


@pytest.fixture
def marketing_person(session_factory, password_hash) -> Person:
    return _person(session_factory, password_hash, Role.MARKETING)


@pytest.fixture
def admin_person(session_factory, password_hash) -> Person:
    return _person(session_factory, password_hash, Role.ADMIN)
