"""robots.txt rules, fetched from a real HTTP server on 127.0.0.1 and cached per site."""

import socket
import threading

import pytest

from intel.types import FetchErrorKind
from sources.http import Fetcher
from sources.robots import MAX_ROBOTS_BYTES, RETRY_S, TTL_S, RobotsCache
from tests.loopback import LoopbackServer, loopback_settings

AGENT = "ProspectIntel/0.1 (+https://github.com/prospect-intel/prospect-intel)"
TEXT = "text/plain"


class Clock:
    def __init__(self):
        self.now = 1000.0

    def __call__(self):
        return self.now


@pytest.fixture
def fetcher():
    with Fetcher(loopback_settings(fetch_timeout_s=1)) as fetcher:  # timeouts come fast
        yield fetcher


@pytest.fixture
def clock():
    return Clock()


@pytest.fixture
def robots(fetcher, clock):
    return RobotsCache(fetcher, clock=clock)


@pytest.fixture
def server():
    with LoopbackServer() as server:
        yield server


def serve_robots(server, text, **options):
    options.setdefault("content_type", TEXT)
    return server.add("/robots.txt", text, **options)


def test_the_group_naming_our_agent_applies_and_others_fall_back_to_the_star(robots, server):
    serve_robots(
        server,
        "# rules\nUser-agent: *\nDisallow: /\n\n"
        "User-agent: ProspectIntel\nAllow: /news/private-briefing-ok\nDisallow: /news/private\n",
    )

    assert robots.allowed(server.url("/news/acme-wins"), AGENT)
    assert robots.allowed(server.url("/news/private-briefing-ok"), AGENT)
    assert not robots.allowed(server.url("/news/private/q3"), AGENT)
    assert not robots.allowed(server.url("/news/acme-wins"), "OtherBot/2.0")


def test_a_refusal_names_robots_txt_and_the_url(robots, server):
    serve_robots(server, "User-agent: *\nDisallow: /press\n")

    refusal = robots.refusal(server.url("/press/2026"), AGENT)

    assert refusal.kind == FetchErrorKind.BLOCKED
    assert str(refusal) == (
        f"robots.txt at {server.url('/robots.txt')} disallows {server.url('/press/2026')} "
        "for ProspectIntel"
    )
    assert refusal.retry_after_s == TTL_S
    assert robots.refusal(server.url("/news"), AGENT) is None


@pytest.mark.parametrize("status", [404, 410, 400])
def test_a_missing_robots_txt_allows_everything(robots, server, status):
    if status != 404:
        serve_robots(server, "User-agent: *\nDisallow: /\n", status=status)
    assert robots.allowed(server.url("/anything"), AGENT)
    assert robots.crawl_delay(server.url("/anything"), AGENT) is None


@pytest.mark.parametrize("status", [401, 403])
def test_an_unauthorised_robots_txt_forbids_the_whole_site(robots, server, status):
    serve_robots(server, "", status=status)

    refusal = robots.refusal(server.url("/news"), AGENT)

    assert refusal.kind == FetchErrorKind.BLOCKED
    assert f"HTTP {status}" in str(refusal)
    assert refusal.retry_after_s == TTL_S


@pytest.mark.parametrize(
    ("status", "kind"),
    [
        (500, FetchErrorKind.HTTP_5XX),
        (503, FetchErrorKind.HTTP_5XX),
        (429, FetchErrorKind.HTTP_4XX),
    ],
)
def test_an_unavailable_robots_txt_refuses_for_now_and_is_retried_sooner(
    robots, server, clock, status, kind
):
    serve_robots(server, "", status=status)

    refusal = robots.refusal(server.url("/news"), AGENT)

    assert refusal.kind == kind
    assert "could not be read" in str(refusal)
    assert "next try in 10 min" in str(refusal)
    assert refusal.retry_after_s == RETRY_S
    serve_robots(server, "User-agent: *\nAllow: /\n")
    clock.now += RETRY_S - 1
    assert not robots.allowed(server.url("/news"), AGENT)
    clock.now += 2
    assert robots.allowed(server.url("/news"), AGENT)
    assert len(server.hits("/robots.txt")) == 2


def test_a_robots_txt_that_never_answers_refuses_for_now(robots):
    with socket.socket() as silent:
        silent.bind(("127.0.0.1", 0))
        silent.listen(1)  # accepts the connection, never answers
        port = silent.getsockname()[1]
        refusal = robots.refusal(f"http://127.0.0.1:{port}/news", AGENT)
    assert refusal.kind == FetchErrorKind.TIMEOUT
    assert refusal.retry_after_s == RETRY_S


def test_a_site_that_refuses_connections_is_refused_for_now(robots):
    with socket.socket() as closed:
        closed.bind(("127.0.0.1", 0))
        port = closed.getsockname()[1]
    refusal = robots.refusal(f"http://127.0.0.1:{port}/news", AGENT)
    assert refusal.kind == FetchErrorKind.CONNECT
    assert refusal.retry_after_s == RETRY_S


def test_robots_txt_is_read_once_per_site_until_it_expires(robots, server, clock):
    serve_robots(server, "User-agent: *\nDisallow: /private\n")
    for path in ("/a", "/b", "/private/c", "/d?x=1"):
        robots.allowed(server.url(path), AGENT)
    assert len(server.hits("/robots.txt")) == 1

    serve_robots(server, "User-agent: *\nDisallow: /\n")
    clock.now += TTL_S - 1
    assert robots.allowed(server.url("/a"), AGENT)
    clock.now += 2
    assert not robots.allowed(server.url("/a"), AGENT)
    assert len(server.hits("/robots.txt")) == 2


def test_each_origin_has_its_own_robots_txt(robots, server):
    serve_robots(server, "User-agent: *\nDisallow: /\n")
    with LoopbackServer() as other:
        assert robots.allowed(other.url("/news"), AGENT)
        assert not robots.allowed(server.url("/news"), AGENT)
        assert len(other.hits("/robots.txt")) == 1


def test_a_redirected_robots_txt_is_followed(robots, server):
    server.redirect("/robots.txt", "/static/robots.txt")
    server.add("/static/robots.txt", "User-agent: *\nDisallow: /press\n", content_type=TEXT)
    assert not robots.allowed(server.url("/press"), AGENT)
    assert robots.allowed(server.url("/news"), AGENT)


def test_crawl_delay_is_exposed_for_the_matching_group(robots, server):
    serve_robots(
        server, "User-agent: *\nCrawl-delay: 30\n\nUser-agent: ProspectIntel\nCrawl-delay: 5\n"
    )
    assert robots.crawl_delay(server.url("/news"), AGENT) == 5.0
    assert robots.crawl_delay(server.url("/news"), "OtherBot/1.0") == 30.0


def test_only_the_first_500_kib_are_read(robots, server):
    head = "User-agent: *\nDisallow: /early\n"
    padding = "# padding\n" * ((MAX_ROBOTS_BYTES - len(head)) // 10 + 10)
    serve_robots(server, head + padding + "Disallow: /late\n")

    assert not robots.allowed(server.url("/early"), AGENT)
    assert robots.allowed(server.url("/late"), AGENT)


def test_a_rule_cut_at_the_limit_is_dropped_not_shortened(robots, server):
    head = "User-agent: *\n"
    padding = "#" * (MAX_ROBOTS_BYTES - len(head) - len("Disallow: /") - 1) + "\n"
    serve_robots(server, head + padding + "Disallow: /press-kit\n")

    assert robots.allowed(server.url("/"), AGENT)


def test_concurrent_questions_share_one_fetch(robots, server):
    serve_robots(server, "User-agent: *\nDisallow: /private\n")
    start = threading.Barrier(16)
    answers = []

    def ask(n):
        start.wait()
        answers.append(robots.allowed(server.url(f"/news/{n}"), AGENT))

    threads = [threading.Thread(target=ask, args=(n,)) for n in range(16)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert answers == [True] * 16
    assert len(server.hits("/robots.txt")) == 1
