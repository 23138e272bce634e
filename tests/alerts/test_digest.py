"""alerts.send_due_digests against a real SMTP server: local hours across DST changes in
two zones, no empty digests, caps, grouping, preview and the next send."""

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import func, select

from alerts.digest import next_send, preview_digest, send_due_digests
from alerts.outbox import deliver_pending
from intel.db import session_scope
from intel.jobs import JobContext
from intel.models import Account, Alert, Digest, User
from intel.types import DigestFrequency
from tests.factories import make_account, make_article, make_signal, make_user


def job(session_factory, settings, now):
    ctx = JobContext(session_factory=session_factory, settings=settings, now=now)
    send_due_digests(ctx)
    deliver_pending(ctx)


def give_alerts(session, user, count, *, at, account_names=("Acme Robotics",)):
    accounts = [
        session.scalar(select(Account).where(Account.name == name))
        or make_account(session, name=name)
        for name in account_names
    ]
    for n in range(count):
        account = accounts[n % len(accounts)]
        article = make_article(session, title=f"{account.name} news number {n}")
        signal = make_signal(session, article, account, confidence=0.6 + n / 100)
        session.add(
            Alert(
                user_id=user.id,
                signal_id=signal.id,
                story_id=signal.story_id,
                account_id=account.id,
                score=signal.confidence,
                instant=False,
                digest=True,
                created_at=at,
            )
        )


@pytest.mark.parametrize(
    ("zone", "first_day"),
    [
        ("America/New_York", dt.date(2026, 3, 6)),  # clocks spring forward on Sunday 8 March
        ("Europe/Berlin", dt.date(2026, 3, 27)),  # ... on Sunday 29 March
        ("Europe/Berlin", dt.date(2026, 10, 23)),  # ... and fall back on Sunday 25 October
    ],
)
def test_one_digest_a_day_at_the_local_hour_across_a_clock_change(
    session_factory, mail_settings, smtp_server, zone, first_day
):
    with session_scope(session_factory) as session:
        start = dt.datetime.combine(first_day, dt.time(0), tzinfo=dt.UTC)
        user = make_user(session, timezone=zone, digest_hour=8, created_at=start)
        user_id = user.id
    sent_at: list[dt.datetime] = []
    for hour in range(5 * 24):  # the job every hour for five days, alerts arriving hourly
        now = start + dt.timedelta(hours=hour)
        with session_scope(session_factory) as session:
            give_alerts(session, session.get(User, user_id), 1, at=now)
        before = len(smtp_server.received)
        job(session_factory, mail_settings, now)
        if len(smtp_server.received) > before:
            sent_at.append(now)
    local = [moment.astimezone(ZoneInfo(zone)) for moment in sent_at]
    assert [moment.hour for moment in local] == [8] * len(local)
    assert len({moment.date() for moment in local}) == len(local) >= 4  # one a day, none missed


def test_no_alerts_no_digest_and_weekly_users_wait_for_their_day(
    session_factory, mail_settings, smtp_server
):
    monday_8 = dt.datetime(2026, 11, 23, 8, 0, tzinfo=dt.UTC)
    with session_scope(session_factory) as session:
        joined = monday_8 - dt.timedelta(days=3)
        make_user(session, digest_hour=8, created_at=joined)  # nothing to say
        weekly = make_user(
            session,
            digest_hour=8,
            digest_frequency=DigestFrequency.WEEKLY,
            digest_weekday=4,
            created_at=joined,
        )
        give_alerts(session, weekly, 2, at=monday_8 - dt.timedelta(hours=1))
    job(session_factory, mail_settings, monday_8)
    assert smtp_server.received == []
    friday_8 = monday_8 + dt.timedelta(days=4)
    job(session_factory, mail_settings, friday_8)
    assert len(smtp_server.received) == 1
    with session_factory() as session:
        assert session.scalar(select(Digest.period)) == "2026-W48"


def test_a_digest_is_capped_grouped_by_account_and_links_to_the_rest(
    session_factory, mail_settings, smtp_server
):
    at = dt.datetime(2026, 11, 23, 7, 0, tzinfo=dt.UTC)
    with session_scope(session_factory) as session:
        user = make_user(
            session, digest_hour=8, digest_cap=10, created_at=at - dt.timedelta(days=1)
        )
        give_alerts(session, user, 13, at=at, account_names=("Acme Robotics", "Globex Analytics"))
    job(session_factory, mail_settings, at + dt.timedelta(hours=1))
    [received] = smtp_server.received
    text = received.mail.get_body(("plain",)).get_content()
    assert "and 3 more signals" in text
    assert text.index("Acme Robotics") < text.index("Globex Analytics")  # best first, grouped
    assert "news number 12" in text
    assert "news number 0" not in text
    assert received.mail["Message-ID"].startswith("<digest-")
    job(session_factory, mail_settings, at + dt.timedelta(hours=2))
    assert len(smtp_server.received) == 1  # the day's digest went; nothing new since


def test_preview_and_next_send_show_what_is_coming(session_factory, mail_settings):
    now = dt.datetime(2026, 11, 23, 9, 30, tzinfo=dt.UTC)
    with session_scope(session_factory) as session:
        user = make_user(session, timezone="Asia/Tokyo", digest_hour=8)
        assert preview_digest(session, user, mail_settings, now) is None
        give_alerts(session, user, 2, at=now)
        session.flush()
        preview = preview_digest(session, user, mail_settings, now)
        assert preview is not None
        assert "news number 1" in preview.text
        assert next_send(user, now) == dt.datetime(2026, 11, 23, 23, 0, tzinfo=dt.UTC)
        assert session.scalar(select(func.count(Digest.id))) == 0  # a preview sends nothing
