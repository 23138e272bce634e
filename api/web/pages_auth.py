"""Signing in and out of the pages: with a password, or with a link sent by email.

Sign-in is rate-limited per address and per email, answers the same for an unknown
email as for a wrong password, and guards against login CSRF with a double-submit
cookie (there is no session yet whose token the form could carry).

Asking for a link answers the same, as fast, whether or not the address is a user's:
the link is made and mailed after the answer has gone out. Opening the link only asks
"sign in as …?", since mail scanners open links too; the button spends it.
"""

from __future__ import annotations

from typing import Annotated
from urllib.parse import urlencode

from fastapi import APIRouter, BackgroundTasks, Form, Query, Request, Response
from fastapi.responses import RedirectResponse
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from alerts.sign_in_mail import send_sign_in_link
from api.deps import SessionDep, SettingsDep
from api.web.render import page
from api.web.routing import PageRoute
from api.web.session import (
    SESSION_COOKIE,
    SIGN_IN_CSRF_COOKIE,
    CsrfField,
    EmailField,
    FormViewer,
    OptionalViewer,
    PasswordField,
    Viewer,
    new_sign_in_csrf,
    safe_next,
    same_origin,
    secure_cookies,
    set_session_cookie,
)
from intel.config import Settings
from intel.db import session_scope, utcnow
from intel.models import User
from intel.services.passwords import verify_password
from intel.services.sign_in_links import LIFETIME, issue_link, link_user, use_link
from intel.services.web_sessions import end_session, purge_expired, start_session, tokens_match

router = APIRouter(route_class=PageRoute)

_WRONG = "That email and password do not match an active user."
_EXPIRED_FORM = "The sign-in form expired. Please try again."
_SPENT_LINK = "This sign-in link has expired or was used already. Ask for a new one below."
_MINUTES = int(LIFETIME.total_seconds() // 60)

NextField = Annotated[str, Form(max_length=2000)]  # where to go once signed in


def _with_form_cookie(
    request: Request, settings: SettingsDep, template: str, context: dict[str, object], status: int
) -> Response:
    """A page whose forms carry a fresh double-submit token, and the cookie to match."""
    token = new_sign_in_csrf()
    response = page(request, template, {**context, "csrf": token}, viewer=None, status=status)
    response.set_cookie(
        SIGN_IN_CSRF_COOKIE,
        token,
        max_age=3600,
        httponly=True,
        samesite="strict",
        secure=secure_cookies(settings),
        path="/sign-in",
    )
    return response


def _form(
    request: Request,
    settings: SettingsDep,
    *,
    next_path: str,
    email: str = "",
    error: str = "",
    notice: str = "",
) -> Response:
    context: dict[str, object] = {
        "next": next_path,
        "email": email,
        "error": error,
        "notice": notice,
    }
    return _with_form_cookie(request, settings, "sign_in.html", context, 401 if error else 200)


def _form_is_ours(request: Request, csrf: str) -> bool:
    expected = request.cookies.get(SIGN_IN_CSRF_COOKIE, "")
    return same_origin(request) and tokens_match(expected, csrf)


def _signed_in(
    session: SessionDep, settings: SettingsDep, user: User, found: Viewer | None, next_path: str
) -> Response:
    """Start ``user``'s session (ending the browser's old one) and go on to ``next_path``."""
    now = utcnow()
    purge_expired(session, now=now)
    if found is not None:  # signing in again: the old session ends
        end_session(session, found.web_session)
    token, _row = start_session(session, user, now=now)
    response = RedirectResponse(next_path, status_code=303)
    set_session_cookie(response, token, settings)
    response.delete_cookie(SIGN_IN_CSRF_COOKIE, path="/sign-in")
    return response


@router.get("/sign-in")
def sign_in_form(
    request: Request, settings: SettingsDep, found: OptionalViewer, next: str = "/"
) -> Response:
    if found is not None:
        return RedirectResponse(safe_next(next), status_code=303)
    return _form(request, settings, next_path=safe_next(next))


@router.post("/sign-in")
def sign_in(
    request: Request,
    session: SessionDep,
    settings: SettingsDep,
    found: OptionalViewer,
    email: EmailField = "",
    password: PasswordField = "",
    csrf: CsrfField = "",
    next: NextField = "/",
) -> Response:
    next_path = safe_next(next)
    if not _form_is_ours(request, csrf):
        return _form(request, settings, next_path=next_path, email=email, error=_EXPIRED_FORM)
    email = email.strip().lower()
    limits = request.app.state.sign_in_limits
    limits.check(request, email)
    user = session.scalar(select(User).where(User.email == email))
    if not verify_password(user, password):
        limits.failed(request, email)
        return _form(request, settings, next_path=next_path, email=email, error=_WRONG)
    assert user is not None  # verify_password is False without a user
    return _signed_in(session, settings, user, found, next_path)


def _mail_link(
    factory: sessionmaker[Session], settings: Settings, email: str, next_path: str
) -> None:
    """Make the link and mail it, once the answer has gone: the answer then costs the
    same for every address, and the link is committed before anyone can click it."""
    with session_scope(factory) as session:
        issued = issue_link(session, email, now=utcnow())
        if issued is None:
            return
        user, token = issued
        address = user.email
    query = urlencode({"token": token, "next": next_path})
    url = f"{str(settings.base_url).rstrip('/')}/sign-in/link?{query}"
    send_sign_in_link(settings, address, url, minutes=_MINUTES)


@router.post("/sign-in/link")
def request_link(
    request: Request,
    settings: SettingsDep,
    background: BackgroundTasks,
    email: EmailField = "",
    csrf: CsrfField = "",
    next: NextField = "/",
) -> Response:
    next_path = safe_next(next)
    if not _form_is_ours(request, csrf):
        return _form(request, settings, next_path=next_path, email=email, error=_EXPIRED_FORM)
    email = email.strip().lower()
    if request.app.state.link_limits.check(request, email):
        factory = request.app.state.session_factory
        background.add_task(_mail_link, factory, settings, email, next_path)
    notice = (
        f"If {email} belongs to an active user, a sign-in link is on its way. "
        f"It works once, within {_MINUTES} minutes."
    )
    return _form(request, settings, next_path=next_path, email=email, notice=notice)


@router.get("/sign-in/link")
def open_link(
    request: Request,
    session: SessionDep,
    settings: SettingsDep,
    token: Annotated[str, Query(max_length=200)] = "",
    next: Annotated[str, Query(max_length=2000)] = "/",
) -> Response:
    next_path = safe_next(next)
    user = link_user(session, token, now=utcnow())
    if user is None:
        return _form(request, settings, next_path=next_path, error=_SPENT_LINK)
    context: dict[str, object] = {"token": token, "next": next_path, "email": user.email}
    return _with_form_cookie(request, settings, "sign_in_link.html", context, 200)


@router.post("/sign-in/link/use")
def use_sign_in_link(
    request: Request,
    session: SessionDep,
    settings: SettingsDep,
    found: OptionalViewer,
    token: Annotated[str, Form(max_length=200)] = "",
    csrf: CsrfField = "",
    next: NextField = "/",
) -> Response:
    next_path = safe_next(next)
    if not _form_is_ours(request, csrf):
        return _form(request, settings, next_path=next_path, error=_EXPIRED_FORM)
    user = use_link(session, token, now=utcnow())
    if user is None:
        return _form(request, settings, next_path=next_path, error=_SPENT_LINK)
    return _signed_in(session, settings, user, found, next_path)


@router.post("/sign-out")
def sign_out(session: SessionDep, found: FormViewer) -> Response:
    end_session(session, found.web_session)
    response = RedirectResponse("/sign-in", status_code=303)
    response.delete_cookie(SESSION_COOKIE, path="/")
    return response
