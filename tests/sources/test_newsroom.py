"""Newsroom pages: feed discovery, link recognition, CSS selectors, and the collector
against a real HTTP server on 127.0.0.1."""

import datetime as dt
import time

import pytest

from intel.types import FetchErrorKind
from sources.http import FetchError
from sources.newsroom import collect_newsroom, discover_feeds
from sources.page_items import MAX_HTML_BYTES, extract_items, parse_date
from sources.robots import RobotsCache
from tests.conftest import DATA

PAGES = DATA / "newsroom"
NORTHWIND = "https://www.northwind-robotics.test/news/"
HALVORSEN = "https://www.halvorsen-marine.test/investors/news-events/press-releases/default.aspx"
QUILLFEATHER = "https://quillfeather.test/newsroom"
HTML = "text/html; charset=utf-8"
AGENT = "ProspectIntel/0.1 (+https://github.com/prospect-intel/prospect-intel)"


def utc(*parts):
    return dt.datetime(*parts, tzinfo=dt.UTC)


def page(name):
    return (PAGES / name).read_bytes()


@pytest.fixture
def robots(fetcher):
    return RobotsCache(fetcher)


def collect(fetcher, robots, url, **options):
    etag = options.pop("etag", None)
    return collect_newsroom(
        fetcher, url, options=options, robots=robots, user_agent=AGENT, etag=etag
    )


# --- feed discovery ---------------------------------------------------------------------


def test_feeds_are_discovered_in_page_order_resolved_against_the_page():
    html = b"""<html><head>
        <link rel="stylesheet" href="/style.css">
        <link rel="alternate" hreflang="de" href="/de/news">
        <link rel="alternate" type="text/html" href="/news?print=1">
        <link rel="alternate" type="application/rss+xml" href="feed.xml">
        <link rel="alternate" type="application/atom+xml; charset=utf-8" href="/atom#top">
        <link rel="alternate" type="application/feed+json" href="https://cdn.acme.test/feed.json">
        <link rel="Alternate" type="application/JSON" href="../all.json">
        <link rel="alternate" type="application/rss+xml" href="feed.xml">
        <link rel="alternate" type="application/rss+xml" href="javascript:alert(1)">
        <link rel="alternate" type="application/rss+xml" href="ftp://acme.test/feed.xml">
        <link rel="alternate" type="application/rss+xml">
    </head><body><a rel="alternate" type="application/rss+xml" href="/not-a-link-tag">x</a>
    </body></html>"""
    assert discover_feeds(html, "https://acme.test/press/index.html") == [
        "https://acme.test/press/feed.xml",
        "https://acme.test/atom",
        "https://cdn.acme.test/feed.json",
        "https://acme.test/all.json",
    ]


def test_feed_links_resolve_against_the_base_element():
    html = b"""<html><head><base href="https://static.acme.test/site/">
        <link rel="alternate" type="application/rss+xml" href="news/rss.xml">
    </head><body></body></html>"""
    assert discover_feeds(html, "https://acme.test/press/") == [
        "https://static.acme.test/site/news/rss.xml"
    ]


def test_a_page_without_feeds_discovers_none():
    assert discover_feeds(page("halvorsen-pressroom.html"), HALVORSEN) == []
    assert discover_feeds(b"", HALVORSEN) == []


# --- links recognised without selectors ------------------------------------------------


def test_wordpress_news_list_yields_each_article_once_with_date_and_clean_summary():
    items = extract_items(page("northwind-wordpress.html"), NORTHWIND)

    assert [(i.title, i.url, i.published_at) for i in items] == [
        (
            "Northwind Robotics opens a manufacturing plant in Lyon",
            "https://www.northwind-robotics.test/2026/11/03/northwind-opens-lyon-plant/",
            utc(2026, 11, 3, 8, 30),
        ),
        (
            "Northwind Robotics closes a $60 million Series C",
            "https://www.northwind-robotics.test/2026/10/21/series-c/",
            utc(2026, 10, 21),
        ),
        (
            "Northwind appoints Dana Ruiz as chief operating officer",
            "https://www.northwind-robotics.test/?p=377",
            utc(2026, 9, 30, 16),
        ),
    ]
    lyon = items[0]
    assert lyon.guid == "https://northwind-robotics.test/2026/11/03/northwind-opens-lyon-plant"
    assert "<b>picking robots</b>" in lyon.summary_html
    assert "onclick" not in lyon.summary_html
    assert "<script" not in lyon.summary_html
    assert lyon.summary_text == (
        "The new plant will build 2,000 picking robots a year and employ 180 people."
    )


def test_press_room_table_takes_dates_from_text_and_skips_downloads_archives_and_wires():
    items = extract_items(page("halvorsen-pressroom.html"), HALVORSEN)

    details = "https://www.halvorsen-marine.test/investors/news-events/press-releases/news-details"
    assert [(i.title, i.url, i.published_at) for i in items] == [
        (
            "Halvorsen Marine Awarded Coast Guard Patrol Vessel Contract",
            f"{details}/2026/Halvorsen-Marine-Awarded-Coast-Guard-Patrol-Vessel-Contract/default.aspx",
            utc(2026, 11, 4),
        ),
        (
            "Halvorsen Marine Reports Third Quarter 2026 Results",
            f"{details}/2026/Halvorsen-Marine-Reports-Third-Quarter-2026-Results/default.aspx",
            utc(2026, 10, 22),
        ),
        (
            "Halvorsen to Present at Nordic Maritime Investor Day",
            f"{details}/2026/Halvorsen-to-Present-at-Nordic-Maritime-Investor-Day/default.aspx",
            utc(2026, 9, 1),
        ),
    ]
    assert all(i.summary_html == "" for i in items)


def test_page_chrome_social_pagination_and_resource_links_never_become_items():
    items = extract_items(page("quillfeather-noisy.html"), QUILLFEATHER)

    assert [(i.title, i.guid, i.published_at) for i in items] == [
        (
            "Quillfeather raises $32M Series B to expand in Europe",
            "https://quillfeather.test/newsroom/quillfeather-raises-series-b",
            utc(2026, 11, 3),
        ),
        (
            "Quillfeather partners with Marlowe Foods on shelf forecasting",
            "https://quillfeather.test/newsroom/quillfeather-partners-with-marlowe-foods",
            utc(2026, 10, 27),
        ),
        (
            "Quillfeather launches Pulse, live anomaly alerts for store managers",
            "https://quillfeather.test/newsroom/quillfeather-launches-pulse",
            utc(2026, 10, 14),
        ),
        (
            "Quillfeather names Priya Nair chief revenue officer",
            "https://quillfeather.test/newsroom/2026/09/new-chief-revenue-officer",
            utc(2026, 9, 22),
        ),
    ]
    assert items[1].summary_text.startswith("Marlowe Foods will roll out")


def test_items_stop_at_the_limit_in_page_order():
    items = extract_items(page("northwind-wordpress.html"), NORTHWIND, limit=2)
    assert [i.url.rsplit("/", 2)[-2] for i in items] == ["northwind-opens-lyon-plant", "series-c"]


def test_links_resolve_against_the_base_element():
    html = b"""<html><head><base href="https://www.acme.test/en/"></head><body><main>
        <h2><a href="press/acme-opens-a-plant-in-ohio">Acme opens a plant in Ohio</a></h2>
    </main></body></html>"""
    (item,) = extract_items(html, "https://www.acme.test/en/newsroom")
    assert item.url == "https://www.acme.test/en/press/acme-opens-a-plant-in-ohio"


def test_a_page_with_no_article_links_has_no_items():
    html = b"""<html><body><nav><a href="/news/acme-raises-a-big-round">Acme raises</a></nav>
        <main><p>Press enquiries: <a href="mailto:press@acme.test">press@acme.test</a></p>
        <a href="/about">About</a> <a href="/news/">All news</a></main></body></html>"""
    assert extract_items(html, "https://acme.test/news/") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("November 3, 2026", utc(2026, 11, 3)),
        ("Posted Nov. 3rd, 2026 by the press team", utc(2026, 11, 3)),
        ("LONDON, 3 November 2026 — Acme today", utc(2026, 11, 3)),
        ("3 Nov 2026", utc(2026, 11, 3)),
        ("2026-11-03", utc(2026, 11, 3)),
        ("Sept 30 2026", utc(2026, 9, 30)),
        ("February 30, 2026", None),
        ("Mayor 3, 2026", None),
        ("Q3 2026 results", None),
        ("", None),
    ],
)
def test_dates_written_in_text(text, expected):
    assert parse_date(text) == expected


# --- CSS selectors --------------------------------------------------------------------


def test_selectors_pick_exactly_what_they_name_off_site_links_included():
    selectors = {
        "item": "table.releases tbody tr",
        "link": "td.title a",
        "title": "td.title",
        "date": "td.date",
    }
    items = extract_items(page("halvorsen-pressroom.html"), HALVORSEN, selectors=selectors)

    assert [i.published_at for i in items] == [
        utc(2026, 11, 4),
        utc(2026, 10, 22),
        utc(2026, 9, 15),
        utc(2026, 9, 1),
    ]
    wire = items[2]
    assert wire.title == "Halvorsen Marine Completes Acquisition of Nordkapp Hydraulics"
    assert wire.url.startswith("https://wire.newsdesk.test/news-release/2026/09/15/")


def test_selectors_with_summary_and_default_link_and_date():
    selectors = {"item": ".card-grid > .card", "title": ".card-title", "summary": ".card-text"}
    items = extract_items(page("quillfeather-noisy.html"), QUILLFEATHER, selectors=selectors)

    assert len(items) == 4
    first = items[0]
    assert (
        first.url
        == "https://quillfeather.test/newsroom/quillfeather-raises-series-b?utm_source=newsroom"
    )
    assert first.title == "Quillfeather raises $32M Series B to expand in Europe"
    assert first.published_at == utc(2026, 11, 3)
    assert first.summary_text.startswith("The round, led by Larkspur Capital")
    assert items[2].url == "https://quillfeather.test/newsroom/quillfeather-launches-pulse"


@pytest.mark.parametrize(
    ("selectors", "message"),
    [
        ({"link": "a"}, "no 'item' selector"),
        ({"item": "li", "titel": "h3"}, "unknown titel"),
        ({"item": "li", "date": "span[data-x"}, "date="),
    ],
)
def test_unusable_selectors_are_parse_errors_that_name_the_problem(selectors, message):
    with pytest.raises(FetchError) as caught:
        extract_items(b"<ul><li><a href='/a'>A</a></li></ul>", NORTHWIND, selectors=selectors)
    assert caught.value.kind == FetchErrorKind.PARSE_ERROR
    assert message in str(caught.value)


# --- hostile pages ----------------------------------------------------------------------


def _hostile(*fragments):
    return ("<html><body><main>" + "".join(fragments) + "</main></body></html>").encode()


def _many_links(count):
    rows = (
        f'<li><a href="/news/acme-item-number-{i}">Acme item {i}</a></li>' for i in range(count)
    )
    return "<ul>" + "".join(rows) + "</ul>"


def _deeply_nested(depth):
    def headline(slug):
        return f'<h2><a href="/news/acme-{slug}-in-the-abyss">{slug}</a></h2>'

    inner = "<div><span>" * depth + headline("deep") + "</span></div>" * depth
    return headline("before") + inner + headline("after")


def _huge_attributes(size):
    junk = "x" * size
    return (
        f'<a href="/news/{junk}">Too long</a>'
        f'<article class="{"share-me " * (size // 9)}" data-x="{junk}">'
        f'<h2 title="{junk}"><a href="/news/acme-ships-the-widget" style="{junk}">Widget</a></h2>'
        "</article>"
    )


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (_hostile(_many_links(100_000)), 50),
        (_hostile(_deeply_nested(20_000)), 3),
        (_hostile(_deeply_nested(100_000)), 1),  # what lies past MAX_TAGS is never parsed
        (_hostile(_huge_attributes(300_000)), 1),
        (_hostile(_deeply_nested(20_000), _many_links(100_000)), 50),
    ],
    ids=["100k-links", "20k-deep", "100k-deep", "huge-attributes", "deep-then-links"],
)
def test_hostile_pages_finish_with_capped_items(body, expected):
    started = time.perf_counter()
    items = extract_items(body, "https://acme.test/news/")
    elapsed = time.perf_counter() - started

    assert len(items) == expected
    assert elapsed < 60, f"took {elapsed:.1f}s on {len(body)} bytes"
    print(f"hostile page of {len(body)} bytes ({MAX_HTML_BYTES} parsed at most): {elapsed:.2f}s")


# --- the collector ----------------------------------------------------------------------


def _feed(base, *paths):
    entries = "".join(
        f"<item><title>Feed {path}</title><link>{base}{path}</link><guid>{path}</guid>"
        f"<pubDate>Tue, 03 Nov 2026 12:00:00 GMT</pubDate>"
        f"<description>From the feed</description></item>"
        for path in paths
    )
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>F</title>{entries}</channel></rss>'


def _newsroom(feed_href=None, *paths):
    head = (
        f'<link rel="alternate" type="application/rss+xml" href="{feed_href}">' if feed_href else ""
    )
    links = "".join(f'<h2><a href="{path}">Page {path}</a></h2>' for path in paths)
    return f"<html><head>{head}</head><body><main>{links}</main></body></html>"


def test_a_newsroom_without_feed_is_read_from_the_page(fetcher, robots, feed_server):
    url = feed_server.add("/press", page("halvorsen-pressroom.html"), content_type=HTML)

    result = collect(fetcher, robots, url)

    assert result.feed_url is None
    assert result.fetched.url == url
    assert result.fetched.etag
    assert len(result.items) == 3
    assert result.items[0].url.startswith(feed_server.base_url + "/investors/news-events/")


def test_an_advertised_feed_listing_the_same_releases_is_read_instead(fetcher, robots, feed_server):
    base = feed_server.base_url
    feed_server.add("/news/feed.xml", _feed(base, "/news/acme-wins-a-deal", "/news/older-one"))
    url = feed_server.add(
        "/news", _newsroom("/news/feed.xml", "/news/acme-wins-a-deal"), content_type=HTML
    )

    result = collect(fetcher, robots, url)

    assert result.feed_url == base + "/news/feed.xml"
    assert result.fetched.url == result.feed_url
    assert [i.title for i in result.items] == [
        "Feed /news/acme-wins-a-deal",
        "Feed /news/older-one",
    ]
    assert result.items[0].summary_text == "From the feed"


def test_an_advertised_json_feed_is_read_but_a_rest_api_link_is_not(fetcher, robots, feed_server):
    base = feed_server.base_url
    feed_server.add(
        "/news/feed.json",
        '{"version": "https://jsonfeed.org/version/1.1", "items": ['
        f'{{"id": "1", "url": "{base}/news/acme-wins-a-deal", "title": "Acme wins a deal"}}]}}',
        content_type="application/feed+json",
    )
    feed_server.add("/wp-json/wp/v2/pages/7", '{"id": 7}', content_type="application/json")
    head = (
        '<link rel="alternate" type="application/json" href="/wp-json/wp/v2/pages/7">'
        '<link rel="alternate" type="application/feed+json" href="/news/feed.json">'
    )
    url = feed_server.add(
        "/news",
        f'<html><head>{head}</head><body><main><h2><a href="/news/acme-wins-a-deal">'
        "Acme wins a deal</a></h2></main></body></html>",
        content_type=HTML,
    )

    result = collect(fetcher, robots, url)

    assert result.feed_url == base + "/news/feed.json"
    assert [i.title for i in result.items] == ["Acme wins a deal"]
    assert feed_server.hits("/wp-json/wp/v2/pages/7") == []


def test_an_advertised_feed_about_something_else_is_ignored(fetcher, robots, feed_server):
    base = feed_server.base_url
    feed_server.add("/feed/", _feed(base, "/blog/team-offsite-recap"))
    url = feed_server.add("/news", _newsroom("/feed/", "/news/acme-wins-a-deal"), content_type=HTML)

    result = collect(fetcher, robots, url)

    assert result.feed_url is None
    assert [i.title for i in result.items] == ["Page /news/acme-wins-a-deal"]


def test_a_page_that_lists_nothing_readable_uses_its_feed(fetcher, robots, feed_server):
    feed_server.add("/feed/", _feed(feed_server.base_url, "/blog/rendered-by-javascript"))
    url = feed_server.add("/news", _newsroom("/feed/"), content_type=HTML)

    result = collect(fetcher, robots, url)

    assert result.feed_url == feed_server.url("/feed/")
    assert len(result.items) == 1


def test_an_unreadable_advertised_feed_falls_back_to_the_page(fetcher, robots, feed_server):
    url = feed_server.add(
        "/news", _newsroom("/missing.xml", "/news/acme-wins-a-deal"), content_type=HTML
    )

    result = collect(fetcher, robots, url)

    assert result.feed_url is None
    assert [i.title for i in result.items] == ["Page /news/acme-wins-a-deal"]
    assert feed_server.hits("/missing.xml")


def test_a_known_feed_is_read_directly_and_conditionally(fetcher, robots, feed_server):
    feed_url = feed_server.add("/news/feed.xml", _feed(feed_server.base_url, "/news/a-b-c-d"))
    url = feed_server.add("/news", _newsroom("feed.xml"), content_type=HTML)
    first = collect(fetcher, robots, url, feed_url=feed_url)

    second = collect(fetcher, robots, url, feed_url=feed_url, etag=first.fetched.etag)

    assert len(first.items) == 1
    assert second.fetched.not_modified
    assert (second.items, second.feed_url) == ([], feed_url)
    assert feed_server.hits("/news") == []


def test_a_known_feed_that_is_gone_falls_back_to_the_page(fetcher, robots, feed_server):
    url = feed_server.add("/news", _newsroom(None, "/news/acme-wins-a-deal"), content_type=HTML)

    result = collect(fetcher, robots, url, feed_url=feed_server.url("/gone.xml"), etag='"old"')

    assert result.feed_url is None
    assert len(result.items) == 1
    assert "if-none-match" not in feed_server.hits("/news")[0].headers


def test_pinned_selectors_never_read_the_feed(fetcher, robots, feed_server):
    feed_server.add("/news/feed.xml", _feed(feed_server.base_url, "/news/acme-wins-a-deal"))
    url = feed_server.add(
        "/news", _newsroom("/news/feed.xml", "/news/acme-wins-a-deal"), content_type=HTML
    )

    result = collect(fetcher, robots, url, selectors={"item": "h2"}, feed_url="ignored")

    assert result.feed_url is None
    assert [i.title for i in result.items] == ["Page /news/acme-wins-a-deal"]
    assert feed_server.hits("/news/feed.xml") == []


def test_a_page_that_did_not_change_yields_nothing(fetcher, robots, feed_server):
    url = feed_server.add("/press", page("halvorsen-pressroom.html"), content_type=HTML)
    first = collect(fetcher, robots, url)

    second = collect(fetcher, robots, url, etag=first.fetched.etag)

    assert second.fetched.not_modified
    assert second.items == []


def test_robots_txt_refusal_is_a_blocked_error_and_the_page_is_never_fetched(
    fetcher, robots, feed_server
):
    feed_server.add("/robots.txt", "User-agent: *\nDisallow: /press\n", content_type="text/plain")
    url = feed_server.add("/press", page("halvorsen-pressroom.html"), content_type=HTML)

    with pytest.raises(FetchError) as caught:
        collect(fetcher, robots, url)

    assert caught.value.kind == FetchErrorKind.BLOCKED
    assert "robots.txt" in str(caught.value)
    assert "disallows" in str(caught.value)
    assert feed_server.hits("/press") == []


@pytest.mark.parametrize(
    ("body", "content_type", "message"),
    [
        (b'{"news": []}', "application/json", "not an HTML page (application/json)"),
        ((DATA / "feeds" / "acme-news.rss").read_bytes(), "application/rss+xml", "is a feed"),
    ],
)
def test_a_page_that_is_not_html_is_a_typed_error(
    fetcher, robots, feed_server, body, content_type, message
):
    url = feed_server.add("/press", body, content_type=content_type)

    with pytest.raises(FetchError) as caught:
        collect(fetcher, robots, url)

    assert caught.value.kind == FetchErrorKind.NOT_A_FEED
    assert message in str(caught.value)


def test_html_served_without_a_content_type_is_still_read(fetcher, robots, feed_server):
    url = feed_server.add("/press", page("halvorsen-pressroom.html"), content_type="")
    assert len(collect(fetcher, robots, url).items) == 3


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({}, "no article links found"),
        ({"selectors": {"item": ".no-such-thing"}}, "matched no articles"),
    ],
)
def test_a_page_without_items_tells_the_admin_what_to_do(
    fetcher, robots, feed_server, options, message
):
    url = feed_server.add(
        "/press", "<html><body><p>Coming soon</p></body></html>", content_type=HTML
    )

    with pytest.raises(FetchError) as caught:
        collect(fetcher, robots, url, **options)

    assert caught.value.kind == FetchErrorKind.PARSE_ERROR
    assert message in str(caught.value)


def test_selectors_in_options_must_be_a_mapping_of_strings(fetcher, robots):
    with pytest.raises(FetchError) as caught:
        collect(fetcher, robots, "http://127.0.0.1:9/press", selectors=["li"])
    assert caught.value.kind == FetchErrorKind.PARSE_ERROR
