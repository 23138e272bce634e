"""Sources made per followed account (news searches, SEC filings): built from names,
exclusions and CIKs, kept in step with account edits, and polled like any source."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import delete, select

from intel.config import ConfigError, load_settings
from intel.db import session_scope
from intel.jobs import JobContext
from intel.models import Account, Article, Source, Watchlist, WatchlistMember
from intel.types import AccountKind, SourceKind
from sources.account_sources import query_url, search_query, sync_account_sources
from sources.poll import poll_due
from tests.factories import make_account, make_source, make_user

NOW = dt.datetime(2026, 11, 22, 9, 0, tzinfo=dt.UTC)


@pytest.mark.parametrize(
    ("name", "aliases", "exclusions", "expected"),
    [
        ("Acme Corp", [], [], '"Acme Corp"'),
        ("Acme Corp", ["Acme", "ACME Robotics"], [], '"Acme Corp" OR "Acme" OR "ACME Robotics"'),
        ("Acme", ["Acme"], ["acme cream", "Road Runner"], '"Acme" -"acme cream" -"Road Runner"'),
        ('The "Best" Co', [], [], '"The Best Co"'),  # quotes inside a name cannot break out
        ("  Acme   Corp ", ["", "  "], [], '"Acme Corp"'),
    ],
)
def test_search_queries_quote_every_name_and_negate_exclusions(name, aliases, exclusions, expected):
    assert search_query(name, aliases, exclusions) == expected


def test_the_query_is_encoded_into_the_template():
    url = query_url("https://news.test/rss?q={query}&hl=en", '"Acme & Co" -"x"')
    assert url == "https://news.test/rss?q=%22Acme+%26+Co%22+-%22x%22&hl=en"


def _ctx(session_factory, settings, now=NOW):
    return JobContext(session_factory=session_factory, settings=settings, now=now)


def _queries(session_factory):
    with session_factory() as session:
        rows = session.scalars(
            select(Source).where(Source.kind == SourceKind.NEWS_QUERY).order_by(Source.url)
        )
        return [(s.account_id, s.options.get("template"), s.url) for s in rows]


@pytest.fixture
def followed(session_factory):
    """A competitor, a watched prospect, an owned prospect, and one nobody follows."""
    with session_scope(session_factory) as session:
        rep = make_user(session, email="rep@acme.test")
        rival = make_account(session, name="Initech Cloud", kind=AccountKind.COMPETITOR)
        watched = make_account(session, name="Globex", negative_keywords=["globex cream"])
        owned = make_account(session, name="Hooli", owner_id=rep.id)
        make_account(session, name="Umbrella Health")  # imported, never followed
        watchlist = Watchlist(name="Q4", owner_id=rep.id)
        session.add(watchlist)
        session.flush()
        session.add(WatchlistMember(watchlist_id=watchlist.id, account_id=watched.id))
        return {"rival": rival.id, "watched": watched.id, "owned": owned.id, "rep": rep.id}


def test_followed_accounts_get_one_search_per_template_and_others_none(
    session_factory, settings, followed
):
    settings = settings.model_copy(
        update={
            "news_query_templates": {
                "a": "https://a.test/?q={query}",
                "b": "https://b.test/rss/{query}",
            }
        }
    )
    report = sync_account_sources(_ctx(session_factory, settings))

    assert (report.created, report.updated, report.removed) == (6, 0, 0)
    made = _queries(session_factory)
    assert {account for account, _, _ in made} == {
        followed["rival"],
        followed["watched"],
        followed["owned"],
    }
    assert (followed["watched"], "a", "https://a.test/?q=%22Globex%22+-%22globex+cream%22") in made
    again = sync_account_sources(_ctx(session_factory, settings))
    assert (again.created, again.updated, again.removed) == (0, 0, 0)


def test_edits_and_unfollows_reach_the_searches_and_hand_made_ones_stay(
    session_factory, settings, followed
):
    settings = settings.model_copy(
        update={"news_query_templates": {"a": "https://a.test/?q={query}"}}
    )
    with session_scope(session_factory) as session:
        make_source(session, "https://alerts.test/feeds/123", kind=SourceKind.NEWS_QUERY)
    sync_account_sources(_ctx(session_factory, settings))
    with session_scope(session_factory) as session:
        session.get(Account, followed["rival"]).aliases = ["Initech"]
        session.execute(delete(WatchlistMember))  # Globex is no longer watched

    report = sync_account_sources(_ctx(session_factory, settings))

    assert (report.updated, report.removed) == (1, 1)
    made = _queries(session_factory)
    assert (
        followed["rival"],
        "a",
        "https://a.test/?q=%22Initech+Cloud%22+OR+%22Initech%22",
    ) in made
    assert all(account != followed["watched"] for account, _, _ in made)
    assert (None, None, "https://alerts.test/feeds/123") in made  # a person's own


def test_a_news_search_is_polled_and_its_articles_belong_to_the_account(
    session_factory, settings, feed_server, followed
):
    template = feed_server.url("/search?q={query}")
    settings = settings.model_copy(update={"news_query_templates": {"local": template}})
    path = query_url("/search?q={query}", '"Hooli"')
    feed_server.add(
        path,
        '<rss version="2.0"><channel><item><title>Hooli opens a Lisbon office</title>'
        "<link>https://n.test/hooli-lisbon</link></item></channel></rss>",
    )
    sync_account_sources(_ctx(session_factory, settings))

    poll_due(_ctx(session_factory, settings))

    assert len(feed_server.hits(path)) == 1
    with session_factory() as session:
        (article,) = session.scalars(select(Article)).all()
        source = session.get(Source, article.source_id)
    assert article.title == "Hooli opens a Lisbon office"
    assert source.account_id == followed["owned"]


@pytest.mark.parametrize("template", ["ftp://x.test/{query}", "https://x.test/rss"])
def test_templates_must_be_web_urls_with_a_query_placeholder(template):
    with pytest.raises(ConfigError, match="INTEL_NEWS_QUERY_TEMPLATES: x: expected an http"):
        load_settings(news_query_templates={"x": template}, _env_file=None)


def test_an_account_with_a_cik_gets_its_filings_once_sec_has_a_contact(
    session_factory, settings, followed
):
    with session_scope(session_factory) as session:
        session.get(Account, followed["owned"]).sec_cik = "1652044"
    no_contact = settings.model_copy(update={"news_query_templates": {}})
    assert sync_account_sources(_ctx(session_factory, no_contact)).created == 0

    with_contact = no_contact.model_copy(update={"sec_contact": "ops@acme.test"})
    report = sync_account_sources(_ctx(session_factory, with_contact))

    assert report.created == 1
    with session_factory() as session:
        (filings,) = session.scalars(select(Source)).all()
    assert filings.kind == SourceKind.EDGAR
    assert filings.account_id == followed["owned"]
    assert "CIK=0001652044" in filings.url
