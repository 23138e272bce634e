"""Users and their API tokens. Tokens are random, shown once, and stored as SHA-256."""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import secrets
import zoneinfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from intel.db import utcnow
from intel.errors import ConflictError, InvalidInputError, NotFoundError
from intel.models import ApiToken, User
from intel.types import Role

TOKEN_PREFIX = "pi_"  # noqa: S105  (a public prefix, not a secret)
BOOTSTRAP_ADMIN_EMAIL = "admin@localhost"
LAST_USED_RESOLUTION = dt.timedelta(minutes=5)


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def normalise_email(email: str) -> str:
    email = email.strip().lower()
    local, _, domain = email.partition("@")
    if not local or not domain or " " in email or len(email) > 320:
        raise InvalidInputError(f"not an email address: {email!r}")
    return email


def validate_timezone(name: str) -> str:
    try:
        zoneinfo.ZoneInfo(name)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        raise InvalidInputError(f"unknown time zone {name!r} (use an IANA name)") from None
    return name


def get_user(session: Session, user_id: int) -> User:
    user = session.get(User, user_id)
    if user is None:
        raise NotFoundError(f"no user {user_id}")
    return user


def get_user_by_email(session: Session, email: str) -> User:
    user = session.scalar(select(User).where(User.email == normalise_email(email)))
    if user is None:
        raise NotFoundError(f"no user with email {email!r}")
    return user


def create_user(
    session: Session,
    *,
    email: str,
    name: str = "",
    role: Role = Role.REP,
    timezone: str = "UTC",
) -> User:
    email = normalise_email(email)
    if session.scalar(select(User.id).where(User.email == email)) is not None:
        raise ConflictError(f"a user with email {email!r} already exists")
    user = User(email=email, name=name, role=role, timezone=validate_timezone(timezone))
    session.add(user)
    session.flush()
    return user


def new_token(
    session: Session, user: User, *, name: str = "", token: str | None = None
) -> tuple[str, ApiToken]:
    """Create a token for ``user``: the token itself (shown once) and its row, which
    keeps only the hash."""
    token = token or TOKEN_PREFIX + secrets.token_urlsafe(32)
    row = ApiToken(user_id=user.id, token_hash=hash_token(token), prefix=token[:8], name=name)
    session.add(row)
    session.flush()
    return token, row


def issue_token(session: Session, user: User, *, name: str = "", token: str | None = None) -> str:
    """Create a token for ``user`` and return it; only its hash is kept."""
    return new_token(session, user, name=name, token=token)[0]


def revoke_tokens(session: Session, user: User, *, name: str, now: dt.datetime) -> int:
    tokens = session.scalars(
        select(ApiToken).where(
            ApiToken.user_id == user.id, ApiToken.name == name, ApiToken.revoked_at.is_(None)
        )
    ).all()
    for token in tokens:
        token.revoked_at = now
    session.flush()
    return len(tokens)


def authenticate_token(
    session: Session, token: str, *, now: dt.datetime | None = None
) -> User | None:
    """The active user holding ``token``, or ``None``."""
    digest = hash_token(token)
    row = session.scalar(
        select(ApiToken).where(ApiToken.token_hash == digest, ApiToken.revoked_at.is_(None))
    )
    if row is None or not hmac.compare_digest(row.token_hash, digest):
        return None
    user = row.user
    if not user.is_active:
        return None
    now = now or utcnow()
    if row.last_used_at is None or now - row.last_used_at > LAST_USED_RESOLUTION:
        row.last_used_at = now  # not on every request: reads should stay reads
    return user


def ensure_bootstrap_admin(session: Session, token: str) -> User:
    """Make sure an admin exists who holds ``token`` (idempotent across restarts)."""
    user = session.scalar(select(User).where(User.email == BOOTSTRAP_ADMIN_EMAIL))
    if user is None:
        user = create_user(session, email=BOOTSTRAP_ADMIN_EMAIL, name="Admin", role=Role.ADMIN)
    user.role = Role.ADMIN
    user.is_active = True
    existing = session.scalar(select(ApiToken).where(ApiToken.token_hash == hash_token(token)))
    if existing is None:
        issue_token(session, user, name="bootstrap", token=token)
    elif existing.user_id != user.id or existing.revoked_at is not None:
        raise ConflictError("INTEL_BOOTSTRAP_ADMIN_TOKEN is already used by another token")
    session.flush()
    return user
