"""The demo workspace: fictional accounts, two users and sample feeds shipped in the package.

Loading is idempotent (run it on every ``intel serve --demo``). The feeds are served by
the service itself, so the first collection pass works with no internet.
"""

from __future__ import annotations

import datetime as dt
import secrets
from dataclasses import dataclass
from importlib import resources

from sqlalchemy import select
from sqlalchemy.orm import Session

from intel.models import Account, Source, Subscription, User, Watchlist, WatchlistMember, name_key
from intel.services.accounts import create_account
from intel.services.passwords import set_password
from intel.services.users import create_user, issue_token, revoke_tokens
from intel.types import AccountKind, Delivery, Role, SourceKind

DEMO_TOKEN_NAME = "demo"  # noqa: S105  (a label, not a secret)

_ACCOUNTS = [
    ("Northwind Robotics", AccountKind.PROSPECT, ["Northwind"], ["northwind-robotics.example"], []),
    ("Globex Analytics", AccountKind.CUSTOMER, ["Globex"], ["globex.example"], ["GBX"]),
    ("Hooli Health", AccountKind.PROSPECT, [], ["hooli-health.example"], []),
    ("Initech Cloud", AccountKind.COMPETITOR, ["Initech"], ["initech.example"], []),
    ("Brightline Software", AccountKind.OWN, ["Brightline"], ["brightline.example"], []),
]
_USERS = [
    ("rita.rep@demo.example", "Rita Rep", Role.REP, "America/New_York"),
    ("mark.marketing@demo.example", "Mark Marketing", Role.MARKETING, "Europe/Berlin"),
    ("ada.admin@demo.example", "Ada Admin", Role.ADMIN, "UTC"),
]
_FEEDS = [
    ("Tech Wire (demo)", "tech-wire.xml"),
    ("Business Daily (demo)", "business-daily.xml"),
    ("Brightline Newsroom (demo)", "brightline-newsroom.xml"),
]


@dataclass(frozen=True)
class DemoLogin:
    email: str
    role: Role
    token: str
    password: str


def demo_feed_names() -> list[str]:
    return sorted(entry.name for entry in resources.files(__name__).joinpath("feeds").iterdir())


def demo_feed(name: str) -> bytes | None:
    """The bytes of a shipped demo feed, or ``None`` for any other name."""
    if name not in demo_feed_names():
        return None
    return resources.files(__name__).joinpath("feeds", name).read_bytes()


def _user(session: Session, email: str, name: str, role: Role, timezone: str) -> User:
    user = session.scalar(select(User).where(User.email == email))
    return user or create_user(session, email=email, name=name, role=role, timezone=timezone)


def _account(
    session: Session, spec: tuple[str, AccountKind, list[str], list[str], list[str]], owner: User
) -> Account:
    name, kind, aliases, domains, tickers = spec
    account = session.scalar(select(Account).where(Account.name_key == name_key(name)))
    if account is None:
        owner_id = owner.id if kind in {AccountKind.PROSPECT, AccountKind.CUSTOMER} else None
        account = create_account(
            session,
            name=name,
            kind=kind,
            aliases=aliases,
            domains=domains,
            tickers=tickers,
            owner_id=owner_id,
        )
    return account


def _follow(session: Session, user: User, **target: object) -> None:
    clauses = [getattr(Subscription, key) == value for key, value in target.items()]
    if session.scalar(select(Subscription.id).where(Subscription.user_id == user.id, *clauses)):
        return
    session.add(Subscription(user_id=user.id, delivery=Delivery.BOTH, **target))


def _sources(session: Session, feed_base_url: str, now: dt.datetime) -> None:
    for name, filename in _FEEDS:
        url = f"{feed_base_url.rstrip('/')}/demo/feeds/{filename}"
        source = session.scalar(select(Source).where(Source.name == name))
        if source is None:
            session.add(Source(name=name, url=url, kind=SourceKind.FEED, next_check_at=now))
        elif source.url != url:  # the service moved to another port: follow it
            source.url, source.etag, source.last_modified = url, None, None
            source.next_check_at = now


def load_demo(session: Session, *, feed_base_url: str, now: dt.datetime) -> list[DemoLogin]:
    """Create (or refresh) the demo workspace; issue fresh demo tokens and passwords."""
    rep, marketing, admin = (_user(session, *spec) for spec in _USERS)
    accounts = [_account(session, spec, rep) for spec in _ACCOUNTS]
    session.flush()

    watchlist = session.scalar(
        select(Watchlist).where(Watchlist.owner_id == rep.id, Watchlist.name == "My territory")
    )
    if watchlist is None:
        watchlist = Watchlist(name="My territory", owner_id=rep.id, shared=False)
        session.add(watchlist)
        session.flush()
    members = set(
        session.scalars(
            select(WatchlistMember.account_id).where(WatchlistMember.watchlist_id == watchlist.id)
        )
    )
    for account in accounts:
        if (
            account.kind in {AccountKind.PROSPECT, AccountKind.CUSTOMER}
            and account.id not in members
        ):
            session.add(WatchlistMember(watchlist_id=watchlist.id, account_id=account.id))
    _follow(session, rep, watchlist_id=watchlist.id)
    _follow(session, marketing, stream=AccountKind.COMPETITOR)
    _follow(session, marketing, stream=AccountKind.OWN)
    _sources(session, feed_base_url, now)

    logins = []
    for user in (rep, marketing, admin):
        revoke_tokens(session, user, name=DEMO_TOKEN_NAME, now=now)
        token = issue_token(session, user, name=DEMO_TOKEN_NAME)
        password = secrets.token_urlsafe(12)
        set_password(user, password)
        logins.append(DemoLogin(user.email, user.role, token, password))
    session.flush()
    return logins
