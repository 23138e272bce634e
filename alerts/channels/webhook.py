"""Generic JSON webhooks, signed so the receiver can tell our requests from forgeries.

Each delivery is one POST whose body is the message's payload plus its `key`, `subject`
and `text`, as compact JSON with sorted keys in UTF-8. Headers:

- ``Idempotency-Key``: the message key; a retried delivery carries the same one, so a
  receiver can drop duplicates.
- ``X-Intel-Timestamp``: when the request was signed, in Unix seconds.
- ``X-Intel-Signature``: ``v1=`` and the hex HMAC-SHA256, keyed with the endpoint's
  secret, of the timestamp, a dot, and the raw body bytes.

To verify, a receiver recomputes the HMAC over ``f"{timestamp}.".encode() + body`` as
received (before any JSON parsing), compares it in constant time, and rejects
timestamps more than five minutes from its clock, which stops replays of a captured
request. `verify_signature` does exactly that.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import time

from alerts.channels.base import DeliveryError, Endpoint, Message
from alerts.channels.http import WebhookClient
from intel.config import Settings
from intel.urlpolicy import Resolver, system_resolver

SIGNATURE_VERSION = "v1"


class WebhookChannel:
    """POSTs each message as signed JSON to the user's URL."""

    kind = "webhook"

    def __init__(self, settings: Settings, *, resolver: Resolver = system_resolver) -> None:
        self._client = WebhookClient(settings, resolver=resolver)

    def send(self, message: Message, endpoint: Endpoint) -> None:
        """Sign and POST `message`; a webhook without a secret is refused, since its
        receiver could not tell our requests from anyone else's."""
        if not endpoint.secret:
            raise DeliveryError("the webhook has no signing secret", permanent=True)
        body = encode_body(message)
        timestamp = str(int(time.time()))
        headers = {
            "Idempotency-Key": message.key,
            "X-Intel-Timestamp": timestamp,
            "X-Intel-Signature": sign(endpoint.secret, timestamp, body),
        }
        self._client.post_json(endpoint.target, body, headers)

    def close(self) -> None:
        self._client.close()


def encode_body(message: Message) -> bytes:
    """The payload plus the message's key, subject and text; those three always win."""
    document = {
        **message.payload,
        "key": message.key,
        "subject": message.subject,
        "text": message.text,
    }
    return json.dumps(document, ensure_ascii=False, separators=(",", ":"), sort_keys=True).encode(
        "utf-8"
    )


def sign(secret: str, timestamp: str, body: bytes) -> str:
    """The ``X-Intel-Signature`` value for `body` sent at `timestamp`."""
    mac = hmac.new(secret.encode("utf-8"), f"{timestamp}.".encode() + body, hashlib.sha256)
    return f"{SIGNATURE_VERSION}={mac.hexdigest()}"


def verify_signature(
    secret: str, timestamp: str, body: bytes, signature: str, *, now: float, tolerance_s: int = 300
) -> bool:
    """Whether `signature` is ours for `body` at `timestamp`, and `timestamp` is within
    `tolerance_s` of `now` (either side)."""
    if not (timestamp.isascii() and timestamp.isdigit()) or abs(now - int(timestamp)) > tolerance_s:
        return False
    expected = sign(secret, timestamp, body).encode()
    return hmac.compare_digest(expected, signature.strip().encode("utf-8", "replace"))
