"""Each kind of source through the poller, against a real loopback server and database."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from intel.db import session_scope
from intel.jobs import JobContext
from intel.models import Article, Source
from intel.types import FetchErrorKind, SourceKind
from sources.poll import poll_due
from tests.conftest import DATA
from tests.factories import make_source

NOW = dt.datetime(2026, 3, 3, 8, 0, tzinfo=dt.UTC)
SEC = DATA / "sec"


def _serve_edgar(feed_server) -> str:
    """The latest-filings fixture, its links pointing at the loopback server, and the
    Form D documents they lead to."""
    base = feed_server.base_url
    feed = (SEC / "latest_filings.atom").read_text("latin-1").replace("https://www.sec.gov", base)
    feed_server.add(
        "/Archives/edgar/data/1900020/000190002026000001/primary_doc.xml",
        SEC / "formD_brightwater.xml",
        content_type="application/xml",
    )
    return feed_server.add("/cgi-bin/browse-edgar", feed.encode("latin-1"))


def _poll(session_factory, settings):
    return poll_due(JobContext(session_factory=session_factory, settings=settings, now=NOW))


def test_edgar_filings_arrive_typed_with_their_filer_and_form_d_amount(
    session_factory, settings, feed_server
):
    url = _serve_edgar(feed_server)
    with session_scope(session_factory) as session:
        make_source(session, url, kind=SourceKind.EDGAR, next_check_at=None)
    settings = settings.model_copy(update={"sec_contact": "ops@acme.test"})

    report = _poll(session_factory, settings)

    assert report.failed == 0
    assert report.new_articles > 0
    with session_factory() as session:
        articles = session.scalars(select(Article)).all()
    by_filing = {(a.extra["cik"], a.extra["form"]): a for a in articles}
    earnings = by_filing["0001900001", "8-K"]  # Item 2.02
    assert [e["type"] for e in earnings.extra["events"]] == ["earnings"]
    funding = by_filing["0001900020", "D"]
    (event,) = funding.extra["events"]
    assert event["type"] == "funding"
    assert event["fields"]["amount"] > 0
    agents = {hit.headers["user-agent"] for hit in feed_server.requests}
    assert agents == {f"{settings.user_agent} ops@acme.test"}

    again = _poll(session_factory, settings.model_copy())  # nothing due: nothing fetched
    assert again.polled == 0


def test_edgar_is_not_polled_without_a_contact(session_factory, settings, feed_server):
    url = _serve_edgar(feed_server)
    with session_scope(session_factory) as session:
        source_id = make_source(session, url, kind=SourceKind.EDGAR, next_check_at=None).id

    report = _poll(session_factory, settings)

    assert report.failed == 1
    assert feed_server.requests == []
    with session_factory() as session:
        source = session.get(Source, source_id)
    assert source.last_error_kind == FetchErrorKind.BLOCKED
    assert "INTEL_SEC_CONTACT" in source.last_error


HTML = "text/html; charset=utf-8"


def test_a_newsroom_page_is_polled_and_the_feed_it_advertises_remembered(
    session_factory, settings, feed_server
):
    base = feed_server.base_url
    feed_server.add(
        "/news/feed.xml",
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Acme news</title>'
        f"<item><title>Acme wins a rail contract</title><link>{base}/news/acme-rail</link>"
        "</item></channel></rss>",
    )
    url = feed_server.add(
        "/news",
        '<html><head><link rel="alternate" type="application/rss+xml" href="/news/feed.xml">'
        '</head><body><main><h2><a href="/news/acme-rail">Acme wins a rail contract</a></h2>'
        "</main></body></html>",
        content_type=HTML,
    )
    with session_scope(session_factory) as session:
        source_id = make_source(session, url, kind=SourceKind.NEWSROOM, next_check_at=None).id

    report = _poll(session_factory, settings)

    assert (report.polled, report.new_articles) == (1, 1)
    with session_factory() as session:
        source = session.get(Source, source_id)
        (article,) = session.scalars(select(Article)).all()
    assert source.options["feed_url"] == f"{base}/news/feed.xml"
    assert article.url == f"{base}/news/acme-rail"
    assert len(feed_server.hits("/robots.txt")) == 1  # asked before the page


def test_a_newsroom_that_robots_txt_closes_is_never_fetched(session_factory, settings, feed_server):
    feed_server.add("/robots.txt", "User-agent: *\nDisallow: /press\n", content_type="text/plain")
    url = feed_server.add("/press", "<html><body>releases</body></html>", content_type=HTML)
    with session_scope(session_factory) as session:
        source_id = make_source(session, url, kind=SourceKind.NEWSROOM, next_check_at=None).id

    _poll(session_factory, settings)

    assert feed_server.hits("/press") == []
    with session_factory() as session:
        source = session.get(Source, source_id)
    assert source.last_error_kind == FetchErrorKind.BLOCKED
    assert "robots.txt" in source.last_error
