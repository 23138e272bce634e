"""The data model. Importing this package registers every table on ``Base.metadata``."""

from intel.models.account import Account, name_key
from intel.models.alert import (
    Alert,
    Delivery,
    DeliveryAttempt,
    DeliveryChannel,
    Digest,
    Feedback,
    MuteRule,
    Notice,
)
from intel.models.article import Article, Story
from intel.models.contact import Contact
from intel.models.signal import Signal
from intel.models.source import Source
from intel.models.user import ApiToken, SignInLink, User, WebSession
from intel.models.watchlist import Subscription, Watchlist, WatchlistMember
from intel.models.workspace import CallNote, StoredSecret, Term

__all__ = [
    "Account",
    "Alert",
    "ApiToken",
    "Article",
    "CallNote",
    "Contact",
    "Delivery",
    "DeliveryAttempt",
    "DeliveryChannel",
    "Digest",
    "Feedback",
    "MuteRule",
    "Notice",
    "SignInLink",
    "Signal",
    "Source",
    "StoredSecret",
    "Story",
    "Subscription",
    "Term",
    "User",
    "Watchlist",
    "WatchlistMember",
    "WebSession",
    "name_key",
]
