import datetime as dt

from sqlalchemy import func, select

from intel.canonical import canonical_url
from intel.ingest import ingest_items
from intel.models import Article, Story
from intel.types import RawItem
from tests.factories import make_source

NOW = dt.datetime(2026, 11, 2, 12, 0, tzinfo=dt.UTC)


def item(url, title="Acme raises $5M", guid=None, **kw):
    return RawItem(url=url, title=title, guid=guid, summary_text="Acme closed a round.", **kw)


def test_new_items_become_articles_each_with_a_story(session):
    source = make_source(session, "https://feeds.test/a.xml")
    new = ingest_items(
        session, source, [item("https://n.test/1"), item("https://n.test/2")], now=NOW
    )
    session.commit()
    assert [a.canonical_url for a in new] == ["https://n.test/1", "https://n.test/2"]
    assert session.scalar(select(func.count()).select_from(Story)) == 2
    assert all(a.story_id is not None and a.fetched_at == NOW for a in new)


def test_reingesting_returns_only_what_is_new(session):
    source = make_source(session, "https://feeds.test/a.xml")
    ingest_items(session, source, [item("https://n.test/1")], now=NOW)
    session.commit()
    again = ingest_items(
        session, source, [item("https://n.test/1"), item("https://n.test/3")], now=NOW
    )
    session.commit()
    assert [a.url for a in again] == ["https://n.test/3"]
    assert session.scalar(select(func.count()).select_from(Article)) == 2


def test_same_story_url_with_tracking_parameters_is_one_article(session):
    one = make_source(session, "https://feeds.test/a.xml")
    two = make_source(session, "https://feeds.test/b.xml")
    ingest_items(session, one, [item("https://n.test/1?id=4")], now=NOW)
    new = ingest_items(
        session,
        two,
        [item("HTTPS://N.test:443/1?utm_source=rss&id=4&fbclid=xyz#comments")],
        now=NOW,
    )
    session.commit()
    assert new == []


def test_a_stable_guid_with_a_changed_url_is_not_stored_twice(session):
    source = make_source(session, "https://feeds.test/a.xml")
    ingest_items(session, source, [item("https://n.test/1", guid="post-1")], now=NOW)
    new = ingest_items(session, source, [item("https://n.test/1-updated", guid="post-1")], now=NOW)
    assert new == []


def test_duplicates_within_one_batch_are_stored_once(session):
    source = make_source(session, "https://feeds.test/a.xml")
    new = ingest_items(
        session, source, [item("https://n.test/1"), item("https://n.test/1")], now=NOW
    )
    session.commit()
    assert len(new) == 1


def test_oversized_fields_are_truncated_not_rejected(session):
    source = make_source(session, "https://feeds.test/a.xml")
    (article,) = ingest_items(
        session,
        source,
        [RawItem(url="https://n.test/big", title="T" * 5000, summary_text="s" * 50_000)],
        now=NOW,
    )
    session.commit()
    assert len(article.title) == 1000
    assert len(article.summary_text) == 20_000


def test_canonical_url_keeps_meaningful_query_parameters():
    assert canonical_url("https://Example.com/a?b=2&a=1&utm_medium=x#frag") == (
        "https://example.com/a?a=1&b=2"
    )
    assert canonical_url("http://example.com:8080") == "http://example.com:8080/"


def test_a_duplicate_raced_in_by_another_worker_is_skipped_and_the_batch_kept(
    session, session_factory, monkeypatch
):
    source = make_source(session, "https://feeds.test/a.xml")
    session.commit()
    with session_factory() as other_worker:  # stores the same story first, and commits
        ingest_items(other_worker, other_worker.merge(source), [item("https://n.test/2")], now=NOW)
        other_worker.commit()
    monkeypatch.setattr("intel.ingest._seen", lambda *_args: set())  # lose the race

    new = ingest_items(
        session,
        source,
        [item("https://n.test/1"), item("https://n.test/2"), item("https://n.test/3")],
        now=NOW,
    )
    stored = [a.url for a in new]
    session.rollback()  # nothing was committed by the savepoints themselves

    assert stored == ["https://n.test/1", "https://n.test/3"]
    assert session.scalar(select(func.count()).select_from(Article)) == 1
