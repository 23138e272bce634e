"""Signing in and out of the pages.

Sign-in is rate-limited per address and per email, answers the same for an unknown
email as for a wrong password, and guards against login CSRF with a double-submit
cookie (there is no session yet whose token the form could carry).
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Form, Request, Response
from fastapi.responses import RedirectResponse
from sqlalchemy import select

from api.deps import SessionDep, SettingsDep
from api.web.render import page
from api.web.routing import PageRoute
from api.web.session import (
    SESSION_COOKIE,
    SIGN_IN_CSRF_COOKIE,
    FormViewer,
    OptionalViewer,
    new_sign_in_csrf,
    safe_next,
    same_origin,
    secure_cookies,
    set_session_cookie,
)
from intel.db import utcnow
from intel.models import User
from intel.services.passwords import verify_password
from intel.services.web_sessions import end_session, purge_expired, start_session, tokens_match

router = APIRouter(route_class=PageRoute)

_WRONG = "That email and password do not match an active user."


def _form(
    request: Request, settings: SettingsDep, *, next_path: str, email: str = "", error: str = ""
) -> Response:
    token = new_sign_in_csrf()
    response = page(
        request,
        "sign_in.html",
        {"csrf": token, "next": next_path, "email": email, "error": error},
        viewer=None,
        status=401 if error else 200,
    )
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
    email: Annotated[str, Form(max_length=320)] = "",
    password: Annotated[str, Form(max_length=1024)] = "",
    csrf: Annotated[str, Form(max_length=100)] = "",
    next: Annotated[str, Form(max_length=2000)] = "/",
) -> Response:
    next_path = safe_next(next)
    expected = request.cookies.get(SIGN_IN_CSRF_COOKIE, "")
    if not same_origin(request) or not tokens_match(expected, csrf):
        return _form(
            request,
            settings,
            next_path=next_path,
            email=email,
            error="The sign-in form expired. Please try again.",
        )
    email = email.strip().lower()
    limits = request.app.state.sign_in_limits
    limits.check(request, email)
    user = session.scalar(select(User).where(User.email == email))
    if not verify_password(user, password):
        limits.failed(request, email)
        return _form(request, settings, next_path=next_path, email=email, error=_WRONG)
    assert user is not None  # verify_password is False without a user
    now = utcnow()
    purge_expired(session, now=now)
    if found is not None:  # signing in again: the old session ends
        end_session(session, found.web_session)
    token, _row = start_session(session, user, now=now)
    response = RedirectResponse(next_path, status_code=303)
    set_session_cookie(response, token, settings)
    response.delete_cookie(SIGN_IN_CSRF_COOKIE, path="/sign-in")
    return response


@router.post("/sign-out")
def sign_out(session: SessionDep, found: FormViewer) -> Response:
    end_session(session, found.web_session)
    response = RedirectResponse("/sign-in", status_code=303)
    response.delete_cookie(SESSION_COOKIE, path="/")
    return response
