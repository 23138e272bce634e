"""The channel registry: every kind builds its channel, an unknown kind is a clear error,
and the inbox needs no delivery."""

from __future__ import annotations

import pytest

from alerts.channels import CHANNELS, UnknownChannelError, channel_for
from alerts.channels.base import Channel, Endpoint
from alerts.channels.inbox import InboxChannel
from tests.alerts.conftest import make_message
from tests.loopback import loopback_settings


def test_the_registry_has_exactly_the_five_channels() -> None:
    assert set(CHANNELS) == {"email", "slack", "teams", "webhook", "inbox"}


@pytest.mark.parametrize("kind", sorted(CHANNELS))
def test_channel_for_builds_a_channel_of_that_kind(kind: str) -> None:
    channel = channel_for(kind, loopback_settings())
    try:
        assert isinstance(channel, Channel)
        assert channel.kind == kind
    finally:
        channel.close()


@pytest.mark.parametrize("kind", ["sms", "", "Email", "email "])
def test_an_unknown_kind_is_refused_naming_the_known_ones(kind: str) -> None:
    with pytest.raises(UnknownChannelError, match="known: email, inbox, slack, teams, webhook"):
        channel_for(kind, loopback_settings())
    assert issubclass(UnknownChannelError, ValueError)


def test_the_inbox_send_does_nothing_and_never_fails() -> None:
    inbox = InboxChannel(loopback_settings())
    inbox.send(make_message(), Endpoint(kind="inbox", target=""))
    inbox.close()


@pytest.mark.parametrize("key", ["", "alert 42", "alert-42\r\nX: y", "ålert", "a" * 201])
def test_a_message_key_must_be_a_short_visible_ascii_token(key: str) -> None:
    with pytest.raises(ValueError, match="message key"):
        make_message(key)
