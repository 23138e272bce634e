"""The sources.poll_due job against a real HTTP server on 127.0.0.1 and a real database."""

import datetime as dt
import threading
import time

import pytest
from sqlalchemy import func, select

from intel.db import session_scope
from intel.jobs import JobContext
from intel.models import Article, Source
from intel.services.sources import source_health
from intel.types import FetchErrorKind, RawItem
from sources.poll import claim_due_sources, next_interval, poll_due
from tests.conftest import DATA
from tests.factories import make_source

NOW = dt.datetime(2026, 11, 5, 8, 0, tzinfo=dt.UTC)


def run(session_factory, settings, now=NOW):
    return poll_due(JobContext(session_factory=session_factory, settings=settings, now=now))


def add_sources(session_factory, *urls):
    with session_scope(session_factory) as session:
        return [make_source(session, url, next_check_at=NOW).id for url in urls]


def source(session_factory, source_id):
    with session_factory() as session:
        return session.get(Source, source_id)


def article_count(session_factory):
    with session_factory() as session:
        return session.scalar(select(func.count()).select_from(Article))


def test_due_feeds_are_fetched_and_stored_and_fetch_state_recorded(
    session_factory, settings, feed_server
):
    url = feed_server.add("/acme.rss", DATA / "feeds" / "acme-news.rss")
    (source_id,) = add_sources(session_factory, url)

    report = run(session_factory, settings)

    assert (report.polled, report.new_articles, report.failed) == (1, 2, 0)
    assert article_count(session_factory) == 2
    state = source(session_factory, source_id)
    assert state.etag
    assert state.last_success_at == NOW
    assert state.error_count == 0
    # two entries dated within the past week: checked every 3.5 days, capped at a day
    assert state.next_check_at == NOW + dt.timedelta(seconds=settings.source_max_interval_s)
    sent_agent = feed_server.hits("/acme.rss")[0].headers["user-agent"]
    assert sent_agent == settings.user_agent


def test_second_poll_is_a_conditional_get_and_stores_nothing(
    session_factory, settings, feed_server
):
    url = feed_server.add("/acme.rss", DATA / "feeds" / "acme-news.rss")
    add_sources(session_factory, url)
    run(session_factory, settings)
    later = NOW + dt.timedelta(days=1)

    report = run(session_factory, settings, now=later)

    second = feed_server.hits("/acme.rss")[1]
    assert second.headers.get("if-none-match")
    assert (report.polled, report.not_modified, report.new_articles) == (1, 1, 0)
    assert article_count(session_factory) == 2


def test_sources_not_yet_due_are_left_alone(session_factory, settings, feed_server):
    url = feed_server.add("/acme.rss", DATA / "feeds" / "acme-news.rss")
    add_sources(session_factory, url)
    run(session_factory, settings)
    report = run(session_factory, settings, now=NOW + dt.timedelta(minutes=1))
    assert report.polled == 0
    assert len(feed_server.hits("/acme.rss")) == 1


def test_a_failing_source_is_recorded_and_backs_off_while_others_go_on(
    session_factory, settings, feed_server
):
    bad = feed_server.add("/down.rss", b"oops", status=503)
    html = feed_server.add(
        "/page.html", DATA / "feeds" / "not-a-feed.html", content_type="text/html"
    )
    good = feed_server.add("/gamma.atom", DATA / "feeds" / "gamma.atom")
    bad_id, html_id, good_id = add_sources(session_factory, bad, html, good)

    report = run(session_factory, settings)

    assert (report.polled, report.failed, report.new_articles) == (1, 2, 1)
    down = source(session_factory, bad_id)
    assert down.last_error_kind == FetchErrorKind.HTTP_5XX
    assert down.error_count == 1
    assert down.last_success_at is None
    interval = dt.timedelta(seconds=settings.source_min_interval_s)
    assert down.next_check_at >= NOW + interval * 0.8
    assert source(session_factory, html_id).last_error_kind == FetchErrorKind.NOT_A_FEED
    assert source(session_factory, good_id).error_count == 0

    retry_at = down.next_check_at
    run(session_factory, settings, now=retry_at)  # fails again: the wait doubles
    again = source(session_factory, bad_id)
    assert again.error_count == 2
    assert again.next_check_at - retry_at >= interval * 1.6

    feed_server.add("/down.rss", DATA / "feeds" / "acme-news.rss")  # it recovers
    run(session_factory, settings, now=NOW + dt.timedelta(days=2))
    recovered = source(session_factory, bad_id)
    assert recovered.error_count == 0
    assert recovered.last_error is None


def test_refused_addresses_are_never_fetched(session_factory, settings, feed_server):
    private = "http://10.255.255.1/feed.xml"
    other_loopback = feed_server.url("/acme.rss").replace("127.0.0.1", "127.0.0.2")
    feed_server.add("/acme.rss", DATA / "feeds" / "acme-news.rss")
    ids = add_sources(session_factory, private, other_loopback)

    run(session_factory, settings)

    for source_id in ids:
        assert source(session_factory, source_id).last_error_kind == FetchErrorKind.BLOCKED
    assert feed_server.hits("/acme.rss") == []


def test_a_redirect_to_a_refused_address_is_blocked(session_factory, settings, feed_server):
    feed_server.add("/acme.rss", DATA / "feeds" / "acme-news.rss")
    target = feed_server.url("/acme.rss").replace("127.0.0.1", "127.0.0.2")
    hop = feed_server.redirect("/hop", target)
    (source_id,) = add_sources(session_factory, hop)

    run(session_factory, settings)

    state = source(session_factory, source_id)
    assert state.last_error_kind == FetchErrorKind.BLOCKED
    assert "127.0.0.2" in state.last_error
    assert article_count(session_factory) == 0


def test_an_allowed_redirect_is_followed(session_factory, settings, feed_server):
    feed_server.add("/acme.rss", DATA / "feeds" / "acme-news.rss")
    hop = feed_server.redirect("/moved", "/acme.rss", status=301)
    add_sources(session_factory, hop)
    assert run(session_factory, settings).new_articles == 2


def test_a_stop_request_finishes_the_source_in_hand_and_no_more(
    session_factory, settings, feed_server
):
    urls = [feed_server.add(f"/f{i}.rss", DATA / "feeds" / "acme-news.rss") for i in range(3)]
    add_sources(session_factory, *urls)
    stop = threading.Event()
    stop.set()
    report = poll_due(
        JobContext(session_factory=session_factory, settings=settings, now=NOW, stop=stop)
    )
    assert report.polled == 0
    assert feed_server.requests == []


def test_concurrent_claims_never_hand_out_the_same_source(session_factory, settings):
    ids = add_sources(session_factory, *[f"https://feeds.test/{i}.xml" for i in range(40)])
    ctx = JobContext(session_factory=session_factory, settings=settings, now=NOW)
    barrier = threading.Barrier(4)
    claimed: list[list[int]] = []

    def claim():
        barrier.wait()
        batch = []
        while more := claim_due_sources(ctx, limit=3):
            batch += more
        claimed.append(batch)

    threads = [threading.Thread(target=claim) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    everything = [source_id for batch in claimed for source_id in batch]
    assert sorted(everything) == sorted(ids), "each due source is claimed exactly once"


def _dated(*hours_ago: float) -> list[RawItem]:
    return [
        RawItem(url=f"https://n.test/{n}", title="t", published_at=NOW - dt.timedelta(hours=h))
        for n, h in enumerate(hours_ago)
    ]


MINUTE, HOUR, DAY = dt.timedelta(minutes=1), dt.timedelta(hours=1), dt.timedelta(days=1)


@pytest.mark.parametrize(
    ("items", "max_age_s", "expected"),
    [
        (_dated(*range(0, 168, 2)), None, 2 * HOUR),  # 84 entries a week: every 2 hours
        (_dated(*range(0, 168, 1)), None, HOUR),  # hourly
        (_dated(*(m / 12 for m in range(12 * 168))), None, 15 * MINUTE),  # 5-minutely: floor
        (_dated(1, 30), None, DAY),  # twice a week: the daily ceiling
        (_dated(24 * 30), None, DAY),  # nothing recent
        ([RawItem(url="https://n.test/x", title="undated")], None, DAY),
        (_dated(*range(0, 168, 2)), 6 * 3600, 6 * HOUR),  # the server says: not before 6 h
        (_dated(-48, 1), None, DAY),  # dated in the future: not counted
    ],
)
def test_the_next_check_follows_how_often_a_feed_publishes(items, max_age_s, expected):
    interval = next_interval(items, now=NOW, least=15 * MINUTE, most=DAY, max_age_s=max_age_s)
    assert interval == expected


def test_a_busy_feed_is_checked_sooner_and_a_304_keeps_its_rhythm(
    session_factory, settings, feed_server
):
    items = "".join(
        f"<item><title>Post {n}</title><link>https://busy.test/{n}</link>"
        f"<pubDate>{(NOW - dt.timedelta(hours=n)).strftime('%a, %d %b %Y %H:%M:%S GMT')}</pubDate>"
        "</item>"
        for n in range(0, 168, 4)
    )
    url = feed_server.add("/busy.rss", f'<rss version="2.0"><channel>{items}</channel></rss>')
    (source_id,) = add_sources(session_factory, url)

    run(session_factory, settings)
    assert source(session_factory, source_id).next_check_at == NOW + 4 * HOUR

    later = NOW + 4 * HOUR
    report = run(session_factory, settings, now=later)
    assert report.not_modified == 1
    assert source(session_factory, source_id).next_check_at == later + 4 * HOUR


def test_cache_control_holds_the_next_check_back(session_factory, settings, feed_server):
    url = feed_server.add(
        "/cached.rss", DATA / "feeds" / "gamma.atom", headers={"Cache-Control": "max-age=7200"}
    )
    (source_id,) = add_sources(session_factory, url)
    settings = settings.model_copy(update={"source_max_interval_s": 3600})
    run(session_factory, settings)
    # the ceiling wins over the server: a source is never left longer than configured
    assert source(session_factory, source_id).next_check_at == NOW + HOUR


def test_a_source_failing_again_and_again_turns_unhealthy_but_is_never_disabled(
    session_factory, settings, feed_server
):
    url = feed_server.add("/down.rss", b"oops", status=500, etag=False)
    (source_id,) = add_sources(session_factory, url)
    settings = settings.model_copy(update={"source_unhealthy_after": 3})
    now = NOW
    states = []
    for _ in range(4):
        run(session_factory, settings, now=now)
        state = source(session_factory, source_id)
        states.append(source_health(state, unhealthy_after=settings.source_unhealthy_after))
        now = state.next_check_at
    assert states == ["failing", "failing", "unhealthy", "unhealthy"]
    assert state.enabled
    assert state.next_check_at is not None  # still retried, with backoff
    assert len(feed_server.hits("/down.rss")) == 4


LAUGHS = (
    b'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "ha">'
    + b"".join(
        b'<!ENTITY a%d "%s">' % (n, (b"&a%d;" % (n - 1) if n > 1 else b"&a;") * 10)
        for n in range(1, 10)
    )
    + b']><rss version="2.0"><channel><item><title>&a9;</title>'
    b"<link>https://x.test/1</link></item></channel></rss>"
)
QUADRATIC = (
    b'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY big "' + b"A" * 60_000 + b'">]>'
    b'<rss version="2.0"><channel><item><title>t</title><link>https://x.test/2</link>'
    b"<description>" + b"&big;" * 8_000 + b"</description></item></channel></rss>"
)
WRONG_CHARSET = (
    '<?xml version="1.0"?><rss version="2.0"><channel><item><title>Nestlé ouvre à Genève'
    "</title><link>https://n.test/nestle</link></item></channel></rss>"
).encode("latin-1")


def test_hostile_and_mislabelled_feeds_from_a_server(session_factory, settings, feed_server):
    """Entity blow-ups become parse errors on their sources without slowing the poll;
    a feed whose bytes do not match its declared charset is still read."""
    laughs = feed_server.add("/laughs.rss", LAUGHS)
    quadratic = feed_server.add("/quadratic.rss", QUADRATIC)
    latin = feed_server.add(
        "/latin.rss", WRONG_CHARSET, content_type="application/rss+xml; charset=utf-8"
    )
    ids = add_sources(session_factory, laughs, quadratic, latin)

    started = time.monotonic()
    report = run(session_factory, settings)
    elapsed = time.monotonic() - started

    assert (report.failed, report.polled, report.new_articles) == (2, 1, 1)
    assert elapsed < 10  # feedparser alone spends seconds and gigabytes on these
    for hostile in ids[:2]:
        state = source(session_factory, hostile)
        assert state.last_error_kind == FetchErrorKind.PARSE_ERROR
        assert "refused XML" in state.last_error
    with session_factory() as session:
        (article,) = session.scalars(select(Article)).all()
    assert article.url == "https://n.test/nestle"
    assert "Gen" in article.title
