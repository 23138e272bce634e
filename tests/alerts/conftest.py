"""Real receivers on 127.0.0.1 for the channels and the outbox: an SMTP server (aiosmtpd)
that records what it accepts and can refuse or go down on demand, and the loopback HTTP
server as a webhook receiver."""

from __future__ import annotations

import functools
import socket
from collections.abc import Iterator
from dataclasses import dataclass
from email import message_from_bytes, policy
from email.message import EmailMessage
from ipaddress import ip_network
from typing import Any

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP, AuthResult, Envelope, LoginPassword, Session
from pydantic import SecretStr

from alerts.channels.base import Endpoint, Message
from intel.config import Settings
from tests.loopback import LoopbackServer, loopback_settings


@dataclass(frozen=True)
class Received:
    """One accepted mail: the envelope, the parsed message, and which connection it came on."""

    mail_from: str
    rcpt_tos: list[str]
    mail: EmailMessage
    peer: Any


class Recorder:
    """An aiosmtpd handler: accepts and records mail, or answers the reply it is told to."""

    def __init__(self) -> None:
        self.received: list[Received] = []
        self.rcpt_reply: str | None = None  # e.g. "550 5.1.1 no such user"
        self.data_reply: str | None = None  # e.g. "451 4.3.0 try again later"

    async def handle_RCPT(
        self, server: SMTP, session: Session, envelope: Envelope, address: str, options: list[str]
    ) -> str:
        if self.rcpt_reply:
            return self.rcpt_reply
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: SMTP, session: Session, envelope: Envelope) -> str:
        if self.data_reply:
            return self.data_reply
        assert isinstance(envelope.content, bytes)
        # As a mailbox stores it: with the wire's CRLF line ends turned into "\n".
        mail = message_from_bytes(envelope.content.replace(b"\r\n", b"\n"), policy=policy.default)
        assert isinstance(mail, EmailMessage)
        self.received.append(
            Received(str(envelope.mail_from), list(envelope.rcpt_tos), mail, session.peer)
        )
        return "250 Message accepted for delivery"


class SmtpServer:
    """An SMTP server on a fixed port of 127.0.0.1 that can be stopped and started again,
    as a mail server in an outage would be."""

    def __init__(self, port: int) -> None:
        self.port = port
        self.handler = Recorder()
        self.logins: list[tuple[str, bool]] = []  # (user, accepted) once `password` is set
        self.password: str | None = None
        self._controller: Controller | None = None

    @property
    def received(self) -> list[Received]:
        return self.handler.received

    def start(self) -> None:
        """Listen again; with `password` set, offer AUTH (without TLS, on loopback only)."""
        auth: dict[str, Any] = {}
        if self.password is not None:
            auth = {"authenticator": self._authenticate, "auth_require_tls": False}
        self._controller = Controller(self.handler, hostname="127.0.0.1", port=self.port, **auth)
        self._controller.start()

    def _authenticate(
        self, server: SMTP, session: Session, envelope: Envelope, mechanism: str, data: Any
    ) -> AuthResult:
        assert isinstance(data, LoginPassword)
        accepted = data.password.decode() == self.password
        self.logins.append((data.login.decode(), accepted))
        return AuthResult(success=accepted, handled=False)  # the server answers 535 itself

    def stop(self) -> None:
        if self._controller is not None:
            self._controller.stop()
            self._controller = None


def free_port() -> int:
    """A port nothing listens on at the moment."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture
def smtp_server() -> Iterator[SmtpServer]:
    server = SmtpServer(free_port())
    server.start()
    yield server
    server.stop()


@pytest.fixture
def smtp_settings(smtp_server: SmtpServer) -> Settings:
    return loopback_settings(
        smtp_host="127.0.0.1",
        smtp_port=smtp_server.port,
        mail_from="Prospect Intel <alerts@intel.example>",
    )


@functools.cache
def _running_receiver() -> LoopbackServer:
    """One receiver for the whole run, as stopping one takes half a second (its poll
    loop); it serves from a daemon thread until the process ends."""
    return LoopbackServer().__enter__()


@pytest.fixture
def receiver() -> LoopbackServer:
    """The webhook receiver, with no routes and no requests seen yet."""
    server = _running_receiver()
    server.routes.clear()
    server.requests.clear()
    return server


def make_message(key: str = "alert-42", **overrides: Any) -> Message:
    """An alert as the renderer would hand it over."""
    values: dict[str, Any] = {
        "key": key,
        "subject": "Acme Corp: Funding \N{EM DASH} Acme raises $40M Series B",
        "text": "Acme raises $40M Series B\nhttps://news.example/acme\n",
        "html": "<html><body><p>Acme raises <b>$40M</b> Series B</p></body></html>",
        "headers": {
            "List-Unsubscribe": "<https://intel.example/l/unsubscribe-token>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
        },
        "payload": {
            "kind": "alert",
            "title": "Acme raises $40M Series B",
            "url": "https://news.example/acme?id=1&src=rss",
            "account": "Acme Corp",
            "signal_type": "funding",
            "confidence": 0.87,
            "summary": "Led by Example Ventures.",
        },
    }
    values.update(overrides)
    return Message(**values)


def email_to(address: str = "ada@example.com") -> Endpoint:
    return Endpoint(kind="email", target=address)


@pytest.fixture
def mail_settings(settings: Settings, smtp_server: SmtpServer) -> Settings:
    """The test database's settings, mailing through ``smtp_server``, with a fixed link
    key and public address, and webhooks allowed to reach loopback receivers."""
    return settings.model_copy(
        update={
            "smtp_host": "127.0.0.1",
            "smtp_port": smtp_server.port,
            "mail_from": "Prospect Intel <alerts@intel.example>",
            "secret_key": SecretStr("a-test-key-that-signs-links"),
            "base_url": "https://intel.example",
            "fetch_allow_networks": [ip_network("127.0.0.0/8")],
        }
    )
