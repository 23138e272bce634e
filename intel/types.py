"""The project's vocabulary: enumerations and the value objects that cross package lines."""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any


class Role(enum.StrEnum):
    REP = "rep"
    MARKETING = "marketing"
    ADMIN = "admin"


class AccountKind(enum.StrEnum):
    PROSPECT = "prospect"
    CUSTOMER = "customer"
    COMPETITOR = "competitor"
    OWN = "own"


class SourceKind(enum.StrEnum):
    FEED = "feed"
    NEWS_QUERY = "news_query"
    NEWSROOM = "newsroom"
    EDGAR = "edgar"


class FetchErrorKind(enum.StrEnum):
    """Why a fetch failed; recorded on the Source so an admin knows what to fix."""

    DNS = "dns"
    CONNECT = "connect"
    TIMEOUT = "timeout"
    HTTP_4XX = "http_4xx"
    HTTP_5XX = "http_5xx"
    TOO_LARGE = "too_large"
    NOT_A_FEED = "not_a_feed"
    PARSE_ERROR = "parse_error"
    BLOCKED = "blocked"
    BOT_BLOCKED = "bot_blocked"
    TOO_MANY_REDIRECTS = "too_many_redirects"


class EventType(enum.StrEnum):
    FUNDING = "funding"
    ACQUISITION = "acquisition"
    LEADERSHIP = "leadership"
    EARNINGS = "earnings"
    EXPANSION = "expansion"
    LAYOFFS = "layoffs"
    PARTNERSHIP = "partnership"
    PRODUCT = "product"
    CONTRACT = "contract"
    IPO = "ipo"
    EVENT = "event"
    MENTION = "mention"


class SignalRole(enum.StrEnum):
    SUBJECT = "subject"
    MENTION = "mention"
    ACQUIRER = "acquirer"
    TARGET = "target"
    INVESTOR = "investor"
    PARTNER = "partner"


class Salience(enum.StrEnum):
    """How central an account is to an article: its subject, or merely named in it."""

    ABOUT = "about"
    MENTION = "mention"


class Delivery(enum.StrEnum):
    INSTANT = "instant"
    DIGEST = "digest"
    BOTH = "both"


class DigestFrequency(enum.StrEnum):
    NONE = "none"
    DAILY = "daily"
    WEEKLY = "weekly"


class DeliveryStatus(enum.StrEnum):
    PENDING = "pending"  # due at next_attempt_at (held for quiet hours, or backing off)
    SENDING = "sending"  # leased by a worker
    SENT = "sent"
    FAILED = "failed"  # gave up; last_error says why
    SKIPPED = "skipped"  # nothing to send any more (channel removed, user unsubscribed)


class MuteKind(enum.StrEnum):
    ACCOUNT = "account"  # an account id
    TYPE = "type"  # a signal type
    SOURCE = "source"  # a source id
    KEYWORD = "keyword"  # a word or phrase in the headline


class FeedbackKind(enum.StrEnum):
    USEFUL = "useful"
    NOT_RELEVANT = "not_relevant"
    WRONG_COMPANY = "wrong_company"
    MEETING = "meeting"
    OPPORTUNITY = "opportunity"


@dataclass(frozen=True, slots=True)
class RawItem:
    """One entry as a collector read it, before it is stored as an Article.

    ``summary_html`` is already sanitised; ``summary_text`` is its plain-text form, the
    one classification reads. ``extra`` carries what the collector knows beyond the
    text, kept on the Article: ``cik`` (a filer's SEC CIK) and ``events`` (pre-typed
    events as ``{"type", "confidence", "explanation", "fields"}``, which then skip
    classification).
    """

    url: str
    title: str
    guid: str | None = None
    summary_html: str = ""
    summary_text: str = ""
    published_at: dt.datetime | None = None
    author: str | None = None
    extra: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class EventHit:
    """One trigger event the classifier found in an article.

    ``explanation`` is the phrase that fired; ``fields`` holds what was extracted (see
    ``intel.classify`` for the keys per type); ``hedged`` marks rumours and talks.
    """

    type: EventType
    confidence: float
    explanation: str
    fields: Mapping[str, Any] = field(default_factory=dict)
    hedged: bool = False


@dataclass(frozen=True, slots=True)
class AccountMatch:
    """An account found in an article, with where and how surely."""

    account_id: int
    name: str
    salience: Salience
    evidence: str  # the text that matched: a name, alias, domain or ticker
    confidence: float
    in_title: bool
