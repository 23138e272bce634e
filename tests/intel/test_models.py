import datetime as dt

import pytest
from sqlalchemy.exc import IntegrityError, StatementError

from intel.models import Story, Subscription
from intel.types import AccountKind
from tests.factories import make_account, make_article, make_signal, make_user


def test_timestamps_come_back_utc_aware(session):
    paris = dt.timezone(dt.timedelta(hours=1))
    story = Story(title="t", first_seen_at=dt.datetime(2026, 3, 1, 13, 0, tzinfo=paris))
    session.add(story)
    session.commit()
    session.expire_all()
    loaded = session.get(Story, story.id)
    assert loaded.first_seen_at == dt.datetime(2026, 3, 1, 12, 0, tzinfo=dt.UTC)
    assert loaded.first_seen_at.utcoffset() == dt.timedelta(0)


def test_naive_timestamps_are_refused(session):
    session.add(Story(title="t", first_seen_at=dt.datetime(2026, 3, 1, 12, 0)))
    with pytest.raises(StatementError, match="naive datetime"):
        session.flush()


def test_one_article_per_canonical_url(session):
    first = make_article(session, canonical_url_hash="same")
    with pytest.raises(IntegrityError):
        make_article(session, canonical_url_hash="same", guid_hash=first.guid_hash + "x")


def test_one_signal_per_story_account_and_type(session):
    account = make_account(session, name="Acme")
    article = make_article(session)
    make_signal(session, article, account)
    with pytest.raises(IntegrityError):
        make_signal(session, article, account)


def test_a_subscription_follows_exactly_one_thing(session):
    user = make_user(session)
    account = make_account(session)
    session.add(Subscription(user_id=user.id, account_id=account.id, stream=AccountKind.COMPETITOR))
    with pytest.raises(IntegrityError):
        session.flush()
    session.rollback()
    session.add(Subscription(user_id=user.id))
    with pytest.raises(IntegrityError):
        session.flush()


def test_deleting_a_user_keeps_their_accounts(session):
    user = make_user(session)
    account = make_account(session, owner_id=user.id)
    session.commit()
    session.delete(user)
    session.commit()
    session.expire_all()
    assert account.owner_id is None
