"""Users and API tokens: admins manage everyone; each user their own tokens and password.

A user's tokens are theirs alone: another user's token id answers 404 like a missing
one. Issuing tokens and changing passwords are rate-limited (``api.ratelimit``).
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, Query, Request, Response
from sqlalchemy import select

from api.deps import CurrentUser, SessionDep, require_role
from api.problems import problem_responses
from api.schemas import Page
from api.users_schemas import (
    PasswordChange,
    TokenCreate,
    TokenCreated,
    TokenRead,
    UserCreate,
    UserRead,
    UserUpdate,
)
from intel.db import utcnow
from intel.models import ApiToken, User
from intel.pagination import MAX_LIMIT, paginate
from intel.services.passwords import change_own_password, replace_password, set_password
from intel.services.users import create_user, get_user, new_token
from intel.services.web_sessions import set_active
from intel.types import Role

router = APIRouter(tags=["users"])

Admin = Annotated[User, Depends(require_role())]
Limit = Annotated[int, Query(ge=1, le=MAX_LIMIT)]


def _user_read(user: User) -> UserRead:
    return UserRead(
        id=user.id,
        email=user.email,
        name=user.name,
        role=user.role,
        timezone=user.timezone,
        is_active=user.is_active,
        has_password=user.password_hash is not None,
        created_at=user.created_at,
    )


def _throttle(request: Request, user: User) -> None:
    request.app.state.token_limits.check(request, user.id)


# Admin: users


@router.get("/users", response_model=Page[UserRead], summary="List users")
def list_users(
    session: SessionDep, _admin: Admin, cursor: str | None = None, limit: Limit = 50
) -> Page[UserRead]:
    page = paginate(session, select(User), id_column=User.id, cursor=cursor, limit=limit)
    return Page(items=[_user_read(u) for u in page.items], next_cursor=page.next_cursor)


@router.post("/users", response_model=UserRead, status_code=201, summary="Add a user")
def add_user(body: UserCreate, session: SessionDep, _admin: Admin) -> UserRead:
    user = create_user(
        session, email=body.email, name=body.name, role=body.role, timezone=body.timezone
    )
    if body.password is not None:
        set_password(user, body.password)
    return _user_read(user)


@router.get("/users/{user_id}", response_model=UserRead, summary="Read a user")
def read_user(user_id: int, session: SessionDep, _admin: Admin) -> UserRead:
    return _user_read(get_user(session, user_id))


@router.patch("/users/{user_id}", response_model=UserRead, summary="Change a user")
def edit_user(user_id: int, body: UserUpdate, session: SessionDep, admin: Admin) -> UserRead:
    user = get_user(session, user_id)
    fields = body.model_dump(exclude_unset=True)
    if user.id == admin.id and fields.get("role", Role.ADMIN) != Role.ADMIN:
        raise HTTPException(409, "you cannot demote yourself")
    if "password" in fields:
        replace_password(session, user, fields.pop("password"))
    if "is_active" in fields:
        set_active(session, user, fields.pop("is_active"), by=admin)
    for key, value in fields.items():
        setattr(user, key, value)
    session.flush()
    return _user_read(user)


# Tokens: an admin's view of anyone's, and everyone's own


def _tokens_of(session: SessionDep, user_id: int) -> list[TokenRead]:
    rows = session.scalars(
        select(ApiToken).where(ApiToken.user_id == user_id).order_by(ApiToken.id)
    )
    return [TokenRead.model_validate(row) for row in rows]


def _issue(session: SessionDep, user: User, name: str) -> TokenCreated:
    token, row = new_token(session, user, name=name)
    return TokenCreated(**TokenRead.model_validate(row).model_dump(), token=token)


def _revoke(session: SessionDep, user_id: int, token_id: int) -> None:
    row = session.get(ApiToken, token_id)
    if row is None or row.user_id != user_id:
        raise HTTPException(404, f"no token {token_id}")
    row.revoked_at = row.revoked_at or utcnow()


@router.get("/users/{user_id}/tokens", response_model=list[TokenRead], summary="A user's tokens")
def list_user_tokens(user_id: int, session: SessionDep, _admin: Admin) -> list[TokenRead]:
    return _tokens_of(session, get_user(session, user_id).id)


@router.post(
    "/users/{user_id}/tokens",
    response_model=TokenCreated,
    status_code=201,
    responses=problem_responses(429),
    summary="Issue a token for a user",
)
def add_user_token(
    user_id: int, body: TokenCreate, request: Request, session: SessionDep, admin: Admin
) -> TokenCreated:
    _throttle(request, admin)
    return _issue(session, get_user(session, user_id), body.name)


@router.delete(
    "/users/{user_id}/tokens/{token_id}", status_code=204, summary="Revoke a user's token"
)
def revoke_user_token(user_id: int, token_id: int, session: SessionDep, _admin: Admin) -> Response:
    _revoke(session, get_user(session, user_id).id, token_id)
    return Response(status_code=204)


@router.get("/me", response_model=UserRead, summary="Who you are")
def read_me(user: CurrentUser) -> UserRead:
    return _user_read(user)


@router.get("/me/tokens", response_model=list[TokenRead], summary="Your tokens")
def list_my_tokens(session: SessionDep, user: CurrentUser) -> list[TokenRead]:
    return _tokens_of(session, user.id)


@router.post(
    "/me/tokens",
    response_model=TokenCreated,
    status_code=201,
    responses=problem_responses(429),
    summary="Issue yourself a token",
)
def add_my_token(
    body: TokenCreate, request: Request, session: SessionDep, user: CurrentUser
) -> TokenCreated:
    _throttle(request, user)
    return _issue(session, user, body.name)


@router.delete("/me/tokens/{token_id}", status_code=204, summary="Revoke one of your tokens")
def revoke_my_token(token_id: int, session: SessionDep, user: CurrentUser) -> Response:
    _revoke(session, user.id, token_id)
    return Response(status_code=204)


@router.put(
    "/me/password",
    status_code=204,
    responses=problem_responses(429),
    summary="Change your password",
)
def change_my_password(
    body: PasswordChange, request: Request, session: SessionDep, user: CurrentUser
) -> Response:
    """Signs you out of every browser. A user without a password yet asks an admin."""
    _throttle(request, user)
    change_own_password(session, user, current=body.current_password, new=body.new_password)
    return Response(status_code=204)
