"""Slack incoming webhooks: a Block Kit message with the linked title, the details and,
for a digest, its items.

Everything strangers wrote is escaped per Slack's rules (`&`, `<`, `>`), so a headline
cannot smuggle in a disguised `<url|text>` link or a `<!channel>` ping, and every text
is `verbatim`, so Slack does not turn bare URLs or names in it into links either. The
only links are the ones built here, to http(s) URLs. Slack answers 200 "ok"; its
refusals (`invalid_token`, `no_service`, `channel_is_archived`, ...) come as 4xx and are
permanent.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from alerts.channels.base import (
    URL_LENGTH,
    ChatEntry,
    Endpoint,
    Message,
    chat_entry,
    chat_items,
)
from alerts.channels.http import WebhookClient
from alerts.render import one_line
from intel.config import Settings
from intel.urlpolicy import Resolver, system_resolver

SECTION_LENGTH = 3000  # Slack's limit on a section's text


class SlackChannel:
    """Posts each message to a Slack (or Slack-compatible) incoming webhook."""

    kind = "slack"

    def __init__(self, settings: Settings, *, resolver: Resolver = system_resolver) -> None:
        self._client = WebhookClient(settings, resolver=resolver)

    def send(self, message: Message, endpoint: Endpoint) -> None:
        body = json.dumps(slack_body(message), ensure_ascii=False, separators=(",", ":"))
        self._client.post_json(endpoint.target, body.encode("utf-8"))

    def close(self) -> None:
        self._client.close()


def slack_body(message: Message) -> dict[str, Any]:
    """The webhook body: `text` for notifications, `blocks` for the message itself."""
    entry = chat_entry(message.payload, default_title=message.subject)
    blocks = [_section(_link(entry))]
    if entry.summary:
        blocks.append(_section(escape(entry.summary)))
    if entry.facts:
        details = " · ".join(escape(value) for _, value in entry.facts)
        blocks.append({"type": "context", "elements": [_mrkdwn(details)]})
    items, hidden = chat_items(message.payload)
    lines = [_item_line(item) for item in items]
    if hidden:
        lines.append(f"\N{HORIZONTAL ELLIPSIS}and {hidden} more")
    blocks.extend(_section(text) for text in _pack(lines))
    return {"text": escape(one_line(message.subject) or entry.title), "blocks": blocks}


def escape(text: str) -> str:
    """`text` shown as written: Slack's three control characters as entities."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _link(entry: ChatEntry) -> str:
    """`<url|title>` when the entry has a usable URL, else the title alone (also when
    escaping its `&`s would make the URL too long for a section)."""
    title, href = escape(entry.title), escape(entry.url)
    return f"<{href}|{title}>" if href and len(href) <= URL_LENGTH else title


def _item_line(item: ChatEntry) -> str:
    details = " · ".join(escape(value) for _, value in item.facts)
    return f"• {_link(item)}" + (f" \N{EM DASH} {details}" if details else "")


def _pack(lines: Iterable[str]) -> list[str]:
    """Lines joined into as few section texts as Slack's length limit allows."""
    sections: list[str] = []
    for line in lines:
        if sections and len(sections[-1]) + 1 + len(line) <= SECTION_LENGTH:
            sections[-1] += "\n" + line
        else:
            sections.append(line)
    return sections


def _section(text: str) -> dict[str, Any]:
    return {"type": "section", "text": _mrkdwn(text)}


def _mrkdwn(text: str) -> dict[str, Any]:
    return {"type": "mrkdwn", "text": text, "verbatim": True}
