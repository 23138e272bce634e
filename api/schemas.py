"""Request and response bodies of the REST API."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Annotated, Any, ClassVar, Generic, Literal, Self, TypeVar

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, model_validator

from intel.pagination import Page as PageOfRows
from intel.types import AccountKind, EventType, FetchErrorKind, Salience, SignalRole, SourceKind

T = TypeVar("T")

Name = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=300)]
Term = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=200)]
Terms = Annotated[list[Term], Field(max_length=100)]


class Page(BaseModel, Generic[T]):
    items: Sequence[T]
    next_cursor: str | None = Field(
        description="Pass as ?cursor= for the next page; null on the last page"
    )


M = TypeVar("M", bound=BaseModel)


def page_of(
    model: type[M], page: PageOfRows[Any], convert: Callable[[Any], M] | None = None
) -> Page[M]:
    """A response page of ``model`` from a page of database rows."""
    convert = convert or (lambda row: model.model_validate(row, from_attributes=True))
    return Page[M](items=[convert(row) for row in page.items], next_cursor=page.next_cursor)


class AccountFields(BaseModel):
    model_config = ConfigDict(extra="forbid")

    kind: AccountKind = AccountKind.PROSPECT
    aliases: Terms = []
    domains: Terms = []
    tickers: Terms = []
    negative_keywords: Terms = []
    sec_cik: Annotated[str, StringConstraints(max_length=10)] | None = None
    industry: Annotated[str, StringConstraints(max_length=200)] | None = None
    country: Annotated[str, StringConstraints(pattern=r"^[A-Za-z]{2}$")] | None = None
    crm_id: Annotated[str, StringConstraints(max_length=100)] | None = None
    owner_id: int | None = None


class AccountCreate(AccountFields):
    name: Name

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {
                    "name": "Northwind Robotics",
                    "kind": "prospect",
                    "aliases": ["Northwind"],
                    "domains": ["northwind-robotics.example"],
                    "tickers": ["NWR"],
                }
            ]
        },
    )


class PartialUpdate(BaseModel):
    """A PATCH body: absent fields stay as they are; ``null`` only where a field allows it."""

    model_config = ConfigDict(extra="forbid")
    not_nullable: ClassVar[frozenset[str]] = frozenset()

    @model_validator(mode="after")
    def _no_nulls_where_required(self) -> Self:
        for name in sorted(self.not_nullable & self.model_fields_set):
            if getattr(self, name) is None:
                raise ValueError(f"{name} cannot be null")
        return self


class AccountUpdate(PartialUpdate):
    not_nullable = frozenset({"name", "kind", "aliases", "domains", "tickers", "negative_keywords"})

    name: Name | None = None
    kind: AccountKind | None = None
    aliases: Terms | None = None
    domains: Terms | None = None
    tickers: Terms | None = None
    negative_keywords: Terms | None = None
    sec_cik: Annotated[str, StringConstraints(max_length=10)] | None = None
    industry: Annotated[str, StringConstraints(max_length=200)] | None = None
    country: Annotated[str, StringConstraints(pattern=r"^[A-Za-z]{2}$")] | None = None
    crm_id: Annotated[str, StringConstraints(max_length=100)] | None = None
    owner_id: int | None = None


class AccountRead(AccountFields):
    model_config = ConfigDict(from_attributes=True)

    id: int
    name: str
    created_at: dt.datetime
    updated_at: dt.datetime


class SourceCreate(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [{"url": "https://example.com/feed.xml", "name": "Example"}]
        },
    )

    url: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=2048)]
    kind: SourceKind = SourceKind.FEED
    name: Annotated[str, StringConstraints(max_length=300)] = ""
    account_id: int | None = None
    options: dict[str, Any] = {}


class SourceUpdate(PartialUpdate):
    not_nullable = frozenset({"url", "name", "enabled", "options"})

    url: (
        Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=2048)]
        | None
    ) = None
    name: Annotated[str, StringConstraints(max_length=300)] | None = None
    account_id: int | None = None
    enabled: bool | None = None
    options: dict[str, Any] | None = None


class FetchState(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    health: Literal["pending", "ok", "failing", "unhealthy", "disabled"]
    etag: str | None
    last_modified: str | None
    next_check_at: dt.datetime | None
    last_checked_at: dt.datetime | None
    last_success_at: dt.datetime | None
    error_count: int
    last_error: str | None
    last_error_kind: FetchErrorKind | None


class SourceRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    kind: SourceKind
    url: str
    name: str
    account_id: int | None
    enabled: bool
    options: dict[str, Any]
    created_at: dt.datetime
    fetch_state: FetchState


class ArticleRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    title: str
    url: str
    canonical_url: str
    summary_html: str = Field(description="Sanitised HTML, safe to embed")
    summary_text: str
    author: str | None
    published_at: dt.datetime | None
    fetched_at: dt.datetime
    source_id: int | None
    story_id: int | None


class Health(BaseModel):
    status: Literal["ok", "unavailable"]
    database: Literal["ok", "unreachable"]


class SignalRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    account_id: int
    story_id: int
    article_id: int
    type: EventType
    role: SignalRole
    salience: Salience
    confidence: float
    hedged: bool
    fields: dict[str, Any] = Field(description="What was extracted: amount, round, person…")
    explanation: str = Field(description="The phrase that fired")
    created_at: dt.datetime
    title: str = Field(description="Headline of the article behind the signal")
    url: str
    published_at: dt.datetime | None
    prominence: int = Field(description="Independent sources telling the story")


class StoryArticle(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    title: str
    url: str
    source_id: int | None
    published_at: dt.datetime | None


class StoryRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    title: str
    first_seen_at: dt.datetime
    last_seen_at: dt.datetime
    article_count: int
    source_count: int
    articles: list[StoryArticle]


class ContactRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    account_id: int
    person: str
    title: str
    direction: str
    story_id: int | None
    article_id: int | None
    first_seen_at: dt.datetime
    last_seen_at: dt.datetime


class HeatReason(BaseModel):
    signal_id: int
    type: str
    points: float


class HeatRead(BaseModel):
    account_id: int
    score: float
    tier: str
    top: list[HeatReason] = Field(description="The signals contributing most: the why")
