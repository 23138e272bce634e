"""Signed links in emails: act on a user's behalf without a login, and only as intended.

A token carries who (user id), what (action), on what (target id) and until when, and an
HMAC-SHA256 over exactly those bytes, so a link cannot be pointed at another user, alert
or action, nor outlive its expiry. Tokens are URL-safe base64 without padding and must be
canonical: a token is accepted only in the one spelling `make_link` produces, so no two
strings name the same claim.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import enum
import hashlib
import hmac
from dataclasses import dataclass

# Binds the MAC to this use: a signature made with the same key for anything else (a
# session, another token version) never verifies here.
_CONTEXT = b"prospect-intel/alerts.links/v1\x00"
_VERSION = "1"
_SEPARATOR = "."
_FIELD_SEPARATOR = ":"
_MAC_LENGTH = hashlib.sha256().digest_size
_EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)
LINK_PATH = "/l/"


class LinkAction(enum.StrEnum):
    """What a signed link lets its holder do; the API routes each to one handler."""

    MANAGE = "manage"
    UNSUBSCRIBE = "unsubscribe"
    USEFUL = "useful"
    NOT_RELEVANT = "not_relevant"
    WRONG_COMPANY = "wrong_company"


class LinkError(ValueError):
    """A token that grants nothing; the subclasses say why, for the page the user sees."""


class MalformedLinkError(LinkError):
    """Not a token at all: truncated by a mail client, mistyped, or made up."""


class TamperedLinkError(LinkError):
    """Well formed, but not signed by this key for these contents."""


class ExpiredLinkError(LinkError):
    """Genuine but past its expiry; the user needs a fresh email or a login."""


@dataclass(frozen=True, slots=True)
class LinkClaim:
    """What a verified token grants: `action` on `target_id` for `user_id`, until expiry."""

    user_id: int
    action: LinkAction
    target_id: int
    expires_at: dt.datetime


def make_link(
    base_url: str,
    key: bytes,
    *,
    user_id: int,
    action: LinkAction,
    target_id: int,
    expires_at: dt.datetime,
) -> str:
    """The absolute URL of a signed link under `base_url`, the service's public address.

    Expiry is kept to the whole second, rounded down, so a link never lives longer than
    asked.
    """
    _check_key(key)
    if expires_at.utcoffset() is None:
        raise ValueError(f"expires_at must be a timezone-aware datetime, got {expires_at!r}")
    if user_id < 0 or target_id < 0:
        raise ValueError("user_id and target_id must not be negative")
    expiry = (expires_at - _EPOCH) // dt.timedelta(seconds=1)
    fields = (_VERSION, str(user_id), LinkAction(action).value, str(target_id), str(expiry))
    payload = _FIELD_SEPARATOR.join(fields).encode("ascii")
    token = _SEPARATOR.join((_encode(payload), _encode(_sign(key, payload))))
    return base_url.rstrip("/") + LINK_PATH + token


def read_link(token: str, key: bytes, now: dt.datetime) -> LinkClaim:
    """The claim a token grants at `now`, or a `LinkError` saying why it grants nothing.

    The signature is checked, in constant time, before any field is read, so nothing an
    attacker wrote is interpreted unless this key signed it.
    """
    _check_key(key)
    if now.utcoffset() is None:
        raise ValueError(f"now must be a timezone-aware datetime, got {now!r}")
    payload, mac = _split(token)
    if not hmac.compare_digest(mac, _sign(key, payload)):
        raise TamperedLinkError("the link's signature does not match its contents")
    claim = _parse(payload)
    if now >= claim.expires_at:
        raise ExpiredLinkError(f"the link expired at {claim.expires_at.isoformat()}")
    return claim


def _check_key(key: bytes) -> None:
    """Refuse an empty key, with which anyone could sign any link."""
    if not key:
        raise ValueError("the signing key is empty")


def _sign(key: bytes, payload: bytes) -> bytes:
    return hmac.new(key, _CONTEXT + payload, hashlib.sha256).digest()


def _encode(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _decode(text: str) -> bytes:
    """Bytes of canonical unpadded URL-safe base64; anything else is malformed."""
    try:
        data = base64.b64decode(text + "=" * (-len(text) % 4), altchars=b"-_", validate=True)
    except (binascii.Error, ValueError):
        raise MalformedLinkError("the link is not valid base64") from None
    if not text or _encode(data) != text:
        raise MalformedLinkError("the link is not in canonical base64")
    return data


def _split(token: str) -> tuple[bytes, bytes]:
    parts = token.split(_SEPARATOR)
    if len(parts) != 2 or not token.isascii():
        raise MalformedLinkError("the link does not have a payload and a signature")
    payload, mac = (_decode(part) for part in parts)
    if len(mac) != _MAC_LENGTH:
        raise MalformedLinkError("the link's signature has the wrong length")
    return payload, mac


def _parse(payload: bytes) -> LinkClaim:
    """The claim in a payload this service signed; malformed only across format versions."""
    fields = payload.decode("ascii", errors="replace").split(_FIELD_SEPARATOR)
    if len(fields) != 5 or fields[0] != _VERSION:
        raise MalformedLinkError("the link was made in a format this service cannot read")
    _, user_id, action, target_id, expiry = fields
    try:
        return LinkClaim(
            user_id=int(user_id),
            action=LinkAction(action),
            target_id=int(target_id),
            expires_at=dt.datetime.fromtimestamp(int(expiry), dt.UTC),
        )
    except (ValueError, OverflowError, OSError):
        raise MalformedLinkError("the link's contents cannot be read") from None
