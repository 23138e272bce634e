"""Plain functions that create rows for tests, flushed (the caller commits)."""

from __future__ import annotations

import itertools
from typing import Any

from sqlalchemy.orm import Session

from intel.db import utcnow
from intel.models import Account, Alert, Article, Signal, Source, Story, User
from intel.services.accounts import create_account
from intel.services.users import create_user, issue_token
from intel.types import EventType, Role

_counter = itertools.count(1)


def make_user(session: Session, *, role: Role = Role.REP, **fields: Any) -> User:
    n = next(_counter)
    fields.setdefault("email", f"user{n}@example.com")
    fields.setdefault("name", f"User {n}")
    basics = {key: fields.pop(key) for key in ("email", "name", "timezone") if key in fields}
    user = create_user(session, role=role, **basics)
    for key, value in fields.items():  # schedule and delivery settings
        setattr(user, key, value)
    session.flush()
    return user


def make_token(session: Session, user: User) -> str:
    return issue_token(session, user, name="test")


def make_account(session: Session, **fields: Any) -> Account:
    fields.setdefault("name", f"Account {next(_counter)}")
    return create_account(session, **fields)


def make_source(session: Session, url: str, **fields: Any) -> Source:
    fields.setdefault("next_check_at", utcnow())
    source = Source(url=url, **fields)
    session.add(source)
    session.flush()
    return source


def make_article(session: Session, story: Story | None = None, **fields: Any) -> Article:
    """An article (in a new story unless one is given), for tests below the pipeline."""
    if story is None:
        story = Story(title=fields.get("title", "A story"), source_count=fields.pop("sources", 1))
        session.add(story)
        session.flush()
    n = next(_counter)
    fields.setdefault("url", f"https://news.test/{n}")
    defaults = {
        "guid": fields["url"],
        "guid_hash": f"guid-{n}",
        "canonical_url": fields["url"],
        "canonical_url_hash": f"url-{n}",
        "title": "A story",
        "content_hash": f"content-{n}",
    }
    article = Article(story_id=story.id, **{**defaults, **fields})
    session.add(article)
    session.flush()
    return article


def make_signal(session: Session, article: Article, account: Account, **fields: Any) -> Signal:
    fields.setdefault("type", EventType.FUNDING)
    fields.setdefault("confidence", 0.9)
    signal = Signal(
        story_id=article.story_id, article_id=article.id, account_id=account.id, **fields
    )
    session.add(signal)
    session.flush()
    return signal


def make_alert(session, user_id, account, title="Acme raises $5M", **fields) -> Alert:
    """An alert for ``user_id`` on a new signal about ``account``."""
    article_fields = {k: fields.pop(k) for k in ("url", "source_id", "summary_text") if k in fields}
    alert_fields = {k: fields.pop(k) for k in ("created_at", "read_at", "reason") if k in fields}
    article = make_article(session, title=title, **article_fields)
    signal = make_signal(session, article, account, explanation="raises $5M", **fields)
    alert = Alert(
        user_id=user_id,
        signal_id=signal.id,
        story_id=signal.story_id,
        account_id=account.id,
        score=0.7,
        digest=True,
        **{"reason": "You follow it", **alert_fields},
    )
    session.add(alert)
    session.flush()
    return alert
