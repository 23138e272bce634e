import datetime as dt

import pytest
from sqlalchemy.exc import IntegrityError, StatementError

from intel.models import Article, Signal, Story, Subscription
from intel.types import AccountKind, EventType
from tests.factories import make_account, make_user


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


def _article(story, url_hash="u1", guid_hash="g1"):
    return Article(
        story_id=story.id,
        guid="g",
        guid_hash=guid_hash,
        url="https://x.test/a",
        canonical_url="https://x.test/a",
        canonical_url_hash=url_hash,
        title="t",
        content_hash="c",
    )


def test_one_article_per_canonical_url(session):
    story = Story(title="t")
    session.add(story)
    session.flush()
    session.add(_article(story, url_hash="same", guid_hash="a"))
    session.flush()
    session.add(_article(story, url_hash="same", guid_hash="b"))
    with pytest.raises(IntegrityError):
        session.flush()


def test_one_signal_per_story_account_and_type(session):
    account = make_account(session, name="Acme")
    story = Story(title="t")
    session.add(story)
    session.flush()
    article = _article(story)
    session.add(article)
    session.flush()
    for _ in range(2):
        session.add(
            Signal(
                story_id=story.id,
                article_id=article.id,
                account_id=account.id,
                type=EventType.FUNDING,
                confidence=0.9,
            )
        )
    with pytest.raises(IntegrityError):
        session.flush()


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
