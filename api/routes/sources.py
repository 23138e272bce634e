"""Sources and their fetch state. Marketing and admins manage them; everyone reads."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Request, Response
from pydantic import BaseModel
from sqlalchemy import select
from starlette.concurrency import run_in_threadpool

from api.deps import CurrentUser, SessionDep, SettingsDep, SourceEditor
from api.schemas import FetchState, Page, SourceCreate, SourceRead, SourceUpdate, page_of
from intel.config import Settings
from intel.db import utcnow
from intel.errors import InvalidInputError
from intel.models import Source
from intel.opml import export_opml, import_opml
from intel.pagination import MAX_LIMIT, paginate
from intel.services.sources import add_source, get_source, mark_due, source_health, update_source

router = APIRouter(prefix="/sources", tags=["sources"])

Limit = Annotated[int, Query(ge=1, le=MAX_LIMIT)]


def to_read(source: Source, settings: Settings) -> SourceRead:
    state = FetchState.model_validate(
        {
            "health": source_health(source, unhealthy_after=settings.source_unhealthy_after),
            **{
                field: getattr(source, field)
                for field in FetchState.model_fields
                if field != "health"
            },
        }
    )
    return SourceRead.model_validate(
        {
            **{
                field: getattr(source, field)
                for field in SourceRead.model_fields
                if field != "fetch_state"
            },
            "fetch_state": state,
        }
    )


@router.get("", response_model=Page[SourceRead])
def list_sources(
    session: SessionDep,
    settings: SettingsDep,
    _user: CurrentUser,
    cursor: str | None = None,
    limit: Limit = 50,
) -> Page[SourceRead]:
    page = paginate(session, select(Source), id_column=Source.id, cursor=cursor, limit=limit)
    return page_of(SourceRead, page, lambda source: to_read(source, settings))


@router.post("", response_model=SourceRead, status_code=201)
def create_source(
    body: SourceCreate, session: SessionDep, settings: SettingsDep, _user: SourceEditor
) -> SourceRead:
    source = add_source(
        session, **body.model_dump(), allow=settings.fetch_allow_networks, now=utcnow()
    )
    return to_read(source, settings)


MAX_OPML_BYTES = 5 * 1024 * 1024


class OpmlRefusal(BaseModel):
    url: str
    reason: str


class OpmlImportReport(BaseModel):
    added: list[str]
    existing: list[str]
    refused: list[OpmlRefusal]


@router.get(
    "/opml",
    response_class=Response,
    responses={200: {"content": {"text/x-opml": {}}, "description": "Every source as OPML 2.0"}},
)
def export_sources_opml(session: SessionDep, _user: SourceEditor) -> Response:
    """Every source as OPML 2.0, for a feed reader or another installation."""
    return Response(
        export_opml(session, now=utcnow()),
        media_type="text/x-opml; charset=utf-8",
        headers={"Content-Disposition": 'attachment; filename="sources.opml"'},
    )


_OPML_EXAMPLE = (
    '<?xml version="1.0"?><opml version="2.0"><head><title>Feeds</title></head><body>'
    '<outline type="rss" text="Example" xmlUrl="https://example.com/feed.xml"/></body></opml>'
)


@router.post(
    "/opml",
    response_model=OpmlImportReport,
    openapi_extra={
        "requestBody": {
            "required": True,
            "content": {
                "text/x-opml": {"schema": {"type": "string"}, "example": _OPML_EXAMPLE},
                "application/xml": {"schema": {"type": "string"}, "example": _OPML_EXAMPLE},
            },
        }
    },
)
async def import_sources_opml(
    request: Request, session: SessionDep, settings: SettingsDep, _user: SourceEditor
) -> OpmlImportReport:
    """Add the feeds an OPML file lists. Each refused or broken outline is reported and
    skipped; the rest are added; URLs already watched are listed as existing."""
    data = bytearray()
    async for chunk in request.stream():
        data += chunk
        if len(data) > MAX_OPML_BYTES:
            raise InvalidInputError(f"OPML files are limited to {MAX_OPML_BYTES} bytes")
    report = await run_in_threadpool(
        import_opml, session, bytes(data), allow=settings.fetch_allow_networks, now=utcnow()
    )
    return OpmlImportReport(
        added=report.added,
        existing=report.existing,
        refused=[OpmlRefusal(url=url, reason=reason) for url, reason in report.refused],
    )


@router.get("/{source_id}", response_model=SourceRead)
def read_source(
    source_id: int, session: SessionDep, settings: SettingsDep, _user: CurrentUser
) -> SourceRead:
    return to_read(get_source(session, source_id), settings)


@router.patch("/{source_id}", response_model=SourceRead)
def edit_source(
    source_id: int,
    body: SourceUpdate,
    session: SessionDep,
    settings: SettingsDep,
    _user: SourceEditor,
) -> SourceRead:
    source = get_source(session, source_id)
    fields = body.model_dump(exclude_unset=True)
    source = update_source(session, source, allow=settings.fetch_allow_networks, **fields)
    return to_read(source, settings)


@router.delete("/{source_id}", status_code=204)
def delete_source(source_id: int, session: SessionDep, _user: SourceEditor) -> Response:
    session.delete(get_source(session, source_id))
    return Response(status_code=204)


@router.post("/{source_id}/poll", response_model=SourceRead, status_code=202)
def poll_source_now(
    source_id: int, session: SessionDep, settings: SettingsDep, _user: SourceEditor
) -> SourceRead:
    """Mark the source due; the scheduler fetches it at its next tick."""
    return to_read(mark_due(session, get_source(session, source_id), now=utcnow()), settings)
