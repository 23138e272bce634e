"""An httpx transport that connects only to addresses the URL policy allows.

Checking a URL's addresses before the request leaves a window: the name is resolved
again when the connection opens, and a hostile DNS server can answer with a public
address the first time and 127.0.0.1 the second ("DNS rebinding"). Here the check
happens inside the connect: the host is resolved once, every address is judged, and the
socket is opened to an allowed address itself. TLS still verifies the certificate
against the host name, and the Host header is unchanged.

It also enforces a request's total deadline on every socket read and write. httpx's
timeouts apply per operation, so a server dripping one byte at a time, in the headers
as much as in the body, would otherwise hold a request for as long as it likes.
"""

from __future__ import annotations

import email.utils
import socket
import ssl
import threading
import time
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager

import httpcore
import httpx

from intel.urlpolicy import IPAddress, IPNetwork, Resolver, UrlRefusedError, resolve_permitted

MAX_CONNECTIONS = 100
_local = threading.local()


@contextmanager
def deadline(seconds: float) -> Iterator[None]:
    """Every socket operation of this thread inside the block ends by ``seconds`` from
    now (with ``httpcore.ReadTimeout``/``WriteTimeout``/``ConnectTimeout``)."""
    _local.deadline = time.monotonic() + seconds
    try:
        yield
    finally:
        _local.deadline = None


def _remaining(timeout: float | None, error: type[Exception]) -> float | None:
    """``timeout`` shortened to what is left of this thread's deadline."""
    end: float | None = getattr(_local, "deadline", None)
    if end is None:
        return timeout
    left = end - time.monotonic()
    if left <= 0:
        raise error("the request's total deadline passed")
    return left if timeout is None else min(timeout, left)


class DeadlineStream(httpcore.NetworkStream):
    """A socket stream whose every read and write respects the thread's deadline."""

    def __init__(self, inner: httpcore.NetworkStream) -> None:
        self._inner = inner

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._inner.read(max_bytes, _remaining(timeout, httpcore.ReadTimeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._inner.write(buffer, _remaining(timeout, httpcore.WriteTimeout))

    def close(self) -> None:
        self._inner.close()

    def start_tls(
        self,
        ssl_context: ssl.SSLContext,
        server_hostname: str | None = None,
        timeout: float | None = None,
    ) -> httpcore.NetworkStream:
        inner = self._inner.start_tls(
            ssl_context, server_hostname, _remaining(timeout, httpcore.ConnectTimeout)
        )
        return DeadlineStream(inner)

    def get_extra_info(self, info: str) -> object:
        return self._inner.get_extra_info(info)


class PinnedBackend(httpcore.NetworkBackend):
    """httpcore's socket backend, but every TCP connect goes through the URL policy."""

    def __init__(self, resolver: Resolver, allow: Sequence[IPNetwork]) -> None:
        self._inner = httpcore.SyncBackend()
        self._resolver = resolver
        self._allow = list(allow)

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[httpcore.SOCKET_OPTION] | None = None,
    ) -> httpcore.NetworkStream:
        last_error: Exception | None = None
        for address in self.permitted(host, port):
            try:
                stream = self._inner.connect_tcp(
                    str(address),
                    port,
                    _remaining(timeout, httpcore.ConnectTimeout),
                    local_address,
                    socket_options,
                )
                return DeadlineStream(stream)
            except httpcore.ConnectError as error:  # try the next address, as browsers do
                last_error = error
        assert last_error is not None  # permitted() never returns an empty list
        raise last_error

    def permitted(self, host: str, port: int) -> list[IPAddress]:
        """The addresses of ``host`` to try; refuses the host if any of them is barred
        (a name that also points inside the network is not one we contact)."""
        return resolve_permitted(
            host.strip("[]"), port, allow=self._allow, resolver=self._resolver, subject=host
        )

    def connect_unix_socket(
        self,
        path: str,
        timeout: float | None = None,
        socket_options: Iterable[httpcore.SOCKET_OPTION] | None = None,
    ) -> httpcore.NetworkStream:
        raise UrlRefusedError(path, "unix sockets are never contacted")

    def sleep(self, seconds: float) -> None:
        self._inner.sleep(seconds)


def pinned_transport(resolver: Resolver, allow: Sequence[IPNetwork]) -> httpx.HTTPTransport:
    """An HTTPTransport whose connection pool uses :class:`PinnedBackend`.

    httpx does not take a network backend as an argument, so the pool it builds is
    replaced by an identical one with ours (httpx is pinned below 1.0 in pyproject).
    """
    transport = httpx.HTTPTransport(trust_env=False)
    transport._pool = httpcore.ConnectionPool(
        ssl_context=httpx.create_ssl_context(trust_env=False),
        max_connections=MAX_CONNECTIONS,
        max_keepalive_connections=20,
        keepalive_expiry=5.0,
        network_backend=PinnedBackend(resolver, allow),
        socket_options=[(socket.SOL_SOCKET, socket.SO_KEEPALIVE, 1)],
    )
    return transport


def parse_retry_after(value: str | None, *, now: float) -> float | None:
    """Seconds to wait per a Retry-After header (delta-seconds or an HTTP date), if any;
    ``now`` is the Unix time the answer came."""
    if not value:
        return None
    if value.strip().isdigit():
        return float(value.strip())
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - now)
