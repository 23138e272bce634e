"""Sign-in links: a one-time token sent by email, for signing in without a password.

A link works once and for ``LIFETIME``; asking for another replaces it, so only the
newest works. Only the token's SHA-256 is stored, like sessions and API tokens. Whatever
signs a user out everywhere (a new password, deactivation) also drops their pending
link (``web_sessions.end_all_sessions``).

Using a link deletes its row with one DELETE and goes on only if that DELETE removed
it, so two clicks racing on the same link start one session, not two, on either
database.
"""

from __future__ import annotations

import datetime as dt
import secrets

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from intel.errors import InvalidInputError
from intel.models import SignInLink, User
from intel.services.users import hash_token, normalise_email

LIFETIME = dt.timedelta(minutes=15)
MAX_TOKEN_LENGTH = 128


def issue_link(session: Session, email: str, *, now: dt.datetime) -> tuple[User, str] | None:
    """A new link token for the active user with this email (shown once, to be mailed);
    ``None`` when there is no such user or the address is local, which the caller must
    not reveal."""
    try:
        address = normalise_email(email)
    except InvalidInputError:
        return None
    if not _leaves_this_machine(address):
        return None
    # The user's row lock makes two requests at once leave one link, not two.
    user = session.scalar(select(User).where(User.email == address).with_for_update())
    if user is None or not user.is_active:
        return None
    session.execute(
        delete(SignInLink).where((SignInLink.user_id == user.id) | (SignInLink.expires_at <= now))
    )
    token = secrets.token_urlsafe(32)
    session.add(
        SignInLink(
            user_id=user.id, token_hash=hash_token(token), created_at=now, expires_at=now + LIFETIME
        )
    )
    session.flush()
    return user, token


def _leaves_this_machine(address: str) -> bool:
    """Whether mail to ``address`` goes to a real domain. A local one (the bootstrap
    admin's ``admin@localhost``) ends in a mailbox on the mail server's own host, often
    root's, and whoever reads that would sign in as the user."""
    domain = address.rpartition("@")[2]
    return "." in domain and domain != "localhost" and not domain.endswith(".localhost")


def _live(session: Session, token: str, *, now: dt.datetime) -> SignInLink | None:
    if not token or len(token) > MAX_TOKEN_LENGTH:
        return None
    link = session.scalar(select(SignInLink).where(SignInLink.token_hash == hash_token(token)))
    if link is None or link.expires_at <= now or not link.user.is_active:
        return None
    return link


def link_user(session: Session, token: str, *, now: dt.datetime) -> User | None:
    """Whose link this is, without using it up (the page that asks "sign in as …?"):
    mail scanners open links, and a GET must not spend them."""
    link = _live(session, token, now=now)
    return link.user if link is not None else None


def use_link(session: Session, token: str, *, now: dt.datetime) -> User | None:
    """The user the link signs in, spending it; ``None`` for an unknown, used or expired
    link, or a user switched off since."""
    link = _live(session, token, now=now)
    if link is None:
        return None
    deleted = session.execute(delete(SignInLink).where(SignInLink.id == link.id))
    if deleted.rowcount != 1:  # type: ignore[attr-defined]
        return None  # another request used it first
    return link.user
