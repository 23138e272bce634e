"""JSON Feed (https://jsonfeed.org, versions 1 and 1.1), read directly: feedparser does
not know it. Items become the same RawItems as RSS entries, sanitised the same way."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any
from urllib.parse import urljoin

from intel.db import parse_utc
from intel.types import FetchErrorKind, RawItem
from intel.untrusted import html_to_text, sanitise_html
from sources.http import FetchError

MAX_ITEMS = 500


def looks_like_json_feed(body: bytes, content_type: str = "") -> bool:
    """JSON by its media type or by its first character (servers often say text/plain)."""
    if "json" in content_type.lower():
        return True
    return body[:64].lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{")


def parse_json_feed(body: bytes, *, url: str) -> list[RawItem]:
    """The items of a JSON Feed; a typed :class:`FetchError` when it is not one."""
    try:
        data = json.loads(body.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError, RecursionError) as error:
        raise FetchError(FetchErrorKind.PARSE_ERROR, f"not valid JSON: {error}") from None
    if not isinstance(data, dict) or not str(data.get("version", "")).startswith(
        "https://jsonfeed.org/version/"
    ):
        raise FetchError(FetchErrorKind.NOT_A_FEED, "JSON, but not a JSON Feed (no version)")
    items = data.get("items")
    if not isinstance(items, list):
        raise FetchError(FetchErrorKind.PARSE_ERROR, "JSON Feed without an items list")
    base = str(data.get("feed_url") or data.get("home_page_url") or url)
    base = urljoin(url, base)
    found = (_item(raw, base) for raw in items[:MAX_ITEMS] if isinstance(raw, dict))
    return [item for item in found if item is not None]


def _item(raw: dict[str, Any], base: str) -> RawItem | None:
    link = _text(raw.get("url")) or _text(raw.get("external_url"))
    if not link:
        return None
    link = urljoin(base, link)
    if not link.startswith(("http://", "https://")):
        return None
    html = _text(raw.get("content_html")) or _text(raw.get("summary"))
    plain = _text(raw.get("content_text"))
    summary_html = sanitise_html(html) if html else ""
    return RawItem(
        url=link,
        title=html_to_text(_text(raw.get("title"))),
        guid=_text(raw.get("id")) or None,
        summary_html=summary_html,
        summary_text=html_to_text(html) if html else " ".join(plain.split()),
        published_at=_date(raw.get("date_published")) or _date(raw.get("date_modified")),
        author=_author(raw),
    )


def _text(value: Any) -> str:
    if isinstance(value, str | int | float) and not isinstance(value, bool):
        return str(value).strip()
    return ""


def _date(value: Any) -> dt.datetime | None:
    """RFC 3339 as JSON Feed requires; a date without a zone is taken as UTC."""
    text = _text(value)
    if not text:
        return None
    try:
        return parse_utc(text)
    except ValueError:
        return None


def _author(raw: dict[str, Any]) -> str | None:
    authors = raw.get("authors")
    first = authors[0] if isinstance(authors, list) and authors else raw.get("author")
    name = _text(first.get("name")) if isinstance(first, dict) else ""
    return name or None
