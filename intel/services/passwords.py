"""Passwords for signing in to the pages: argon2id hashes, never the password itself.

argon2-cffi's defaults follow RFC 9106's second recommended profile (64 MiB, 3 passes).
A sign-in against an unknown email still runs one hash, so the answer's timing does not
tell which emails have accounts.
"""

from __future__ import annotations

import unicodedata

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from sqlalchemy.orm import Session

from intel.errors import InvalidInputError, PermissionDeniedError
from intel.models import User
from intel.services.web_sessions import end_all_sessions

MIN_LENGTH = 10
MAX_LENGTH = 1024  # argon2 takes any length; this bounds the work one request can ask for

_hasher = PasswordHasher()
_DUMMY_HASH = _hasher.hash("not a password anyone has")


def _normal(password: str) -> str:
    """One form per text: "é" typed on one keyboard as one code point and on another as
    two must be the same password."""
    return unicodedata.normalize("NFC", password)


def check_new_password(password: str) -> str:
    """The password if it is acceptable, else :class:`InvalidInputError` saying why."""
    password = _normal(password)
    if len(password) < MIN_LENGTH:
        raise InvalidInputError(f"a password needs at least {MIN_LENGTH} characters")
    if len(password) > MAX_LENGTH:
        raise InvalidInputError(f"a password has at most {MAX_LENGTH} characters")
    if sum(1 for c in password if c.isprintable() and not c.isspace()) < MIN_LENGTH // 2:
        raise InvalidInputError("a password needs visible characters, not mostly spaces")
    return password


def set_password(user: User, password: str) -> None:
    user.password_hash = _hasher.hash(check_new_password(password))


def replace_password(session: Session, user: User, password: str | None) -> None:
    """Give ``user`` a new password (``None`` removes it) and end every browser session
    of theirs: whoever knew the old password keeps no way in."""
    if password is None:
        user.password_hash = None
    else:
        set_password(user, password)
    end_all_sessions(session, user.id)


def change_own_password(session: Session, user: User, *, current: str, new: str) -> None:
    """A user replacing their own password must know the current one."""
    if not verify_password(user, current):
        raise PermissionDeniedError("the current password is wrong; nothing changed")
    replace_password(session, user, new)


def verify_password(user: User | None, password: str) -> bool:
    """Whether ``password`` is ``user``'s. Upgrades the stored hash when parameters changed."""
    password = _normal(password[: MAX_LENGTH + 1])
    if user is None or user.password_hash is None or not user.is_active:
        _verify(_DUMMY_HASH, password[:MAX_LENGTH])
        return False
    if len(password) > MAX_LENGTH or not _verify(user.password_hash, password):
        return False
    if _hasher.check_needs_rehash(user.password_hash):
        user.password_hash = _hasher.hash(password)
    return True


def _verify(stored: str, password: str) -> bool:
    try:
        return _hasher.verify(stored, password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False
