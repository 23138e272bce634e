"""Signals hottest account first: pages that follow each other through a keyset cursor,
stay put while new signals arrive, and refuse cursors that are not theirs."""

import base64
import json

import pytest
from sqlalchemy import select

from intel.db import session_scope
from intel.models import Account, Signal, Watchlist, WatchlistMember
from tests.factories import make_account, make_article, make_signal

HEATS = {"hot": 5.0, "warm": 2.5, "also warm": 2.5, "cool": 0.0}


def seed(session_factory) -> dict[str, int]:
    """Three signals per account, created in turns so ids interleave across accounts."""
    with session_scope(session_factory) as session:
        accounts = {}
        for name, heat in HEATS.items():
            account = make_account(session, name=f"{name.title()} Corp")
            account.heat_score = heat
            accounts[name] = account
        for _round in range(3):
            for account in accounts.values():
                make_signal(session, make_article(session, title=f"{account.name} news"), account)
        return {name: account.id for name, account in accounts.items()}


def expected_order(session_factory) -> list[int]:
    """Every signal by (account heat, id), both descending, computed here, not in SQL."""
    with session_scope(session_factory) as session:
        rows = session.execute(
            select(Signal.id, Account.heat_score).join(Account, Account.id == Signal.account_id)
        ).all()
    return [i for i, _ in sorted(rows, key=lambda row: (-row[1], -row[0]))]


def all_pages(client, headers, query: str, cursor: str | None = None) -> list[int]:
    ids: list[int] = []
    while True:
        url = f"/api/v1/signals?{query}" + (f"&cursor={cursor}" if cursor else "")
        page = client.get(url, headers=headers)
        assert page.status_code == 200, page.text
        ids += [item["id"] for item in page.json()["items"]]
        cursor = page.json()["next_cursor"]
        if cursor is None:
            return ids


def test_heat_sort_pages_hottest_account_first_then_newest(client, session_factory, rep):
    seed(session_factory)
    ids = all_pages(client, rep.headers, "sort=heat&limit=2")
    assert ids == expected_order(session_factory)
    assert len(ids) == len(set(ids)) == 12
    # Equal heats interleave by recency, not by account.
    tied = ids[3:9]
    assert tied == sorted(tied, reverse=True)
    newest_first = all_pages(client, rep.headers, "limit=5")
    assert newest_first == sorted(ids, reverse=True)  # time stays the default


def test_a_watchlist_pages_in_both_orders(client, session_factory, rep):
    accounts = seed(session_factory)
    with session_scope(session_factory) as session:
        watchlist = Watchlist(name="Mine", owner_id=rep.user_id)
        session.add(watchlist)
        session.flush()
        members = [accounts[name] for name in ("warm", "cool", "hot")]
        for account_id in members:
            session.add(WatchlistMember(watchlist_id=watchlist.id, account_id=account_id))
        watched = set(session.scalars(select(Signal.id).where(Signal.account_id.in_(members))))
        watchlist_id = watchlist.id
    by_heat = all_pages(client, rep.headers, f"watchlist_id={watchlist_id}&sort=heat&limit=2")
    assert by_heat == [i for i in expected_order(session_factory) if i in watched]
    by_time = all_pages(client, rep.headers, f"watchlist_id={watchlist_id}&limit=4")
    assert by_time == sorted(watched, reverse=True)


@pytest.mark.parametrize("sort", ["heat", "time"])
def test_paging_is_stable_while_new_signals_arrive(client, session_factory, rep, sort):
    ids = seed(session_factory)
    before = expected_order(session_factory)
    first = client.get(f"/api/v1/signals?sort={sort}&limit=4", headers=rep.headers).json()
    with session_scope(session_factory) as session:
        accounts = {name: session.get(Account, i) for name, i in ids.items()}
        above = make_signal(session, make_article(session, title="Hot again"), accounts["hot"])
        below = make_signal(session, make_article(session, title="Cool news"), accounts["cool"])
        new = {"above": above.id, "below": below.id}
    seen = [item["id"] for item in first["items"]]
    seen += all_pages(client, rep.headers, f"sort={sort}&limit=4", first["next_cursor"])

    old = [i for i in seen if i not in new.values()]
    assert len(seen) == len(set(seen)), "a signal came twice"
    assert new["above"] not in seen  # it sorts before the cursor: next refresh shows it
    if sort == "heat":
        assert old == before  # nothing skipped, nothing moved
        assert new["below"] in seen  # it sorts after the cursor: this paging reaches it
    else:
        assert old == sorted(before, reverse=True)
        assert new["below"] not in seen  # newest first: every new signal is above


def b64(text: str) -> str:
    return base64.urlsafe_b64encode(text.encode()).decode().rstrip("=")


def test_a_bad_cursor_is_a_problem_not_a_server_error(client, session_factory, rep):
    seed(session_factory)
    time_cursor = client.get("/api/v1/signals?limit=2", headers=rep.headers).json()["next_cursor"]
    heat_cursor = client.get("/api/v1/signals?sort=heat&limit=2", headers=rep.headers).json()[
        "next_cursor"
    ]
    bad = {
        "heat": [
            "not base64 at all!",
            b64("not json"),
            b64("[5.0, 3]"),
            time_cursor,  # another ordering's cursor
            b64(json.dumps({"heat": "hot", "id": 3})),
            b64('{"heat": NaN, "id": 3}'),
            b64('{"heat": Infinity, "id": 3}'),
            b64(json.dumps({"heat": 1.0, "id": 1e30})),
            b64(json.dumps({"heat": 1.0, "id": 2**80})),
            b64(json.dumps({"heat": 10**400, "id": 3})),
            b64(json.dumps({"heat": 1.0, "id": 3, "extra": 1})),
            "\u00e9\u00e9",
        ],
        "time": [heat_cursor, b64(json.dumps({"id": True})), b64(json.dumps({"id": 1.5}))],
    }
    for sort, cursors in bad.items():
        for cursor in cursors:
            answer = client.get(
                "/api/v1/signals", params={"sort": sort, "cursor": cursor}, headers=rep.headers
            )
            assert answer.status_code == 422, (sort, cursor, answer.text)
            assert answer.headers["content-type"] == "application/problem+json"
            assert "cursor" in answer.json()["detail"]
