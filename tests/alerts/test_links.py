import base64
import datetime as dt
import hashlib
import hmac

import pytest

from alerts.links import (
    LINK_PATH,
    ExpiredLinkError,
    LinkAction,
    LinkClaim,
    LinkError,
    MalformedLinkError,
    TamperedLinkError,
    make_link,
    read_link,
)

KEY = b"k" * 32
BASE = "https://intel.example"
NOW = dt.datetime(2026, 3, 12, 9, 0, tzinfo=dt.UTC)
LATER = NOW + dt.timedelta(days=30)


def token_of(url: str) -> str:
    assert url.startswith(BASE + LINK_PATH)
    return url.removeprefix(BASE + LINK_PATH)


def make_token(**overrides: object) -> str:
    fields: dict[str, object] = {
        "user_id": 7,
        "action": LinkAction.USEFUL,
        "target_id": 4242,
        "expires_at": LATER,
    }
    fields.update(overrides)
    return token_of(make_link(BASE, KEY, **fields))  # type: ignore[arg-type]


def b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def test_round_trip() -> None:
    claim = read_link(make_token(), KEY, NOW)
    assert claim == LinkClaim(user_id=7, action=LinkAction.USEFUL, target_id=4242, expires_at=LATER)


@pytest.mark.parametrize("action", list(LinkAction))
def test_every_action_round_trips(action: LinkAction) -> None:
    assert read_link(make_token(action=action), KEY, NOW).action is action


def test_link_is_url_safe_and_under_the_base_url() -> None:
    url = make_link(
        BASE + "/", KEY, user_id=1, action=LinkAction.MANAGE, target_id=0, expires_at=LATER
    )
    token = token_of(url)
    assert set(token) <= set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.")
    assert "=" not in token


def test_expiry_is_rounded_down_to_the_second() -> None:
    expires_at = LATER + dt.timedelta(microseconds=999_999)
    assert read_link(make_token(expires_at=expires_at), KEY, NOW).expires_at == LATER


def test_expiry_in_another_zone_means_the_same_instant() -> None:
    paris = LATER.astimezone(dt.timezone(dt.timedelta(hours=1)))
    assert read_link(make_token(expires_at=paris), KEY, NOW).expires_at == LATER


@pytest.mark.parametrize(
    "now", [LATER, LATER + dt.timedelta(seconds=1), LATER + dt.timedelta(days=400)]
)
def test_expired_link_is_refused(now: dt.datetime) -> None:
    with pytest.raises(ExpiredLinkError):
        read_link(make_token(), KEY, now)


def test_link_is_good_until_its_last_second() -> None:
    assert read_link(make_token(), KEY, LATER - dt.timedelta(microseconds=1)).target_id == 4242


def test_wrong_key_is_tampered() -> None:
    with pytest.raises(TamperedLinkError):
        read_link(make_token(), b"another key", NOW)


@pytest.mark.parametrize(
    ("field", "value"),
    [(1, "8"), (2, "unsubscribe"), (3, "4243"), (4, str(int(LATER.timestamp()) + 86_400))],
)
def test_changing_any_field_breaks_the_signature(field: int, value: str) -> None:
    payload, mac = make_token().split(".")
    fields = unb64(payload).decode().split(":")
    fields[field] = value
    forged = b64(":".join(fields).encode()) + "." + mac
    with pytest.raises(TamperedLinkError):
        read_link(forged, KEY, NOW)


def test_swapping_the_signature_of_another_link_is_tampered() -> None:
    payload, _ = make_token(user_id=7).split(".")
    _, other_mac = make_token(user_id=8).split(".")
    with pytest.raises(TamperedLinkError):
        read_link(f"{payload}.{other_mac}", KEY, NOW)


def test_flipping_a_signature_bit_is_tampered() -> None:
    payload, mac = make_token().split(".")
    raw = bytearray(unb64(mac))
    raw[0] ^= 1
    with pytest.raises(TamperedLinkError):
        read_link(f"{payload}.{b64(bytes(raw))}", KEY, NOW)


def test_plain_hmac_without_the_context_is_refused() -> None:
    payload, _ = make_token().split(".")
    bare = hmac.new(KEY, unb64(payload), hashlib.sha256).digest()
    with pytest.raises(TamperedLinkError):
        read_link(f"{payload}.{b64(bare)}", KEY, NOW)


@pytest.mark.parametrize("position", ["payload", "mac"])
def test_every_character_change_is_refused(position: str) -> None:
    token = make_token()
    payload, _ = token.split(".")
    start = 0 if position == "payload" else len(payload) + 1
    end = len(payload) if position == "payload" else len(token)
    for index in range(start, end):
        replacement = "A" if token[index] != "A" else "B"
        changed = token[:index] + replacement + token[index + 1 :]
        with pytest.raises((TamperedLinkError, MalformedLinkError)):
            read_link(changed, KEY, NOW)


def test_non_canonical_base64_is_malformed() -> None:
    payload, mac = make_token().split(".")
    # 32 bytes take 43 characters; the last one carries 2 unused bits.
    last = mac[-1]
    twin = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
    sibling = twin[twin.index(last) ^ 1]
    with pytest.raises(MalformedLinkError):
        read_link(f"{payload}.{mac[:-1]}{sibling}", KEY, NOW)


@pytest.mark.parametrize(
    "token",
    [
        "",
        ".",
        "abc",
        "a.b.c",
        "!!!.???",
        "AAAA.AAAA",
        "AAAA.",
        ".AAAA",
        "é.é",
        "AAAA=.AAAA",
        "A" * 5000,
    ],
)
def test_garbage_is_malformed(token: str) -> None:
    with pytest.raises(MalformedLinkError):
        read_link(token, KEY, NOW)


def test_signed_but_unreadable_payload_is_malformed() -> None:
    payload = b"2:7:useful:1:99999999999"
    mac = hmac.new(KEY, b"prospect-intel/alerts.links/v1\x00" + payload, hashlib.sha256)
    with pytest.raises(MalformedLinkError):
        read_link(f"{b64(payload)}.{b64(mac.digest())}", KEY, NOW)


def test_errors_share_one_base() -> None:
    for error in (MalformedLinkError, TamperedLinkError, ExpiredLinkError):
        assert issubclass(error, LinkError)
        assert issubclass(error, ValueError)


def test_empty_key_is_refused_both_ways() -> None:
    with pytest.raises(ValueError, match="empty"):
        make_link(BASE, b"", user_id=1, action=LinkAction.MANAGE, target_id=1, expires_at=LATER)
    with pytest.raises(ValueError, match="empty"):
        read_link(make_token(), b"", NOW)


def test_naive_datetimes_are_refused() -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        make_token(expires_at=dt.datetime(2026, 4, 1))
    with pytest.raises(ValueError, match="timezone-aware"):
        read_link(make_token(), KEY, dt.datetime(2026, 4, 1))


def test_negative_ids_are_refused() -> None:
    with pytest.raises(ValueError, match="negative"):
        make_token(user_id=-1)
