"""Accounts: everyone reads; reps add and edit their own, marketing and admins any.

Marketing and admins import CRM exports as CSV; everyone exports the list; a rep puts
accounts on their own pipeline through ``/me/accounts`` without an admin.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import asdict
from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Query, Request, Response
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import StreamingResponse
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from api.deps import CurrentUser, SessionDep, SettingsDep, require_role
from api.problems import PROBLEM_JSON, Problem, problem, problem_responses
from api.schemas import (
    AccountCreate,
    AccountImportReport,
    AccountRead,
    AccountUpdate,
    ContactRead,
    HeatRead,
    HeatReason,
    Page,
    WatchAccountCreate,
    WatchedAccountRead,
    page_of,
)
from intel.contacts import list_contacts
from intel.db import utcnow
from intel.heat import account_heat, heat_config
from intel.models import Account, User
from intel.pagination import MAX_LIMIT, paginate
from intel.services.accounts import create_account, get_account, update_account, watch_account
from intel.services.accounts_csv import (
    CsvFormat,
    ImportRejectedError,
    ImportReport,
    export_accounts,
    import_accounts,
    parse_mapping,
)
from intel.types import AccountKind, Role

router = APIRouter(tags=["accounts"])

Limit = Annotated[int, Query(ge=1, le=MAX_LIMIT)]
AccountImporter = Annotated[User, Depends(require_role(Role.MARKETING))]
MAX_IMPORT_BYTES = 64 * 1024 * 1024

_SALESFORCE_EXAMPLE = (
    "Account ID,Account Name,Type,Website,Ticker Symbol,Industry,Billing Country\r\n"
    "0015g00000AbCdEAAV,Northwind Robotics,Prospect,https://www.northwind-robotics.example,"
    "NWR,Machinery,United States\r\n"
)
_EXPORT_EXAMPLE = (
    "name,kind,domains,aliases,tickers,negative_keywords,industry,country,sec_cik,crm_id,owner\r\n"
    "Northwind Robotics,prospect,northwind-robotics.example,Northwind,NWR,,Machinery,US,,"
    "0015g00000AbCdEAAV,rita.rep@example.com\r\n"
)
_REJECTED_EXAMPLE = {
    "type": "about:blank",
    "title": "Invalid input",
    "status": 422,
    "detail": "2 problem(s) in the file: nothing was imported",
    "instance": "/api/v1/accounts/import",
    "error_count": 2,
    "errors": [
        {"line": 3, "column": "Website", "message": "not a domain: 'not a website'"},
        {"line": 7, "column": "Account Name", "message": "duplicate: line 2 has the same name"},
    ],
}


def _may_edit(user: User, account: Account) -> bool:
    return user.role in {Role.ADMIN, Role.MARKETING} or account.owner_id == user.id


@router.get("/accounts", response_model=Page[AccountRead])
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


@router.post("/accounts", response_model=AccountRead, status_code=201)
def add_account(body: AccountCreate, session: SessionDep, user: CurrentUser) -> object:
    fields = body.model_dump()
    if user.role == Role.REP:
        if fields["owner_id"] not in (None, user.id):
            raise HTTPException(403, "reps can only add accounts they own")
        fields["owner_id"] = user.id
    return create_account(session, **fields)


async def _read_body(request: Request) -> bytes:
    """The CSV file, sent as the body. A form upload (``curl -F``) would read as a CSV
    with a multipart boundary for its header, so it is refused with the right way."""
    if request.headers.get("content-type", "").startswith("multipart/"):
        raise HTTPException(
            415, "send the file itself as the body, Content-Type: text/csv (curl --data-binary)"
        )
    data = bytearray()
    async for chunk in request.stream():
        data += chunk
        if len(data) > MAX_IMPORT_BYTES:
            raise HTTPException(413, f"CSV files are limited to {MAX_IMPORT_BYTES} bytes")
    return bytes(data)


def _report_read(report: ImportReport) -> AccountImportReport:
    """The report as answered: the errors are only ever in a 422."""
    fields: dict[str, Any] = asdict(report)
    del fields["errors"], fields["error_count"]
    fields["unknown_owners"] = sorted(report.unknown_owners)
    return AccountImportReport.model_validate(fields)


@router.post(
    "/accounts/import",
    response_model=AccountImportReport,
    summary="Import accounts from a Salesforce, HubSpot or Prospect Intel CSV export",
    responses={
        **problem_responses(413, 415),
        422: {
            "description": "Bad rows, each with its line, column and reason: nothing written",
            "content": {
                PROBLEM_JSON: {
                    "schema": Problem.model_json_schema(),
                    "example": _REJECTED_EXAMPLE,
                }
            },
        },
    },
    openapi_extra={
        "requestBody": {
            "required": True,
            "description": "The CSV file itself (UTF-8, UTF-16 with its mark, or Windows-1252)",
            "content": {"text/csv": {"schema": {"type": "string"}, "example": _SALESFORCE_EXAMPLE}},
        }
    },
)
async def import_accounts_csv(
    request: Request,
    session: SessionDep,
    _user: AccountImporter,
    dry_run: Annotated[bool, Query(description="Check and report; write nothing")] = False,
    csv_format: Annotated[
        CsvFormat, Query(alias="format", description="auto: told by the header")
    ] = CsvFormat.AUTO,
    mapping: Annotated[
        list[str] | None,
        Query(
            alias="map",
            description="field=Column, repeatable, over what the format reads "
            "(e.g. domains=Corporate Site); field= leaves a field unread",
        ),
    ] = None,
) -> AccountImportReport | Response:
    """Send the file as the request body (`Content-Type: text/csv`). Rows naming an
    account already here (same CRM id, else a domain only it has, else the same name)
    update it: empty cells keep what is stored, and domains, aliases and tickers are
    added. If any row is bad nothing is written and the answer is a 422 listing every
    problem (the first 1,000)."""
    columns = parse_mapping(mapping or ())
    data = await _read_body(request)
    try:
        report = await run_in_threadpool(
            import_accounts,
            session,
            data,
            now=utcnow(),
            csv_format=csv_format,
            mapping=columns,
            dry_run=dry_run,
        )
    except ImportRejectedError as error:
        errors = [asdict(row_error) for row_error in error.report.errors]
        count = error.report.error_count
        return problem(422, str(error), request=request, errors=errors, error_count=count)
    return _report_read(report)


def _exported(factory: sessionmaker[Session]) -> Iterator[str]:
    """The export from a session of its own, held while the body streams: the request's
    session ends when the route returns, before the first byte is sent."""
    with factory() as session:
        yield from export_accounts(session)


@router.get(
    "/accounts/export.csv",
    response_class=StreamingResponse,
    summary="Every account as CSV",
    responses={
        200: {
            "description": "Every account, in the format the import reads back",
            "content": {"text/csv": {"schema": {"type": "string"}, "example": _EXPORT_EXAMPLE}},
        }
    },
)
def export_accounts_csv(request: Request, _user: CurrentUser) -> StreamingResponse:
    """Streamed, a thousand accounts per query, so the list's size does not matter. Cells
    a spreadsheet would run as formulas start with an apostrophe."""
    return StreamingResponse(
        _exported(request.app.state.session_factory),
        media_type="text/csv; charset=utf-8",
        headers={"Content-Disposition": 'attachment; filename="accounts.csv"'},
    )


@router.get("/accounts/{account_id}", response_model=AccountRead)
def read_account(account_id: int, session: SessionDep, _user: CurrentUser) -> object:
    return get_account(session, account_id)


@router.patch("/accounts/{account_id}", response_model=AccountRead)
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


@router.delete("/accounts/{account_id}", status_code=204)
def delete_account(account_id: int, session: SessionDep, user: CurrentUser) -> Response:
    account = get_account(session, account_id)
    if not _may_edit(user, account):
        raise HTTPException(403, "only the account's owner, marketing or an admin can delete it")
    session.delete(account)
    return Response(status_code=204)


@router.get("/accounts/{account_id}/contacts", response_model=list[ContactRead])
def people_to_call(account_id: int, session: SessionDep, _user: CurrentUser) -> object:
    """People named in the account's leadership news, most recent first."""
    get_account(session, account_id)
    return list_contacts(session, account_id)


@router.get("/accounts/{account_id}/heat", response_model=HeatRead)
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


@router.post(
    "/me/accounts",
    response_model=WatchedAccountRead,
    status_code=201,
    summary="Watch an account: join it if it is on the list, else add it",
    responses={200: {"model": WatchedAccountRead, "description": "Joined an existing account"}},
)
def watch(
    body: WatchAccountCreate, session: SessionDep, user: CurrentUser, response: Response
) -> WatchedAccountRead:
    """Your own pipeline, without an admin. An account with this domain, else this name
    (case and spacing ignored), is followed as it is (200, "joined"); otherwise a new
    one, owned by you, is added and followed (201, "created")."""
    watched = watch_account(session, user, name=body.name, domain=body.domain)
    if not watched.created:
        response.status_code = 200
    return WatchedAccountRead(
        outcome="created" if watched.created else "joined",
        account=AccountRead.model_validate(watched.account),
        subscription_id=watched.subscription.id,
    )
