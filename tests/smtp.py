"""A real SMTP server on 127.0.0.1 (aiosmtpd) that records what it accepts and can
refuse or go down on demand, for the email channel, the outbox and sign-in links."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from email import message_from_bytes, policy
from email.message import EmailMessage
from typing import Any

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP, AuthResult, Envelope, LoginPassword, Session

from tests.cli_helpers import free_port


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


@pytest.fixture
def smtp_server() -> Iterator[SmtpServer]:
    server = SmtpServer(free_port())
    server.start()
    yield server
    server.stop()
