"""Signed email links: one-click feedback, unsubscribe and manage, without signing in.

Each link answers GET with a page and a button and acts only on POST: mail scanners and
link previews fetch every link in a message, and must not click "unsubscribe". A POST
with nothing but ``List-Unsubscribe=One-Click`` (RFC 8058) works too.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

import jinja2
from fastapi import APIRouter
from fastapi.responses import HTMLResponse
from sqlalchemy import select

from alerts.feedback import (
    get_user_alert,
    record_feedback,
)
from alerts.links import ExpiredLinkError, LinkAction, LinkClaim, LinkError, read_link
from api.deps import SessionDep, SettingsDep
from intel.config import Settings
from intel.db import utcnow
from intel.errors import NotFoundError
from intel.models import (
    Alert,
    Article,
    Signal,
    Subscription,
    User,
)
from intel.services.following import subscriptions_with_targets
from intel.services.terms import Terms, load_terms
from intel.types import Delivery, FeedbackKind

# Outside /api/v1: no bearer token. A bad link is a page too, for a person to read.
public_router = APIRouter(
    tags=["links"],
    responses={
        status: {"description": meaning, "content": {"text/html": {}}}
        for status, meaning in (
            (400, "Not a valid link (mistyped, cut short or tampered with)"),
            (404, "The link's user or alert no longer exists"),
            (410, "The link has expired"),
        )
    },
)


# Signed email links


PAGE_HEADERS = {
    "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'",
    "Cache-Control": "no-store",
    "Referrer-Policy": "no-referrer",  # stricter than the baseline: the URL is a credential
}  # never inside a frame (it holds a one-click button): api.headers denies framing

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
    rows = subscriptions_with_targets(session, user.id)
    terms = load_terms(session)
    items = tuple(
        _describe(subscription, account_name, watchlist_name, terms)
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


def _describe(
    subscription: Subscription, account: str | None, watchlist: str | None, terms: Terms
) -> str:
    if account is not None:
        target = f"the account {account}"
    elif watchlist is not None:
        target = f"the watchlist {watchlist}"
    else:
        target = f"every {subscription.stream} account"
    types = ", ".join(terms.signal_type(t) for t in subscription.signal_types) or "every type"
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
