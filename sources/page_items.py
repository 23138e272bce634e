"""Press releases read from a company's HTML listing page, as RawItems.

Links are picked with CSS selectors an admin pinned in the source's options, or with
defaults that recognise press-release and article links in the page's main content;
each item's title, date and summary come from the card around its link. Hostile pages
cannot make this slow: the HTML parsed, the links examined and every walk through the
tree are capped.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from itertools import islice
from urllib.parse import parse_qsl, urldefrag, urljoin, urlsplit

import soupsieve
from bs4 import BeautifulSoup, Tag
from bs4.element import NavigableString

from intel.canonical import canonical_url
from intel.db import parse_utc
from intel.types import FetchErrorKind, RawItem
from intel.untrusted import html_to_text, sanitise_html
from intel.urlpolicy import MAX_URL_LENGTH
from sources.http import FetchError

MAX_ITEMS = 50
# Parsing is the cost (bs4 spends some 20 µs per tag); listing pages fit many times over.
MAX_HTML_BYTES = 2 * 1024 * 1024
MAX_TAGS = 50_000
MAX_LINKS = 5000  # anchors examined per page
MAX_TITLE_CHARS = 500
MAX_SUMMARY_CHARS = 20_000
_MAX_CLIMB = 8  # ancestor levels: an item's card, table row or <article> is never deeper
_MAX_NODES = 400  # nodes read inside one item: cards are small, hostile pages are not

SELECTOR_KEYS = ("item", "link", "title", "date", "summary")
Selectors = dict[str, soupsieve.SoupSieve]  # compiled, by SELECTOR_KEYS name


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_HEADINGS = _words("h1 h2 h3 h4 h5 h6")
_NOISE_TAGS = _words("nav aside script style noscript template svg iframe button select")
_NOISE_ROLES = _words("navigation banner contentinfo complementary search menu menubar")
_NOISE_TOKENS = _words(
    "nav navbar navigation subnav menu megamenu breadcrumb breadcrumbs pagination pager "
    "share sharing social cookie cookies sidebar"
)
_NEVER_NOISE = _words("html body main article")
_SECTION_WORDS = _words(
    "news newsroom press press-releases pressreleases press-release news-releases releases "
    "media media-center mediacenter media-room blog blogs stories story articles article "
    "posts post announcements insights updates company-news latest-news pr"
)
_INDEX_WORDS = _SECTION_WORDS | _words(
    "archive archives index.html index.htm index.php all latest media-kit press-kit about faq"
)
_SKIP_SEGMENTS = _words(
    "tag tags category categories topic topics author authors page search feed rss atom "
    "share login signin sign-in signup sign-up register subscribe unsubscribe cart account "
    "contact contacts wp-admin wp-content wp-login.php cdn-cgi"
)
_SKIP_QUERY = _words("page paged pg offset start share replytocom s q search")
_SKIP_EXTENSIONS = _words(
    "pdf doc docx ppt pptx xls xlsx zip jpg jpeg png gif webp svg mp3 mp4 mov css js xml ics vcf"
)
_SKIP_RELS = _words("tag category author next prev previous nofollow")
_NAV_TEXT = frozenset(
    {
        *_words("next previous prev older newer first last back top"),
        *("older posts", "newer posts", "older entries", "newer entries", "back to top"),
        *("load more", "show more", "view all", "see all", "more news", "all news"),
    }
)
_GENERIC_TEXT = frozenset(
    {
        *_words("more read details view open"),
        *("read more", "learn more", "see more", "continue reading", "full story"),
        *("read the release", "read full release", "read release", "view release"),
        *("read article", "read story", "read the full story"),
    }
)
_DECORATION = " .:|\u00ab\u00bb\u2039\u203a\u2190\u2192\u2026"  # guillemets, arrows, ellipsis
_START_TAG = re.compile(rb"<[a-zA-Z]")
_LOCALE = re.compile(r"[a-z]{2}(?:[-_][a-z]{2,4})?")
_DATED_PATH = re.compile(r"/(?:19|20)\d{2}/(?:0?[1-9]|1[0-2])/|(?:19|20)\d{2}-[01]\d-[0-3]\d")
_MONTH_NAMES = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_MONTHS = {name: number for number, name in enumerate(_MONTH_NAMES, 1)}
_MONTH = (
    r"(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_DATE_PATTERNS = (
    (re.compile(r"\b((?:19|20)\d\d)-(\d\d)-(\d\d)\b"), ("y", "m", "d")),
    (
        re.compile(r"\b" + _MONTH + r"\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+((?:19|20)\d\d)\b", re.I),
        ("mon", "d", "y"),
    ),
    (
        re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\s+" + _MONTH + r",?\s+((?:19|20)\d\d)\b", re.I),
        ("d", "mon", "y"),
    ),
)


@dataclass(frozen=True)
class Page:
    """A parsed page, where it was served and what its links resolve against."""

    soup: BeautifulSoup
    url: str
    base: str  # the page's <base href>, or its URL
    site: str  # host without "www.": links elsewhere are not the company's
    key: str  # canonical URL: a link back to the page itself is no item


def parse_page(html: bytes, url: str, *, encoding: str | None = None) -> Page:
    """The page served at ``url``, parsed no further than its first ``MAX_HTML_BYTES``
    or ``MAX_TAGS`` start tags."""
    soup = BeautifulSoup(_head_of(html), "lxml", from_encoding=encoding)
    url = urldefrag(url)[0]
    base_tag = (soup.head or soup).find("base", href=True)
    base = resolve_url(attribute(base_tag), url) if isinstance(base_tag, Tag) else None
    host = (urlsplit(url).hostname or "").removeprefix("www.")
    return Page(soup=soup, url=url, base=base or url, site=host, key=canonical_url(url))


def _head_of(html: bytes) -> bytes:
    """The page up to ``MAX_HTML_BYTES`` or ``MAX_TAGS`` start tags, whichever is first."""
    html = html[:MAX_HTML_BYTES]
    cut = next(islice(_START_TAG.finditer(html), MAX_TAGS, None), None)
    return html[: cut.start()] if cut else html


def extract_items(
    html: bytes,
    base_url: str,
    *,
    selectors: Mapping[str, str] | None = None,
    limit: int = MAX_ITEMS,
) -> list[RawItem]:
    """Press releases linked from the page, in page order, at most ``limit``.

    ``selectors`` (CSS, all but ``item`` relative to each item) pick exactly what an
    admin chose; without them, article and press-release links are recognised.
    Raises :class:`FetchError` (``parse_error``) for unusable selectors.
    """
    css = compile_selectors(selectors) if selectors is not None else None
    return find_items(parse_page(html, base_url), css, limit)


def compile_selectors(selectors: Mapping[str, str]) -> Selectors:
    """Selectors checked once, so an admin's typo is an error that names it."""
    unknown = sorted(set(selectors) - set(SELECTOR_KEYS))
    if unknown or not selectors.get("item"):
        problem = f"unknown {', '.join(unknown)}" if unknown else "no 'item' selector"
        raise FetchError(
            FetchErrorKind.PARSE_ERROR,
            f"CSS selectors: {problem} (use {', '.join(SELECTOR_KEYS)}; item is required)",
        )
    compiled = {}
    for name, selector in selectors.items():
        if not selector:
            continue
        try:
            compiled[name] = soupsieve.compile(selector)
        except soupsieve.SelectorSyntaxError as error:
            message = f"CSS selector {name}={selector!r} is invalid: {str(error).splitlines()[0]}"
            raise FetchError(FetchErrorKind.PARSE_ERROR, message) from None
    return compiled


# --- items ------------------------------------------------------------------------------


def find_items(page: Page, css: Selectors | None, limit: int) -> list[RawItem]:
    """The page's items, picked by ``css`` when an admin pinned selectors.

    Recognising items drops the page's chrome from ``page.soup``: read anything else
    from the page first.
    """
    if css is not None:
        return _selected_items(page, css, limit)
    return _recognised_items(page, limit)


def _selected_items(page: Page, css: Selectors, limit: int) -> list[RawItem]:
    """Exactly what the admin's selectors pick, off-site links included."""
    items: dict[str, RawItem] = {}
    for node in css["item"].select(page.soup, limit=MAX_LINKS):
        link = _pick(node, css.get("link")) or _own_link(node)
        url = resolve_url(attribute(link), page.base) if link is not None else None
        if link is None or url is None or (key := canonical_url(url)) in items:
            continue
        title_tag = _pick(node, css.get("title")) or link
        date_tag = _pick(node, css.get("date"))
        date = _tag_date(date_tag) if date_tag is not None else _date_in(node, skip=title_tag)
        item = _raw_item(url, _text(title_tag), date, _pick(node, css.get("summary")))
        if item.title:
            items[key] = item
        if len(items) >= limit:
            break
    return list(items.values())


def _recognised_items(page: Page, limit: int) -> list[RawItem]:
    """Article and press-release links in the main content, page chrome left out."""
    root = _content_root(page.soup)
    _drop_noise(root)
    picks = _pick_links(root, page, limit + 1)  # one more bounds the last item's card
    counts = _link_counts(link for link, _ in picks)
    items = []
    for link, url in picks:
        item = _recognised_item(link, url, _scope(link, root, counts))
        if item is not None:
            items.append(item)
    return items[:limit]


def _content_root(soup: BeautifulSoup) -> Tag:
    main = soup.find(lambda tag: tag.name == "main" or tag.get("role") == "main")
    return main or soup.body or soup


def _drop_noise(root: Tag) -> None:
    """Remove page chrome: navigation, headers and footers of the page (not of an
    article), sidebars, share bars, pagination, scripts.

    An explicit walk that never enters what it removes: ``Tag.decomposed`` would do a
    subtree search per tag (it falls through to bs4's child-by-name lookup).
    """
    noise: list[Tag] = []
    stack = [root]
    while stack:
        for child in stack.pop().children:
            if isinstance(child, Tag):
                (noise if _is_noise(child) else stack).append(child)
    for tag in noise:
        tag.decompose()


def _is_noise(tag: Tag) -> bool:
    if tag.name in _NOISE_TAGS:
        return True
    if tag.name in ("header", "footer"):
        return not any(parent.name == "article" for parent in _ancestors(tag))
    if attribute(tag, "role").lower() in _NOISE_ROLES:
        return True
    if tag.name in _NEVER_NOISE:
        return False
    names = f"{attribute(tag, 'class')} {attribute(tag, 'id')}".lower()
    return not _NOISE_TOKENS.isdisjoint(re.split(r"[^a-z0-9]+", names))


def _pick_links(root: Tag, page: Page, wanted: int) -> list[tuple[Tag, str]]:
    """The first link to each of up to ``wanted`` distinct article URLs, in page order."""
    picks: dict[str, tuple[Tag, str]] = {}
    leads: set[int] = set()  # <article>s whose main link is already known
    for link in root.find_all("a", href=True, limit=MAX_LINKS):
        url = resolve_url(attribute(link), page.base)
        if url is None or not _usable_link(link, url, page):
            continue
        article = next((a for a in _ancestors(link) if a.name == "article"), None)
        is_lead = article is not None and id(article) not in leads
        if is_lead:
            leads.add(id(article))
        if _looks_like_post(url) or is_lead or _is_headline(link):
            picks.setdefault(canonical_url(url), (link, url))
            if len(picks) >= wanted:
                break
    return list(picks.values())


def _usable_link(link: Tag, url: str, page: Page) -> bool:
    """An on-site link to some other page that is not chrome: no pagination, tag,
    category, share, feed, login or download links."""
    if not _same_site(urlsplit(url).hostname or "", page.site) or canonical_url(url) == page.key:
        return False
    if not _SKIP_RELS.isdisjoint(attribute(link, "rel").lower().split()):
        return False
    text = _text(link).lower().strip(_DECORATION)
    if text.isdigit() or text in _NAV_TEXT:
        return False
    return not _refused_path(url)


def _same_site(host: str, site: str) -> bool:
    host = host.lower().removeprefix("www.")
    return host == site or host.endswith("." + site) or site.endswith("." + host)


def _refused_path(url: str) -> bool:
    """Addresses that are never one release: home, section and archive pages, listings
    by tag, page or search, and files."""
    parts = urlsplit(url)
    segments = [s for s in parts.path.lower().split("/") if s]
    if not _SKIP_QUERY.isdisjoint(key.lower() for key, _ in parse_qsl(parts.query)):
        return True
    if not segments:
        return not parts.query  # the home page, but "/?p=377" is a WordPress post
    last = segments[-1]
    if last in _INDEX_WORDS or (last.isdigit() and len(last) <= 4):
        return True
    if len(segments) == 1 and (_LOCALE.fullmatch(last) or not re.search(r"[-_\d]", last)):
        return True
    extension = last.rpartition(".")[2] if "." in last else ""
    return extension in _SKIP_EXTENSIONS or not _SKIP_SEGMENTS.isdisjoint(segments)


def _looks_like_post(url: str) -> bool:
    """A dated path, something below a news/press/blog section, or a long slug."""
    path = urlsplit(url).path.lower()
    segments = [s for s in path.split("/") if s] or [""]
    if _DATED_PATH.search(path) or not _SECTION_WORDS.isdisjoint(segments[:-1]):
        return True
    slug = segments[-1].rpartition(".")[0] or segments[-1]
    return len(re.findall(r"[-_]", slug)) >= 3


def _is_headline(link: Tag) -> bool:
    """A link inside a heading, or a card link wrapping one."""
    return (
        any(p.name in _HEADINGS for p in _ancestors(link, 3)) or _first(link, _HEADINGS) is not None
    )


def _link_counts(links: Iterator[Tag]) -> dict[int, int]:
    """How many picked links sit under each nearby ancestor, to find each item's card."""
    counts: dict[int, int] = {}
    for link in links:
        for ancestor in _ancestors(link, _MAX_CLIMB + 1):
            counts[id(ancestor)] = counts.get(id(ancestor), 0) + 1
    return counts


def _scope(link: Tag, root: Tag, counts: dict[int, int]) -> Tag:
    """The largest ancestor holding this item's link and no other item's: its card,
    table row or <article>, where its heading, date and summary are."""
    node = link
    for parent in _ancestors(link, _MAX_CLIMB):
        if parent is root or counts.get(id(parent), 0) > 1:
            break
        node = parent
    return node


def _recognised_item(link: Tag, url: str, scope: Tag) -> RawItem | None:
    title_tag = _title_tag(link, scope)
    title = _text(title_tag) if title_tag is not None else ""
    title = title or " ".join((attribute(link, "title") or attribute(link, "aria-label")).split())
    if not title:
        return None
    return _raw_item(url, title, _date_in(scope, skip=title_tag), _summary_in(scope, link))


def _title_tag(link: Tag, scope: Tag) -> Tag | None:
    """A heading the link wraps, the link itself, or, for "Read more" and image links,
    the heading of its card."""
    heading = _first(link, _HEADINGS)
    if heading is not None:
        return heading
    text = _text(link).lower().strip(_DECORATION)
    if text and text not in _GENERIC_TEXT:
        return link
    return _first(scope, _HEADINGS)


def _summary_in(scope: Tag, link: Tag) -> Tag | None:
    """The card's first real paragraph, not one holding the link itself."""
    around_link = {id(a) for a in _ancestors(link, _MAX_CLIMB)}
    for paragraph in _tags(scope, frozenset({"p"})):
        if id(paragraph) not in around_link and len(_text(paragraph)) >= 40:
            return paragraph
    return None


def _raw_item(url: str, title: str, published: dt.datetime | None, summary: Tag | None) -> RawItem:
    fragment = str(summary)[:MAX_SUMMARY_CHARS] if summary is not None else ""
    return RawItem(
        url=url,
        title=title,
        guid=canonical_url(url),
        summary_html=sanitise_html(fragment),
        summary_text=html_to_text(fragment),
        published_at=published,
    )


# --- dates ------------------------------------------------------------------------------


def _date_in(scope: Tag, *, skip: Tag | None) -> dt.datetime | None:
    """A ``<time>`` in the item, else the first date written in its text (not in its
    title, which may name a date that is not the publication's)."""
    time_tag = _first(scope, frozenset({"time"}))
    if time_tag is not None and (published := _tag_date(time_tag)):
        return published
    skipped = {id(s) for s in _strings(skip)} if skip is not None else set()
    for string in _strings(scope):
        if id(string) not in skipped and (published := parse_date(string)):
            return published
    return None


def _tag_date(tag: Tag) -> dt.datetime | None:
    value = attribute(tag, "datetime")
    return (_iso_date(value) if value else None) or parse_date(_text(tag))


def _iso_date(value: str) -> dt.datetime | None:
    try:
        return parse_utc(value)
    except ValueError:
        return parse_date(value)


def parse_date(text: str) -> dt.datetime | None:
    """Midnight UTC of the first date written as "November 3, 2026", "3 Nov 2026" or
    "2026-11-03" in the first few hundred characters of ``text``."""
    text = text[:300]
    for pattern, order in _DATE_PATTERNS:
        for match in pattern.finditer(text):
            parts = dict(zip(order, match.groups(), strict=True))
            month = _MONTHS[parts["mon"][:3].lower()] if "mon" in parts else int(parts["m"])
            try:
                return dt.datetime(int(parts["y"]), month, int(parts["d"]), tzinfo=dt.UTC)
            except ValueError:
                continue
    return None


# --- bounded tree access ------------------------------------------------------------------


def _ancestors(tag: Tag, limit: int = _MAX_CLIMB) -> Iterator[Tag]:
    return islice(tag.parents, limit)


def _tags(tag: Tag, names: frozenset[str]) -> Iterator[Tag]:
    """Tags named ``names`` among the first nodes under ``tag``."""
    for node in islice(tag.descendants, _MAX_NODES):
        if isinstance(node, Tag) and node.name in names:
            yield node


def _first(tag: Tag, names: frozenset[str]) -> Tag | None:
    return next(_tags(tag, names), None)


def _strings(tag: Tag) -> Iterator[NavigableString]:
    """Visible text nodes among the first nodes under ``tag`` (no scripts or comments)."""
    for node in islice(tag.descendants, _MAX_NODES):
        if type(node) is NavigableString:
            yield node


def _text(tag: Tag) -> str:
    return " ".join(" ".join(_strings(tag)).split())[:MAX_TITLE_CHARS]


def _pick(node: Tag, pattern: soupsieve.SoupSieve | None) -> Tag | None:
    return pattern.select_one(node) if pattern is not None else None


def _own_link(node: Tag) -> Tag | None:
    if node.name == "a" and node.get("href"):
        return node
    return next((a for a in _tags(node, frozenset({"a"})) if a.get("href")), None)


def attribute(tag: Tag, name: str = "href") -> str:
    """The attribute as one string: bs4 hands multi-valued ones (class, rel) over as lists."""
    value = tag.get(name)
    return " ".join(value) if isinstance(value, list) else (value or "")


def resolve_url(href: str, base: str) -> str | None:
    """The absolute http(s) URL ``href`` points to, without fragment."""
    href = href.strip()
    if not href or len(href) > MAX_URL_LENGTH:
        return None
    try:
        url = urldefrag(urljoin(base, href))[0]
    except ValueError:
        return None
    return url if url.startswith(("http://", "https://")) else None
