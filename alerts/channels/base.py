"""What every delivery channel shares: the rendered `Message`, the user's `Endpoint`, the
`Channel` protocol and the one error a send may raise.

A channel turns one `Message` into one send and reports failure as a `DeliveryError`
that says whether retrying can help; the outbox decides when to try again. Chat
channels also read the message's `payload` through `chat_entry` and `chat_items`, which
accept any subset of its keys and reduce what strangers wrote to short single lines and
what they linked to to safe http(s) URLs, so each channel only has to escape for its
own markup.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Protocol, runtime_checkable
from urllib.parse import quote

from alerts.render import one_line
from intel.untrusted import web_url

# An idempotency key is visible ASCII, so it is a valid HTTP header value as it is.
_KEY = re.compile(r"[!-~]{1,200}")

# Bounds on what a chat card shows, chosen so that even fully escaped (Slack's `&amp;`
# is five times its `&`) a line with its link stays within Slack's 3000 characters.
TITLE_LENGTH = 200
NAME_LENGTH = 80
CONFIDENCE_LENGTH = 16
SUMMARY_LENGTH = 500
URL_LENGTH = 1000
MAX_ITEMS = 20
UNTITLED = "Untitled"
# Left alone when a URL is quoted for chat markup: what URLs need, minus the characters
# that close Slack's `<url|text>` or a Markdown `[text](url)` (`|`, `>`, `)`, spaces).
_URL_SAFE = ":/?#[]@!$&'*+,;=%~"


@dataclass(frozen=True, slots=True)
class Message:
    """One rendered alert or digest, ready for any channel.

    `key` is the deterministic idempotency key ("alert-42", "digest-7"), 1 to 200
    visible ASCII characters: the email Message-ID and the webhook Idempotency-Key
    derive from it, so a retried send is recognisably the same message. `payload` is
    structured data for chat and JSON webhooks ({"kind", "title", "url", "account",
    "signal_type", "signal_label", "confidence", "summary", "items"}); channels cope
    with any subset of its keys.
    """

    key: str
    subject: str
    text: str
    html: str
    headers: Mapping[str, str] = field(default_factory=dict)
    payload: Mapping[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if not _KEY.fullmatch(self.key):
            raise ValueError(f"not a usable message key: {self.key!r}")


@dataclass(frozen=True, slots=True)
class Endpoint:
    """Where one user's channel delivers: an email address or a webhook URL, and the
    webhook's signing secret."""

    kind: str
    target: str
    secret: str = ""


class DeliveryError(Exception):
    """A send that did not happen.

    `permanent` means retrying cannot help (a 4xx other than 408/429, a refused
    recipient, a refused URL); otherwise the outbox retries with backoff.
    `retry_after_s` honours a server's Retry-After.
    """

    def __init__(
        self, message: str, *, permanent: bool = False, retry_after_s: float | None = None
    ) -> None:
        super().__init__(message)
        self.permanent = permanent
        self.retry_after_s = retry_after_s


@runtime_checkable
class Channel(Protocol):
    """A way to deliver messages, built once per job and reused for every send."""

    kind: str

    def send(self, message: Message, endpoint: Endpoint) -> None:
        """Deliver `message` to `endpoint`; raises `DeliveryError`."""

    def close(self) -> None:
        """Release pooled connections (the SMTP connection, the HTTP client)."""


@dataclass(frozen=True, slots=True)
class ChatEntry:
    """A payload, or one digest item, as chat cards show it.

    Text fields are single lines of bounded length, still unescaped; `url` is empty
    unless it was an absolute http(s) URL, and is percent-encoded so it cannot close the
    markup it is put in. `confidence` is already formatted ("87%").
    """

    title: str = ""
    url: str = ""
    account: str = ""
    signal_type: str = ""
    confidence: str = ""
    summary: str = ""

    @property
    def facts(self) -> tuple[tuple[str, str], ...]:
        """The labelled details that are present, in reading order."""
        labelled = (
            ("Account", self.account),
            ("Type", self.signal_type),
            ("Confidence", self.confidence),
        )
        return tuple((label, value) for label, value in labelled if value)


def chat_entry(data: Mapping[str, Any], *, default_title: str = "") -> ChatEntry:
    """The chat view of a payload or of one digest item given as a mapping."""
    return ChatEntry(
        title=_line(data.get("title"), TITLE_LENGTH)
        or one_line(default_title, TITLE_LENGTH)
        or UNTITLED,
        url=chat_url(data.get("url")),
        account=_line(data.get("account"), NAME_LENGTH),
        # The workspace's name for the type when the payload has it, else the type's key.
        signal_type=_line(data.get("signal_label") or data.get("signal_type"), NAME_LENGTH),
        confidence=_confidence(data.get("confidence")),
        summary=_line(data.get("summary"), SUMMARY_LENGTH),
    )


def chat_items(payload: Mapping[str, Any]) -> tuple[tuple[ChatEntry, ...], int]:
    """A digest's first `MAX_ITEMS` items, and how many more there were.

    An item is a mapping with the payload's keys or, failing that, a line of text. An
    alert's items only repeat the alert itself, so an alert lists none.
    """
    items = payload.get("items")
    if payload.get("kind") == "alert" or not isinstance(items, list | tuple):
        return (), 0
    shown = tuple(
        chat_entry(item if isinstance(item, Mapping) else {"title": item})
        for item in items[:MAX_ITEMS]
    )
    return shown, max(0, len(items) - MAX_ITEMS)


def chat_url(value: object) -> str:
    """`value` quoted for chat markup when it is an absolute http(s) URL of sane length,
    else "" (so a `javascript:` link from a feed is never made clickable)."""
    url = web_url(value) if isinstance(value, str) else ""
    quoted = quote(url, safe=_URL_SAFE)
    return quoted if len(quoted) <= URL_LENGTH else ""


def _line(value: object, limit: int) -> str:
    if value is None or isinstance(value, Mapping | list | tuple):
        return ""
    return one_line(str(value), limit)


def _confidence(value: object) -> str:
    """A 0..1 score as a percentage; text is kept as given; anything else is dropped."""
    if isinstance(value, bool):
        return ""
    if isinstance(value, int | float) and 0 <= value <= 1:
        return f"{round(value * 100)}%"
    return _line(value, CONFIDENCE_LENGTH) if isinstance(value, str) else ""
