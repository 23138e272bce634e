import datetime as dt

import pytest
from sqlalchemy import select, text

from intel.errors import ConflictError, InvalidInputError
from intel.models import ApiToken, User
from intel.services.users import (
    authenticate_token,
    create_user,
    ensure_bootstrap_admin,
    issue_token,
    revoke_tokens,
)
from intel.types import Role

NOW = dt.datetime(2026, 11, 2, tzinfo=dt.UTC)


def test_tokens_are_stored_hashed_and_authenticate(session):
    user = create_user(session, email="Rita@Example.com", role=Role.REP)
    token = issue_token(session, user, name="laptop")
    session.commit()
    stored = session.execute(text("SELECT token_hash, prefix FROM api_tokens")).all()
    assert all(token not in row.token_hash for row in stored)
    assert authenticate_token(session, token).email == "rita@example.com"
    assert authenticate_token(session, token + "x") is None


def test_revoked_tokens_and_inactive_users_do_not_authenticate(session):
    user = create_user(session, email="a@example.com")
    token = issue_token(session, user, name="t")
    revoke_tokens(session, user, name="t", now=NOW)
    assert authenticate_token(session, token) is None
    fresh = issue_token(session, user, name="t2")
    user.is_active = False
    assert authenticate_token(session, fresh) is None


def test_duplicate_email_and_bad_time_zone_are_refused(session):
    create_user(session, email="a@example.com")
    with pytest.raises(ConflictError):
        create_user(session, email="A@example.com ")
    with pytest.raises(InvalidInputError, match="time zone"):
        create_user(session, email="b@example.com", timezone="Mars/Olympus")
    with pytest.raises(InvalidInputError):
        create_user(session, email="not-an-email")


def test_bootstrap_admin_is_idempotent(session):
    for _ in range(3):
        ensure_bootstrap_admin(session, "bootstrap-secret-1")
        session.commit()
    admins = session.scalars(select(User).where(User.role == Role.ADMIN)).all()
    assert len(admins) == 1
    assert session.scalars(select(ApiToken)).all()[0].user_id == admins[0].id
    assert authenticate_token(session, "bootstrap-secret-1").role == Role.ADMIN
