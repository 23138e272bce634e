"""The workspace's names for signal types in what people receive: alert and digest emails
through a real SMTP server, and chat cards, with hostile labels kept as text."""

import datetime as dt

from alerts.channels.slack import slack_body
from alerts.channels.teams import teams_body
from alerts.digest import send_due_digests
from alerts.fanout import fan_out
from alerts.outbox import deliver_pending
from intel.db import session_scope
from intel.jobs import JobContext
from intel.models import Subscription
from intel.services.terms import set_terms
from intel.types import Delivery
from tests.alerts.conftest import make_message
from tests.factories import make_account, make_article, make_signal, make_user

NOW = dt.datetime(2026, 11, 20, 12, 0, tzinfo=dt.UTC)
HOSTILE = "<script>alert(1)</script>"


def ctx(session_factory, settings, now=NOW):
    return JobContext(session_factory=session_factory, settings=settings, now=now)


def news_for_a_follower(session_factory, label, delivery=Delivery.INSTANT):
    """A rep following Acme, a funding signal about it, and funding renamed ``label``."""
    with session_scope(session_factory) as session:
        acme = make_account(session, name="Acme Robotics")
        user = make_user(session, digest_hour=13, created_at=NOW - dt.timedelta(days=1))
        session.add(Subscription(user_id=user.id, account_id=acme.id, delivery=delivery))
        article = make_article(session, title="Acme Robotics raises $40M", published_at=NOW)
        make_signal(session, article, acme, explanation="raises $40M")
        set_terms(session, {"signal_type": {"funding": label}})


def parts(received):
    mail = received.mail
    return mail["Subject"], {p.get_content_type(): p.get_content() for p in mail.iter_parts()}


def test_an_alert_email_shows_the_renamed_type(session_factory, mail_settings, smtp_server):
    news_for_a_follower(session_factory, "New money")
    fan_out(ctx(session_factory, mail_settings))
    assert deliver_pending(ctx(session_factory, mail_settings)).sent == 1
    subject, body = parts(smtp_server.received[0])
    assert subject.startswith("Acme Robotics: New money")
    assert "New money" in body["text/html"]
    assert "NEW MONEY" in body["text/plain"]
    assert "Funding" not in body["text/html"]


def test_a_hostile_label_stays_text_in_the_email(session_factory, mail_settings, smtp_server):
    news_for_a_follower(session_factory, HOSTILE)
    fan_out(ctx(session_factory, mail_settings))
    deliver_pending(ctx(session_factory, mail_settings))
    _, body = parts(smtp_server.received[0])
    assert "<script" not in body["text/html"]
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in body["text/html"]


def test_a_digest_shows_the_renamed_type(session_factory, mail_settings, smtp_server):
    news_for_a_follower(session_factory, "New money", delivery=Delivery.DIGEST)
    fan_out(ctx(session_factory, mail_settings))
    at_the_hour = NOW + dt.timedelta(hours=1)
    send_due_digests(ctx(session_factory, mail_settings, at_the_hour))
    deliver_pending(ctx(session_factory, mail_settings, at_the_hour))
    [received] = smtp_server.received
    _, body = parts(received)
    assert "New money: Acme Robotics raises $40M" in body["text/plain"]
    assert "New money" in body["text/html"]


def test_chat_cards_show_the_label_escaped_and_keep_the_type_key():
    payload = {"kind": "alert", "signal_type": "funding", "signal_label": "<!channel> *money*"}
    slack = slack_body(make_message(payload=payload))
    details = slack["blocks"][-1]["elements"][0]["text"]
    assert "&lt;!channel&gt; *money*" in details
    teams = teams_body(make_message(payload=payload))
    facts = teams["attachments"][0]["content"]["body"][-1]["facts"]
    assert facts == [{"title": "Type", "value": r"\<!channel\> \*money\*"}]
    plain = slack_body(make_message(payload={"kind": "alert", "signal_type": "funding"}))
    assert "funding" in plain["blocks"][-1]["elements"][0]["text"]
