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
from email.charset import QP, Charset
from email.header import Header
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.policy import compat32
from email.utils import formatdate, parseaddr
from typing import cast
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
_FIXED = frozenset({"from", "to", "date", "message-id", "subject"})  # set by the channel
# Headers stay on one line up to RFC 5322's hard limit: folding a long List-Unsubscribe
# URL onto a continuation line leaves a leading space some clients keep.
_POLICY = compat32.clone(max_line_length=998)
_UTF8 = Charset("utf-8")
_UTF8.body_encoding = QP  # readable in any mail client's source view, unlike base64
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

    def _compose(self, message: Message, recipient: str) -> MIMEMultipart:
        """The MIME message. Built with the ``compat32`` classes, about twice as fast as
        ``EmailMessage`` (whose header registry took a fifth of a digest run's CPU); the
        line-break check its default policy would make is made here instead."""
        headers = {
            "From": self._settings.mail_from,
            "To": recipient,
            "Date": formatdate(usegmt=True),
            "Message-ID": message_id(message.key, self._domain),
        }
        for name, value in message.headers.items():
            if not _HEADER_NAME.fullmatch(name) or name.lower() in _FIXED:
                raise DeliveryError(f"cannot build the email: bad header {name!r}", permanent=True)
            headers[name] = value
        mail = MIMEMultipart("alternative", policy=_POLICY)
        for name, value in headers.items():
            if not value.isprintable():  # a line break would start a header of its own
                raise DeliveryError(
                    f"cannot build the email: a control character in {name}", permanent=True
                )
            mail[name] = _header(value)
        mail["Subject"] = _header(one_line(message.subject, SUBJECT_LENGTH))
        mail.attach(_text_part("plain", message.text))
        mail.attach(_text_part("html", message.html))
        return mail

    def _transmit(self, mail: MIMEMultipart) -> None:
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


def _header(value: str) -> str:
    """ASCII as is; anything else as RFC 2047 encoded words, which the generator folds
    (typed as ``str``: the typing stubs know no ``Header`` values)."""
    return value if value.isascii() else cast(str, Header(value, _UTF8))


def _text_part(subtype: str, text: str) -> MIMENonMultipart:
    part = MIMENonMultipart("text", subtype, policy=_POLICY)
    part.set_payload(text, _UTF8)
    return part


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
