"""Who is looking at a page: the session cookie, CSRF checks and role gates.

The cookie is HttpOnly and SameSite=Lax, and every form posts the session's CSRF token
back; the sign-in form, before any session exists, uses a double-submit cookie instead.
A page that needs a signed-in user sends the browser to the sign-in page and back.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable
from dataclasses import dataclass
from typing import Annotated
from urllib.parse import quote, urlsplit

from fastapi import Depends, Form, HTTPException, Request, Response

from api.deps import SessionDep
from intel.config import Settings
from intel.db import utcnow
from intel.models import User, WebSession
from intel.services.web_sessions import ABSOLUTE, csrf_matches, find_session
from intel.types import Role

SESSION_COOKIE = "intel_session"
SIGN_IN_CSRF_COOKIE = "intel_sign_in"

# Form fields more than one page posts, each bounded as the services bound it.
CsrfField = Annotated[str, Form(max_length=100)]
EmailField = Annotated[str, Form(max_length=320)]
PasswordField = Annotated[str, Form(max_length=1024)]


class SignInRequired(Exception):
    """Raised by page dependencies; answered with a redirect to the sign-in page."""

    def __init__(self, next_path: str) -> None:
        self.next_path = next_path


@dataclass(frozen=True)
class Viewer:
    """The signed-in user of a page request, with the token their forms must echo."""

    user: User
    web_session: WebSession

    @property
    def csrf(self) -> str:
        return self.web_session.csrf_token


def secure_cookies(settings: Settings) -> bool:
    return str(settings.base_url).startswith("https://")


def set_session_cookie(response: Response, token: str, settings: Settings) -> None:
    response.set_cookie(
        SESSION_COOKIE,
        token,
        max_age=int(ABSOLUTE.total_seconds()),
        httponly=True,
        samesite="lax",
        secure=secure_cookies(settings),
        path="/",
    )


def new_sign_in_csrf() -> str:
    return secrets.token_urlsafe(24)


MAX_NEXT = 1000


def safe_next(path: str | None) -> str:
    """A local path to return to after sign-in; anything that could leave the site (or
    is too long to carry through the form) is "/"."""
    if not path or len(path) > MAX_NEXT or not path.startswith("/"):
        return "/"
    if path.startswith("//") or "\\" in path:
        return "/"
    parts = urlsplit(path)
    if parts.scheme or parts.netloc or any(ord(c) < 32 for c in path):
        return "/"
    return path


def sign_in_url(request: Request) -> str:
    """Where to sign in, and back to this page; a form posted after the session ended
    returns to the page it came from (a form's action cannot be opened)."""
    if request.method == "GET":
        back = request.url.path + (f"?{request.url.query}" if request.url.query else "")
    else:
        referer = urlsplit(request.headers.get("referer", ""))
        same_site = referer.netloc == request.url.netloc
        back = referer.path + (f"?{referer.query}" if referer.query else "") if same_site else "/"
    return f"/sign-in?next={quote(safe_next(back), safe='/')}"


def same_origin(request: Request) -> bool:
    """Whether a form post comes from our own pages. Browsers say where a request comes
    from (Origin, Sec-Fetch-Site); a post another site made is refused even before its
    token is checked. Clients that say nothing (old browsers, tools) rely on the token."""
    if request.headers.get("sec-fetch-site", "same-origin") not in {"same-origin", "none"}:
        return False
    origin = request.headers.get("origin")
    if origin is None or origin == "null":
        return origin is None
    return urlsplit(origin).netloc == request.url.netloc


def optional_viewer(request: Request, session: SessionDep) -> Viewer | None:
    token = request.cookies.get(SESSION_COOKIE)
    row = find_session(session, token, now=utcnow()) if token else None
    return Viewer(row.user, row) if row else None


def viewer(request: Request, found: Annotated[Viewer | None, Depends(optional_viewer)]) -> Viewer:
    if found is None:
        raise SignInRequired(sign_in_url(request))
    return found


ViewerDep = Annotated[Viewer, Depends(viewer)]
OptionalViewer = Annotated[Viewer | None, Depends(optional_viewer)]


def page_role(*roles: Role, base: Callable[..., Viewer] = viewer) -> Callable[[Viewer], Viewer]:
    """A page dependency admitting only ``roles`` (admins always); ``base`` finds the
    viewer (:func:`form_viewer` for form posts)."""
    allowed = {*roles, Role.ADMIN}

    # A default, not Annotated: postponed annotations cannot see the local ``base``.
    def check(found: Viewer = Depends(base)) -> Viewer:
        if found.user.role not in allowed:
            raise HTTPException(403, "this page is for " + " and ".join(sorted(allowed)))
        return found

    return check


def form_viewer(request: Request, found: ViewerDep, csrf: CsrfField = "") -> Viewer:
    """The viewer of a form post from our own pages whose CSRF token matched their
    session's."""
    if not same_origin(request) or not csrf_matches(found.web_session, csrf):
        raise HTTPException(403, "this form has expired; reload the page and try again")
    return found


FormViewer = Annotated[Viewer, Depends(form_viewer)]
MarketingViewer = Annotated[Viewer, Depends(page_role(Role.MARKETING))]
MarketingForm = Annotated[Viewer, Depends(page_role(Role.MARKETING, base=form_viewer))]
AdminViewer = Annotated[Viewer, Depends(page_role())]
AdminForm = Annotated[Viewer, Depends(page_role(base=form_viewer))]
