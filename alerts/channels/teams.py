"""Microsoft Teams: an Adaptive Card posted to an incoming webhook or a Workflows
("when a Teams webhook request is received") URL, both of which take the same
``{"type": "message", "attachments": [...]}`` envelope.

The card shows the title, the summary, the facts (account, type, confidence), a
digest's items, and an ``Action.OpenUrl`` button to the story. Card text is Markdown, so
what strangers wrote is backslash-escaped (CommonMark's escape, which Teams honours):
``[x](http://evil)`` shows as written and never becomes a link, ``**`` stays two
asterisks. The only links are built here, to http(s) URLs. Workflows answers 202, the
older connectors 200.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from typing import Any

from alerts.channels.base import ChatEntry, Endpoint, Message, chat_entry, chat_items
from alerts.channels.http import WebhookClient
from intel.config import Settings
from intel.urlpolicy import Resolver, system_resolver

CARD_CONTENT_TYPE = "application/vnd.microsoft.card.adaptive"
CARD_VERSION = "1.4"
_ACTION_TITLES = {"digest": "Open digest"}
# Inline Markdown (emphasis, code, links, autolinks, HTML) anywhere in a line, and the
# block markers that only count at its start (lists); headings and quotes are covered
# by escaping `#` and `>` everywhere.
_INLINE = re.compile(r"([\\`*_~\[\]()<>#|])")
_BULLET = re.compile(r"^([-+])")
_NUMBERED = re.compile(r"^(\d+)([.)])")


class TeamsChannel:
    """Posts each message as an Adaptive Card to a Teams webhook."""

    kind = "teams"

    def __init__(self, settings: Settings, *, resolver: Resolver = system_resolver) -> None:
        self._client = WebhookClient(settings, resolver=resolver)

    def send(self, message: Message, endpoint: Endpoint) -> None:
        body = json.dumps(teams_body(message), ensure_ascii=False, separators=(",", ":"))
        self._client.post_json(endpoint.target, body.encode("utf-8"))

    def close(self) -> None:
        self._client.close()


def teams_body(message: Message) -> dict[str, Any]:
    """The message envelope around one Adaptive Card."""
    entry = chat_entry(message.payload, default_title=message.subject)
    card: dict[str, Any] = {
        "$schema": "http://adaptivecards.io/schemas/adaptive-card.json",
        "type": "AdaptiveCard",
        "version": CARD_VERSION,
        "body": _card_body(entry, message.payload),
    }
    if entry.url:
        title = _ACTION_TITLES.get(str(message.payload.get("kind")), "Open story")
        card["actions"] = [{"type": "Action.OpenUrl", "title": title, "url": entry.url}]
    attachment = {"contentType": CARD_CONTENT_TYPE, "contentUrl": None, "content": card}
    return {"type": "message", "attachments": [attachment]}


def escape(text: str) -> str:
    """`text` shown as written in a card's Markdown (`text` is one line)."""
    escaped = _INLINE.sub(r"\\\1", text)
    return _NUMBERED.sub(r"\1\\\2", _BULLET.sub(r"\\\1", escaped))


def _card_body(entry: ChatEntry, payload: Mapping[str, Any]) -> list[dict[str, Any]]:
    body = [_text(escape(entry.title), size="Medium", weight="Bolder")]
    if entry.summary:
        body.append(_text(escape(entry.summary)))
    if entry.facts:
        facts = [{"title": label, "value": escape(value)} for label, value in entry.facts]
        body.append({"type": "FactSet", "facts": facts})
    items, hidden = chat_items(payload)
    body.extend(_text(_item_line(item)) for item in items)
    if hidden:
        body.append(_text(f"\N{HORIZONTAL ELLIPSIS}and {hidden} more", isSubtle=True))
    return body


def _item_line(item: ChatEntry) -> str:
    title = escape(item.title)
    line = f"• [{title}]({item.url})" if item.url else f"• {title}"
    details = " · ".join(escape(value) for _, value in item.facts)
    return line + (f" \N{EM DASH} {details}" if details else "")


def _text(text: str, **style: Any) -> dict[str, Any]:
    return {"type": "TextBlock", "text": text, "wrap": True, **style}
