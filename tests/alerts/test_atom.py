from __future__ import annotations

import datetime as dt

import feedparser
import pytest
from lxml import etree

from alerts.atom import (
    ATOM_NS,
    FeedEntry,
    FeedTokenError,
    build_feed,
    entry_id,
    feed_token,
    get_readable_watchlist,
    list_feed_entries,
    read_feed_token,
)
from intel.errors import NotFoundError
from intel.models import Watchlist, WatchlistMember
from intel.services.terms import set_terms
from tests.factories import make_account, make_article, make_signal, make_user

KEY = b"k" * 32
NOW = dt.datetime(2026, 3, 12, 9, 0, tzinfo=dt.UTC)
A = f"{{{ATOM_NS}}}"


def entry(n: int, **fields) -> FeedEntry:
    defaults = {
        "id": entry_id(n),
        "title": f"Acme: funding \N{EM DASH} Acme raises ${n}M",
        "updated": NOW - dt.timedelta(hours=n),
        "summary": "Acme raised money.",
        "link": f"https://news.test/{n}",
    }
    return FeedEntry(**{**defaults, **fields})


def feed(entries) -> bytes:
    return build_feed(
        entries,
        feed_id="tag:prospect-intel,2026:watchlist/1",
        title="Key accounts",
        self_url="https://intel.example/feeds/watchlists/1.atom?token=t",
        updated=NOW,
    )


def test_token_round_trip_and_binding() -> None:
    token = feed_token(KEY, 7, 3)
    assert read_feed_token(KEY, token, 3) == 7
    with pytest.raises(FeedTokenError):
        read_feed_token(KEY, token, 4)  # another watchlist
    with pytest.raises(FeedTokenError):
        read_feed_token(b"x" * 32, token, 3)  # another key
    mac = token.split(".", 1)[1]
    with pytest.raises(FeedTokenError):
        read_feed_token(KEY, f"8.{mac}", 3)  # another user


@pytest.mark.parametrize(
    "token", ["", "7", "7.", ".abc", "07.{mac}", "7.{mac}!", "7 .{mac}", "\u0667.{mac}", "x.{mac}"]
)
def test_malformed_tokens_open_nothing(token: str) -> None:
    mac = feed_token(KEY, 7, 3).split(".", 1)[1]
    with pytest.raises(FeedTokenError):
        read_feed_token(KEY, token.format(mac=mac), 3)


def test_feed_is_valid_atom_for_lxml_and_feedparser() -> None:
    body = feed([entry(1), entry(2)])
    root = etree.fromstring(body)
    assert root.tag == f"{A}feed"
    assert root.findtext(f"{A}id") == "tag:prospect-intel,2026:watchlist/1"
    assert root.findtext(f"{A}updated") == "2026-03-12T09:00:00Z"
    assert root.find(f"{A}link").get("rel") == "self"
    assert root.findtext(f"{A}author/{A}name")

    parsed = feedparser.parse(body)
    assert not parsed.bozo, parsed.get("bozo_exception")
    assert parsed.version == "atom10"
    assert [e.id for e in parsed.entries] == [entry_id(1), entry_id(2)]
    assert parsed.entries[0].link == "https://news.test/1"
    assert parsed.entries[0].title == "Acme: funding \N{EM DASH} Acme raises $1M"
    assert parsed.entries[1].updated == "2026-03-12T07:00:00Z"


@pytest.mark.parametrize(
    "url",
    ["javascript:alert(1)", " JavaScript:alert(1)", "data:text/html,x", "//news.test/x", "news"],
)
def test_only_web_links_are_emitted(url: str) -> None:
    root = etree.fromstring(feed([entry(1, link=url), entry(2, link=None)]))
    assert [e.find(f"{A}link") for e in root.iter(f"{A}entry")] == [None, None]
    assert b"javascript" not in etree.tostring(root).lower()


def test_untrusted_text_stays_text() -> None:
    hostile = 'Acme <script>alert(1)</script> & "co" \x00\x0b\ufffe ]]>'
    body = feed([entry(1, title=hostile, summary=hostile)])
    root = etree.fromstring(body)
    title = root.find(f"{A}entry/{A}title")
    assert title.text == 'Acme <script>alert(1)</script> & "co"  ]]>'
    assert len(title) == 0  # no element smuggled in
    assert b"<script>" not in body
    assert feedparser.parse(body).entries[0].title.startswith("Acme <script>")


def test_naive_timestamps_are_refused() -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        feed([entry(1, updated=dt.datetime(2026, 1, 1))])


def add_signal(session, account, title, *, confidence=0.9, created_at=NOW, url=None):
    fields = {"url": url} if url else {}
    article = make_article(session, title=title, summary_html="<p>Read <b>this</b></p>", **fields)
    return make_signal(session, article, account, confidence=confidence, created_at=created_at)


def watchlist_of(session, owner, *accounts, shared=False) -> Watchlist:
    watchlist = Watchlist(name=f"List of {owner.id}", owner_id=owner.id, shared=shared)
    session.add(watchlist)
    session.flush()
    session.add_all(WatchlistMember(watchlist_id=watchlist.id, account_id=a.id) for a in accounts)
    session.flush()
    return watchlist


def test_entries_are_the_watchlists_newest_confident_signals(session) -> None:
    owner = make_user(session)
    acme, globex, other = (make_account(session, name=n) for n in ("Acme", "Globex", "Other"))
    watchlist = watchlist_of(session, owner, acme, globex)
    old = add_signal(session, acme, "Acme opens office", created_at=NOW - dt.timedelta(days=2))
    new = add_signal(session, globex, "Globex raises $5M", url="javascript:alert(1)")
    add_signal(session, acme, "Acme maybe hires", confidence=0.4)
    add_signal(session, other, "Other raises $1M")

    entries = list_feed_entries(session, watchlist.id)

    assert [e.id for e in entries] == [entry_id(new.id), entry_id(old.id)]
    assert entries[0].title == "Globex: Funding \N{EM DASH} Globex raises $5M"
    assert entries[0].summary == "Read this"
    assert entries[0].updated == NOW
    assert list_feed_entries(session, watchlist.id, limit=1) == entries[:1]
    set_terms(session, {"signal_type": {"funding": "New money"}})
    renamed = list_feed_entries(session, watchlist.id, limit=1)[0].title
    assert renamed == "Globex: New money \N{EM DASH} Globex raises $5M", "the workspace's words"
    root = etree.fromstring(feed(entries))
    first, second = root.findall(f"{A}entry")
    assert first.find(f"{A}link") is None  # the javascript: URL
    assert second.find(f"{A}link").get("href").startswith("https://")


def test_a_watchlist_is_readable_by_its_owner_and_if_shared_by_all(session) -> None:
    owner, other = make_user(session), make_user(session)
    private = watchlist_of(session, owner)
    shared = watchlist_of(session, other, shared=True)

    assert get_readable_watchlist(session, user_id=owner.id, watchlist_id=private.id) is private
    assert get_readable_watchlist(session, user_id=owner.id, watchlist_id=shared.id) is shared
    with pytest.raises(NotFoundError):
        get_readable_watchlist(session, user_id=other.id, watchlist_id=private.id)
    owner.is_active = False
    session.flush()
    with pytest.raises(NotFoundError):
        get_readable_watchlist(session, user_id=owner.id, watchlist_id=private.id)
