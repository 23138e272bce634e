"""Listing signals: filters a rep uses to see what happened at the accounts they watch."""

from intel.db import session_scope
from intel.models import Watchlist, WatchlistMember
from intel.types import EventType
from tests.factories import make_account, make_article, make_signal


def test_signals_of_a_watchlist_only_for_those_who_may_see_it(
    client, session_factory, rep, other_rep
):
    with session_scope(session_factory) as session:
        acme = make_account(session, name="Acme Robotics")
        globex = make_account(session, name="Globex Analytics")
        mine = Watchlist(name="Q4 targets", owner_id=rep.user_id)
        private = Watchlist(name="Secret list", owner_id=other_rep.user_id)
        session.add_all([mine, private])
        session.flush()
        session.add_all(
            [
                WatchlistMember(watchlist_id=mine.id, account_id=acme.id),
                WatchlistMember(watchlist_id=private.id, account_id=globex.id),
            ]
        )
        make_signal(session, make_article(session, title="Acme Robotics raises $40M"), acme)
        make_signal(
            session,
            make_article(session, title="Globex Analytics buys a rival"),
            globex,
            type=EventType.ACQUISITION,
        )
        ids = {"mine": mine.id, "private": private.id, "acme": acme.id}

    page = client.get(f"/api/v1/signals?watchlist_id={ids['mine']}", headers=rep.headers)
    assert page.status_code == 200
    assert [s["account_id"] for s in page.json()["items"]] == [ids["acme"]]
    refused = client.get(f"/api/v1/signals?watchlist_id={ids['private']}", headers=rep.headers)
    assert refused.status_code == 404  # another rep's private list does not leak, even empty
    everything = client.get("/api/v1/signals", headers=rep.headers).json()["items"]
    assert len(everything) == 2
