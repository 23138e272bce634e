"""Private Atom feeds of a watchlist's signals, for feed readers that cannot send a
bearer token.

The feed URL carries a token: the user's id and an HMAC over ("feed", user id,
watchlist id), so it opens one watchlist for one user and nothing else. It does not
expire (a reader polls the same URL for years); access is checked again on every fetch,
so a watchlist that stops being shared, or a deactivated user, closes the feed, and
changing the secret key revokes every feed URL at once.

Documents are built with lxml elements, never by pasting strings, so a headline cannot
break out of its element; characters XML 1.0 forbids are dropped first.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import hashlib
import hmac
import re
from collections.abc import Iterable
from dataclasses import dataclass
from urllib.parse import urlsplit

from lxml import etree
from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from intel.errors import NotFoundError
from intel.models import Account, Article, Signal, User, Watchlist, WatchlistMember
from intel.services.terms import load_terms
from intel.untrusted import html_to_text

ATOM_NS = "http://www.w3.org/2005/Atom"
MEDIA_TYPE = "application/atom+xml; charset=utf-8"
FEED_SIZE = 50
MIN_CONFIDENCE = 0.5
TAG_AUTHORITY = "prospect-intel,2026"  # fixed forever: entry ids must never change

_CONTEXT = b"prospect-intel/alerts.atom/v1\x00"
_SEPARATOR = "."
_USER_ID = re.compile(r"0|[1-9][0-9]{0,17}")  # one spelling per id, and a bounded one
_WEB_SCHEMES = frozenset({"http", "https"})
# Everything outside XML 1.0's Char production: C0 controls but tab, CR and LF,
# surrogates, U+FFFE and U+FFFF.
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


class FeedTokenError(ValueError):
    """A feed token that opens nothing: malformed, or not signed for this watchlist."""


@dataclass(frozen=True, slots=True)
class FeedEntry:
    """One entry as the feed shows it; ``link`` is dropped unless it is http(s)."""

    id: str
    title: str
    updated: dt.datetime
    summary: str
    link: str | None


def feed_token(key: bytes, user_id: int, watchlist_id: int) -> str:
    """The token in ``user_id``'s feed URL for ``watchlist_id``."""
    mac = _sign(key, user_id, watchlist_id)
    return f"{user_id}{_SEPARATOR}{base64.urlsafe_b64encode(mac).rstrip(b'=').decode()}"


def read_feed_token(key: bytes, token: str, watchlist_id: int) -> int:
    """The user a token was made for, if it was made for ``watchlist_id`` with ``key``."""
    user_part, _, mac_part = token.partition(_SEPARATOR)
    if not _USER_ID.fullmatch(user_part):
        raise FeedTokenError("not a feed token")
    try:
        mac = base64.b64decode(mac_part + "=" * (-len(mac_part) % 4), b"-_", validate=True)
    except (binascii.Error, ValueError):
        raise FeedTokenError("not a feed token") from None
    user_id = int(user_part)
    if not hmac.compare_digest(mac, _sign(key, user_id, watchlist_id)):
        raise FeedTokenError("the feed token does not match this watchlist")
    return user_id


def _sign(key: bytes, user_id: int, watchlist_id: int) -> bytes:
    if not key:
        raise ValueError("the signing key is empty")
    payload = f"feed:{user_id}:{watchlist_id}".encode("ascii")
    return hmac.new(key, _CONTEXT + payload, hashlib.sha256).digest()


def entry_id(signal_id: int) -> str:
    """A signal's entry id: a ``tag:`` URI (RFC 4151) that never changes, so readers
    never show a signal twice, whatever happens to its article's URL."""
    return f"tag:{TAG_AUTHORITY}:signal/{signal_id}"


def watchlist_feed_id(watchlist_id: int) -> str:
    return f"tag:{TAG_AUTHORITY}:watchlist/{watchlist_id}"


def get_readable_watchlist(session: Session, *, user_id: int, watchlist_id: int) -> Watchlist:
    """The watchlist if an active ``user_id`` may read it (theirs, or shared); a
    watchlist they may not read is reported missing, so private lists cannot be probed."""
    watchlist = session.scalar(
        select(Watchlist)
        .join(User, User.id == user_id)
        .where(
            Watchlist.id == watchlist_id,
            User.is_active.is_(True),
            or_(Watchlist.owner_id == user_id, Watchlist.shared.is_(True)),
        )
    )
    if watchlist is None:
        raise NotFoundError(f"no watchlist {watchlist_id}")
    return watchlist


def list_feed_entries(
    session: Session, watchlist_id: int, *, limit: int = FEED_SIZE
) -> list[FeedEntry]:
    """The newest confident signals about the watchlist's accounts, newest first, named
    in the workspace's own words."""
    terms = load_terms(session)
    rows = session.execute(
        select(Signal, Account.name, Article)
        .join(WatchlistMember, WatchlistMember.account_id == Signal.account_id)
        .join(Account, Account.id == Signal.account_id)
        .join(Article, Article.id == Signal.article_id)
        .where(WatchlistMember.watchlist_id == watchlist_id, Signal.confidence >= MIN_CONFIDENCE)
        .order_by(Signal.created_at.desc(), Signal.id.desc())
        .limit(limit)
    )
    return [
        FeedEntry(
            id=entry_id(signal.id),
            title=f"{account_name}: {terms.signal_type(signal.type)} \N{EM DASH} {article.title}",
            updated=signal.created_at,
            summary=article.summary_text or html_to_text(article.summary_html),
            link=article.url,
        )
        for signal, account_name, article in rows
    ]


def build_feed(
    entries: Iterable[FeedEntry],
    *,
    feed_id: str,
    title: str,
    self_url: str,
    updated: dt.datetime,
) -> bytes:
    """A valid Atom 1.0 document (RFC 4287), UTF-8 with an XML declaration."""
    feed = etree.Element(_tag("feed"), nsmap={None: ATOM_NS})
    _text(feed, "id", feed_id)
    _text(feed, "title", title)
    _text(feed, "updated", _timestamp(updated))
    etree.SubElement(feed, _tag("link"), rel="self", type="application/atom+xml", href=self_url)
    _text(etree.SubElement(feed, _tag("author")), "name", "Prospect Intel")
    _text(feed, "generator", "Prospect Intel")
    for item in entries:
        entry = etree.SubElement(feed, _tag("entry"))
        _text(entry, "id", item.id)
        _text(entry, "title", item.title)
        _text(entry, "updated", _timestamp(item.updated))
        link = _clean(item.link.strip()) if item.link else ""
        if _is_web_url(link):
            etree.SubElement(entry, _tag("link"), rel="alternate", type="text/html", href=link)
        _text(entry, "summary", item.summary)
    document: bytes = etree.tostring(feed, xml_declaration=True, encoding="utf-8")
    return document


def _tag(name: str) -> str:
    return f"{{{ATOM_NS}}}{name}"


def _text(parent: etree._Element, name: str, text: str) -> None:
    """A child element with plain text (``type="text"``, Atom's default)."""
    etree.SubElement(parent, _tag(name)).text = _clean(text)


def _clean(text: str) -> str:
    return _NOT_XML.sub("", text)


def _timestamp(moment: dt.datetime) -> str:
    """RFC 3339 in UTC; a naive moment is a bug in the caller, not something to guess."""
    if moment.utcoffset() is None:
        raise ValueError(f"a feed timestamp must be timezone-aware, got {moment!r}")
    return moment.astimezone(dt.UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


def _is_web_url(url: str) -> bool:
    try:
        parts = urlsplit(url)
    except ValueError:
        return False
    return parts.scheme.lower() in _WEB_SCHEMES and bool(parts.netloc)
