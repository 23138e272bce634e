"""The one way out to the network: a fetcher that is safe to point at URLs users type.

Every hop of a redirect chain is checked against the URL policy, the body is capped
*after* decompression, and each request has a total deadline on top of httpx's
per-operation timeouts (which a server dripping a byte at a time never trips).
"""

from __future__ import annotations

import email.utils
import time
from collections.abc import Sequence
from dataclasses import dataclass
from urllib.parse import urljoin

import httpx

from intel.config import Settings
from intel.types import FetchErrorKind
from intel.urlpolicy import IPNetwork, Resolver, UrlRefusedError, check_url, system_resolver

MAX_REDIRECTS = 5
_REDIRECTS = {301, 302, 303, 307, 308}


class FetchError(Exception):
    """A typed fetch failure, recorded on the source."""

    def __init__(self, kind: FetchErrorKind, message: str, *, retry_after_s: float | None = None):
        super().__init__(message)
        self.kind = kind
        self.retry_after_s = retry_after_s


@dataclass(frozen=True)
class FetchResult:
    url: str
    status: int
    body: bytes
    content_type: str
    etag: str | None
    last_modified: str | None
    not_modified: bool


def parse_retry_after(value: str | None) -> float | None:
    if not value:
        return None
    if value.strip().isdigit():
        return float(value.strip())
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - time.time())


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
        self._resolver = resolver
        self._deadline_s = settings.fetch_timeout_s
        self._max_bytes = settings.fetch_max_bytes
        self._client = httpx.Client(
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
        self, url: str, *, etag: str | None = None, last_modified: str | None = None
    ) -> FetchResult:
        deadline = time.monotonic() + self._deadline_s
        headers = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        for _ in range(MAX_REDIRECTS + 1):
            self._check(url)
            response = self._send(url, headers, deadline)
            if response.status_code in _REDIRECTS and "location" in response.headers:
                url = urljoin(url, response.headers["location"])
                continue
            return response_result(url, response)
        raise FetchError(FetchErrorKind.TOO_MANY_REDIRECTS, f"more than {MAX_REDIRECTS} redirects")

    def _check(self, url: str) -> None:
        try:
            check_url(url, allow=self._allow, resolver=self._resolver)
        except UrlRefusedError as error:
            kind = FetchErrorKind.DNS if error.kind == "dns" else FetchErrorKind.BLOCKED
            raise FetchError(kind, error.reason) from None

    def _send(self, url: str, headers: dict[str, str], deadline: float) -> _Response:
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
                    if time.monotonic() > deadline:
                        raise FetchError(FetchErrorKind.TIMEOUT, "response took too long")
                return _Response(response.status_code, response.headers, bytes(body))
        except httpx.TimeoutException:
            raise FetchError(FetchErrorKind.TIMEOUT, "the server did not answer in time") from None
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
    retry_after = parse_retry_after(response.headers.get("retry-after"))
    if status == 304:
        return FetchResult(url, status, b"", "", None, None, not_modified=True)
    if status == 403 or (status in {429, 503} and b"captcha" in response.body.lower()):
        raise FetchError(
            FetchErrorKind.BOT_BLOCKED,
            f"HTTP {status}: the site refused us",
            retry_after_s=retry_after,
        )
    if 400 <= status < 500:
        raise FetchError(FetchErrorKind.HTTP_4XX, f"HTTP {status}", retry_after_s=retry_after)
    if status >= 500 or status < 200 or status >= 300:
        raise FetchError(FetchErrorKind.HTTP_5XX, f"HTTP {status}", retry_after_s=retry_after)
    return FetchResult(
        url=url,
        status=status,
        body=response.body,
        content_type=response.headers.get("content-type", ""),
        etag=response.headers.get("etag"),
        last_modified=response.headers.get("last-modified"),
        not_modified=False,
    )
