"""Content that strangers wrote, made safe in one place for every package: sanitised
HTML for display, plain text for analysis, links that can only be web links, and an XML
parser that cannot be turned against its reader.

Collectors sanitise what they store and alerts sanitise again what they mail (a row
stored by an older, laxer version is then safe too), so both must share one policy.
"""

from __future__ import annotations

import html
import unicodedata
from typing import Any
from urllib.parse import urlsplit

import nh3
from lxml import etree

LINK_REL = "noopener noreferrer nofollow"
MAX_URL_LENGTH = 2048
_WEB_SCHEMES = frozenset({"http", "https"})


def sanitise_html(fragment: str) -> str:
    """Safe HTML for display: no scripts, no event handlers, links made rel=noopener."""
    return nh3.clean(fragment, link_rel=LINK_REL)


def html_to_text(fragment: str) -> str:
    """Plain text of an HTML fragment, entities decoded and whitespace collapsed."""
    return " ".join(html.unescape(nh3.clean(fragment, tags=set())).split())


def xml_parser() -> Any:
    """An lxml parser for documents from outside: it resolves no entity, loads no DTD,
    opens no network connection and refuses huge trees. A new one per document: lxml
    parsers must not be shared between threads."""
    return etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)


def web_url(url: str) -> str:
    """``url`` as browsers will read it when it is an absolute http(s) URL, else "".

    A ``javascript:`` or ``data:`` link from a feed must never become a link, a draft
    or a button; spaces and control characters inside a URL are refused outright.
    """
    url = url.strip()
    if len(url) > MAX_URL_LENGTH or any(
        c.isspace() or unicodedata.category(c) == "Cc" for c in url
    ):
        return ""
    try:
        parts = urlsplit(url)
        host = parts.hostname
    except ValueError:
        return ""
    if parts.scheme.lower() not in _WEB_SCHEMES or not host:
        return ""
    return parts.geturl()
