"""From signal to mailbox: fan-out, the outbox and a real SMTP server on 127.0.0.1,
on both databases. Outages, refusals, a killed worker and a dead webhook."""

import datetime as dt
import subprocess
import threading
from collections import Counter

from sqlalchemy import select

from alerts.fanout import fan_out
from alerts.health import notify_source_health
from alerts.outbox import deliver_pending
from intel.db import session_scope
from intel.jobs import JobContext
from intel.models import Delivery, DeliveryAttempt, DeliveryChannel, Subscription
from intel.types import DeliveryStatus, Role
from tests.cli_helpers import INTEL, intel_env
from tests.factories import make_account, make_article, make_signal, make_source, make_user

NOW = dt.datetime(2026, 11, 20, 12, 0, tzinfo=dt.UTC)


def ctx(session_factory, settings, now=NOW):
    return JobContext(session_factory=session_factory, settings=settings, now=now)


def followers_of_news(session_factory, readers=3, headline="Acme Robotics raises $40M"):
    """``readers`` reps following Acme, and one funding signal about it, fanned out."""
    with session_scope(session_factory) as session:
        acme = make_account(session, name="Acme Robotics")
        users = [make_user(session) for _ in range(readers)]
        session.add_all(Subscription(user_id=u.id, account_id=acme.id) for u in users)
        article = make_article(session, title=headline, url="https://news.test/acme")
        make_signal(session, article, acme, explanation="raises $40M")
        return [(u.id, u.email) for u in users]


def statuses(session_factory):
    with session_factory() as session:
        return Counter(d.status for d in session.scalars(select(Delivery)))


def keys_received(smtp_server):
    return [r.mail["Message-ID"] for r in smtp_server.received]


def test_an_alert_arrives_as_html_and_text_with_a_stable_message_id(
    session_factory, mail_settings, smtp_server
):
    readers = followers_of_news(session_factory, readers=2)
    fan_out(ctx(session_factory, mail_settings))
    report = deliver_pending(ctx(session_factory, mail_settings))
    assert report.sent == 2
    assert sorted(r.rcpt_tos[0] for r in smtp_server.received) == sorted(e for _, e in readers)
    mail = smtp_server.received[0].mail
    assert "Acme Robotics raises $40M" in mail["Subject"]
    assert mail["Message-ID"].startswith("<alert-")
    assert mail["Message-ID"].endswith("@intel.example>")
    assert mail["List-Unsubscribe"].startswith("<https://intel.example/l/")
    parts = {part.get_content_type(): part.get_content() for part in mail.iter_parts()}
    assert "Acme Robotics raises $40M" in parts["text/plain"]
    assert "https://news.test/acme" in parts["text/html"]
    assert deliver_pending(ctx(session_factory, mail_settings)).sent == 0  # nothing twice


def test_an_smtp_outage_loses_nothing_and_sends_nothing_twice(
    session_factory, mail_settings, smtp_server
):
    followers_of_news(session_factory, readers=3)
    fan_out(ctx(session_factory, mail_settings))
    smtp_server.stop()
    down = deliver_pending(ctx(session_factory, mail_settings))
    assert (down.sent, down.retrying) == (0, 3)
    with session_factory() as session:
        retry_at = min(d.next_attempt_at for d in session.scalars(select(Delivery)))
        assert session.query(DeliveryAttempt).filter_by(ok=False).count() == 3
    assert retry_at >= NOW + dt.timedelta(seconds=30)  # backing off, not hammering
    smtp_server.start()
    early = deliver_pending(ctx(session_factory, mail_settings, NOW + dt.timedelta(seconds=5)))
    assert early.sent == 0  # not due yet
    later = NOW + dt.timedelta(hours=1)
    assert deliver_pending(ctx(session_factory, mail_settings, later)).sent == 3
    assert deliver_pending(ctx(session_factory, mail_settings, later)).sent == 0
    assert len(smtp_server.received) == 3
    assert len(set(keys_received(smtp_server))) == 3
    assert statuses(session_factory) == {DeliveryStatus.SENT: 3}


def test_a_refused_recipient_fails_at_once_with_the_reason(
    session_factory, mail_settings, smtp_server
):
    followers_of_news(session_factory, readers=1)
    fan_out(ctx(session_factory, mail_settings))
    smtp_server.handler.rcpt_reply = "550 5.1.1 no such mailbox"
    report = deliver_pending(ctx(session_factory, mail_settings))
    assert report.failed == 1
    with session_factory() as session:
        delivery = session.scalar(select(Delivery))
    assert delivery.status == DeliveryStatus.FAILED
    assert "550" in delivery.last_error


def test_a_day_of_failures_ends_in_failed_with_the_last_reason(
    session_factory, mail_settings, smtp_server
):
    followers_of_news(session_factory, readers=1)
    fan_out(ctx(session_factory, mail_settings))
    smtp_server.handler.data_reply = "451 4.3.0 mailbox busy"
    moment, runs = NOW, 0
    while statuses(session_factory) != {DeliveryStatus.FAILED: 1} and runs < 40:
        deliver_pending(ctx(session_factory, mail_settings, moment))
        moment += dt.timedelta(hours=2)
        runs += 1
    with session_factory() as session:
        delivery = session.scalar(select(Delivery))
    assert delivery.status == DeliveryStatus.FAILED
    assert delivery.last_error.startswith("gave up after")
    assert "451" in delivery.last_error
    assert 3 <= delivery.attempts <= 14  # backoff: not one try per run
    assert moment - NOW <= dt.timedelta(hours=28)


def test_a_webhook_failing_for_a_day_is_disabled_and_its_owner_told(
    session_factory, mail_settings, smtp_server, receiver
):
    url = receiver.add("/hook", b"down", status=500, content_type="text/plain")
    with session_scope(session_factory) as session:
        owner = make_user(session, email="owner@example.com")
        owner.email_alerts = False  # the webhook is the only alert channel...
        acme = make_account(session, name="Acme Robotics")
        session.add(Subscription(user_id=owner.id, account_id=acme.id))
        session.add(DeliveryChannel(user_id=owner.id, kind="webhook", target=url, secret="s"))
        make_signal(session, make_article(session, title="Acme Robotics raises $40M"), acme)
    fan_out(ctx(session_factory, mail_settings))
    moment = NOW
    for _ in range(30):
        deliver_pending(ctx(session_factory, mail_settings, moment))
        moment += dt.timedelta(hours=1)
    with session_factory() as session:
        channel = session.scalar(select(DeliveryChannel))
    assert not channel.enabled
    assert "500" in channel.disabled_reason
    notices = [r for r in smtp_server.received if r.rcpt_tos == ["owner@example.com"]]
    assert len(notices) == 1  # ...but notices still reach the owner, once
    assert "paused" in notices[0].mail["Subject"]


def test_admins_hear_of_a_failing_source_once_per_incident(
    session_factory, mail_settings, smtp_server
):
    with session_scope(session_factory) as session:
        admin = make_user(session, role=Role.ADMIN, email="admin@example.com")
        make_user(session, email="rep@example.com")
        make_source(session, "https://gone.test/feed.xml", error_count=9, last_error="DNS failure")
        admin_email = admin.email
    assert notify_source_health(ctx(session_factory, mail_settings)) == 1
    assert notify_source_health(ctx(session_factory, mail_settings)) == 0
    deliver_pending(ctx(session_factory, mail_settings))
    assert [r.rcpt_tos for r in smtp_server.received] == [[admin_email]]
    assert "DNS failure" in smtp_server.received[0].mail.get_body(("plain",)).get_content()


def test_a_worker_killed_mid_send_resends_at_most_the_message_in_flight(
    db_url, session_factory, mail_settings, smtp_server
):
    followers_of_news(session_factory, readers=5)
    fan_out(ctx(session_factory, mail_settings))
    release = threading.Event()
    original = smtp_server.handler.handle_DATA

    async def hang_on_third(server, session, envelope):
        answer = await original(server, session, envelope)
        if len(smtp_server.received) == 3:
            release.wait(timeout=30)  # the third mail is in, its "250" never leaves
        return answer

    smtp_server.handler.handle_DATA = hang_on_third
    env = intel_env(
        INTEL_DATABASE_URL=db_url,
        INTEL_SMTP_HOST="127.0.0.1",
        INTEL_SMTP_PORT=str(smtp_server.port),
        INTEL_SECRET_KEY="a-test-key-that-signs-links",
        INTEL_BASE_URL="https://intel.example",
        INTEL_MAIL_FROM="Prospect Intel <alerts@intel.example>",
    )
    worker = subprocess.Popen(
        [INTEL, "jobs", "run", "alerts.deliver_pending", "--now", NOW.isoformat()],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    try:
        for _ in range(300):
            if len(smtp_server.received) >= 3:
                break
            threading.Event().wait(0.1)
        worker.kill()
        worker.wait(timeout=10)
    finally:
        release.set()
    assert len(smtp_server.received) == 3
    smtp_server.handler.handle_DATA = original
    after_lease = NOW + dt.timedelta(minutes=30)
    deliver_pending(ctx(session_factory, mail_settings, after_lease))
    counts = Counter(keys_received(smtp_server))
    assert len(counts) == 5  # every alert arrived
    assert sum(counts.values()) <= 6  # and at most the one in flight twice
    assert statuses(session_factory) == {DeliveryStatus.SENT: 5}


def test_a_webhook_outage_loses_nothing_and_the_recovery_sends_once(
    session_factory, mail_settings, receiver
):
    url = receiver.add("/hook", b"busy", status=503, content_type="text/plain")
    with session_scope(session_factory) as session:
        rep = make_user(session)
        rep.email_alerts = False
        acme = make_account(session, name="Acme Robotics")
        session.add(Subscription(user_id=rep.id, account_id=acme.id))
        session.add(DeliveryChannel(user_id=rep.id, kind="webhook", target=url, secret="s3cret"))
        make_signal(session, make_article(session, title="Acme Robotics raises $40M"), acme)
    fan_out(ctx(session_factory, mail_settings))
    assert deliver_pending(ctx(session_factory, mail_settings)).retrying == 1
    receiver.routes["/hook"].status = 200
    moment = NOW
    for _ in range(6):  # the worker keeps running; only due retries go out
        moment += dt.timedelta(minutes=20)
        deliver_pending(ctx(session_factory, mail_settings, moment))
    posts = receiver.hits("/hook")
    assert [p.method for p in posts] == ["POST", "POST"]  # the failed try, then one success
    keys = {p.headers["idempotency-key"] for p in posts}
    assert len(keys) == 1  # the same message both times
    assert statuses(session_factory) == {DeliveryStatus.SENT: 1}
    with session_factory() as session:
        assert session.scalar(select(DeliveryChannel.failing_since)) is None
