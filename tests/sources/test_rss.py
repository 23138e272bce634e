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


def test_json_feed_items_become_the_same_raw_items():
    body = (FEEDS / "acme.json").read_bytes()
    opened, results = parse_feed(body, url="https://acme.test/feed.json")
    assert opened.url == "https://acme.test/news/acme-opens-lisbon-office"  # relative resolved
    assert opened.title == "Acme opens a Lisbon office & hires 40"
    assert opened.guid == "acme-2026-11-03"
    assert opened.published_at == dt.datetime(2026, 11, 3, 8, 30, tzinfo=dt.UTC)
    assert opened.author == "Acme Press Office"
    assert "<script" not in opened.summary_html
    assert "onerror" not in opened.summary_html
    assert opened.summary_text == "Acme opens in Lisbon."
    assert results.url == "https://wire.test/acme-q3"
    assert results.summary_text == "Revenue rose 12%."
    assert results.published_at == dt.datetime(2026, 11, 1, 12, 0, tzinfo=dt.UTC)


@pytest.mark.parametrize(
    ("body", "kind"),
    [
        (b'{"version": "https://jsonfeed.org/version/1", "items": {}}', FetchErrorKind.PARSE_ERROR),
        (b'{"title": "no version"}', FetchErrorKind.NOT_A_FEED),
        (b"{" * 100_000, FetchErrorKind.PARSE_ERROR),  # nesting deep enough to recurse
        (b'{"version": "https://jsonfeed.org/version/1", "items": [', FetchErrorKind.PARSE_ERROR),
    ],
)
def test_broken_json_feeds_are_typed_errors(body, kind):
    with pytest.raises(FetchError) as caught:
        parse_feed(body, url="https://x.test/", content_type="application/feed+json")
    assert caught.value.kind == kind


def _rss_with_doctype(subset: bytes, title: bytes = b"Acme") -> bytes:
    return (
        b'<?xml version="1.0"?><!DOCTYPE rss [' + subset + b']><rss version="2.0"><channel>'
        b"<title>t</title><item><title>" + title + b"</title>"
        b"<link>https://acme.test/1</link></item></channel></rss>"
    )


LAUGHS = b'<!ENTITY a "ha">' + b"".join(
    b'<!ENTITY a%d "%s">' % (n, (b"&a%d;" % (n - 1) if n > 1 else b"&a;") * 10)
    for n in range(1, 10)
)


@pytest.mark.parametrize(
    ("subset", "title", "reason"),
    [
        (LAUGHS, b"&a9;", "in terms of other entities"),  # billion laughs
        (b'<!ENTITY big "' + b"A" * 50_000 + b'">', b"&big;" * 1000, "of 50000 bytes"),
        (b'<!ENTITY x SYSTEM "file:///etc/passwd">', b"&x;", "external entity &x;"),
        (b'<!ENTITY x PUBLIC "-//X//EN" "http://127.0.0.1/x.dtd">', b"&x;", "external"),
        (b'<!ENTITY % p SYSTEM "http://127.0.0.1/evil.dtd"> %p;', b"x", "parameter entity"),
        # a "]" inside a quoted value must not end the scan early
        (b'<!ENTITY a "]"><!ENTITY x SYSTEM "file:///etc/hosts">', b"&x;", "external"),
    ],
    ids=["billion-laughs", "quadratic", "xxe-system", "xxe-public", "parameter", "bracket"],
)
def test_hostile_entity_declarations_are_refused_before_parsing(subset, title, reason):
    with pytest.raises(FetchError) as caught:
        parse_feed(_rss_with_doctype(subset, title), url="https://x.test/")
    assert caught.value.kind == FetchErrorKind.PARSE_ERROR
    assert reason in str(caught.value)


def test_small_flat_entities_like_nbsp_are_still_read():
    body = _rss_with_doctype(b'<!ENTITY nbsp "&#160;"><!ENTITY co "Acme Corp">', b"&co;&nbsp;news")
    (item,) = parse_feed(body, url="https://x.test/")
    assert item.title == "Acme Corp news"


@pytest.mark.parametrize(
    ("body", "title"),
    [
        # declared Latin-1, and so it is
        (
            '<?xml version="1.0" encoding="ISO-8859-1"?><rss version="2.0"><channel><item>'
            "<title>Nestlé ouvre à Genève</title><link>https://n.test/1</link></item></channel></rss>".encode(
                "latin-1"
            ),
            "Nestlé ouvre à Genève",
        ),
        # declared UTF-8 but Latin-1 bytes inside: read loosely rather than lost
        (
            '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><item>'
            "<title>Caf\xe9 opens</title><link>https://n.test/2</link></item></channel></rss>".encode(
                "latin-1"
            ),
            None,
        ),
    ],
)
def test_encodings_declared_or_wrong_still_give_entries(body, title):
    (item,) = parse_feed(body, url="https://x.test/")
    assert item.url.startswith("https://n.test/")
    if title is not None:
        assert item.title == title


SHARED_FEEDS = DATA.parents[2] / "shared" / "data" / "feeds"


@pytest.mark.skipif(not SHARED_FEEDS.is_dir(), reason="../shared/data/feeds is not present")
def test_every_real_world_capture_gives_entries_or_a_typed_error():
    outcomes = {}
    for path in sorted(p for p in SHARED_FEEDS.rglob("*") if p.is_file()):
        try:
            outcomes[path.name] = len(parse_feed(path.read_bytes(), url="https://x.test/f"))
        except FetchError as error:
            outcomes[path.name] = error.kind
    assert len(outcomes) > 50
    readable = [n for n, v in outcomes.items() if isinstance(v, int) and v > 0]
    assert len(readable) >= 0.8 * len(outcomes)
    assert outcomes["jsonfeed_example_1.json"] == 2
    assert outcomes["rss_2.0_invalid_1.xml"] == FetchErrorKind.PARSE_ERROR
