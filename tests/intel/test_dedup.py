import datetime as dt

import pytest

from intel.canonical import canonical_url
from intel.dedup import StoryIndex, title_tokens

T0 = dt.datetime(2026, 11, 2, 9, 0, tzinfo=dt.UTC)


@pytest.mark.parametrize(
    ("variant", "canonical"),
    [
        ("https://www.news.test/a/story/amp/?utm_source=x", "https://news.test/a/story"),
        ("https://m.news.test/a/story", "https://news.test/a/story"),
        ("https://amp.news.test/a/story?amp=1", "https://news.test/a/story"),
        ("https://news.test/a/story.amp.html", "https://news.test/a/story.html"),
        ("https://news-test.cdn.ampproject.org/c/s/news.test/a/story", "https://news.test/a/story"),
        ("https://news.test/a/story/?ref=rss&fbclid=1#top", "https://news.test/a/story"),
        ("HTTPS://NEWS.TEST:443/a/story", "https://news.test/a/story"),
    ],
)
def test_amp_mobile_and_tracking_variants_share_one_canonical_url(variant, canonical):
    assert canonical_url(variant) == canonical


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("https://news.test/story?id=1", "https://news.test/story?id=2"),
        ("https://news.test/amp-guide", "https://news.test/guide"),
        ("https://one.test/story", "https://two.test/story"),
    ],
)
def test_different_articles_keep_different_canonical_urls(a, b):
    assert canonical_url(a) != canonical_url(b)


@pytest.mark.parametrize("figure", ["$48 million", "$48M", "$48mn", "US$48 million", "48 million"])
def test_one_figure_is_spelled_one_way(figure):
    assert "48m" in title_tokens(f"Northwind raises {figure} Series B")


def test_outlet_suffixes_and_stop_words_are_ignored():
    assert title_tokens("Acme raises $20M Series B - Reuters") == title_tokens(
        "Acme raises $20M Series B | The Wall Street Journal"
    )
    assert "raises" in title_tokens("Acme \u2013 the robot company \u2013 raises")  # not an outlet


def index_with(title, account_ids=(1,), seen_at=T0):
    index = StoryIndex()
    index.add(10, title, account_ids=account_ids, seen_at=seen_at)
    return index


@pytest.mark.parametrize(
    "retold",
    [
        "Acme Corp raises $20M in Series B round - TechCrunch",
        "Acme raises $20M Series B led by Harbor Ventures",
        "ACME RAISES $20M SERIES B",
    ],
)
def test_the_same_news_from_another_outlet_joins_the_story(retold):
    index = index_with("Acme raises $20M Series B to expand robotics - Reuters")
    assert index.find(retold, account_ids=[1], at=T0 + dt.timedelta(hours=5)) == 10


@pytest.mark.parametrize(
    ("headline", "accounts", "hours"),
    [
        ("Beta raises $20M Series B to expand robotics", [2], 1),  # another company
        ("Acme raises $35M Series B to expand robotics", [1], 1),  # another amount
        ("Acme raises $20M Series B to expand robotics", [1], 24 * 5),  # outside the window
        ("Acme opens office in Lyon", [1], 1),  # another event
        ("Acme news", [1], 1),  # too short to tell
    ],
)
def test_different_news_stays_apart(headline, accounts, hours):
    index = index_with("Acme raises $20M Series B to expand robotics")
    assert index.find(headline, account_ids=accounts, at=T0 + dt.timedelta(hours=hours)) is None


def test_without_accounts_a_different_subject_stays_apart_and_a_retelling_joins():
    index = index_with("Acme raises $20M Series B to expand robotics", account_ids=())
    later = T0 + dt.timedelta(hours=2)
    assert (
        index.find("Beta raises $20M Series B to expand robotics", account_ids=[], at=later) is None
    )
    assert (
        index.find("Acme raises $20M Series B to expand robotics fleet", account_ids=[], at=later)
        == 10
    )
