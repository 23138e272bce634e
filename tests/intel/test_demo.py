import datetime as dt

from sqlalchemy import func, select

from intel.demo import demo_feed, demo_feed_names, load_demo
from intel.models import Account, Source, Subscription, User, WatchlistMember
from intel.services.passwords import verify_password
from intel.services.users import authenticate_token
from intel.types import AccountKind, Role

NOW = dt.datetime(2026, 11, 22, 9, 0, tzinfo=dt.UTC)


def counts(session):
    return {
        model.__name__: session.scalar(select(func.count()).select_from(model))
        for model in (Account, User, Source, Subscription, WatchlistMember)
    }


def test_demo_workspace_has_a_competitor_the_own_company_and_a_user_per_role(session):
    logins = load_demo(session, feed_base_url="http://127.0.0.1:8000", now=NOW)
    session.commit()
    kinds = set(session.scalars(select(Account.kind)))
    assert {AccountKind.COMPETITOR, AccountKind.OWN, AccountKind.PROSPECT} <= kinds
    assert {login.role for login in logins} == {Role.REP, Role.MARKETING, Role.ADMIN}
    for login in logins:
        user = authenticate_token(session, login.token)
        assert user.email == login.email
        assert verify_password(user, login.password), "the printed password signs in"
    urls = set(session.scalars(select(Source.url)))
    assert urls == {f"http://127.0.0.1:8000/demo/feeds/{name}" for name in demo_feed_names()}


def test_loading_again_duplicates_nothing_and_replaces_the_tokens(session):
    first = load_demo(session, feed_base_url="http://127.0.0.1:8000", now=NOW)
    session.commit()
    before = counts(session)
    second = load_demo(session, feed_base_url="http://127.0.0.1:9000", now=NOW)
    session.commit()
    assert counts(session) == before
    assert authenticate_token(session, first[0].token) is None
    assert authenticate_token(session, second[0].token) is not None
    assert all(":9000/" in url for url in session.scalars(select(Source.url)))


def test_demo_feeds_are_shipped_and_only_they_are_served():
    assert len(demo_feed_names()) == 3
    assert demo_feed("tech-wire.xml").startswith(b"<?xml")
    assert demo_feed("../__init__.py") is None
    assert demo_feed("missing.xml") is None
