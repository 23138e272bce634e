"""The inbox: a user's alerts, feedback and outcomes; signed email links; Atom feeds.

``router`` sits under ``/api/v1`` behind a bearer token. ``public_router`` serves what
is opened from outside the app, where no token can be sent: signed email links
(``/l/{token}``) and private Atom feeds (``/feeds/...?token=``); each carries its own
signed credential instead.

Signed links answer GET with a page and a button, and act only on POST: mail scanners
and link previews fetch every link in a message, and must not click "unsubscribe".
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Annotated
from urllib.parse import urlencode

import jinja2
from fastapi import APIRouter, Depends, Query, Request, Response
from fastapi.responses import HTMLResponse
from sqlalchemy import select, update

from alerts.atom import (
    MEDIA_TYPE,
    FeedTokenError,
    build_feed,
    feed_token,
    get_readable_watchlist,
    list_feed_entries,
    read_feed_token,
    watchlist_feed_id,
)
from alerts.feedback import (
    Proposal,
    accept_proposal,
    get_user_alert,
    list_proposals,
    record_feedback,
)
from alerts.links import ExpiredLinkError, LinkAction, LinkClaim, LinkError, read_link
from alerts.reports import Tally, feedback_report
from api.deps import CurrentUser, SessionDep, SettingsDep, require_role
from api.inbox_schemas import (
    FeedbackCreate,
    FeedbackRead,
    FeedbackReportRead,
    FeedUrl,
    InboxAccount,
    InboxItem,
    InboxSignal,
    OpenProposalRead,
    ProposalAccept,
    ProposalRead,
    ReadAll,
    SourceReport,
    TallyRead,
    TypeReport,
)
from api.schemas import AccountRead, Page
from intel.config import Settings
from intel.db import utcnow
from intel.errors import NotFoundError
from intel.models import (
    Account,
    Alert,
    Article,
    Feedback,
    Signal,
    Story,
    Subscription,
    User,
    Watchlist,
)
from intel.pagination import MAX_LIMIT, paginate
from intel.types import Delivery, EventType, FeedbackKind, Role

router = APIRouter(tags=["inbox"])
public_router = APIRouter(tags=["links and feeds"])  # outside /api/v1: no bearer token

Limit = Annotated[int, Query(ge=1, le=MAX_LIMIT)]
Marketer = Annotated[User, Depends(require_role(Role.MARKETING))]
REPORT_PERIOD = dt.timedelta(days=30)


# The inbox


@router.get("/inbox", response_model=Page[InboxItem], summary="List your alerts")
def list_inbox(
    session: SessionDep,
    user: CurrentUser,
    unread: Annotated[
        bool | None, Query(description="true: only unread; false: only read; absent: all")
    ] = None,
    account_id: int | None = None,
    type: Annotated[list[EventType] | None, Query()] = None,
    cursor: str | None = None,
    limit: Limit = 50,
) -> Page[InboxItem]:
    """Newest first, with what you already said of each."""
    statement = select(Alert).where(Alert.user_id == user.id)
    if unread is not None:
        statement = statement.where(
            Alert.read_at.is_(None) if unread else Alert.read_at.is_not(None)
        )
    if account_id is not None:
        statement = statement.where(Alert.account_id == account_id)
    if type:
        statement = statement.join(Signal, Signal.id == Alert.signal_id).where(
            Signal.type.in_(type)
        )
    page = paginate(
        session, statement, id_column=Alert.id, cursor=cursor, limit=limit, newest_first=True
    )
    return Page(items=_inbox_items(session, user.id, page.items), next_cursor=page.next_cursor)


def _inbox_items(session: SessionDep, user_id: int, alerts: Sequence[Alert]) -> list[InboxItem]:
    """The page's alerts with their signal, account, article and feedback: two queries."""
    ids = [alert.id for alert in alerts]
    rows = {
        alert.id: (alert, signal, account, article, source_count)
        for alert, signal, account, article, source_count in session.execute(
            select(Alert, Signal, Account, Article, Story.source_count)
            .join(Signal, Signal.id == Alert.signal_id)
            .join(Account, Account.id == Alert.account_id)
            .join(Article, Article.id == Signal.article_id)
            .join(Story, Story.id == Alert.story_id)
            .where(Alert.id.in_(ids))
        )
    }
    kinds: dict[int, list[FeedbackKind]] = {}
    for signal_id, kind in session.execute(
        select(Feedback.signal_id, Feedback.kind)
        .where(
            Feedback.user_id == user_id,
            Feedback.signal_id.in_({alert.signal_id for alert in alerts}),
        )
        .order_by(Feedback.id)
    ):
        kinds.setdefault(signal_id, []).append(kind)
    return [
        InboxItem(
            id=alert.id,
            created_at=alert.created_at,
            read_at=alert.read_at,
            reason=alert.reason,
            score=alert.score,
            account=InboxAccount(id=account.id, name=account.name),
            signal=InboxSignal.model_validate(signal, from_attributes=True),
            headline=article.title,
            url=article.url,
            source_count=source_count,
            feedback=kinds.get(signal.id, []),
        )
        for alert, signal, account, article, source_count in (rows[i] for i in ids if i in rows)
    ]


@router.post("/inbox/{alert_id}/read", status_code=204, summary="Mark an alert read")
def mark_read(alert_id: int, session: SessionDep, user: CurrentUser) -> Response:
    alert = get_user_alert(session, user_id=user.id, alert_id=alert_id)
    alert.read_at = alert.read_at or utcnow()
    return Response(status_code=204)


@router.delete("/inbox/{alert_id}/read", status_code=204, summary="Mark an alert unread")
def mark_unread(alert_id: int, session: SessionDep, user: CurrentUser) -> Response:
    get_user_alert(session, user_id=user.id, alert_id=alert_id).read_at = None
    return Response(status_code=204)


@router.post("/inbox/read-all", response_model=ReadAll, summary="Mark every alert read")
def mark_all_read(session: SessionDep, user: CurrentUser) -> ReadAll:
    result = session.execute(
        update(Alert)
        .where(Alert.user_id == user.id, Alert.read_at.is_(None))
        .values(read_at=utcnow())
    )
    return ReadAll(marked=result.rowcount)  # type: ignore[attr-defined]


@router.post(
    "/inbox/{alert_id}/feedback",
    response_model=FeedbackRead,
    status_code=201,
    responses={200: {"model": FeedbackRead, "description": "Said before: the existing record"}},
    summary="Say what an alert was worth",
)
def give_feedback(
    alert_id: int, body: FeedbackCreate, response: Response, session: SessionDep, user: CurrentUser
) -> FeedbackRead:
    """useful, not_relevant and wrong_company replace each other; meeting and opportunity
    are outcomes kept beside them. Saying the same thing again changes nothing (200)."""
    result = record_feedback(
        session, user_id=user.id, alert_id=alert_id, kind=body.kind, note=body.note, now=utcnow()
    )
    if not result.created:
        response.status_code = 200
    feedback = result.feedback
    return FeedbackRead(
        id=feedback.id,
        alert_id=feedback.alert_id,
        signal_id=feedback.signal_id,
        kind=feedback.kind,
        note=feedback.note,
        created_at=feedback.created_at,
        replaced=list(result.replaced),
        proposal=_proposal_read(result.proposal) if result.proposal else None,
    )


def _proposal_read(proposal: Proposal) -> ProposalRead:
    return ProposalRead.model_validate(proposal, from_attributes=True)


# Proposals from wrong-company feedback


@router.get(
    "/accounts/{account_id}/proposals",
    response_model=list[OpenProposalRead],
    summary="Negative keywords proposed by wrong-company feedback",
)
def read_proposals(account_id: int, session: SessionDep, _user: Marketer) -> list[OpenProposalRead]:
    """Most flagged first; a flagged article an existing keyword excludes is settled."""
    return [
        OpenProposalRead(
            **_proposal_read(item.proposal).model_dump(),
            flags=item.flags,
            signal_ids=list(item.signal_ids),
        )
        for item in list_proposals(session, account_id)
    ]


@router.post(
    "/accounts/{account_id}/proposals/accept",
    response_model=AccountRead,
    summary="Add a proposed negative keyword to the account",
)
def accept_proposed_keyword(
    account_id: int, body: ProposalAccept, session: SessionDep, _user: Marketer
) -> object:
    return accept_proposal(session, account_id, body.negative_keyword)


# Reports


@router.get(
    "/reports/feedback",
    response_model=FeedbackReportRead,
    summary="Feedback and precision by source and signal type",
)
def report_feedback(
    session: SessionDep,
    _user: Marketer,
    since: Annotated[
        dt.datetime | None, Query(description="Alerts created from then (UTC if no zone)")
    ] = None,
) -> FeedbackReportRead:
    """Alerts created since ``since`` (default: the last 30 days) and all feedback on them."""
    if since is None:
        since = utcnow() - REPORT_PERIOD
    elif since.tzinfo is None:
        since = since.replace(tzinfo=dt.UTC)
    report = feedback_report(session, since=since)
    return FeedbackReportRead(
        since=report.since,
        total=_tally(report.total),
        by_source=[
            SourceReport(
                source_id=s.source_id, source_name=s.source_name, **_tally(s.tally).model_dump()
            )
            for s in report.by_source
        ],
        by_type=[
            TypeReport(type=signal_type, **_tally(tally).model_dump())
            for signal_type, tally in sorted(report.by_type.items())
        ],
    )


def _tally(tally: Tally) -> TallyRead:
    precision = tally.precision
    return TallyRead(
        alerts=tally.alerts,
        useful=tally.useful,
        not_relevant=tally.not_relevant,
        wrong_company=tally.wrong_company,
        precision=None if precision is None else round(precision, 4),
        meeting=tally.meeting,
        opportunity=tally.opportunity,
    )


# Atom feeds


@router.get(
    "/watchlists/{watchlist_id}/feed-url",
    response_model=FeedUrl,
    summary="The private Atom feed URL of a watchlist",
)
def read_feed_url(
    watchlist_id: int, session: SessionDep, settings: SettingsDep, user: CurrentUser
) -> FeedUrl:
    """For your own or a shared watchlist. Keep it private: it needs no other login."""
    get_readable_watchlist(session, user_id=user.id, watchlist_id=watchlist_id)
    return FeedUrl(url=_feed_url(settings, user.id, watchlist_id))


def _feed_url(settings: Settings, user_id: int, watchlist_id: int) -> str:
    token = feed_token(settings.signing_key, user_id, watchlist_id)
    base = str(settings.base_url).rstrip("/")
    return f"{base}/feeds/watchlists/{watchlist_id}.atom?{urlencode({'token': token})}"


@public_router.get(
    "/feeds/watchlists/{watchlist_id}.atom",
    response_class=Response,
    responses={200: {"content": {"application/atom+xml": {}}}},
    summary="A watchlist's signals as Atom",
)
def read_watchlist_feed(
    watchlist_id: int,
    request: Request,
    session: SessionDep,
    settings: SettingsDep,
    token: Annotated[str, Query(max_length=200)] = "",
) -> Response:
    """The 50 newest signals (confidence 0.5 and up) about the watchlist's accounts.
    A wrong token and a watchlist the token's user may not read both answer 404."""
    try:
        user_id = read_feed_token(settings.signing_key, token, watchlist_id)
    except FeedTokenError:
        raise NotFoundError(f"no feed for watchlist {watchlist_id} with this token") from None
    watchlist = get_readable_watchlist(session, user_id=user_id, watchlist_id=watchlist_id)
    entries = list_feed_entries(session, watchlist.id)
    body = build_feed(
        entries,
        feed_id=watchlist_feed_id(watchlist.id),
        title=f"{watchlist.name} \N{EM DASH} Prospect Intel",
        self_url=_feed_url(settings, user_id, watchlist.id),
        updated=max((entry.updated for entry in entries), default=watchlist.created_at),
    )
    etag = f'"{hashlib.sha256(body).hexdigest()[:32]}"'
    headers = {"ETag": etag, "Cache-Control": "private, no-cache", "Referrer-Policy": "no-referrer"}
    if etag in _etags(request):
        return Response(status_code=304, headers=headers)
    return Response(body, media_type=MEDIA_TYPE, headers=headers)


def _etags(request: Request) -> set[str]:
    """The entity tags of If-None-Match, weak or strong alike (RFC 9110 weak comparison)."""
    header = request.headers.get("if-none-match", "")
    return {tag.strip().removeprefix("W/") for tag in header.split(",")}


# Signed email links


PAGE_HEADERS = {
    "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'",
    "Cache-Control": "no-store",
    "Referrer-Policy": "no-referrer",
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",  # the page holds a one-click button: never inside a frame
}

_PAGE = """<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>{{ page.title }} - Prospect Intel</title>
<style>
body { font: 16px/1.5 system-ui, sans-serif; max-width: 36rem; margin: 3rem auto;
       padding: 0 1rem; color: #1f2328; }
blockquote { margin: 1rem 0; padding-left: 1rem; border-left: 3px solid #d0d7de; }
button { font: inherit; padding: .5rem 1.25rem; cursor: pointer; }
</style>
</head>
<body>
<h1>{{ page.title }}</h1>
{% if page.quote %}<blockquote>{{ page.quote }}</blockquote>{% endif %}
{% for paragraph in page.paragraphs %}<p>{{ paragraph }}</p>
{% endfor %}
{% if page.items %}<ul>
{% for item in page.items %}<li>{{ item }}</li>
{% endfor %}</ul>{% endif %}
{% if page.button %}<form method="post"><button type="submit">{{ page.button }}</button></form>
{% endif %}
</body>
</html>
"""


@dataclass(frozen=True, slots=True)
class _Page:
    """A link page: the form, when there is a button, posts back to the page's own URL."""

    title: str
    paragraphs: tuple[str, ...] = ()
    quote: str = ""
    items: tuple[str, ...] = ()
    button: str = ""
    status: int = 200


@dataclass(frozen=True, slots=True)
class _Wording:
    question: str
    button: str
    done: str
    then: str


_RECORDED = "Thank you. It shows marketing which sources and signals are worth your time."
_FEEDBACK_WORDING = {
    LinkAction.USEFUL: _Wording(
        "Mark this alert as useful?",
        "Yes, mark as useful",
        "Marked as useful",
        _RECORDED,
    ),
    LinkAction.NOT_RELEVANT: _Wording(
        "Mark this alert as not relevant?",
        "Yes, not relevant",
        "Marked as not relevant",
        _RECORDED,
    ),
    LinkAction.WRONG_COMPANY: _Wording(
        "Is this alert about a different company?",
        "Yes, wrong company",
        "Marked as the wrong company",
        "Thank you. Marketing will see it and can stop such articles matching the account.",
    ),
}

_BAD_LINK = _Page(
    "This link does not work",
    (
        "It may have been cut short or changed on the way, for instance by your email "
        "program. Nothing was changed.",
        "Open the link again from the email, or sign in to Prospect Intel to do this there.",
    ),
    status=400,
)
_EXPIRED_LINK = _Page(
    "This link has expired",
    (
        "Links in emails work for a limited time, and nothing was changed.",
        "Use the link in a newer email, or sign in to Prospect Intel to do this there.",
    ),
    status=410,
)
_GONE = _Page(
    "Nothing to do here",
    (
        "What this link points to no longer exists, or is not yours. Nothing was changed.",
        "Sign in to Prospect Intel to see your alerts.",
    ),
    status=404,
)


@public_router.get(
    "/l/{token}", response_class=HTMLResponse, summary="Open a signed email link (no change)"
)
def open_link(token: str, session: SessionDep, settings: SettingsDep) -> HTMLResponse:
    """A page saying what the link does, with a button to do it; nothing changes here."""
    return _answer_link(token, session, settings, act=False)


@public_router.post("/l/{token}", response_class=HTMLResponse, summary="Act on a signed email link")
def act_on_link(token: str, session: SessionDep, settings: SettingsDep) -> HTMLResponse:
    """Does what the link says. The body is not read, so an RFC 8058 one-click
    unsubscribe (``List-Unsubscribe=One-Click``) works as well as the page's button."""
    return _answer_link(token, session, settings, act=True)


def _answer_link(token: str, session: SessionDep, settings: Settings, *, act: bool) -> HTMLResponse:
    try:
        claim = read_link(token, settings.signing_key, utcnow())
        user = session.get(User, claim.user_id)
        if user is None or not user.is_active:
            raise NotFoundError(f"no user {claim.user_id}")
        if claim.action is LinkAction.MANAGE:
            page = _manage_page(session, user, settings)
        elif claim.action is LinkAction.UNSUBSCRIBE:
            page = _unsubscribe(user) if act else _confirm_unsubscribe(user)
        else:
            page = _feedback(session, claim, act=act)
    except ExpiredLinkError:
        page = _EXPIRED_LINK
    except LinkError:
        page = _BAD_LINK
    except NotFoundError:
        page = _GONE
    return _html(page)


def _feedback(session: SessionDep, claim: LinkClaim, *, act: bool) -> _Page:
    wording = _FEEDBACK_WORDING[claim.action]
    if act:
        record_feedback(
            session,
            user_id=claim.user_id,
            alert_id=claim.target_id,
            kind=FeedbackKind(claim.action.value),
            now=utcnow(),
        )
        return _Page(wording.done, (wording.then,), quote=_headline(session, claim.target_id))
    alert = get_user_alert(session, user_id=claim.user_id, alert_id=claim.target_id)
    return _Page(wording.question, quote=_headline(session, alert.id), button=wording.button)


def _headline(session: SessionDep, alert_id: int) -> str:
    return session.scalars(
        select(Article.title)
        .join(Signal, Signal.article_id == Article.id)
        .join(Alert, Alert.signal_id == Signal.id)
        .where(Alert.id == alert_id)
    ).one()


def _confirm_unsubscribe(user: User) -> _Page:
    if not user.email_alerts:
        return _Page("You are already unsubscribed", (f"{user.email} gets no alert emails.",))
    return _Page(
        "Stop alert emails?",
        (
            f"{user.email} will get no more alert or digest emails. "
            "Your inbox in the app keeps every alert.",
        ),
        button="Unsubscribe",
    )


def _unsubscribe(user: User) -> _Page:
    user.email_alerts = False
    return _Page(
        "You are unsubscribed",
        (
            f"{user.email} will get no more alert or digest emails.",
            "Changed your mind? Turn email back on in the app's settings.",
        ),
    )


def _manage_page(session: SessionDep, user: User, settings: Settings) -> _Page:
    """A read-only summary; changing anything is done signed in, in the app."""
    rows = session.execute(
        select(Subscription, Account.name, Watchlist.name)
        .outerjoin(Account, Account.id == Subscription.account_id)
        .outerjoin(Watchlist, Watchlist.id == Subscription.watchlist_id)
        .where(Subscription.user_id == user.id)
        .order_by(Subscription.id)
    )
    items = tuple(
        _describe(subscription, account_name, watchlist_name)
        for subscription, account_name, watchlist_name in rows
    )
    email = "on" if user.email_alerts else "off (unsubscribed)"
    return _Page(
        "Your alerts",
        (
            f"Alert emails to {user.email} are {email}; digest: {user.digest_frequency.value}.",
            "You follow:" if items else "You follow nothing yet.",
            f"To change any of this, sign in at {str(settings.base_url).rstrip('/')}.",
        ),
        items=items,
    )


_DELIVERY = {
    Delivery.INSTANT: "sent at once",
    Delivery.DIGEST: "in the digest",
    Delivery.BOTH: "sent at once and in the digest",
}


def _describe(subscription: Subscription, account: str | None, watchlist: str | None) -> str:
    if account is not None:
        target = f"the account {account}"
    elif watchlist is not None:
        target = f"the watchlist {watchlist}"
    else:
        target = f"every {subscription.stream} account"
    types = ", ".join(subscription.signal_types) or "every type"
    return (
        f"{target}: {types}, confidence {round(subscription.min_confidence * 100)}% and up, "
        f"{_DELIVERY[subscription.delivery]}"
    )


@functools.cache
def _template() -> jinja2.Template:
    environment = jinja2.Environment(autoescape=True, undefined=jinja2.StrictUndefined)
    return environment.from_string(_PAGE)


def _html(page: _Page) -> HTMLResponse:
    return HTMLResponse(
        _template().render(page=page), status_code=page.status, headers=PAGE_HEADERS
    )
