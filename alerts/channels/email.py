"""Email over SMTP: one multipart/alternative message (text and HTML) per send.

A delivery job sends thousands of digests, so the channel keeps one SMTP connection
open across sends and reconnects once, transparently, when the server has dropped it
while idle; `close()` says QUIT. Sends through one channel are serialised, as one SMTP
connection carries one transaction at a time.

The Message-ID is ``<{key}@{domain}>`` (a key that cannot stand there is hashed), the
same for every attempt at the same message, so mail clients can recognise a resend. A
subject is folded onto one line, since a headline with a line break is an accident
that should still be mailed; any other header value with a line break is refused
outright (the `email` package's default policy raises), since it can only come from a
bug or tampering. A target must be one bare address: no display name, no list.

Failures: the mail server unreachable, timing out, dropping the connection or answering
4xx is temporary; a 5xx refusal of the recipient or of the message is permanent. A 5xx
to our sender, our login or our greeting is about the server's configuration, not this
message, and stays temporary so mail flows again once it is fixed.
"""

from __future__ import annotations

import hashlib
import re
import smtplib
import ssl
import threading
from email.message import EmailMessage
from email.utils import formatdate, parseaddr
from urllib.parse import urlsplit

from alerts.channels.base import DeliveryError, Endpoint, Message
from alerts.render import one_line
from intel.config import Settings

SMTP_TIMEOUT_S = 30.0
SUBJECT_LENGTH = 500
# One bare address: no spaces, quotes, brackets, commas or a second "@".
_ADDRESS = re.compile(r"[^\s@<>()\[\],;:\"\\]+@[^\s@<>()\[\],;:\"\\]+")
_ATEXT = r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+"
_DOT_ATOM = re.compile(rf"{_ATEXT}(?:\.{_ATEXT})*")
_HEADER_NAME = re.compile(r"[!-9;-~]+")  # RFC 5322: printable ASCII except ":"
# Server replies: the connection is still in a known state after them.
_REPLIES = (smtplib.SMTPResponseException, smtplib.SMTPRecipientsRefused)


class EmailChannel:
    """Sends messages through the configured SMTP server on one pooled connection."""

    kind = "email"

    def __init__(self, settings: Settings) -> None:
        self._settings = settings
        self._domain = _domain(settings)
        self._smtp: smtplib.SMTP | None = None
        self._lock = threading.Lock()

    def send(self, message: Message, endpoint: Endpoint) -> None:
        mail = self._compose(message, plain_address(endpoint.target))
        with self._lock:
            try:
                self._transmit(mail)
            except (smtplib.SMTPException, OSError) as error:
                if not isinstance(error, _REPLIES):
                    self._drop()
                raise smtp_failure(error) from error

    def close(self) -> None:
        """QUIT the pooled connection, if any; the next send opens a new one."""
        with self._lock:
            smtp, self._smtp = self._smtp, None
        if smtp is None:
            return
        try:
            smtp.quit()
        except (smtplib.SMTPException, OSError):
            pass  # already gone: closing the socket below is all that is left to do
        finally:
            smtp.close()

    def _compose(self, message: Message, recipient: str) -> EmailMessage:
        mail = EmailMessage()  # the default policy refuses CR/LF in header values
        try:
            mail["From"] = self._settings.mail_from
            mail["To"] = recipient
            mail["Subject"] = one_line(message.subject, SUBJECT_LENGTH)
            mail["Date"] = formatdate(usegmt=True)
            mail["Message-ID"] = message_id(message.key, self._domain)
            for name, value in message.headers.items():
                if not _HEADER_NAME.fullmatch(name):
                    raise ValueError(f"not a header name: {name!r}")
                mail[name] = value
        except ValueError as error:
            raise DeliveryError(f"cannot build the email: {error}", permanent=True) from None
        mail.set_content(message.text)
        mail.add_alternative(message.html, subtype="html")
        return mail

    def _transmit(self, mail: EmailMessage) -> None:
        """Send on the pooled connection; if the server dropped it while idle, send once
        more on a fresh one."""
        reused = self._smtp is not None
        try:
            self._connection().send_message(mail)
        except (smtplib.SMTPServerDisconnected, ConnectionError):
            self._drop()
            if not reused:
                raise
            self._connection().send_message(mail)

    def _connection(self) -> smtplib.SMTP:
        if self._smtp is None:
            self._smtp = self._connect()
        return self._smtp

    def _connect(self) -> smtplib.SMTP:
        settings = self._settings
        smtp = smtplib.SMTP(
            settings.smtp_host,
            settings.smtp_port,
            local_hostname=self._domain,
            timeout=SMTP_TIMEOUT_S,
        )
        try:
            if settings.smtp_starttls:
                smtp.starttls(context=ssl.create_default_context())
            if settings.smtp_username:
                password = settings.smtp_password
                smtp.login(settings.smtp_username, password.get_secret_value() if password else "")
        except BaseException:
            smtp.close()
            raise
        return smtp

    def _drop(self) -> None:
        """Forget a connection in an unknown state, closing its socket."""
        smtp, self._smtp = self._smtp, None
        if smtp is not None:
            smtp.close()


def plain_address(target: str) -> str:
    """`target` if it is one bare address (``ada@example.com``), else a permanent
    `DeliveryError`: a display name, a list or a line break could address someone else."""
    if not _ADDRESS.fullmatch(target) or not target.isprintable():
        raise DeliveryError(f"not a single plain email address: {target!r}", permanent=True)
    return target


def smtp_failure(error: smtplib.SMTPException | OSError) -> DeliveryError:
    """The `DeliveryError` for a failed SMTP exchange: permanent only when the server
    refused this recipient or this message for good (5xx)."""
    if isinstance(error, smtplib.SMTPRecipientsRefused):
        code, reply = next(iter(error.recipients.values()))
        return DeliveryError(f"recipient refused: {code} {_text(reply)}", permanent=code >= 500)
    if isinstance(error, smtplib.SMTPDataError):
        return DeliveryError(
            f"message refused: {error.smtp_code} {_text(error.smtp_error)}",
            permanent=error.smtp_code >= 500,
        )
    if isinstance(error, smtplib.SMTPNotSupportedError):  # no STARTTLS, AUTH or SMTPUTF8
        return DeliveryError(f"the mail server lacks an extension: {error}")
    if isinstance(error, smtplib.SMTPResponseException):
        return DeliveryError(f"mail server said {error.smtp_code} {_text(error.smtp_error)}")
    return DeliveryError(f"mail server unreachable: {str(error) or type(error).__name__}")


def message_id(key: str, domain: str) -> str:
    """``<key@domain>``; a key that is not a valid left part (a dot-atom) is replaced by
    its hash, which is just as stable."""
    left = key if _DOT_ATOM.fullmatch(key) else hashlib.sha256(key.encode()).hexdigest()[:40]
    return f"<{left}@{domain}>"


def _domain(settings: Settings) -> str:
    """The Message-ID domain: the sender's, else the host of the service's base URL."""
    _, at, domain = parseaddr(settings.mail_from)[1].rpartition("@")
    return (at and domain) or urlsplit(str(settings.base_url)).hostname or "localhost"


def _text(reply: bytes | str) -> str:
    raw = reply.decode("utf-8", "replace") if isinstance(reply, bytes) else reply
    return one_line(raw, 200)
