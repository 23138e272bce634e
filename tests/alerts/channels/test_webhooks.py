"""The webhook channels (generic JSON, Slack, Teams) against a real HTTP receiver on
127.0.0.1: what the receiver gets, what it can verify, how its answers are classified,
and which URLs are never contacted."""

from __future__ import annotations

import ipaddress
import json
import re
import threading
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler
from typing import Any

import pytest

from alerts.channels.base import MAX_ITEMS, Channel, DeliveryError, Endpoint, Message
from alerts.channels.http import MAX_REPLY_BYTES
from alerts.channels.slack import SlackChannel
from alerts.channels.teams import CARD_CONTENT_TYPE, TeamsChannel
from alerts.channels.webhook import WebhookChannel, verify_signature
from intel.config import Settings
from intel.urlpolicy import IPAddress
from tests.alerts.conftest import make_message
from tests.cli_helpers import free_port
from tests.loopback import LoopbackServer, SeenRequest, loopback_settings

SECRET = "whsec_test_3f9a"
HOSTILE = {
    "kind": "digest",
    "title": "<script>alert(1)</script> & friends",
    "url": "https://news.example/story?a=1&b=<2>|x",
    "account": "<http://evil.example|click here> <!channel>",
    "signal_type": "[x](http://evil.example)",
    "confidence": 0.5,
    "summary": "**urgent** [x](http://evil.example) <b>bold</b>\n# heading",
    "items": [
        {"title": "[x](http://evil.example)", "url": "javascript:alert(1)"},
        {"title": "<http://evil.example|click>", "url": "https://news.example/2"},
    ],
}
ChannelFactory = Callable[[Settings], Channel]
CHANNEL_FACTORIES: dict[str, ChannelFactory] = {
    "webhook": WebhookChannel,
    "slack": SlackChannel,
    "teams": TeamsChannel,
}


def default_settings() -> Settings:
    """The service's own defaults: no private network allowed."""
    return loopback_settings(fetch_allow_networks=[])


def hook(url: str, kind: str = "webhook") -> Endpoint:
    return Endpoint(kind=kind, target=url, secret=SECRET)


def send_error(channel: Channel, url: str, message: Message | None = None) -> DeliveryError:
    with pytest.raises(DeliveryError) as caught:
        channel.send(message or make_message(), hook(url, channel.kind))
    return caught.value


def only_request(receiver: LoopbackServer) -> SeenRequest:
    [request] = receiver.requests
    return request


def json_body(receiver: LoopbackServer) -> dict[str, Any]:
    request = only_request(receiver)
    assert request.method == "POST"
    assert request.headers["content-type"] == "application/json"
    body: dict[str, Any] = json.loads(request.body)
    return body


def strings(value: object) -> Iterator[str]:
    """Every string in a JSON document, keys excluded."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from strings(item)


@pytest.fixture(params=sorted(CHANNEL_FACTORIES))
def any_channel(request: pytest.FixtureRequest) -> Iterator[Channel]:
    channel = CHANNEL_FACTORIES[request.param](loopback_settings())
    yield channel
    channel.close()


@pytest.fixture
def webhook() -> Iterator[WebhookChannel]:
    channel = WebhookChannel(loopback_settings())
    yield channel
    channel.close()


# The generic webhook: body, headers, signature.


def test_the_body_is_compact_sorted_utf8_json_with_the_message(
    webhook: WebhookChannel, receiver: LoopbackServer
) -> None:
    message = make_message(subject="Müller: Übernahme", payload={"title": "Übernahme", "z": 1})
    webhook.send(message, hook(receiver.add("/hook", "ok")))
    request = only_request(receiver)
    assert request.body == json.dumps(
        {
            "key": "alert-42",
            "subject": "Müller: Übernahme",
            "text": message.text,
            "title": "Übernahme",
            "z": 1,
        },
        ensure_ascii=False,
        separators=(",", ":"),
        sort_keys=True,
    ).encode("utf-8")
    assert "Übernahme".encode() in request.body


def test_the_message_fields_win_over_payload_keys(
    webhook: WebhookChannel, receiver: LoopbackServer
) -> None:
    message = make_message(payload={"key": "forged", "subject": "forged", "kind": "alert"})
    webhook.send(message, hook(receiver.add("/hook", "ok")))
    body = json_body(receiver)
    assert (body["key"], body["subject"], body["kind"]) == ("alert-42", message.subject, "alert")


def test_the_headers_carry_the_key_the_agent_and_the_signature(
    receiver: LoopbackServer,
) -> None:
    channel = WebhookChannel(loopback_settings(user_agent="IntelTest/1.0"))
    channel.send(make_message("digest-7"), hook(receiver.add("/hook", "ok")))
    channel.close()
    headers = only_request(receiver).headers
    assert headers["idempotency-key"] == "digest-7"
    assert headers["user-agent"] == "IntelTest/1.0"
    assert headers["x-intel-timestamp"].isdigit()
    assert headers["x-intel-signature"].startswith("v1=")


def test_the_signature_verifies_and_fails_when_anything_is_altered(
    webhook: WebhookChannel, receiver: LoopbackServer
) -> None:
    webhook.send(make_message(), hook(receiver.add("/hook", "ok")))
    request = only_request(receiver)
    timestamp = request.headers["x-intel-timestamp"]
    signature = request.headers["x-intel-signature"]
    sent_at = float(timestamp)

    def verifies(
        body: bytes = request.body,
        stamp: str = timestamp,
        secret: str = SECRET,
        now: float = sent_at,
        sig: str = signature,
    ) -> bool:
        return verify_signature(secret, stamp, body, sig, now=now)

    assert verifies()
    assert verifies(now=sent_at + 299)
    assert not verifies(body=request.body.replace(b"alert-42", b"alert-43"))
    assert not verifies(body=request.body + b" ")
    assert not verifies(stamp=str(int(timestamp) + 1))
    assert not verifies(secret="another secret")
    assert not verifies(now=sent_at + 301)  # a stale (replayed) request
    assert not verifies(now=sent_at - 301)  # a timestamp from the future
    assert not verifies(stamp="", now=0)
    assert not verifies(stamp="1e3", now=1000)
    assert not verifies(sig=signature.replace("v1=", "v2="))
    assert not verifies(sig="v1=" + "0" * 64)
    assert not verifies(sig="ünïcode")


def test_a_webhook_without_a_secret_is_refused_unsent(
    webhook: WebhookChannel, receiver: LoopbackServer
) -> None:
    url = receiver.add("/hook", "ok")
    with pytest.raises(DeliveryError) as caught:
        webhook.send(make_message(), Endpoint(kind="webhook", target=url))
    assert caught.value.permanent
    assert receiver.requests == []


# Answers, for all three channels.


def test_a_2xx_answer_is_a_delivery(any_channel: Channel, receiver: LoopbackServer) -> None:
    any_channel.send(make_message(), hook(receiver.add("/hook", "", status=202)))
    assert only_request(receiver).method == "POST"


def test_429_is_temporary_with_the_servers_retry_after(
    any_channel: Channel, receiver: LoopbackServer
) -> None:
    url = receiver.add("/hook", "slow down", status=429, headers={"Retry-After": "30"})
    error = send_error(any_channel, url)
    assert not error.permanent
    assert error.retry_after_s == 30
    assert "429" in str(error)


def test_503_with_a_retry_after_date_is_temporary(
    webhook: WebhookChannel, receiver: LoopbackServer
) -> None:
    url = receiver.add(
        "/hook", status=503, headers={"Retry-After": "Wed, 21 Oct 2015 07:28:00 GMT"}
    )
    error = send_error(webhook, url)
    assert not error.permanent
    assert error.retry_after_s == 0  # a date in the past: try again now


@pytest.mark.parametrize("status", [500, 502, 503, 408])
def test_server_errors_and_408_are_temporary(
    webhook: WebhookChannel, receiver: LoopbackServer, status: int
) -> None:
    error = send_error(webhook, receiver.add("/hook", "oops", status=status))
    assert not error.permanent
    assert error.retry_after_s is None


@pytest.mark.parametrize("status", [400, 401, 403, 404, 410, 413, 422])
def test_other_client_errors_are_permanent(
    webhook: WebhookChannel, receiver: LoopbackServer, status: int
) -> None:
    error = send_error(webhook, receiver.add("/hook", "nope", status=status))
    assert error.permanent
    assert str(status) in str(error)


def test_an_unknown_path_is_permanent(any_channel: Channel, receiver: LoopbackServer) -> None:
    error = send_error(any_channel, receiver.url("/gone"))
    assert error.permanent
    assert "404" in str(error)


@pytest.mark.parametrize("reply", ["invalid_token", "no_service", "channel_is_archived"])
def test_slack_refusals_are_permanent_and_say_why(receiver: LoopbackServer, reply: str) -> None:
    status = {"invalid_token": 403, "no_service": 404, "channel_is_archived": 410}[reply]
    channel = SlackChannel(loopback_settings())
    error = send_error(channel, receiver.add("/services/T/B/x", reply, status=status))
    channel.close()
    assert error.permanent
    assert reply in str(error)


def test_a_long_answer_is_read_only_up_to_the_cap(
    webhook: WebhookChannel, receiver: LoopbackServer
) -> None:
    url = receiver.add("/hook", b"x" * (4 * MAX_REPLY_BYTES), status=500)
    error = send_error(webhook, url)
    assert not error.permanent
    assert len(str(error)) < 300


def test_a_redirect_is_refused_and_not_followed(
    any_channel: Channel, receiver: LoopbackServer
) -> None:
    receiver.add("/elsewhere", "ok")
    error = send_error(any_channel, receiver.redirect("/hook", receiver.url("/elsewhere"), 307))
    assert error.permanent
    assert "redirect" in str(error)
    assert receiver.hits("/elsewhere") == []


def test_a_receiver_that_never_answers_times_out_as_temporary(receiver: LoopbackServer) -> None:
    release = threading.Event()

    def hang(handler: BaseHTTPRequestHandler) -> None:
        release.wait(10)

    url = receiver.add("/hook", handler=hang)
    channel = WebhookChannel(loopback_settings(fetch_timeout_s=0.3))
    try:
        error = send_error(channel, url)
    finally:
        release.set()
        channel.close()
    assert not error.permanent
    assert "no answer within 0.3 s" in str(error)


def test_a_closed_port_is_temporary(any_channel: Channel) -> None:
    error = send_error(any_channel, f"http://127.0.0.1:{free_port()}/hook")
    assert not error.permanent


# Which URLs are contacted at all.


@pytest.mark.parametrize("kind", sorted(CHANNEL_FACTORIES))
def test_loopback_is_refused_by_default_without_connecting(
    receiver: LoopbackServer, kind: str
) -> None:
    channel = CHANNEL_FACTORIES[kind](default_settings())
    url = receiver.add("/hook", "ok")
    try:
        for target in (url, url.replace("127.0.0.1", "localhost")):
            error = send_error(channel, target)
            assert error.permanent
            assert "loopback" in str(error)
    finally:
        channel.close()
    assert receiver.requests == []


@pytest.mark.parametrize(
    ("url", "reason"),
    [
        ("ftp://127.0.0.1/hook", "only http and https"),
        ("file:///etc/passwd", "only http and https"),
        ("javascript:alert(1)", "only http and https"),
        ("http://user:pass@127.0.0.1/hook", "credentials"),
        ("http:///hook", "no host"),
        ("http://xn--a.example/hook", "malformed"),
    ],
)
def test_urls_of_the_wrong_form_are_refused(any_channel: Channel, url: str, reason: str) -> None:
    error = send_error(any_channel, url)
    assert error.permanent
    assert reason in str(error)


def resolver_for(table: dict[str, list[IPAddress]]) -> Callable[[str, int], list[IPAddress]]:
    """A DNS stand-in: names in the table resolve as it says; others do not resolve."""

    def resolve(host: str, port: int) -> list[IPAddress]:
        if host in table:
            return table[host]
        raise OSError(f"unknown host {host}")

    return resolve


def test_a_host_name_connects_to_the_address_that_was_checked(receiver: LoopbackServer) -> None:
    loopback = ipaddress.ip_address("127.0.0.1")
    channel = WebhookChannel(loopback_settings(), resolver=resolver_for({"hooks.test": [loopback]}))
    url = receiver.add("/hook", "ok").replace("127.0.0.1", "hooks.test")
    channel.send(make_message(), hook(url))
    channel.close()
    assert only_request(receiver).headers["host"].startswith("hooks.test:")


def test_a_name_resolving_inside_the_network_is_refused_at_connect(
    receiver: LoopbackServer,
) -> None:
    loopback = ipaddress.ip_address("127.0.0.1")
    channel = WebhookChannel(default_settings(), resolver=resolver_for({"hooks.test": [loopback]}))
    url = receiver.add("/hook", "ok").replace("127.0.0.1", "hooks.test")
    error = send_error(channel, url)
    channel.close()
    assert error.permanent
    assert "loopback" in str(error)
    assert receiver.requests == []


def test_a_name_that_does_not_resolve_is_temporary() -> None:
    channel = WebhookChannel(loopback_settings(), resolver=resolver_for({}))
    error = send_error(channel, "https://hooks.test/hook")
    channel.close()
    assert not error.permanent
    assert "cannot resolve" in str(error)


# What Slack and Teams show.


@pytest.fixture
def slack() -> Iterator[SlackChannel]:
    channel = SlackChannel(loopback_settings())
    yield channel
    channel.close()


@pytest.fixture
def teams() -> Iterator[TeamsChannel]:
    channel = TeamsChannel(loopback_settings())
    yield channel
    channel.close()


def test_slack_shows_the_linked_title_and_the_details(
    slack: SlackChannel, receiver: LoopbackServer
) -> None:
    slack.send(make_message(), hook(receiver.add("/hook", "ok"), "slack"))
    body = json_body(receiver)
    assert body["text"] == "Acme Corp: Funding \N{EM DASH} Acme raises $40M Series B"
    title, summary, context = body["blocks"]
    assert title["text"]["text"] == (
        "<https://news.example/acme?id=1&amp;src=rss|Acme raises $40M Series B>"
    )
    assert summary["text"]["text"] == "Led by Example Ventures."
    assert context["elements"][0]["text"] == "Acme Corp · funding · 87%"


def test_slack_escapes_everything_strangers_wrote(
    slack: SlackChannel, receiver: LoopbackServer
) -> None:
    slack.send(make_message(payload=HOSTILE), hook(receiver.add("/hook", "ok"), "slack"))
    body = json_body(receiver)
    texts = list(strings(body))
    assert not any("<script" in text for text in texts)
    assert not any("<http://evil" in text for text in texts)
    assert not any("<!channel>" in text for text in texts)
    assert body["blocks"][0]["text"]["text"] == (
        "<https://news.example/story?a=1&amp;b=%3C2%3E%7Cx"
        "|&lt;script&gt;alert(1)&lt;/script&gt; &amp; friends>"
    )
    lines = body["blocks"][-1]["text"]["text"].splitlines()
    assert lines == [
        "• [x](http://evil.example)",  # a javascript: URL is not linked
        "• <https://news.example/2|&lt;http://evil.example|click&gt;>",
    ]
    assert all(block["text"]["verbatim"] for block in body["blocks"] if "text" in block)


def test_slack_lists_a_digests_items_and_counts_the_rest(
    slack: SlackChannel, receiver: LoopbackServer
) -> None:
    items = [
        {"title": f"Story {n}", "url": f"https://news.example/{n}", "account": "Acme"}
        for n in range(MAX_ITEMS + 5)
    ]
    message = make_message("digest-7", payload={"kind": "digest", "items": items})
    slack.send(message, hook(receiver.add("/hook", "ok"), "slack"))
    text = "\n".join(block["text"]["text"] for block in json_body(receiver)["blocks"][1:])
    assert "• <https://news.example/0|Story 0> \N{EM DASH} Acme" in text
    assert f"Story {MAX_ITEMS - 1}>" in text
    assert f"Story {MAX_ITEMS}>" not in text
    assert text.endswith("and 5 more")


def test_teams_posts_an_adaptive_card_with_facts_and_a_button(
    teams: TeamsChannel, receiver: LoopbackServer
) -> None:
    teams.send(make_message(), hook(receiver.add("/hook", status=202), "teams"))
    body = json_body(receiver)
    assert body["type"] == "message"
    [attachment] = body["attachments"]
    assert attachment["contentType"] == CARD_CONTENT_TYPE
    card = attachment["content"]
    assert card["type"] == "AdaptiveCard"
    title, summary, facts = card["body"]
    assert title["text"] == "Acme raises $40M Series B"
    assert summary["text"] == "Led by Example Ventures."
    assert facts["facts"] == [
        {"title": "Account", "value": "Acme Corp"},
        {"title": "Type", "value": "funding"},
        {"title": "Confidence", "value": "87%"},
    ]
    assert card["actions"] == [
        {
            "type": "Action.OpenUrl",
            "title": "Open story",
            "url": "https://news.example/acme?id=1&src=rss",
        }
    ]


def test_teams_escapes_markdown_so_strangers_cannot_make_links(
    teams: TeamsChannel, receiver: LoopbackServer
) -> None:
    teams.send(make_message(payload=HOSTILE), hook(receiver.add("/hook", "ok"), "teams"))
    card = json_body(receiver)["attachments"][0]["content"]
    texts = list(strings(card["body"]))
    assert not any("[x](" in text for text in texts)
    assert not any(re.search(r"(?<!\\)[<*]", text) for text in texts)
    assert card["body"][0]["text"] == r"\<script\>alert\(1\)\</script\> & friends"
    assert card["body"][1]["text"] == (
        r"\*\*urgent\*\* \[x\]\(http://evil.example\) \<b\>bold\</b\> \# heading"
    )
    assert card["body"][-2]["text"] == r"• \[x\]\(http://evil.example\)"
    assert card["body"][-1]["text"] == (
        r"• [\<http://evil.example\|click\>](https://news.example/2)"
    )
    assert card["actions"][0]["url"] == "https://news.example/story?a=1&b=%3C2%3E%7Cx"
    assert card["actions"][0]["title"] == "Open digest"


def test_teams_shows_no_button_for_a_link_that_is_not_http(
    teams: TeamsChannel, receiver: LoopbackServer
) -> None:
    message = make_message(payload={"title": "Hello", "url": "javascript:alert(1)"})
    teams.send(message, hook(receiver.add("/hook", "ok"), "teams"))
    card = json_body(receiver)["attachments"][0]["content"]
    assert "actions" not in card


@pytest.mark.parametrize("kind", ["slack", "teams"])
def test_chat_cards_cope_with_an_empty_payload(receiver: LoopbackServer, kind: str) -> None:
    channel = CHANNEL_FACTORIES[kind](loopback_settings())
    channel.send(make_message(payload={}), hook(receiver.add("/hook", "ok"), kind))
    channel.close()
    assert "Acme raises $40M Series B" in json.dumps(json_body(receiver), ensure_ascii=False)
