"""The email channel against a real SMTP server on 127.0.0.1: what arrives in the
mailbox, and how refusals and outages are reported to the outbox."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest

from alerts.channels.base import DeliveryError, Message
from alerts.channels.email import EmailChannel, message_id
from intel.config import Settings
from tests.alerts.conftest import email_to, make_message
from tests.cli_helpers import free_port
from tests.loopback import loopback_settings
from tests.smtp import SmtpServer


def send_error(channel: EmailChannel, message: Message, address: str) -> DeliveryError:
    with pytest.raises(DeliveryError) as caught:
        channel.send(message, email_to(address))
    return caught.value


@pytest.fixture
def channel(smtp_settings: Settings) -> Iterator[EmailChannel]:
    channel = EmailChannel(smtp_settings)
    yield channel
    channel.close()


def test_the_email_arrives_with_both_parts_and_its_headers(
    channel: EmailChannel, smtp_server: SmtpServer
) -> None:
    message = make_message()
    channel.send(message, email_to("ada@example.com"))
    [received] = smtp_server.received
    mail = received.mail
    assert received.mail_from == "alerts@intel.example"
    assert received.rcpt_tos == ["ada@example.com"]
    assert mail["From"] == "Prospect Intel <alerts@intel.example>"
    assert mail["To"] == "ada@example.com"
    assert mail["Subject"] == message.subject
    assert mail["Message-ID"] == "<alert-42@intel.example>"
    assert mail["Date"] is not None
    assert mail["List-Unsubscribe"] == "<https://intel.example/l/unsubscribe-token>"
    assert mail["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert mail.get_content_type() == "multipart/alternative"
    plain, html = mail.get_body(("plain",)), mail.get_body(("html",))
    assert plain is not None
    assert html is not None
    assert plain.get_content() == message.text
    assert "<b>$40M</b>" in html.get_content()


def test_non_ascii_subject_and_body_arrive_intact(
    channel: EmailChannel, smtp_server: SmtpServer
) -> None:
    subject = "Müller & Søn: Übernahme \N{EM DASH} 5 € pro Aktie 🚀"
    channel.send(make_message(subject=subject, text="Grüße\n"), email_to())
    mail = smtp_server.received[0].mail
    assert mail["Subject"] == subject
    plain = mail.get_body(("plain",))
    assert plain is not None
    assert plain.get_content() == "Grüße\n"


def test_the_same_key_gives_the_same_message_id(
    channel: EmailChannel, smtp_server: SmtpServer
) -> None:
    channel.send(make_message("digest-7"), email_to())
    channel.send(make_message("digest-7"), email_to())
    channel.send(make_message("digest-8"), email_to())
    ids = [received.mail["Message-ID"] for received in smtp_server.received]
    assert ids == ["<digest-7@intel.example>"] * 2 + ["<digest-8@intel.example>"]


def test_a_key_that_cannot_be_a_message_id_is_hashed_stably() -> None:
    first = message_id("notice:source/12 failing", "intel.example")
    assert first == message_id("notice:source/12 failing", "intel.example")
    assert re.fullmatch(r"<[0-9a-f]{40}@intel\.example>", first)


def test_the_message_id_domain_falls_back_to_the_base_url(smtp_server: SmtpServer) -> None:
    settings = loopback_settings(
        smtp_host="127.0.0.1",
        smtp_port=smtp_server.port,
        mail_from="alerts",
        base_url="https://intel.example.org/",
    )
    channel = EmailChannel(settings)
    try:
        channel.send(make_message(), email_to())
    finally:
        channel.close()
    assert smtp_server.received[0].mail["Message-ID"] == "<alert-42@intel.example.org>"


def test_a_line_break_in_the_subject_adds_no_header(
    channel: EmailChannel, smtp_server: SmtpServer
) -> None:
    hostile = "Acme raises\r\nBcc: victim@example.com\r\nX-Injected: yes"
    channel.send(make_message(subject=hostile), email_to())
    [received] = smtp_server.received
    assert received.rcpt_tos == ["ada@example.com"]
    assert received.mail["Bcc"] is None
    assert received.mail["X-Injected"] is None
    assert received.mail["Subject"] == "Acme raises Bcc: victim@example.com X-Injected: yes"


@pytest.mark.parametrize(
    "headers",
    [
        {"List-Unsubscribe": "<https://intel.example/u>\r\nBcc: victim@example.com"},
        {"X-Evil: yes\r\nBcc": "victim@example.com"},
        {"To": "victim@example.com"},
    ],
)
def test_a_header_that_would_add_headers_or_recipients_is_refused(
    channel: EmailChannel, smtp_server: SmtpServer, headers: dict[str, str]
) -> None:
    error = send_error(channel, make_message(headers=headers), "ada@example.com")
    assert error.permanent
    assert smtp_server.received == []


@pytest.mark.parametrize(
    "target",
    [
        "",
        "ada@example.com, eve@example.com",
        "Ada <ada@example.com>",
        "ada@example.com\r\nBcc: eve@example.com",
        "ada@example.com eve@example.com",
        "not-an-address",
        "ada@",
        "@example.com",
    ],
)
def test_a_target_that_is_not_one_plain_address_is_refused(
    channel: EmailChannel, smtp_server: SmtpServer, target: str
) -> None:
    error = send_error(channel, make_message(), target)
    assert error.permanent
    assert "not a single plain email address" in str(error)
    assert smtp_server.received == []


def test_one_connection_carries_many_sends(channel: EmailChannel, smtp_server: SmtpServer) -> None:
    for number in range(3):
        channel.send(make_message(f"digest-{number}"), email_to())
    peers = {received.peer for received in smtp_server.received}
    assert len(smtp_server.received) == 3
    assert len(peers) == 1


def test_a_connection_dropped_while_idle_is_replaced_without_an_error(
    channel: EmailChannel, smtp_server: SmtpServer
) -> None:
    channel.send(make_message("alert-1"), email_to())
    smtp_server.stop()
    smtp_server.start()
    channel.send(make_message("alert-2"), email_to())
    first, second = smtp_server.received
    assert first.peer != second.peer


def test_an_outage_is_temporary_and_the_same_channel_recovers(
    channel: EmailChannel, smtp_server: SmtpServer
) -> None:
    channel.send(make_message("alert-1"), email_to())
    smtp_server.stop()
    error = send_error(channel, make_message("alert-2"), "ada@example.com")
    assert not error.permanent
    assert "unreachable" in str(error)
    smtp_server.start()
    channel.send(make_message("alert-2"), email_to())
    assert [r.mail["Message-ID"] for r in smtp_server.received] == [
        "<alert-1@intel.example>",
        "<alert-2@intel.example>",
    ]


def test_a_server_that_is_down_from_the_start_is_temporary(smtp_settings: Settings) -> None:
    channel = EmailChannel(smtp_settings.model_copy(update={"smtp_port": free_port()}))
    error = send_error(channel, make_message(), "ada@example.com")
    channel.close()
    assert not error.permanent


@pytest.mark.parametrize(
    ("stage", "reply", "permanent"),
    [
        ("rcpt", "550 5.1.1 <ada@example.com>: no such user", True),
        ("rcpt", "451 4.7.1 greylisted, try again later", False),
        ("data", "554 5.7.1 message rejected as spam", True),
        ("data", "452 4.3.1 insufficient system storage", False),
    ],
)
def test_refusals_are_permanent_only_for_5xx(
    channel: EmailChannel, smtp_server: SmtpServer, stage: str, reply: str, permanent: bool
) -> None:
    setattr(smtp_server.handler, f"{stage}_reply", reply)
    error = send_error(channel, make_message(), "ada@example.com")
    assert error.permanent is permanent
    assert reply.split()[0] in str(error)
    assert smtp_server.received == []


def test_the_connection_survives_a_refused_recipient(
    channel: EmailChannel, smtp_server: SmtpServer
) -> None:
    smtp_server.handler.rcpt_reply = "550 5.1.1 no such user"
    send_error(channel, make_message("alert-1"), "nobody@example.com")
    smtp_server.handler.rcpt_reply = None
    channel.send(make_message("alert-2"), email_to())
    channel.send(make_message("alert-3"), email_to())
    assert len({received.peer for received in smtp_server.received}) == 1


def test_close_quits_and_a_later_send_reconnects(
    channel: EmailChannel, smtp_server: SmtpServer
) -> None:
    channel.send(make_message("alert-1"), email_to())
    channel.close()
    channel.close()  # closing twice is harmless
    channel.send(make_message("alert-2"), email_to())
    assert len(smtp_server.received) == 2


@pytest.mark.parametrize(("password", "accepted"), [("s3cret", True), ("wrong", False)])
def test_the_channel_logs_in_and_a_refused_login_is_temporary(
    smtp_server: SmtpServer, password: str, accepted: bool
) -> None:
    smtp_server.stop()
    smtp_server.password = "s3cret"
    smtp_server.start()
    settings = loopback_settings(
        smtp_host="127.0.0.1",
        smtp_port=smtp_server.port,
        smtp_username="intel",
        smtp_password=password,
    )
    channel = EmailChannel(settings)
    try:
        if accepted:
            channel.send(make_message(), email_to())
        else:
            error = send_error(channel, make_message(), "ada@example.com")
            assert not error.permanent
            assert "535" in str(error)
    finally:
        channel.close()
    assert set(smtp_server.logins) == {("intel", accepted)}  # smtplib tries each mechanism
    assert len(smtp_server.received) == int(accepted)
