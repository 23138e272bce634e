"""Feeds: RSS, Atom and RDF read with feedparser, JSON Feed read directly, always from
bytes the fetcher already holds.

feedparser is never handed a URL or a path (it would open them itself), never sees a
document declaring dangerous entities (``sources.xmlguard``), and its own HTML sanitiser
is off: summaries are sanitised once, with nh3 (``intel.untrusted``).
"""

from __future__ import annotations

import datetime as dt
import io
import time
from typing import Any
from urllib.parse import urljoin

import feedparser

from intel.types import FetchErrorKind, RawItem
from intel.untrusted import html_to_text, sanitise_html
from sources.http import FetchError, FetchResult
from sources.jsonfeed import looks_like_json_feed, parse_json_feed
from sources.xmlguard import HostileXmlError, check_entities

MAX_ITEMS = 500
# Faults feedparser reports that still leave a correct (here: empty) feed.
_HARMLESS = (feedparser.CharacterEncodingOverride, feedparser.NonXMLContentType)


def _timestamp(entry: Any) -> dt.datetime | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        value: time.struct_time | None = entry.get(key)
        if value:
            try:
                return dt.datetime(*value[:6], tzinfo=dt.UTC)
            except (TypeError, ValueError):
                continue
    return None


def _summary(entry: Any) -> str:
    summary = entry.get("summary") or ""
    if not summary:
        for content in entry.get("content") or []:
            summary = content.get("value") or ""
            if summary:
                break
    return str(summary)


def parse_feed(body: bytes, *, url: str, content_type: str = "") -> list[RawItem]:
    """Entries of the feed in ``body`` (served at ``url``, for relative links).

    Raises :class:`FetchError` (``not_a_feed`` or ``parse_error``) when nothing usable is
    there; a feed with minor faults but readable entries is accepted, and so is a
    well-formed feed with no entries.
    """
    if looks_like_json_feed(body, content_type):
        return parse_json_feed(body, url=url)
    try:
        check_entities(body)
    except HostileXmlError as error:
        raise FetchError(FetchErrorKind.PARSE_ERROR, f"refused XML: the feed {error}") from None
    parsed = feedparser.parse(
        io.BytesIO(body),
        sanitize_html=False,
        resolve_relative_uris=False,
    )
    entries = parsed.get("entries") or []
    items = [item for entry in entries[:MAX_ITEMS] if (item := _item(entry, url)) is not None]
    if not items:
        fault = parsed.get("bozo_exception")
        if parsed.get("bozo") and not isinstance(fault, _HARMLESS):
            is_html = body[:512].lstrip().lower().startswith((b"<!doctype html", b"<html"))
            kind = FetchErrorKind.NOT_A_FEED if is_html else FetchErrorKind.PARSE_ERROR
            raise FetchError(kind, f"not a readable feed: {fault}")
        if not parsed.get("version"):
            raise FetchError(FetchErrorKind.NOT_A_FEED, "no RSS, Atom or RDF feed found")
    return items


def feed_items(result: FetchResult) -> list[RawItem]:
    """The entries of a fetched feed; none after a 304."""
    if result.not_modified:
        return []
    return parse_feed(result.body, url=result.url, content_type=result.content_type)


def _item(entry: Any, feed_url: str) -> RawItem | None:
    link = str(entry.get("link") or "").strip()
    if not link:
        return None
    link = urljoin(feed_url, link)
    if not link.startswith(("http://", "https://")):
        return None
    summary = _summary(entry)
    title = html_to_text(str(entry.get("title") or ""))
    return RawItem(
        url=link,
        title=title,
        guid=str(entry.get("id") or "").strip() or None,
        summary_html=sanitise_html(summary),
        summary_text=html_to_text(summary),
        published_at=_timestamp(entry),
        author=str(entry.get("author") or "").strip() or None,
    )
