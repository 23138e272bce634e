"""Text that strangers wrote, made safe: sanitised HTML for display, plain text for
classification. Every collector uses these two, so there is one policy."""

from __future__ import annotations

import html

import nh3


def sanitise_html(fragment: str) -> str:
    """Safe HTML for display: no scripts, no event handlers, links made rel=noopener."""
    return nh3.clean(fragment, link_rel="noopener noreferrer nofollow")


def html_to_text(fragment: str) -> str:
    """Plain text of an HTML fragment, entities decoded and whitespace collapsed."""
    return " ".join(html.unescape(nh3.clean(fragment, tags=set())).split())
