"""Real receivers on 127.0.0.1 for the channels and the outbox: the SMTP server of
tests/smtp.py, and the loopback HTTP server as a webhook receiver."""

from __future__ import annotations

import functools
from ipaddress import ip_network
from typing import Any

import pytest
from pydantic import SecretStr

from alerts.channels.base import Endpoint, Message
from intel.config import Settings
from tests.loopback import LoopbackServer, loopback_settings
from tests.smtp import SmtpServer, smtp_server

__all__ = ["smtp_server"]  # a fixture for the tests here


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
