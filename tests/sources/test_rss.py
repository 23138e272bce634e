import datetime as dt

import pytest

from intel.types import FetchErrorKind
from sources.http import FetchError
from sources.rss import parse_feed
from tests.conftest import DATA

FEEDS = DATA / "feeds"


def test_rss_entries_with_utc_dates_resolved_links_and_sanitised_summaries():
    items = parse_feed((FEEDS / "acme-news.rss").read_bytes(), url="https://news.test/feed.xml")
    assert [i.guid for i in items] == ["acme-1", "beta-1"]  # the item without a link is skipped
    acme = items[0]
    assert acme.title == "Acme Corp raises $20 million & hires a new CFO"
    assert acme.url == "https://news.test/2026/acme-raises?utm_source=rss&id=7"
    assert acme.published_at == dt.datetime(2026, 11, 2, 14, 30, tzinfo=dt.UTC)
    assert "<script" not in acme.summary_html
    assert "onclick" not in acme.summary_html
    assert "onerror" not in acme.summary_html
    assert "<b>Corp</b>" in acme.summary_html
    assert acme.summary_text == "Acme Corp closed its round."


def test_atom_entries_use_content_and_html_titles_become_text():
    (item,) = parse_feed((FEEDS / "gamma.atom").read_bytes(), url="https://gamma.test/feed")
    assert item.title == "Gamma launches a robot"
    assert item.published_at == dt.datetime(2026, 11, 4, 9, 0, tzinfo=dt.UTC)
    assert 'href="https://gamma.test/shop"' in item.summary_html
    assert 'rel="noopener noreferrer nofollow"' in item.summary_html
    assert item.summary_text == "The robot ships in spring."


@pytest.mark.parametrize(
    ("filename", "kind"),
    [("not-a-feed.html", FetchErrorKind.NOT_A_FEED), ("truncated.rss", FetchErrorKind.PARSE_ERROR)],
)
def test_unusable_bodies_are_typed_errors(filename, kind):
    with pytest.raises(FetchError) as caught:
        parse_feed((FEEDS / filename).read_bytes(), url="https://x.test/")
    assert caught.value.kind == kind


def test_a_valid_empty_feed_is_not_an_error():
    body = b'<?xml version="1.0"?><rss version="2.0"><channel><title>Quiet</title></channel></rss>'
    assert parse_feed(body, url="https://x.test/") == []


@pytest.mark.parametrize("body", [b"", b"\x00\xff\xfe garbage", b'{"json": true}'])
def test_garbage_is_a_typed_error(body):
    with pytest.raises(FetchError):
        parse_feed(body, url="https://x.test/")
