"""Request dependencies: a session per request, the current user, role checks."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Annotated

from fastapi import Depends, HTTPException, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from sqlalchemy.orm import Session

from intel.config import Settings
from intel.db import session_scope
from intel.models import User
from intel.services.users import authenticate_token
from intel.types import Role

_bearer = HTTPBearer(auto_error=False, description="An API token from `intel users token`")


def get_settings(request: Request) -> Settings:
    settings: Settings = request.app.state.settings
    return settings


def get_session(request: Request) -> Iterator[Session]:
    """One transaction per request, committed when the route returns without error and
    rolled back when it raises."""
    with session_scope(request.app.state.session_factory) as session:
        yield session


# scope="function": the transaction ends when the route function does, before the answer
# is sent, so a client that follows a redirect or retries reads what was just written,
# and a failed commit is an error answer rather than a success already sent.
SessionDep = Annotated[Session, Depends(get_session, scope="function")]
SettingsDep = Annotated[Settings, Depends(get_settings)]


def current_user(
    session: SessionDep,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
) -> User:
    challenge = {"WWW-Authenticate": "Bearer"}
    if credentials is None:
        raise HTTPException(401, "an API token is required (Authorization: Bearer …)", challenge)
    user = authenticate_token(session, credentials.credentials)
    if user is None:
        raise HTTPException(401, "this API token is not valid", challenge)
    return user


CurrentUser = Annotated[User, Depends(current_user)]


def require_role(*roles: Role) -> Callable[[User], User]:
    """A dependency admitting only ``roles`` (admins always)."""
    allowed = {*roles, Role.ADMIN}

    def check(user: CurrentUser) -> User:
        if user.role not in allowed:
            names = " or ".join(sorted(role.value for role in allowed))
            raise HTTPException(403, f"this needs the {names} role")
        return user

    return check


SourceEditor = Annotated[User, Depends(require_role(Role.MARKETING))]
