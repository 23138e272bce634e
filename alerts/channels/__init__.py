"""Delivery channels, by kind: one module per channel, one line each in `CHANNELS`.

A delivery job builds each channel it needs once with `channel_for`, sends every
message through it, and closes it, so pooled connections are reused across sends.
"""

from __future__ import annotations

from collections.abc import Callable

from alerts.channels.base import Channel, DeliveryError, Endpoint, Message
from alerts.channels.email import EmailChannel
from alerts.channels.inbox import InboxChannel
from alerts.channels.slack import SlackChannel
from alerts.channels.teams import TeamsChannel
from alerts.channels.webhook import WebhookChannel
from intel.config import Settings

ChannelFactory = Callable[[Settings], Channel]

CHANNELS: dict[str, ChannelFactory] = {
    "email": EmailChannel,
    "slack": SlackChannel,
    "teams": TeamsChannel,
    "webhook": WebhookChannel,
    "inbox": InboxChannel,
}

__all__ = [
    "CHANNELS",
    "Channel",
    "ChannelFactory",
    "DeliveryError",
    "Endpoint",
    "Message",
    "UnknownChannelError",
    "channel_for",
]


class UnknownChannelError(ValueError):
    """No channel of that kind; the message lists the kinds there are."""


def channel_for(kind: str, settings: Settings) -> Channel:
    """A new channel of `kind`, bound to `settings`; the caller closes it."""
    try:
        factory = CHANNELS[kind]
    except KeyError:
        known = ", ".join(sorted(CHANNELS))
        raise UnknownChannelError(f"unknown channel {kind!r} (known: {known})") from None
    return factory(settings)
