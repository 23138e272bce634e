"""The in-app inbox.

An alert row is itself the inbox entry: the web app lists a user's alerts from the
database, so once the row exists there is nothing left to deliver. The channel exists
so the inbox is a subscription like any other and the outbox treats every channel the
same; its `send` does nothing and cannot fail.
"""

from __future__ import annotations

from alerts.channels.base import Endpoint, Message
from intel.config import Settings


class InboxChannel:
    """Delivery that is already done when the alert row is written."""

    kind = "inbox"

    def __init__(self, settings: Settings) -> None:
        """Takes the settings only so every channel is built the same way."""

    def send(self, message: Message, endpoint: Endpoint) -> None:
        """Nothing to send: the alert row is the inbox entry."""

    def close(self) -> None:
        """Nothing pooled to release."""
