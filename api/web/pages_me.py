"""A user's own account page: change the password, sign out everywhere."""

from __future__ import annotations

from fastapi import APIRouter, HTTPException, Request, Response
from fastapi.responses import RedirectResponse

from api.deps import SessionDep, SettingsDep
from api.web.render import page
from api.web.routing import PageRoute
from api.web.session import (
    SESSION_COOKIE,
    FormViewer,
    PasswordField,
    ViewerDep,
    set_session_cookie,
)
from intel.db import utcnow
from intel.services.passwords import change_own_password
from intel.services.web_sessions import end_all_sessions, start_session

router = APIRouter(route_class=PageRoute)


@router.get("/me")
def account_page(request: Request, found: ViewerDep) -> Response:
    changed = request.query_params.get("changed") == "1"
    return page(request, "me.html", {"changed": changed}, viewer=found)


@router.post("/me/password")
def change_password(
    request: Request,
    session: SessionDep,
    settings: SettingsDep,
    found: FormViewer,
    current: PasswordField,
    new: PasswordField,
    repeat: PasswordField,
) -> Response:
    """Every other browser is signed out; this one goes on with a fresh session."""
    request.app.state.token_limits.check(request, found.user.id)
    if new != repeat:
        raise HTTPException(422, "The new password and its repetition differ; nothing changed.")
    change_own_password(session, found.user, current=current, new=new)
    token, _row = start_session(session, found.user, now=utcnow())
    response = RedirectResponse("/me?changed=1", status_code=303)
    set_session_cookie(response, token, settings)
    return response


@router.post("/me/sign-out-everywhere")
def sign_out_everywhere(session: SessionDep, found: FormViewer) -> Response:
    end_all_sessions(session, found.user.id)
    response = RedirectResponse("/sign-in", status_code=303)
    response.delete_cookie(SESSION_COOKIE, path="/")
    return response
