"""The one way out to the network: a fetcher that is safe to point at URLs users type.

- Every hop of a redirect chain is checked against the URL policy, and the connection
  itself is opened only to an address the policy allows (``intel.transport``).
- Each request has a total deadline, enforced on every socket operation.
- The body is capped *after* decompression (a small gzip can inflate to gigabytes).
- At most ``fetch_concurrency`` requests run at once, at most ``fetch_per_host`` per
  host, and hosts with a rate (``fetch_host_rates``, e.g. SEC EDGAR's 10 requests per
  second) are paced.
"""

from __future__ import annotations

import email.utils
import re
import threading
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

import httpx

from intel.config import Settings
from intel.transport import deadline, parse_retry_after, pinned_transport
from intel.types import FetchErrorKind
from intel.urlpolicy import IPNetwork, Resolver, UrlRefusedError, check_url, system_resolver

MAX_REDIRECTS = 5
MAX_CACHE_S = 24 * 3600  # a server cannot push its next poll further than this
_REDIRECTS = {301, 302, 303, 307, 308}
_MAX_AGE = re.compile(r"max-age\s*=\s*\"?(\d+)")
# Phrases of anti-bot interstitials served with 403/429/503 instead of the content.
_BOT_WALLS = (b"captcha", b"cf-chl", b"attention required", b"are you a robot", b"access denied")


class FetchError(Exception):
    """A typed fetch failure, recorded on the source."""

    def __init__(
        self,
        kind: FetchErrorKind,
        message: str,
        *,
        retry_after_s: float | None = None,
        status: int | None = None,
    ):
        super().__init__(message)
        self.kind = kind
        self.retry_after_s = retry_after_s
        self.status = status  # the HTTP status, when the server answered


@dataclass(frozen=True)
class FetchResult:
    url: str
    status: int
    body: bytes
    content_type: str
    etag: str | None
    last_modified: str | None
    not_modified: bool
    max_age_s: float | None = None  # Cache-Control / Expires: no need to ask again sooner


class HostGate:
    """Per-host concurrency and pacing, shared by the fetcher's threads."""

    def __init__(self, per_host: int, rates: Mapping[str, float]) -> None:
        self._per_host = per_host
        self._rates = dict(rates)
        self._lock = threading.Lock()
        self._slots: dict[str, threading.BoundedSemaphore] = {}
        self._next_start: dict[str, float] = {}

    def slot(self, host: str) -> threading.BoundedSemaphore:
        with self._lock:
            if host not in self._slots:
                self._slots[host] = threading.BoundedSemaphore(self._per_host)
            return self._slots[host]

    def pace(self, host: str) -> None:
        """Sleep until the rate of ``host`` (or of the domain it belongs to) allows
        another request to start; hosts without a rate go at once."""
        key = next((d for d in self._rates if host == d or host.endswith("." + d)), None)
        if key is None:
            return
        rate = self._rates[key]
        with self._lock:
            now = time.monotonic()
            start = max(now, self._next_start.get(key, now))
            self._next_start[key] = start + 1.0 / rate
        if start > now:
            time.sleep(start - now)


class Fetcher:
    """A reusable, thread-safe HTTP client bound to the service's fetch policy."""

    def __init__(
        self,
        settings: Settings,
        *,
        resolver: Resolver = system_resolver,
        allow: Sequence[IPNetwork] | None = None,
    ) -> None:
        self._allow = list(settings.fetch_allow_networks if allow is None else allow)
        self._deadline_s = settings.fetch_timeout_s
        self._max_bytes = settings.fetch_max_bytes
        self._slots = threading.BoundedSemaphore(settings.fetch_concurrency)
        self._hosts = HostGate(settings.fetch_per_host, settings.fetch_host_rates)
        self._client = httpx.Client(
            transport=pinned_transport(resolver, self._allow),
            headers={"User-Agent": settings.user_agent, "Accept-Encoding": "gzip, deflate"},
            timeout=httpx.Timeout(min(10.0, settings.fetch_timeout_s)),
            follow_redirects=False,
            trust_env=False,
        )

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    def get(
        self,
        url: str,
        *,
        etag: str | None = None,
        last_modified: str | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> FetchResult:
        """GET ``url`` following up to 5 redirects; a typed :class:`FetchError` on failure.

        ``etag``/``last_modified`` make it conditional (a 304 is ``not_modified``);
        ``headers`` add to or replace the defaults (a source's own User-Agent).
        """
        sent = dict(headers or {})
        if etag:
            sent["If-None-Match"] = etag
        if last_modified:
            sent["If-Modified-Since"] = last_modified
        with self._slots:
            for _ in range(MAX_REDIRECTS + 1):
                host = self._check(url)
                with self._hosts.slot(host):
                    self._hosts.pace(host)
                    with deadline(self._deadline_s):  # waiting for a slot does not count
                        response = self._send(url, sent)
                if response.status_code in _REDIRECTS and "location" in response.headers:
                    url = urljoin(url, response.headers["location"])
                    continue
                return response_result(url, response)
        raise FetchError(FetchErrorKind.TOO_MANY_REDIRECTS, f"more than {MAX_REDIRECTS} redirects")

    def _check(self, url: str) -> str:
        """Refuse a URL by its form (scheme, credentials, literal addresses) and return
        its host; names are judged by address when the connection opens."""
        try:
            check_url(url, allow=self._allow, resolver=None)
        except UrlRefusedError as error:
            raise FetchError(FetchErrorKind.BLOCKED, error.reason) from None
        return (urlsplit(url).hostname or "").lower()

    def _send(self, url: str, headers: dict[str, str]) -> _Response:
        try:
            with self._client.stream("GET", url, headers=headers) as response:
                body = bytearray()
                for chunk in response.iter_bytes():
                    body += chunk
                    if len(body) > self._max_bytes:
                        raise FetchError(
                            FetchErrorKind.TOO_LARGE,
                            f"response larger than {self._max_bytes} bytes once decompressed",
                        )
                return _Response(response.status_code, response.headers, bytes(body))
        except UrlRefusedError as error:
            kind = FetchErrorKind.DNS if error.kind == "dns" else FetchErrorKind.BLOCKED
            raise FetchError(kind, error.reason) from None
        except httpx.TimeoutException:
            raise FetchError(
                FetchErrorKind.TIMEOUT, f"no complete answer within {self._deadline_s:g} s"
            ) from None
        except httpx.DecodingError as error:
            raise FetchError(FetchErrorKind.PARSE_ERROR, f"bad content encoding: {error}") from None
        except (httpx.ConnectError, httpx.RemoteProtocolError, httpx.ReadError) as error:
            raise FetchError(FetchErrorKind.CONNECT, f"connection failed: {error}") from None
        except httpx.HTTPError as error:
            raise FetchError(FetchErrorKind.CONNECT, f"request failed: {error}") from None


@dataclass(frozen=True)
class _Response:
    status_code: int
    headers: httpx.Headers
    body: bytes


def response_result(url: str, response: _Response) -> FetchResult:
    """Turn a final (non-redirect) response into a result or a typed error."""
    status = response.status_code
    retry_after = parse_retry_after(response.headers.get("retry-after"), now=time.time())
    if status == 304:
        return FetchResult(
            url,
            status,
            b"",
            "",
            None,
            None,
            not_modified=True,
            max_age_s=cache_lifetime(response.headers),
        )
    if status == 403 or (status in {429, 503} and _is_bot_wall(response.body)):
        raise FetchError(
            FetchErrorKind.BOT_BLOCKED,
            f"HTTP {status}: the site refused us",
            retry_after_s=retry_after,
            status=status,
        )
    if 400 <= status < 500:
        raise FetchError(
            FetchErrorKind.HTTP_4XX, f"HTTP {status}", retry_after_s=retry_after, status=status
        )
    if status >= 500 or status < 200 or status >= 300:
        raise FetchError(
            FetchErrorKind.HTTP_5XX, f"HTTP {status}", retry_after_s=retry_after, status=status
        )
    return FetchResult(
        url=url,
        status=status,
        body=response.body,
        content_type=response.headers.get("content-type", ""),
        etag=response.headers.get("etag"),
        last_modified=response.headers.get("last-modified"),
        not_modified=False,
        max_age_s=cache_lifetime(response.headers),
    )


def _is_bot_wall(body: bytes) -> bool:
    head = body[:20_000].lower()
    return any(marker in head for marker in _BOT_WALLS)


def cache_lifetime(headers: httpx.Headers) -> float | None:
    """How long the server says the response stays fresh (max-age, else Expires), at
    most a day; ``None`` when it says nothing or forbids caching."""
    control = headers.get("cache-control", "").lower()
    if "no-store" in control or "no-cache" in control:
        return None
    if match := _MAX_AGE.search(control):
        return min(float(match.group(1)), MAX_CACHE_S)
    expires = headers.get("expires")
    if expires:
        try:
            when = email.utils.parsedate_to_datetime(expires)
        except (TypeError, ValueError):
            return None
        if when.tzinfo is not None:
            return min(max(0.0, when.timestamp() - time.time()), MAX_CACHE_S)
    return None
