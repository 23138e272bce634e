"""Browser sessions: a random cookie token, stored only as its SHA-256.

A session lasts ``IDLE`` without use and never longer than ``ABSOLUTE``. Each holds a
CSRF token that every form posts back; a changed password or a deactivated user ends
every session of theirs (and their pending sign-in link).
"""

from __future__ import annotations

import datetime as dt
import hmac
import secrets

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from intel.errors import ConflictError
from intel.models import SignInLink, User, WebSession
from intel.services.users import hash_token

IDLE = dt.timedelta(days=7)
ABSOLUTE = dt.timedelta(days=30)
TOUCH_RESOLUTION = dt.timedelta(minutes=5)


def start_session(session: Session, user: User, *, now: dt.datetime) -> tuple[str, WebSession]:
    """A new session for ``user``: the cookie value (shown once) and its row."""
    token = secrets.token_urlsafe(32)
    row = WebSession(
        user_id=user.id,
        token_hash=hash_token(token),
        csrf_token=secrets.token_urlsafe(32),
        created_at=now,
        last_seen_at=now,
        expires_at=now + IDLE,
    )
    session.add(row)
    session.flush()
    return token, row


def find_session(session: Session, token: str, *, now: dt.datetime) -> WebSession | None:
    """The live session behind a cookie value, its idle expiry pushed forward."""
    if not token or len(token) > 128:
        return None
    row = session.scalar(select(WebSession).where(WebSession.token_hash == hash_token(token)))
    if row is None or row.expires_at <= now or not row.user.is_active:
        return None
    if now - row.last_seen_at > TOUCH_RESOLUTION:  # a write per few minutes, not per page
        row.last_seen_at = now
        row.expires_at = min(now + IDLE, row.created_at + ABSOLUTE)
    return row


def tokens_match(expected: str, submitted: str | None) -> bool:
    """Whether a client echoed ``expected``; compared as bytes, in constant time (any text
    a client sends is a mismatch, never an error). An empty ``expected`` matches nothing."""
    return (
        bool(expected)
        and submitted is not None
        and hmac.compare_digest(expected.encode(), submitted.encode())
    )


def csrf_matches(row: WebSession, submitted: str | None) -> bool:
    """Whether a form echoed the session's CSRF token."""
    return tokens_match(row.csrf_token, submitted)


def end_session(session: Session, row: WebSession) -> None:
    session.delete(row)
    session.flush()


def end_all_sessions(session: Session, user_id: int) -> int:
    """Sign ``user_id`` out everywhere (after a password change or deactivation), and
    drop the sign-in link they may have pending; return how many sessions ended."""
    session.execute(delete(SignInLink).where(SignInLink.user_id == user_id))
    result = session.execute(delete(WebSession).where(WebSession.user_id == user_id))
    return int(result.rowcount)  # type: ignore[attr-defined]


def set_active(session: Session, user: User, active: bool, *, by: User) -> None:
    """Switch a user on or off; switched off, they are signed out everywhere at once (their
    API tokens stop working too, being checked against ``is_active``). Nobody switches
    themselves off: an admin could lock the last admin out."""
    if user.id == by.id and not active:
        raise ConflictError("you cannot deactivate yourself")
    user.is_active = active
    if not active:
        end_all_sessions(session, user.id)


def purge_expired(session: Session, *, now: dt.datetime) -> int:
    result = session.execute(delete(WebSession).where(WebSession.expires_at <= now))
    return int(result.rowcount)  # type: ignore[attr-defined]
