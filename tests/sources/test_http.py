"""The fetcher against a real HTTP server on 127.0.0.1: the limits a hostile or slow
server meets, and the address policy applied to the connection itself."""

from __future__ import annotations

import gzip
import ipaddress
import threading
import time
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler

import pytest

from intel.types import FetchErrorKind
from intel.urlpolicy import IPAddress
from sources.http import MAX_CACHE_S, Fetcher, FetchError
from tests.loopback import LoopbackServer, loopback_settings

LOOPBACK = ipaddress.ip_address("127.0.0.1")


def resolver_for(table: dict[str, list[IPAddress]]) -> Callable[[str, int], list[IPAddress]]:
    """A DNS stand-in: names ending in .test resolve as the table says."""

    def resolve(host: str, port: int) -> list[IPAddress]:
        if host in table:
            return table[host]
        if host == "127.0.0.1":
            return [LOOPBACK]
        raise OSError(f"unknown host {host}")

    return resolve


def fetch_error(fetcher: Fetcher, url: str, **kw: object) -> FetchError:
    with pytest.raises(FetchError) as caught:
        fetcher.get(url, **kw)  # type: ignore[arg-type]
    return caught.value


@pytest.fixture
def server() -> LoopbackServer:
    with LoopbackServer() as running:
        yield running  # type: ignore[misc]


def test_conditional_get_answers_not_modified(server: LoopbackServer) -> None:
    url = server.add("/feed.xml", b"<rss/>")
    with Fetcher(loopback_settings()) as fetcher:
        first = fetcher.get(url)
        again = fetcher.get(url, etag=first.etag)
    assert first.body == b"<rss/>"
    assert not first.not_modified
    assert again.not_modified
    assert again.body == b""
    assert server.hits("/feed.xml")[1].headers["if-none-match"] == first.etag


def test_a_host_name_connects_to_the_address_that_was_checked(server: LoopbackServer) -> None:
    port = server.base_url.rsplit(":", 1)[1]
    server.add("/feed.xml", b"<rss/>")
    resolve = resolver_for({"feeds.acme.test": [LOOPBACK]})
    with Fetcher(loopback_settings(), resolver=resolve) as fetcher:
        result = fetcher.get(f"http://feeds.acme.test:{port}/feed.xml")
    assert result.body == b"<rss/>"
    assert server.hits("/feed.xml")[0].headers["host"] == f"feeds.acme.test:{port}"


@pytest.mark.parametrize(
    ("addresses", "reason"),
    [
        (["127.0.0.1"], "loopback"),  # the allow-list below is empty
        (["93.184.215.14", "127.0.0.1"], "loopback"),  # one bad answer taints the name
        (["::ffff:127.0.0.1"], "loopback"),
        (["169.254.169.254"], "link-local"),
    ],
)
def test_a_name_resolving_inside_the_network_is_refused_at_connect_time(
    server: LoopbackServer, addresses: list[str], reason: str
) -> None:
    port = server.base_url.rsplit(":", 1)[1]
    server.add("/feed.xml", b"<rss/>")
    resolve = resolver_for({"rebind.test": [ipaddress.ip_address(a) for a in addresses]})
    with Fetcher(loopback_settings(fetch_allow_networks=""), resolver=resolve) as fetcher:
        error = fetch_error(fetcher, f"http://rebind.test:{port}/feed.xml")
    assert error.kind is FetchErrorKind.BLOCKED
    assert reason in str(error)
    assert server.hits("/feed.xml") == []


def test_an_unknown_name_is_a_dns_error() -> None:
    with Fetcher(loopback_settings(), resolver=resolver_for({})) as fetcher:
        error = fetch_error(fetcher, "http://nowhere.test/feed.xml")
    assert error.kind is FetchErrorKind.DNS


def test_redirects_are_followed_five_times_and_no_more(server: LoopbackServer) -> None:
    server.add("/final", b"ok")
    for hop in range(6):
        server.redirect(f"/r{hop}", f"/r{hop + 1}" if hop < 5 else "/final")
    with Fetcher(loopback_settings()) as fetcher:
        assert fetcher.get(server.url("/r1")).body == b"ok"  # five redirects
        error = fetch_error(fetcher, server.url("/r0"))  # six
    assert error.kind is FetchErrorKind.TOO_MANY_REDIRECTS


def test_a_redirect_to_a_refused_address_is_not_followed(server: LoopbackServer) -> None:
    url = server.redirect("/hop", "http://169.254.169.254/latest/meta-data/")
    with Fetcher(loopback_settings()) as fetcher:
        error = fetch_error(fetcher, url)
    assert error.kind is FetchErrorKind.BLOCKED
    assert "169.254.169.254" in str(error)


def _drip_body(handler: BaseHTTPRequestHandler) -> None:
    handler.send_response(200)
    handler.send_header("Content-Type", "application/rss+xml")
    handler.end_headers()
    try:
        for _ in range(200):
            handler.wfile.write(b" ")
            handler.wfile.flush()
            time.sleep(0.1)
    except OSError:
        pass  # the client gave up, as it should


def _drip_headers(handler: BaseHTTPRequestHandler) -> None:
    try:
        handler.wfile.write(b"HTTP/1.1 200 OK\r\n")
        for n in range(200):
            handler.wfile.write(f"X-Slow-{n}: 1\r\n".encode())
            handler.wfile.flush()
            time.sleep(0.1)
    except OSError:
        pass


@pytest.mark.parametrize("drip", [_drip_body, _drip_headers], ids=["body", "headers"])
def test_a_server_dripping_bytes_is_cut_off_at_the_total_deadline(
    server: LoopbackServer, drip: Callable[[BaseHTTPRequestHandler], None]
) -> None:
    url = server.add("/slow", handler=drip)
    with Fetcher(loopback_settings(fetch_timeout_s=1)) as fetcher:
        started = time.monotonic()
        error = fetch_error(fetcher, url)
        elapsed = time.monotonic() - started
    assert error.kind is FetchErrorKind.TIMEOUT
    assert elapsed < 2.5  # each byte came well within the read timeout


def test_oversize_bodies_are_refused(server: LoopbackServer) -> None:
    url = server.add("/big", b"x" * 300_000)
    with Fetcher(loopback_settings(fetch_max_bytes=100_000)) as fetcher:
        error = fetch_error(fetcher, url)
    assert error.kind is FetchErrorKind.TOO_LARGE


def test_a_gzip_bomb_is_refused_once_decompressed(server: LoopbackServer) -> None:
    bomb = gzip.compress(b"\0" * 50_000_000, compresslevel=9)  # ~50 KB on the wire
    url = server.add("/bomb", bomb, headers={"Content-Encoding": "gzip"})
    with Fetcher(loopback_settings(fetch_max_bytes=1_000_000)) as fetcher:
        error = fetch_error(fetcher, url)
    assert len(bomb) < 100_000
    assert error.kind is FetchErrorKind.TOO_LARGE
    assert "decompressed" in str(error)


def test_a_body_that_is_not_the_encoding_it_claims_is_a_parse_error(
    server: LoopbackServer,
) -> None:
    url = server.add("/lies", b"<rss>not gzip</rss>", headers={"Content-Encoding": "gzip"})
    with Fetcher(loopback_settings()) as fetcher:
        error = fetch_error(fetcher, url)
    assert error.kind is FetchErrorKind.PARSE_ERROR


class SlowAnswers:
    """A route handler that answers after 0.3 s and counts the requests it holds at once.

    The count drops *before* the answer is written: a client can only start its next
    request once it has read this answer, so the peak is exact however the threads are
    scheduled (counting until after the write let a fast client's next request overlap).
    """

    def __init__(self) -> None:
        self.held = 0
        self.peak = 0
        self._lock = threading.Lock()

    def __call__(self, handler: BaseHTTPRequestHandler) -> None:
        with self._lock:
            self.held += 1
            self.peak = max(self.peak, self.held)
        time.sleep(0.3)
        with self._lock:
            self.held -= 1
        handler.send_response(200)
        handler.send_header("Content-Length", "2")
        handler.end_headers()
        handler.wfile.write(b"ok")


def _fetch_all(fetcher: Fetcher, urls: list[str]) -> list[bytes]:
    bodies: list[bytes] = []
    threads = [
        threading.Thread(target=lambda u=url: bodies.append(fetcher.get(u).body)) for url in urls
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return bodies


def test_at_most_two_requests_run_at_once_per_host(server: LoopbackServer) -> None:
    port = server.base_url.rsplit(":", 1)[1]
    slow = SlowAnswers()
    server.add("/slow", handler=slow)
    resolve = resolver_for({"a.test": [LOOPBACK], "b.test": [LOOPBACK]})
    with Fetcher(loopback_settings(), resolver=resolve) as fetcher:
        bodies = _fetch_all(fetcher, [f"http://a.test:{port}/slow"] * 6)
        assert bodies == [b"ok"] * 6
        assert slow.peak == 2
        slow.peak = 0
        urls = [f"http://{host}:{port}/slow" for host in ("a.test", "b.test")] * 3
        assert len(_fetch_all(fetcher, urls)) == 6
    assert slow.peak == 4  # two hosts, two each


def test_the_global_limit_caps_requests_across_hosts(server: LoopbackServer) -> None:
    port = server.base_url.rsplit(":", 1)[1]
    slow = SlowAnswers()
    server.add("/slow", handler=slow)
    hosts = [f"h{n}.test" for n in range(6)]
    resolve = resolver_for({host: [LOOPBACK] for host in hosts})
    with Fetcher(loopback_settings(fetch_concurrency=3), resolver=resolve) as fetcher:
        _fetch_all(fetcher, [f"http://{host}:{port}/slow" for host in hosts])
    assert slow.peak == 3


def test_a_rate_limited_host_is_paced(server: LoopbackServer) -> None:
    port = server.base_url.rsplit(":", 1)[1]
    server.add("/filing", b"ok")
    resolve = resolver_for({"www.filings.test": [LOOPBACK]})
    settings = loopback_settings(fetch_host_rates="filings.test=10")
    with Fetcher(settings, resolver=resolve) as fetcher:
        started = time.monotonic()
        for _ in range(11):
            fetcher.get(f"http://www.filings.test:{port}/filing")
        elapsed = time.monotonic() - started
    assert elapsed >= 0.95  # 11 starts, 0.1 s apart


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        ({"Cache-Control": "public, max-age=1800"}, 1800.0),
        ({"Cache-Control": "max-age=99999999"}, float(MAX_CACHE_S)),
        ({"Cache-Control": "no-store, max-age=600"}, None),
        ({}, None),
    ],
)
def test_cache_lifetime_is_reported_and_bounded(
    server: LoopbackServer, headers: dict[str, str], expected: float | None
) -> None:
    url = server.add("/feed.xml", b"<rss/>", headers=headers)
    with Fetcher(loopback_settings()) as fetcher:
        assert fetcher.get(url).max_age_s == expected


@pytest.mark.parametrize(
    ("status", "body", "headers", "kind", "retry_after"),
    [
        (403, b"Forbidden", {}, FetchErrorKind.BOT_BLOCKED, None),
        (503, b"<title>Attention Required!</title> captcha", {}, FetchErrorKind.BOT_BLOCKED, None),
        (429, b"slow down", {"Retry-After": "120"}, FetchErrorKind.HTTP_4XX, 120.0),
        (404, b"", {}, FetchErrorKind.HTTP_4XX, None),
        (503, b"maintenance", {"Retry-After": "60"}, FetchErrorKind.HTTP_5XX, 60.0),
    ],
)
def test_http_failures_are_typed(
    server: LoopbackServer,
    status: int,
    body: bytes,
    headers: dict[str, str],
    kind: FetchErrorKind,
    retry_after: float | None,
) -> None:
    url = server.add("/x", body, status=status, headers=headers, etag=False)
    with Fetcher(loopback_settings()) as fetcher:
        error = fetch_error(fetcher, url)
    assert error.kind is kind
    assert error.retry_after_s == retry_after
