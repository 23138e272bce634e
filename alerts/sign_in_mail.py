"""The email that carries a sign-in link.

It is sent at once from the process that serves the request, not queued in the outbox:
the link is good for minutes, the person is waiting for it, and one that failed to go
out is simply asked for again (the failure is logged), not retried for hours.
"""

from __future__ import annotations

import html
import logging
import secrets

from alerts.channels.base import DeliveryError, Endpoint, Message
from alerts.channels.email import EmailChannel
from intel.config import Settings

log = logging.getLogger(__name__)

SUBJECT = "Your Prospect Intel sign-in link"


def sign_in_message(url: str, *, minutes: int) -> Message:
    """The message: the link, how long it works, and what to do if it was not you."""
    text = (
        f"Sign in to Prospect Intel:\n\n{url}\n\n"
        f"The link works once, within {minutes} minutes. If you did not ask for it, "
        "ignore this email: nobody can sign in without the link.\n"
    )
    link = html.escape(url, quote=True)
    page = (
        "<p>Sign in to Prospect Intel:</p>"
        f'<p><a href="{link}">Sign in</a></p>'
        f"<p>The link works once, within {minutes} minutes. If you did not ask for it, "
        "ignore this email: nobody can sign in without the link.</p>"
    )
    return Message(key=f"sign-in-{secrets.token_hex(8)}", subject=SUBJECT, text=text, html=page)


def send_sign_in_link(settings: Settings, address: str, url: str, *, minutes: int) -> None:
    """Mail the link to ``address``; a failure is logged, as nobody waits on the answer."""
    channel = EmailChannel(settings)
    try:
        channel.send(sign_in_message(url, minutes=minutes), Endpoint(kind="email", target=address))
    except DeliveryError as error:
        log.warning("a sign-in link was not sent: %s", error)
    finally:
        channel.close()
