"""Ingest → classify → match → dedup → signals, on both databases."""

import datetime as dt

import pytest
from sqlalchemy import func, select

from intel import pipeline
from intel.contacts import list_contacts
from intel.db import session_scope
from intel.heat import HeatConfig, update_heat
from intel.ingest import ingest_items
from intel.jobs import JobContext
from intel.models import Account, Alert, Article, Signal, Source, Story
from intel.pipeline import process_new, reprocess
from intel.types import AccountKind, EventType, RawItem, SignalRole, SourceKind
from tests.factories import make_account, make_source, make_user

NOW = dt.datetime(2026, 11, 20, 12, 0, tzinfo=dt.UTC)


@pytest.fixture
def workspace(session_factory):
    with session_scope(session_factory) as session:
        ids = {
            "globex": make_account(session, name="Globex Analytics", aliases=["Globex"]).id,
            "dataforge": make_account(session, name="DataForge").id,
            "northwind": make_account(session, name="Northwind Robotics").id,
            "initech": make_account(session, name="Initech Cloud", kind=AccountKind.COMPETITOR).id,
        }
        ids["wire"] = make_source(session, "https://wire.test/feed.xml").id
        ids["daily"] = make_source(session, "https://daily.test/feed.xml").id
    return ids


def ingest(session_factory, source_id, *items, now=NOW):
    with session_scope(session_factory) as session:
        source = session.get(Source, source_id)
        return [a.id for a in ingest_items(session, source, items, now=now)]


def run(session_factory, settings, now=NOW):
    return process_new(JobContext(session_factory=session_factory, settings=settings, now=now))


def signals(session_factory):
    with session_factory() as session:
        return {(s.account_id, s.type, s.role) for s in session.scalars(select(Signal)).all()}


def item(url, title, summary="", published=NOW):
    return RawItem(url=url, title=title, summary_text=summary, published_at=published)


def test_an_acquisition_tags_acquirer_and_target(session_factory, settings, workspace):
    ingest(
        session_factory,
        workspace["wire"],
        item(
            "https://wire.test/1",
            "Globex Analytics to acquire DataForge for $310 million",
            "The cash-and-stock deal is expected to close in the first quarter.",
        ),
    )
    report = run(session_factory, settings)
    assert report.articles == 1
    assert signals(session_factory) == {
        (workspace["globex"], EventType.ACQUISITION, SignalRole.ACQUIRER),
        (workspace["dataforge"], EventType.ACQUISITION, SignalRole.TARGET),
    }
    with session_factory() as session:
        signal = session.scalars(select(Signal)).first()
        assert signal.fields.get("price") == 310_000_000
        assert signal.explanation


def test_the_same_story_from_two_outlets_is_one_story_with_prominence_two(
    session_factory, settings, workspace
):
    ingest(
        session_factory,
        workspace["wire"],
        item("https://wire.test/2", "Northwind Robotics raises $48 million Series B"),
    )
    ingest(
        session_factory,
        workspace["daily"],
        item(
            "https://daily.test/x",
            "Northwind Robotics raises $48M in Series B round led by Harbor Lane - Business Daily",
            published=NOW + dt.timedelta(hours=3),
        ),
    )
    report = run(session_factory, settings)
    assert (report.articles, report.merged) == (2, 1)
    with session_factory() as session:
        (story,) = session.scalars(select(Story)).all()
        assert (story.article_count, story.source_count) == (2, 2)
        assert session.scalar(select(func.count()).select_from(Signal)) == 1  # one per story


def test_processing_is_idempotent_and_reprocess_duplicates_nothing(
    session_factory, settings, workspace
):
    ingest(
        session_factory,
        workspace["wire"],
        item("https://wire.test/3", "Initech Cloud to cut 8% of staff as growth slows"),
    )
    run(session_factory, settings)
    before = signals(session_factory)
    assert (workspace["initech"], EventType.LAYOFFS, SignalRole.SUBJECT) in before
    assert run(session_factory, settings).articles == 0
    ctx = JobContext(session_factory=session_factory, settings=settings, now=NOW)
    reprocess(ctx, since=NOW - dt.timedelta(days=7))
    reprocess(ctx, since=NOW - dt.timedelta(days=7))
    assert signals(session_factory) == before
    with session_factory() as session:
        assert session.scalar(select(func.count()).select_from(Signal)) == len(before)


def test_account_edits_take_effect_on_reprocess_but_alerted_signals_stay(
    session_factory, settings, workspace
):
    ingest(
        session_factory,
        workspace["wire"],
        item("https://wire.test/4", "Globex Analytics opens a new office in Lisbon"),
        item("https://wire.test/5", "Globex Analytics launches an AI forecasting product"),
    )
    run(session_factory, settings)
    with session_scope(session_factory) as session:
        heat_before = session.get(Account, workspace["globex"]).heat_score
        user = make_user(session)
        launch = session.scalar(select(Signal).where(Signal.type == EventType.PRODUCT))
        session.add(
            Alert(
                user_id=user.id,
                signal_id=launch.id,
                story_id=launch.story_id,
                account_id=launch.account_id,
            )
        )
        globex = session.get(Account, workspace["globex"])
        globex.negative_keywords = ["Lisbon", "forecasting"]  # pretend both were wrong
    reprocess(
        JobContext(session_factory=session_factory, settings=settings, now=NOW),
        since=NOW - dt.timedelta(days=1),
    )
    remaining = signals(session_factory)
    assert (workspace["globex"], EventType.EXPANSION, SignalRole.SUBJECT) not in remaining
    assert (workspace["globex"], EventType.PRODUCT, SignalRole.SUBJECT) in remaining  # alerted
    with session_factory() as session:  # the dropped expansion no longer warms the account
        assert 0 < session.get(Account, workspace["globex"]).heat_score < heat_before


def test_leadership_news_yields_a_person_to_call(session_factory, settings, workspace):
    ingest(
        session_factory,
        workspace["wire"],
        item("https://wire.test/6", "Globex Analytics names Maya Chen as Chief Revenue Officer"),
    )
    run(session_factory, settings)
    with session_factory() as session:
        (contact,) = list_contacts(session, workspace["globex"])
    assert contact.person == "Maya Chen"
    assert "Revenue" in contact.title
    assert contact.direction == "joining"


def test_competitor_mentions_are_signals_and_heat_ranks_accounts(
    session_factory, settings, workspace
):
    ingest(
        session_factory,
        workspace["wire"],
        item("https://wire.test/7", "Northwind Robotics raises $48 million Series B"),
        item("https://wire.test/8", "Why retailers are looking at Initech Cloud and others"),
    )
    run(session_factory, settings)
    assert (workspace["initech"], EventType.MENTION, SignalRole.SUBJECT) in signals(session_factory)
    # Ranked as the signals land, before the scheduled heat run: fan-out reads this heat.
    with session_factory() as session:
        ranked = session.scalars(select(Account).order_by(Account.heat_score.desc())).all()
        assert ranked[0].id == workspace["northwind"]
        assert ranked[0].heat_tier in {"warm", "hot"}
        assert ranked[0].heat_updated_at is not None
    with session_scope(session_factory) as session:
        assert update_heat(session, now=NOW, config=HeatConfig()) == 0  # already up to date


def test_an_article_that_breaks_processing_does_not_stop_the_others(
    session_factory, settings, workspace, monkeypatch
):
    ingest(
        session_factory,
        workspace["wire"],
        item("https://wire.test/9", "Globex Analytics launches an AI product"),
        item("https://wire.test/10", "Northwind Robotics raises $48 million Series B"),
    )
    real = pipeline.classify_article

    def flaky(title, summary=""):
        if "Globex" in title:
            raise RuntimeError("a bug in a rule")
        return real(title, summary)

    monkeypatch.setattr("intel.pipeline.classify_article", flaky)
    report = run(session_factory, settings)
    assert (report.articles, report.failed) == (1, 1)
    assert run(session_factory, settings).failed == 0  # not retried on every run
    with session_factory() as session:
        broken = session.scalar(select(Article).where(Article.url == "https://wire.test/9"))
        assert broken.extra["process_error"] == "RuntimeError: a bug in a rule"

    monkeypatch.setattr("intel.pipeline.classify_article", real)  # the rule is fixed
    reprocess(
        JobContext(session_factory=session_factory, settings=settings, now=NOW),
        since=NOW - dt.timedelta(days=1),
    )
    with session_factory() as session:
        fixed = session.scalar(select(Article).where(Article.url == "https://wire.test/9"))
        assert "process_error" not in fixed.extra
        assert session.scalar(select(func.count()).select_from(Signal)) == 2


def test_pre_typed_filings_skip_classification_and_match_by_cik(
    session_factory, settings, workspace, monkeypatch
):
    with session_scope(session_factory) as session:
        filer = make_account(session, name="Hooli Health", sec_cik="1234567").id
    monkeypatch.setattr(
        "intel.pipeline.classify_article", lambda *_a, **_k: pytest.fail("must not classify")
    )
    filing = RawItem(
        url="https://sec.test/Archives/edgar/data/1234567/0001.htm",
        title="8-K - HOOLI HEALTH INC (0001234567) (Filer)",
        summary_text="Item 2.02 Results of Operations and Financial Condition",
        published_at=NOW,
        extra={
            "cik": "0001234567",
            "events": [{"type": "earnings", "confidence": 0.97, "explanation": "Item 2.02"}],
        },
    )
    ingest(session_factory, workspace["wire"], filing)
    run(session_factory, settings)
    with session_factory() as session:
        (signal,) = session.scalars(select(Signal)).all()
    assert (signal.account_id, signal.type) == (filer, EventType.EARNINGS)
    assert signal.explanation == "Item 2.02"


def test_a_filing_typed_as_no_event_is_not_classified_from_its_title(
    session_factory, settings, workspace
):
    with session_scope(session_factory) as session:
        make_account(session, name="Hooli Health", sec_cik="1234567")
    # an amendment re-files an event already signalled: the collector says "no event",
    # though the title alone reads like an acquisition
    amendment = RawItem(
        url="https://sec.test/Archives/edgar/data/1234567/0002.htm",
        title="Hooli Health files 8-K/A: amends its report on the acquisition of Initech",
        published_at=NOW,
        extra={"cik": "0001234567", "events": []},
    )
    ingest(session_factory, workspace["wire"], amendment)
    run(session_factory, settings)
    with session_factory() as session:
        assert session.scalars(select(Signal)).all() == []


def test_the_account_index_follows_edits_and_never_crosses_databases(session_factory, tmp_path):
    from intel.accounts_index import AccountIndexCache
    from intel.db import make_engine, make_session_factory
    from intel.migrate import upgrade

    cache = AccountIndexCache()
    with session_scope(session_factory) as session:
        make_account(session, name="Globex Analytics")
    with session_factory() as session:
        index, _ = cache.get(session)
        assert [m.name for m in index.match("Globex Analytics opens an office")] == [
            "Globex Analytics"
        ]
    with session_scope(session_factory) as session:
        session.scalar(select(Account)).name = "Globex Data"  # an edit, same count and ids
    with session_factory() as session:
        index, _ = cache.get(session)
        assert index.match("Globex Analytics opens an office") == []

    other_url = f"sqlite:///{tmp_path / 'other.db'}"
    upgrade(other_url)
    other = make_session_factory(make_engine(other_url))
    with session_scope(other) as session:
        make_account(session, name="Northwind Robotics")
    with other() as session:
        index, _ = cache.get(session)
    assert [m.name for m in index.match("Northwind Robotics raises $5M")] == ["Northwind Robotics"]


def test_an_accounts_own_newsroom_makes_it_the_subject_but_a_news_search_does_not(
    session_factory, settings, workspace
):
    with session_scope(session_factory) as session:
        # a common word, marked ambiguous: its name alone never counts
        notion = make_account(session, name="Notion", ambiguous=True).id
        newsroom = make_source(
            session, "https://notion.test/press", kind=SourceKind.NEWSROOM, account_id=notion
        ).id
        search = make_source(
            session, "https://search.test/?q=notion", kind=SourceKind.NEWS_QUERY, account_id=notion
        ).id
    ingest(
        session_factory,
        newsroom,
        item("https://notion.test/press/agents", "Notion launches AI agents for every team"),
    )
    ingest(
        session_factory,
        search,
        item("https://other.test/idea", "A notion of teamwork: startup launches AI agents"),
    )

    run(session_factory, settings)

    assert signals(session_factory) == {(notion, EventType.PRODUCT, SignalRole.SUBJECT)}


@pytest.mark.parametrize(
    ("summary", "expected"),
    [
        # A summary that repeats the headline adds nothing, and loses nothing.
        ("Northwind Robotics raises $40 million Series B", {EventType.FUNDING}),
        # One that opens with the headline and goes on is still read to the end.
        (
            "Northwind Robotics raises $40 million Series B\n\n"
            "The company also opened an office in Berlin, its first in Europe.",
            {EventType.FUNDING, EventType.EXPANSION},
        ),
        (
            "Investors back the warehouse robot maker. The company opened an office in Berlin.",
            {EventType.FUNDING, EventType.EXPANSION},
        ),
    ],
)
def test_a_summary_is_read_for_what_it_adds_to_the_headline(
    session_factory, settings, workspace, summary, expected
):
    ingest(
        session_factory,
        workspace["wire"],
        item("https://wire.test/nw", "Northwind Robotics raises $40 million Series B", summary),
    )
    run(session_factory, settings)
    found = {
        kind for account, kind, _ in signals(session_factory) if account == workspace["northwind"]
    }
    assert found == expected
