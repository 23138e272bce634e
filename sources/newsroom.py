"""Company newsrooms without a usable feed: press releases read from an HTML page.

A page that advertises a feed listing the same releases is read through that feed, which
carries dates and summaries a listing page rarely does. Otherwise the items are read off
the page itself (:mod:`sources.page_items`). Every URL is fetched only where robots.txt
allows it.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from intel.canonical import canonical_url
from intel.types import FetchErrorKind, RawItem
from sources.http import Fetcher, FetchError, FetchResult
from sources.page_items import (
    MAX_ITEMS,
    MAX_LINKS,
    Page,
    Selectors,
    attribute,
    compile_selectors,
    find_items,
    parse_page,
    resolve_url,
)
from sources.robots import RobotsCache
from sources.rss import feed_items

log = logging.getLogger(__name__)

MAX_FEEDS_TRIED = 2

FEED_TYPES = frozenset(
    {"application/rss+xml", "application/atom+xml", "application/feed+json", "application/json"}
)
# Feeds worth reading instead of the page. Plain application/json is left out: WordPress
# advertises its REST API under it on every page, and that is no feed.
_READABLE_FEED_TYPES = frozenset(
    {"application/rss+xml", "application/atom+xml", "application/feed+json"}
)
# A feed we once used that fails like this is gone for good: read the page again.
_FEED_GONE = frozenset(
    {
        FetchErrorKind.HTTP_4XX,
        FetchErrorKind.NOT_A_FEED,
        FetchErrorKind.PARSE_ERROR,
        FetchErrorKind.TOO_LARGE,
        FetchErrorKind.BLOCKED,
    }
)


@dataclass(frozen=True)
class NewsroomResult:
    """What one poll of a newsroom produced.

    ``fetched`` is the response the items came from: the page, or the feed it led to.
    Its ``etag``/``last_modified`` are what to send next time, and ``feed_url`` says
    which URL they belong to: when set, the items came from that feed, and passing it
    back as ``options["feed_url"]`` reads the feed directly, without the page.
    """

    fetched: FetchResult
    items: list[RawItem]
    feed_url: str | None = None


def discover_feeds(html: bytes, base_url: str) -> list[str]:
    """Feeds the page advertises with ``<link rel="alternate">``, in page order."""
    return [url for url, _ in _feed_links(parse_page(html, base_url))]


def collect_newsroom(
    fetcher: Fetcher,
    url: str,
    *,
    options: Mapping[str, Any],
    robots: RobotsCache,
    user_agent: str,
    etag: str | None = None,
    last_modified: str | None = None,
) -> NewsroomResult:
    """Fetch a newsroom (or the feed it advertises) and return its items.

    ``options`` are the source's: ``selectors`` pins extraction (and never reads a
    feed instead); ``feed_url`` is a feed found earlier (see :class:`NewsroomResult`),
    and ``etag``/``last_modified`` then belong to it. Every failure, robots.txt
    refusals included, is a :class:`FetchError`.
    """
    selectors = _pinned_selectors(options)
    known_feed = options.get("feed_url") if selectors is None else None
    if isinstance(known_feed, str) and known_feed:
        result = _read_known_feed(fetcher, robots, known_feed, user_agent, etag, last_modified)
        if result is not None:
            return result
        etag = last_modified = None  # they were the feed's
    page = _get(fetcher, robots, url, user_agent, etag=etag, last_modified=last_modified)
    if page.not_modified:
        return NewsroomResult(page, [])
    parsed = _parse_html(page)
    if selectors is not None:
        items = find_items(parsed, selectors, MAX_ITEMS)
        return NewsroomResult(page, _require_items(items, url, pinned=True))
    feeds = [link for link, kind in _feed_links(parsed) if _usable_feed(link, kind)]
    linked = _linked_keys(parsed) if feeds else set()
    items = find_items(parsed, None, MAX_ITEMS)
    for feed_url in feeds[:MAX_FEEDS_TRIED]:
        feed = _read_advertised_feed(fetcher, robots, feed_url, user_agent)
        if feed is not None and (not items or linked & {canonical_url(i.url) for i in feed.items}):
            return feed
    return NewsroomResult(page, _require_items(items, url, pinned=False))


# --- fetching ---------------------------------------------------------------------------


def _get(
    fetcher: Fetcher,
    robots: RobotsCache,
    url: str,
    user_agent: str,
    *,
    etag: str | None = None,
    last_modified: str | None = None,
) -> FetchResult:
    refusal = robots.refusal(url, user_agent)
    if refusal is not None:
        raise refusal
    return fetcher.get(url, etag=etag, last_modified=last_modified)


def _read_feed(
    fetcher: Fetcher,
    robots: RobotsCache,
    feed_url: str,
    user_agent: str,
    etag: str | None = None,
    last_modified: str | None = None,
) -> NewsroomResult:
    result = _get(fetcher, robots, feed_url, user_agent, etag=etag, last_modified=last_modified)
    return NewsroomResult(result, feed_items(result), feed_url)


def _read_known_feed(
    fetcher: Fetcher,
    robots: RobotsCache,
    feed_url: str,
    user_agent: str,
    etag: str | None,
    last_modified: str | None,
) -> NewsroomResult | None:
    """The feed found on an earlier poll, or ``None`` when it is gone for good."""
    try:
        return _read_feed(fetcher, robots, feed_url, user_agent, etag, last_modified)
    except FetchError as error:
        if error.kind not in _FEED_GONE:
            raise
        log.info(
            "feed %s is no longer usable (%s: %s); reading the page", feed_url, error.kind, error
        )
        return None


def _read_advertised_feed(
    fetcher: Fetcher, robots: RobotsCache, feed_url: str, user_agent: str
) -> NewsroomResult | None:
    """A feed the page advertises, if it can be read and has entries; the page is the fallback."""
    try:
        result = _read_feed(fetcher, robots, feed_url, user_agent)
    except FetchError as error:
        log.info("advertised feed %s unusable (%s: %s)", feed_url, error.kind, error)
        return None
    return result if result.items else None


def _usable_feed(url: str, kind: str) -> bool:
    """A feed parse_feed can read and that lists posts, not comments on them."""
    return kind in _READABLE_FEED_TYPES and "comments" not in url.lower()


def _require_items(items: list[RawItem], url: str, *, pinned: bool) -> list[RawItem]:
    """``items``, or an error telling the admin what to do about a page without any."""
    if items:
        return items
    if pinned:
        message = f"the CSS selectors in the source's options matched no articles on {url}"
    else:
        message = (
            f"no article links found on {url}; set CSS selectors (item, link, title, date) "
            "in the source's options"
        )
    raise FetchError(FetchErrorKind.PARSE_ERROR, message)


def _pinned_selectors(options: Mapping[str, Any]) -> Selectors | None:
    selectors = options.get("selectors")
    if selectors is None:
        return None
    if not isinstance(selectors, Mapping) or not all(
        isinstance(value, str) for value in selectors.values()
    ):
        raise FetchError(
            FetchErrorKind.PARSE_ERROR, "options.selectors must map names to CSS selectors"
        )
    return compile_selectors(selectors)


# --- the page ---------------------------------------------------------------------------


def _parse_html(result: FetchResult) -> Page:
    """The parsed page, or a ``not_a_feed`` error naming what came back instead."""
    content_type = result.content_type.split(";")[0].strip().lower()
    if "html" not in content_type and not _sniffs_html(result.body):
        if "xml" in content_type or "rss" in content_type or "atom" in content_type:
            message = f"{result.url} is a feed, not an HTML page: add it as a feed source"
        else:
            message = f"{result.url} is not an HTML page ({content_type or 'no content type'})"
        raise FetchError(FetchErrorKind.NOT_A_FEED, message)
    charset = re.search(r"charset=[\"']?([\w.:-]+)", result.content_type, re.I)
    encoding = charset.group(1) if charset else None
    return parse_page(result.body, result.url, encoding=encoding)


def _sniffs_html(body: bytes) -> bool:
    head = body[:1024].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return head.startswith((b"<!doctype html", b"<html", b"<head", b"<body"))


def _feed_links(page: Page) -> list[tuple[str, str]]:
    """``(url, type)`` of each distinct feed link, http(s) only."""
    found: dict[str, str] = {}
    for link in page.soup.find_all("link", limit=MAX_LINKS):
        kind = attribute(link, "type").split(";")[0].strip().lower()
        if "alternate" not in attribute(link, "rel").lower().split() or kind not in FEED_TYPES:
            continue
        url = resolve_url(attribute(link), page.base)
        if url is not None:
            found.setdefault(url, kind)
    return list(found.items())


def _linked_keys(page: Page) -> set[str]:
    """Canonical URLs of everything the page links to: a feed whose entries are among
    them lists this page's releases, not some other part of the site."""
    urls = (
        resolve_url(attribute(a), page.base)
        for a in page.soup.find_all("a", href=True, limit=MAX_LINKS)
    )
    return {canonical_url(url) for url in urls if url}
