"""The HTTP client of the webhook channels (generic JSON, Slack, Teams).

Webhook URLs are typed by users, so they get the collectors' SSRF policy: the URL's form
is checked first (http/https only, no credentials, no barred literal address), and the
TCP connection is opened only to an address the policy allows (`intel.transport`), so a
name that resolves inside the network is refused at connect time as well. Each request
has a total deadline; redirects are never followed, because a webhook that bounces
elsewhere is misconfigured or hostile; at most `MAX_REPLY_BYTES` of an answer are read.

Every failure becomes a `DeliveryError`: a refused URL, a redirect or a 4xx other than
408/429 is permanent; a DNS failure, a timeout, a dropped connection, 408, 429 and 5xx
are temporary, carrying the server's Retry-After when it gave one.
"""

from __future__ import annotations

import time
from collections.abc import Mapping

import httpx

from alerts.channels.base import DeliveryError
from alerts.render import one_line
from intel.config import Settings
from intel.transport import deadline, parse_retry_after, pinned_transport
from intel.urlpolicy import Resolver, UrlRefusedError, check_url, system_resolver

MAX_REPLY_BYTES = 64 * 1024
_EXCERPT_LENGTH = 200
_RETRYABLE_4XX = frozenset({408, 429})


class WebhookClient:
    """One pooled, thread-safe HTTP client bound to the URL policy; `post_json` sends."""

    def __init__(self, settings: Settings, *, resolver: Resolver = system_resolver) -> None:
        self._allow = list(settings.fetch_allow_networks)
        self._deadline_s = settings.fetch_timeout_s
        self._client = httpx.Client(
            transport=pinned_transport(resolver, self._allow),
            headers={"User-Agent": settings.user_agent},
            timeout=httpx.Timeout(min(10.0, settings.fetch_timeout_s)),
            follow_redirects=False,
            trust_env=False,
        )

    def post_json(self, url: str, body: bytes, headers: Mapping[str, str] | None = None) -> None:
        """POST `body` (JSON) to `url`; returns on a 2xx, raises `DeliveryError` otherwise."""
        self._check(url)
        sent = {"Content-Type": "application/json", **(headers or {})}
        with deadline(self._deadline_s):
            status, reply_headers, reply = self._post(url, body, sent)
        raise_for_status(status, reply_headers, reply, now=time.time())

    def close(self) -> None:
        self._client.close()

    def _check(self, url: str) -> None:
        """Refuse a URL by its form; its host name is judged when the connection opens."""
        try:
            check_url(url, allow=self._allow, resolver=None)
        except UrlRefusedError as error:
            raise DeliveryError(f"webhook URL refused: {error.reason}", permanent=True) from None

    def _post(
        self, url: str, body: bytes, headers: Mapping[str, str]
    ) -> tuple[int, httpx.Headers, bytes]:
        try:
            with self._client.stream("POST", url, content=body, headers=headers) as response:
                return response.status_code, response.headers, _read_capped(response)
        except UrlRefusedError as error:
            raise DeliveryError(
                f"webhook URL refused: {error.reason}", permanent=error.kind != "dns"
            ) from None
        except (httpx.InvalidURL, UnicodeError) as error:  # e.g. a host name IDNA refuses
            raise DeliveryError(
                f"webhook URL refused: malformed ({error})", permanent=True
            ) from None
        except httpx.TimeoutException:
            raise DeliveryError(f"no answer within {self._deadline_s:g} s") from None
        except httpx.HTTPError as error:
            raise DeliveryError(f"connection failed: {error}") from None


def _read_capped(response: httpx.Response) -> bytes:
    """The first `MAX_REPLY_BYTES` of the (decompressed) answer; only errors quote it."""
    body = bytearray()
    for chunk in response.iter_bytes():
        body += chunk
        if len(body) >= MAX_REPLY_BYTES:
            break
    return bytes(body[:MAX_REPLY_BYTES])


def raise_for_status(status: int, headers: Mapping[str, str], body: bytes, *, now: float) -> None:
    """Nothing for a 2xx; otherwise the `DeliveryError` the status calls for."""
    if 200 <= status < 300:
        return
    detail = f"HTTP {status}"
    if excerpt := one_line(body[:_EXCERPT_LENGTH].decode("utf-8", "replace"), _EXCERPT_LENGTH):
        detail += f": {excerpt}"
    if 300 <= status < 400:
        location = one_line(headers.get("location", ""), _EXCERPT_LENGTH)
        raise DeliveryError(
            f"{detail} (redirect to {location!r}): webhook URLs must not redirect",
            permanent=True,
        )
    if 400 <= status < 500 and status not in _RETRYABLE_4XX:
        raise DeliveryError(detail, permanent=True)
    retry_after = parse_retry_after(headers.get("retry-after"), now=now)
    raise DeliveryError(detail, retry_after_s=retry_after)
