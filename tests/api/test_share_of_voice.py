"""Share of voice for marketing: stories naming each competitor and our company, per
ISO week, each story once however many outlets and signal types it has."""

import datetime as dt

from sqlalchemy import update

from intel.db import session_scope
from intel.models import Story
from intel.types import AccountKind, EventType
from tests.factories import make_account, make_article, make_signal


def story_named(session, accounts, *, seen, types=(EventType.MENTION,)):
    article = make_article(session, title="A story")
    for account in accounts:
        for kind in types:
            make_signal(session, article, account, type=kind)
    session.execute(update(Story).where(Story.id == article.story_id).values(first_seen_at=seen))


def test_share_of_voice_counts_stories_per_week(client, session_factory, marketing, rep):
    now = dt.datetime.now(dt.UTC)
    this_week = now
    last_week = now - dt.timedelta(days=7)
    with session_scope(session_factory) as session:
        us = make_account(session, name="Us", kind=AccountKind.OWN)
        rival = make_account(session, name="Initech Cloud", kind=AccountKind.COMPETITOR)
        other = make_account(session, name="Hooli", kind=AccountKind.COMPETITOR)
        prospect = make_account(session, name="Acme Robotics")  # not a voice
        story_named(session, [rival], seen=this_week, types=(EventType.FUNDING, EventType.IPO))
        story_named(session, [rival, us], seen=this_week)
        story_named(session, [other, prospect], seen=last_week)
        story_named(session, [rival], seen=now - dt.timedelta(days=400))  # out of range

    answer = client.get("/api/v1/reports/share-of-voice?weeks=2", headers=marketing.headers)
    assert answer.status_code == 200
    body = answer.json()
    assert len(body["weeks"]) == 2
    assert body["totals"] == [1, 3]
    voices = {v["name"]: v for v in body["voices"]}
    assert set(voices) == {"Us", "Initech Cloud", "Hooli"}
    assert body["voices"][0]["name"] == "Us"  # our company first
    assert voices["Initech Cloud"]["stories"] == [0, 2]  # two types, one story: once
    assert voices["Initech Cloud"]["share"] == [0.0, round(2 / 3, 4)]
    assert voices["Hooli"]["stories"] == [1, 0]
    assert voices["Us"]["share"] == [0.0, round(1 / 3, 4)]
    assert client.get("/api/v1/reports/share-of-voice", headers=rep.headers).status_code == 403
    too_many = client.get("/api/v1/reports/share-of-voice?weeks=500", headers=marketing.headers)
    assert too_many.status_code == 422
