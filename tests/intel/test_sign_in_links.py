"""One-time sign-in links: how long they work, and what ends them."""

import datetime as dt
import threading
import time

from intel.db import session_scope
from intel.services.sign_in_links import LIFETIME, issue_link, link_user, use_link
from intel.services.web_sessions import set_active
from tests.factories import make_user

NOW = dt.datetime(2026, 11, 23, 9, 0, tzinfo=dt.UTC)


def test_a_link_works_until_it_expires_and_only_once(session_factory):
    with session_scope(session_factory) as session:
        user = make_user(session, email="Ada@Example.com")
        _user, token = issue_link(session, " ADA@example.com ", now=NOW)
        user_id = user.id
    almost = NOW + LIFETIME - dt.timedelta(seconds=1)
    with session_scope(session_factory) as session:
        assert link_user(session, token, now=almost).id == user_id
        assert link_user(session, token, now=NOW + LIFETIME) is None
        assert use_link(session, token, now=NOW + LIFETIME) is None


def test_using_a_link_spends_it(session_factory):
    with session_scope(session_factory) as session:
        make_user(session, email="ada@example.com")
        _user, token = issue_link(session, "ada@example.com", now=NOW)
    with session_scope(session_factory) as session:
        assert use_link(session, token, now=NOW).email == "ada@example.com"
    with session_scope(session_factory) as session:
        assert use_link(session, token, now=NOW) is None
        assert link_user(session, "", now=NOW) is None
        assert link_user(session, "x" * 10_000, now=NOW) is None


def test_no_link_for_strangers_and_none_survives_deactivation(session_factory):
    with session_scope(session_factory) as session:
        admin = make_user(session, email="admin@example.com")
        rep = make_user(session, email="rep@example.com")
        assert issue_link(session, "nobody@example.com", now=NOW) is None
        assert issue_link(session, "not an address", now=NOW) is None
        make_user(session, email="root@localhost")
        assert issue_link(session, "root@localhost", now=NOW) is None  # a local mailbox
        _user, token = issue_link(session, "rep@example.com", now=NOW)
        set_active(session, rep, False, by=admin)
        assert issue_link(session, "rep@example.com", now=NOW) is None
    with session_scope(session_factory) as session:
        assert use_link(session, token, now=NOW) is None


def test_two_clicks_at_once_start_one_session(session_factory):
    """The second click waits on the first's lock (a row lock on PostgreSQL, the write
    lock on SQLite), then finds the link gone."""
    with session_scope(session_factory) as session:
        make_user(session, email="ada@example.com")
        _user, token = issue_link(session, "ada@example.com", now=NOW)
    second: list[object] = []

    def click_again() -> None:
        with session_scope(session_factory) as other:
            second.append(use_link(other, token, now=NOW))

    with session_scope(session_factory) as session:
        first = use_link(session, token, now=NOW)
        racer = threading.Thread(target=click_again)
        racer.start()
        time.sleep(0.3)  # the racer is now blocked behind this open transaction
    racer.join(timeout=30)
    assert first is not None
    assert second == [None]
