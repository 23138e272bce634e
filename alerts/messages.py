"""From database rows to a channel :class:`~alerts.channels.base.Message`: the views an
email shows, the signed links it carries, and the structured payload webhooks get.

Messages are built when they are sent, not when queued, so a digest shows the alerts'
state at send time and a retried message is the same message (same key, same content).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from html import escape
from typing import Any
from urllib.parse import urlsplit

from sqlalchemy import select
from sqlalchemy.orm import Session

from alerts.channels.base import Message
from alerts.links import LinkAction, make_link
from alerts.render import Email, render_alert, render_digest
from alerts.views import (
    AlertView,
    DigestGroup,
    DigestView,
    FeedbackLinks,
    SignalView,
    SubscriptionLinks,
)
from intel.config import Settings
from intel.models import Account, Alert, Article, Digest, Notice, Signal, Story, User
from intel.services.terms import Terms, load_terms

LINK_LIFETIME = dt.timedelta(days=60)


@dataclass(frozen=True, slots=True)
class _Row:
    alert: Alert
    signal: Signal
    account: Account
    story: Story
    article: Article


def alert_message(
    session: Session, alert: Alert, key: str, settings: Settings, now: dt.datetime
) -> Message:
    """The instant alert as a message, with one-click feedback and unsubscribe links."""
    row = _rows(session, [alert.id])[0]
    user = session.get_one(User, alert.user_id)
    terms = load_terms(session)
    view = AlertView(
        account_name=row.account.name,
        signal=_signal_view(row, _story_hosts(session, [row]), terms),
        feedback=_feedback_links(settings, user.id, alert.id, now),
        links=_subscription_links(settings, user.id, now),
        reason_to_call=alert.reason or None,
        summary_html=row.article.summary_html,
        timezone=user.timezone,
    )
    return _message(key, render_alert(view), _payload("alert", [row], settings, terms))


def digest_messages(
    session: Session, digests: Sequence[tuple[Digest, str]], settings: Settings, now: dt.datetime
) -> dict[int, Message]:
    """Digest id -> its message (``digests`` pairs a digest with its delivery key): each
    digest's alerts ranked by score, grouped by account, capped with "N more". Built for
    a batch at once, in a handful of queries, as a digest run sends thousands."""
    if not digests:
        return {}
    ids = session.scalars(
        select(Alert.id).where(Alert.digest_id.in_([digest.id for digest, _ in digests]))
    )
    ranked: dict[int, list[_Row]] = {digest.id: [] for digest, _ in digests}
    for row in ranked_rows(session, list(ids)):
        if row.alert.digest_id is not None:
            ranked[row.alert.digest_id].append(row)
    users = {
        user.id: user
        for user in session.scalars(
            select(User).where(User.id.in_({d.user_id for d, _ in digests}))
        )
    }
    listed = [
        row
        for digest, _ in digests
        for row in ranked[digest.id][: _digest_cap(users[digest.user_id])]
    ]
    hosts = _story_hosts(session, listed)
    terms = load_terms(session)
    messages = {}
    for digest, key in digests:
        label = f"Your digest for {digest.period}"
        view = digest_view(
            session,
            users[digest.user_id],
            ranked[digest.id],
            label=label,
            settings=settings,
            now=now,
            hosts=hosts,
            terms=terms,
        )
        messages[digest.id] = _message(
            key, render_digest(view), _payload("digest", ranked[digest.id], settings, terms)
        )
    return messages


def digest_view(
    session: Session,
    user: User,
    rows: Sequence[_Row],
    *,
    label: str,
    settings: Settings,
    now: dt.datetime,
    hosts: Mapping[int, list[str]] | None = None,
    terms: Terms | None = None,
) -> DigestView:
    """The best ``digest_cap`` alerts across all accounts (``rows`` come ranked), grouped
    by account in the order of each account's best alert; the rest are counted. A batch
    passes the ``hosts`` and ``terms`` it loaded once; alone, they are loaded here."""
    cap = _digest_cap(user)
    groups: dict[int, list[SignalView]] = {}
    names: dict[int, str] = {}
    listed = rows[:cap]
    if hosts is None:
        hosts = _story_hosts(session, listed)
    if terms is None:
        terms = load_terms(session)
    for row in listed:
        groups.setdefault(row.account.id, []).append(_signal_view(row, hosts, terms))
        names[row.account.id] = row.account.name
    return DigestView(
        user_name=user.name or user.email,
        period_label=label,
        groups=tuple(DigestGroup(names[a], tuple(signals)) for a, signals in groups.items()),
        more_url=f"{_base(settings)}/inbox",
        links=_subscription_links(settings, user.id, now),
        max_signals=cap,
        timezone=user.timezone,
        unlisted=max(0, len(rows) - cap),
    )


def ranked_rows(session: Session, alert_ids: Sequence[int]) -> list[_Row]:
    """The alerts' rows best first, as a digest lists them."""
    rows = _rows(session, alert_ids)
    return sorted(rows, key=lambda row: (-row.alert.score, row.alert.id))


def _digest_cap(user: User) -> int:
    """How many alerts a digest lists before "and N more"."""
    return max(1, user.digest_cap)


def notice_message(notice: Notice, key: str, settings: Settings, now: dt.datetime) -> Message:
    """A plain service notice (a webhook disabled, a source failing)."""
    links = _subscription_links(settings, notice.user_id, now)
    text = f"{notice.text}\n\nManage your alerts: {links.manage_url}\n"
    return Message(
        key=key,
        subject=notice.subject,
        text=text,
        html="<p>" + escape(text).replace("\n", "<br>") + "</p>",
        payload={"kind": "notice", "title": notice.subject, "summary": notice.text},
    )


def _rows(session: Session, alert_ids: Sequence[int]) -> list[_Row]:
    if not alert_ids:
        return []
    found = session.execute(
        select(Alert, Signal, Account, Story, Article)
        .join(Signal, Signal.id == Alert.signal_id)
        .join(Account, Account.id == Alert.account_id)
        .join(Story, Story.id == Alert.story_id)
        .join(Article, Article.id == Signal.article_id)
        .where(Alert.id.in_(alert_ids))
    )
    by_id = {
        alert.id: _Row(alert, signal, account, story, article)
        for alert, signal, account, story, article in found
    }
    return [by_id[i] for i in alert_ids if i in by_id]


def _story_hosts(session: Session, rows: Sequence[_Row]) -> dict[int, list[str]]:
    """Story id -> the hosts that told it (the first few), in one query for all rows."""
    hosts: dict[int, set[str]] = {row.story.id: set() for row in rows}
    if hosts:
        for story_id, url in session.execute(
            select(Article.story_id, Article.url).where(Article.story_id.in_(hosts))
        ):
            if story_id is not None and (host := urlsplit(url).hostname):
                hosts[story_id].add(host)
    return {story_id: sorted(found)[:3] for story_id, found in hosts.items()}


def _signal_view(row: _Row, hosts: Mapping[int, list[str]], terms: Terms) -> SignalView:
    named = hosts.get(row.story.id, [])
    published = row.article.published_at or row.article.fetched_at
    return SignalView(
        signal_label=terms.signal_type(row.signal.type),
        headline=row.article.title,
        story_url=row.article.url,
        published_at=published,
        confidence=min(1.0, max(0.0, row.signal.confidence)),
        why=row.signal.explanation or row.alert.reason,
        source_names=tuple(named),
        source_count=max(row.story.source_count, len(named), 1),
    )


def _feedback_links(
    settings: Settings, user_id: int, alert_id: int, now: dt.datetime
) -> FeedbackLinks:
    def link(action: LinkAction) -> str:
        return _link(settings, user_id, action, alert_id, now)

    return FeedbackLinks(
        useful_url=link(LinkAction.USEFUL),
        not_relevant_url=link(LinkAction.NOT_RELEVANT),
        wrong_company_url=link(LinkAction.WRONG_COMPANY),
    )


def _subscription_links(settings: Settings, user_id: int, now: dt.datetime) -> SubscriptionLinks:
    return SubscriptionLinks(
        manage_url=_link(settings, user_id, LinkAction.MANAGE, user_id, now),
        unsubscribe_url=_link(settings, user_id, LinkAction.UNSUBSCRIBE, user_id, now),
    )


def _link(
    settings: Settings, user_id: int, action: LinkAction, target: int, now: dt.datetime
) -> str:
    return make_link(
        _base(settings),
        settings.signing_key,
        user_id=user_id,
        action=action,
        target_id=target,
        expires_at=now + LINK_LIFETIME,
    )


def _base(settings: Settings) -> str:
    return str(settings.base_url).rstrip("/")


def _message(key: str, email: Email, payload: dict[str, Any]) -> Message:
    return Message(
        key=key,
        subject=email.subject,
        text=email.text,
        html=email.html,
        headers=email.headers,
        payload=payload | {"title": email.subject},
    )


def _payload(kind: str, rows: Sequence[_Row], settings: Settings, terms: Terms) -> dict[str, Any]:
    """Structured data for chat cards and JSON webhooks: ``signal_type`` is the stable
    key receivers filter on, ``signal_label`` the workspace's name for it."""
    items = [
        {
            "account": row.account.name,
            "signal_type": row.signal.type.value,
            "signal_label": terms.signal_type(row.signal.type),
            "confidence": round(row.signal.confidence, 3),
            "title": row.article.title,
            "url": row.article.url,
            "reason": row.alert.reason,
        }
        for row in rows
    ]
    first = items[0] if items else {}
    return {
        "kind": kind,
        "url": first.get("url", f"{_base(settings)}/inbox")
        if kind == "alert"
        else f"{_base(settings)}/inbox",
        "account": first.get("account", "") if kind == "alert" else "",
        "signal_type": first.get("signal_type", "") if kind == "alert" else "",
        "signal_label": first.get("signal_label", "") if kind == "alert" else "",
        "confidence": first.get("confidence") if kind == "alert" else None,
        "summary": first.get("reason", "") if kind == "alert" else "",
        "items": items,
    }
