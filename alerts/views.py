"""What an email shows, as plain values the delivery side fills in: signals, alerts,
digests and the signed links they carry.

Views check themselves when built: the service's own links must be absolute http(s)
URLs, times must be aware, a digest cannot be empty. So a misconfigured base URL or an
empty digest fails where it is made, not in a mailbox.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from intel.untrusted import web_url

_NAMED_SOURCES = 3


class EmptyDigestError(ValueError):
    """A digest with nothing in it; the caller should skip the send, not mail a blank."""


@dataclass(frozen=True, slots=True)
class SubscriptionLinks:
    """Signed links to manage or stop the user's emails; every email carries both."""

    manage_url: str
    unsubscribe_url: str

    def __post_init__(self) -> None:
        _check_own_url(self.manage_url, "manage_url")
        _check_own_url(self.unsubscribe_url, "unsubscribe_url")


@dataclass(frozen=True, slots=True)
class FeedbackLinks:
    """Signed one-click feedback on one alert, which tunes what the user is sent next."""

    useful_url: str
    not_relevant_url: str
    wrong_company_url: str

    def __post_init__(self) -> None:
        _check_own_url(self.useful_url, "useful_url")
        _check_own_url(self.not_relevant_url, "not_relevant_url")
        _check_own_url(self.wrong_company_url, "wrong_company_url")


@dataclass(frozen=True, slots=True)
class SignalView:
    """One signal as a reader sees it: what happened, where it was told, why it matters.

    `source_count` is the story's prominence, how many sources told it; `source_names`
    may list only some of them.
    """

    signal_label: str
    headline: str
    story_url: str
    published_at: dt.datetime
    confidence: float
    why: str
    source_names: tuple[str, ...]
    source_count: int

    def __post_init__(self) -> None:
        if self.published_at.utcoffset() is None:
            raise ValueError(f"published_at must be timezone-aware, got {self.published_at!r}")
        if not 0.0 <= self.confidence <= 1.0:
            raise ValueError(f"confidence must be between 0 and 1, not {self.confidence}")
        if self.source_count < max(1, len(self.source_names)):
            raise ValueError("source_count must count every named source, and at least one")

    @property
    def sources_line(self) -> str:
        """ "Reuters, FT and 3 more sources": a few names, and how many more told it."""
        named = self.source_names[:_NAMED_SOURCES]
        others = self.source_count - len(named)
        if not named:
            return count(others, "source")
        if not others:
            return _join(named)
        return f"{', '.join(named)} and {others} more {_plural(others, 'source')}"


@dataclass(frozen=True, slots=True)
class AlertView:
    """One instant alert: one signal about one account, with feedback links."""

    account_name: str
    signal: SignalView
    feedback: FeedbackLinks
    links: SubscriptionLinks
    reason_to_call: str | None = None
    summary_html: str = ""
    timezone: str = "UTC"

    def __post_init__(self) -> None:
        _check_zone(self.timezone)


@dataclass(frozen=True, slots=True)
class DigestGroup:
    """The signals about one account, in the order the caller ranked them."""

    account_name: str
    signals: tuple[SignalView, ...]


@dataclass(frozen=True, slots=True)
class DigestView:
    """A digest: groups by account in the order given, cut after `max_signals` signals.

    Signals past the cut, and the `unlisted` ones the caller left out before grouping, are
    counted in an "and N more" line linking to `more_url`, where the user finds the rest.
    """

    user_name: str
    period_label: str
    groups: tuple[DigestGroup, ...]
    more_url: str
    links: SubscriptionLinks
    max_signals: int = 25
    timezone: str = "UTC"
    unlisted: int = 0  # signals the caller already left out (ranked below its own cut)

    def __post_init__(self) -> None:
        if self.unlisted < 0:
            raise ValueError(f"unlisted must not be negative, not {self.unlisted}")
        if not self.groups or any(not group.signals for group in self.groups):
            raise EmptyDigestError("a digest needs at least one signal, and no empty account")
        if self.max_signals < 1:
            raise ValueError(f"max_signals must be at least 1, not {self.max_signals}")
        _check_own_url(self.more_url, "more_url")
        _check_zone(self.timezone)

    @property
    def signal_count(self) -> int:
        return sum(len(group.signals) for group in self.groups)


def _check_own_url(url: str, name: str) -> None:
    if not web_url(url):
        raise ValueError(f"{name} must be an absolute http(s) URL, got {url!r}")


def _check_zone(name: str) -> None:
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValueError(f"unknown time zone {name!r}") from None


def count(number: int, noun: str) -> str:
    return f"{number} {_plural(number, noun)}"


def _plural(number: int, noun: str) -> str:
    return noun if number == 1 else f"{noun}s"


def _join(names: tuple[str, ...]) -> str:
    """ "A", "A and B", "A, B and C"."""
    if len(names) == 1:
        return names[0]
    return f"{', '.join(names[:-1])} and {names[-1]}"
