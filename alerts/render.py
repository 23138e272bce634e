"""Alert and digest emails rendered from plain values: a subject, an HTML part, a text part.

Pure: views in, an `Email` out; nothing here reads the database or sends mail. What
strangers wrote (headlines, account names, summaries) is escaped by Jinja's autoescape in
HTML. The only HTML taken from feeds, a summary, is cleaned again under the collectors'
policy (`intel.untrusted`), so a row stored by an older, laxer collector is safe too. A
stranger's link is rendered only when it is an http(s) URL; the service's own links are
checked when a view is built, so a misconfigured base URL fails loudly instead of
mailing broken links.
"""

from __future__ import annotations

import datetime as dt
import functools
import textwrap
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any
from zoneinfo import ZoneInfo

import css_inline
import jinja2
from markupsafe import Markup

from alerts.views import (
    AlertView,
    DigestGroup,
    DigestView,
    SubscriptionLinks,
    count,
)
from intel.untrusted import html_to_text, sanitise_html, web_url

TEXT_WIDTH = 72
SUBJECT_LENGTH = 140


@dataclass(frozen=True, slots=True)
class Email:
    """A rendered email; the sender adds the addresses and the `headers`."""

    subject: str
    html: str
    text: str
    list_unsubscribe_url: str

    @property
    def headers(self) -> dict[str, str]:
        """List-Unsubscribe with RFC 8058 one-click, which large mailbox providers expect."""
        return {
            "List-Unsubscribe": f"<{self.list_unsubscribe_url}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
        }


def render_alert(view: AlertView) -> Email:
    """The email for one instant alert."""
    subject = one_line(
        f"{view.account_name}: {view.signal.signal_label} \N{EM DASH} {view.signal.headline}"
    )
    return _render("alert", subject, view.links, view=view)


def render_digest(view: DigestView) -> Email:
    """The digest email; raises `EmptyDigestError` (from the view) rather than mail a blank."""
    groups, hidden = cap_groups(view.groups, view.max_signals)
    hidden += view.unlisted
    total, accounts = view.signal_count + view.unlisted, len(view.groups)
    subject = one_line(
        f"{view.period_label}: {count(total, 'signal')} about {count(accounts, 'account')}"
    )
    return _render("digest", subject, view.links, view=view, groups=groups, hidden=hidden)


def one_line(text: str, limit: int = SUBJECT_LENGTH) -> str:
    """`text` as one header-safe line: no line breaks or control characters, at most
    `limit` characters, so a headline cannot inject headers or run on."""
    visible = "".join(" " if unicodedata.category(char) == "Cc" else char for char in text)
    line = " ".join(visible.split())
    return line if len(line) <= limit else line[: limit - 1].rstrip() + "\N{HORIZONTAL ELLIPSIS}"


def cap_groups(groups: Iterable[DigestGroup], limit: int) -> tuple[tuple[DigestGroup, ...], int]:
    """The first `limit` signals, groups and order kept, and how many were left out."""
    kept: list[DigestGroup] = []
    room, hidden = limit, 0
    for group in groups:
        shown = group.signals[:room]
        hidden += len(group.signals) - len(shown)
        room -= len(shown)
        if shown:
            kept.append(DigestGroup(group.account_name, shown))
    return tuple(kept), hidden


def _render(name: str, subject: str, links: SubscriptionLinks, **context: Any) -> Email:
    context.update(subject=subject, links=links)
    page = _environment().get_template(f"{name}.html").render(context)
    text = _environment().get_template(f"{name}.txt").render(context)
    return Email(
        subject=subject,
        html=_inliner().inline(page),
        text=_tidy_text(text),
        list_unsubscribe_url=links.unsubscribe_url,
    )


@functools.cache
def _environment() -> jinja2.Environment:
    """The package's templates: `.html` autoescaped, `.txt` not, anything else escaped."""
    environment = jinja2.Environment(
        loader=jinja2.PackageLoader("alerts", "templates"),
        autoescape=jinja2.select_autoescape(disabled_extensions=("txt",), default=True),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    environment.filters.update(
        web_url=web_url,
        local_time=_local_time,
        percent=_percent,
        sanitise_html=_sanitise_html,
        html_to_text=html_to_text,
        wrap=_wrap,
    )
    return environment


@functools.cache
def _inliner() -> css_inline.CSSInliner:
    """Moves the template's stylesheet into style attributes, which mail clients keep;
    it never fetches anything, so rendering stays pure."""
    return css_inline.CSSInliner(load_remote_stylesheets=False)


def _sanitise_html(fragment: str) -> Markup:
    """Feed HTML cleaned by the collectors' policy, then trusted by the templates."""
    return Markup(sanitise_html(fragment))  # noqa: S704


def _wrap(text: str, indent: str = "", first: str | None = None) -> str:
    """`text` on lines of at most TEXT_WIDTH, a long URL or word kept whole on its own."""
    return textwrap.fill(
        " ".join(text.split()),
        width=TEXT_WIDTH,
        initial_indent=indent if first is None else first,
        subsequent_indent=indent,
        break_long_words=False,
        break_on_hyphens=False,
    )


def _tidy_text(text: str) -> str:
    """No trailing spaces, at most one blank line in a row, one final newline."""
    lines = [line.rstrip() for line in text.strip().splitlines()]
    kept = [line for i, line in enumerate(lines) if line or (i and lines[i - 1])]
    return "\n".join(kept) + "\n"


def _local_time(moment: dt.datetime, timezone: str) -> str:
    local = moment.astimezone(ZoneInfo(timezone))
    return f"{local.day} {local:%b %Y, %H:%M} {local.tzname()}"


def _percent(confidence: float) -> str:
    return f"{round(confidence * 100)}%"
