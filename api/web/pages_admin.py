"""Running the service: sources with their health (marketing and admins) and users
(admins)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Form, Request, Response
from fastapi.responses import RedirectResponse
from sqlalchemy import select

from api.deps import SessionDep, SettingsDep
from api.web.render import page
from api.web.routing import PageRoute
from api.web.session import (
    AdminForm,
    AdminViewer,
    EmailField,
    MarketingForm,
    MarketingViewer,
    PasswordField,
)
from intel.db import utcnow
from intel.models import Account, Source, User
from intel.services.passwords import check_new_password, replace_password, set_password
from intel.services.sources import get_source, mark_due, source_health
from intel.services.users import create_user, get_user
from intel.services.web_sessions import set_active
from intel.types import Role

router = APIRouter(route_class=PageRoute)

# Sources needing attention first, then the rest by name.
_HEALTH_ORDER = {"unhealthy": 0, "failing": 1, "pending": 2, "disabled": 3, "ok": 4}


@router.get("/admin/sources")
def sources_page(
    request: Request, session: SessionDep, settings: SettingsDep, found: MarketingViewer
) -> Response:
    sources = session.scalars(select(Source)).all()
    accounts = {
        a.id: a.name
        for a in session.scalars(
            select(Account).where(Account.id.in_({s.account_id for s in sources}))
        )
    }
    health = {
        s.id: source_health(s, unhealthy_after=settings.source_unhealthy_after) for s in sources
    }
    ordered = sorted(sources, key=lambda s: (_HEALTH_ORDER[health[s.id]], s.name or s.url))
    rows = [{"source": s, "health": health[s.id]} for s in ordered]
    return page(request, "admin_sources.html", {"rows": rows, "accounts": accounts}, viewer=found)


@router.post("/admin/sources/{source_id}/poll")
def poll_now(source_id: int, session: SessionDep, found: MarketingForm) -> Response:
    mark_due(session, get_source(session, source_id), now=utcnow())
    return RedirectResponse(f"/admin/sources#source-{source_id}", status_code=303)


@router.get("/admin/users")
def users_page(request: Request, session: SessionDep, found: AdminViewer) -> Response:
    users = session.scalars(select(User).order_by(User.email)).all()
    return page(request, "admin_users.html", {"users": users, "roles": list(Role)}, viewer=found)


@router.post("/admin/users")
def add_user(
    session: SessionDep,
    found: AdminForm,
    email: EmailField,
    password: PasswordField,
    name: Annotated[str, Form(max_length=200)] = "",
    role: Annotated[Role, Form()] = Role.REP,
    timezone: Annotated[str, Form(max_length=64)] = "UTC",
) -> Response:
    check_new_password(password)  # before anything is written
    user = create_user(session, email=email, name=name, role=role, timezone=timezone)
    set_password(user, password)
    return RedirectResponse(f"/admin/users#user-{user.id}", status_code=303)


@router.post("/admin/users/{user_id}/active")
def switch_active(
    user_id: int,
    session: SessionDep,
    found: AdminForm,
    active: Annotated[bool, Form()],
) -> Response:
    """Deactivating signs the user out everywhere; their tokens stop working too."""
    set_active(session, get_user(session, user_id), active, by=found.user)
    return RedirectResponse(f"/admin/users#user-{user_id}", status_code=303)


@router.post("/admin/users/{user_id}/password")
def reset_password(
    user_id: int,
    session: SessionDep,
    found: AdminForm,
    password: PasswordField,
) -> Response:
    """A new password from an admin signs the user out of every browser."""
    replace_password(session, get_user(session, user_id), password)
    return RedirectResponse(f"/admin/users#user-{user_id}", status_code=303)
