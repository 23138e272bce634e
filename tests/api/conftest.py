from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from intel.db import session_scope
from intel.types import Role
from tests.factories import make_token, make_user


@dataclass(frozen=True)
class Caller:
    user_id: int
    headers: dict[str, str]


@pytest.fixture
def client(settings, engine) -> Iterator[TestClient]:
    with TestClient(create_app(settings, engine=engine), raise_server_exceptions=False) as client:
        yield client


def _caller(session_factory, role: Role) -> Caller:
    with session_scope(session_factory) as session:
        user = make_user(session, role=role)
        token = make_token(session, user)
        return Caller(user.id, {"Authorization": f"Bearer {token}"})


@pytest.fixture
def rep(session_factory) -> Caller:
    return _caller(session_factory, Role.REP)


@pytest.fixture
def other_rep(session_factory) -> Caller:
    return _caller(session_factory, Role.REP)


@pytest.fixture
def marketing(session_factory) -> Caller:
    return _caller(session_factory, Role.MARKETING)


@pytest.fixture
def admin(session_factory) -> Caller:
    return _caller(session_factory, Role.ADMIN)
