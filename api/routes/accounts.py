"""Accounts: everyone reads; reps add and edit their own, marketing and admins any."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, HTTPException, Query, Response
from sqlalchemy import select

from api.deps import CurrentUser, SessionDep, SettingsDep
from api.schemas import (
    AccountCreate,
    AccountRead,
    AccountUpdate,
    ContactRead,
    HeatRead,
    HeatReason,
    Page,
    page_of,
)
from intel.contacts import list_contacts
from intel.db import utcnow
from intel.heat import account_heat, heat_config
from intel.models import Account, User
from intel.pagination import MAX_LIMIT, paginate
from intel.services.accounts import create_account, get_account, update_account
from intel.types import AccountKind, Role

router = APIRouter(prefix="/accounts", tags=["accounts"])

Limit = Annotated[int, Query(ge=1, le=MAX_LIMIT)]


def _may_edit(user: User, account: Account) -> bool:
    return user.role in {Role.ADMIN, Role.MARKETING} or account.owner_id == user.id


@router.get("", response_model=Page[AccountRead])
def list_accounts(
    session: SessionDep,
    _user: CurrentUser,
    kind: AccountKind | None = None,
    cursor: str | None = None,
    limit: Limit = 50,
) -> Page[AccountRead]:
    statement = select(Account)
    if kind is not None:
        statement = statement.where(Account.kind == kind)
    page = paginate(session, statement, id_column=Account.id, cursor=cursor, limit=limit)
    return page_of(AccountRead, page)


@router.post("", response_model=AccountRead, status_code=201)
def add_account(body: AccountCreate, session: SessionDep, user: CurrentUser) -> object:
    fields = body.model_dump()
    if user.role == Role.REP:
        if fields["owner_id"] not in (None, user.id):
            raise HTTPException(403, "reps can only add accounts they own")
        fields["owner_id"] = user.id
    return create_account(session, **fields)


@router.get("/{account_id}", response_model=AccountRead)
def read_account(account_id: int, session: SessionDep, _user: CurrentUser) -> object:
    return get_account(session, account_id)


@router.patch("/{account_id}", response_model=AccountRead)
def edit_account(
    account_id: int, body: AccountUpdate, session: SessionDep, user: CurrentUser
) -> object:
    account = get_account(session, account_id)
    if not _may_edit(user, account):
        raise HTTPException(403, "only the account's owner, marketing or an admin can edit it")
    fields = body.model_dump(exclude_unset=True)
    if user.role == Role.REP and fields.get("owner_id", user.id) != user.id:
        raise HTTPException(403, "reps cannot hand accounts to someone else")
    return update_account(session, account, **fields)


@router.delete("/{account_id}", status_code=204)
def delete_account(account_id: int, session: SessionDep, user: CurrentUser) -> Response:
    account = get_account(session, account_id)
    if not _may_edit(user, account):
        raise HTTPException(403, "only the account's owner, marketing or an admin can delete it")
    session.delete(account)
    return Response(status_code=204)


@router.get("/{account_id}/contacts", response_model=list[ContactRead])
def people_to_call(account_id: int, session: SessionDep, _user: CurrentUser) -> object:
    """People named in the account's leadership news, most recent first."""
    get_account(session, account_id)
    return list_contacts(session, account_id)


@router.get("/{account_id}/heat", response_model=HeatRead)
def read_heat(
    account_id: int, session: SessionDep, settings: SettingsDep, _user: CurrentUser
) -> HeatRead:
    """How hot the account is now, with the signals that make it so."""
    get_account(session, account_id)
    heat = account_heat(session, account_id, now=utcnow(), config=heat_config(settings))
    return HeatRead(
        account_id=account_id,
        score=heat.score,
        tier=heat.tier,
        top=[
            HeatReason(signal_id=c.signal_id, type=c.type, points=round(c.points, 3))
            for c in heat.top
        ],
    )
