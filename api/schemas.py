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
    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [{"negative_keywords": ["pie", "orchard"]}, {"kind": "customer"}]
        },
    )
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
    model_config = ConfigDict(
        extra="forbid", json_schema_extra={"examples": [{"enabled": False}, {"name": "Wire"}]}
    )
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
    type_label: str = Field(
        default="", description="The workspace's name for the type (see GET /api/v1/terms)"
    )


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


# Terminology and reasons to call

TermLabelText = Annotated[str, StringConstraints(strip_whitespace=True, max_length=64)]
TermChanges = Annotated[dict[str, TermLabelText], Field(max_length=50)]


class TermLabel(BaseModel):
    key: str
    label: str = Field(description="What people see")
    default_label: str
    renamed: bool = Field(description="The workspace chose its own label")


class TermsRead(BaseModel):
    """The label of every signal type and heat tier, in display order."""

    signal_type: list[TermLabel]
    heat_tier: list[TermLabel]


class TermsUpdate(BaseModel):
    """Labels to change, by key; an empty label resets a key to its default."""

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [{"signal_type": {"funding": "New money"}, "heat_tier": {"hot": ""}}]
        },
    )

    signal_type: TermChanges = {}
    heat_tier: TermChanges = {}


class NoteRead(BaseModel):
    """Your reason to call for a signal, and ways to share it."""

    signal_id: int
    text: str
    suggested: bool = Field(description="true: a suggestion; you have not saved your own")
    story_url: str = Field(description="The article's address; empty unless http(s)")
    mailto: str = Field(description="An email draft with the note and the story link")
    clipboard: str = Field(description="The note and the story link, to paste")


class NoteUpdate(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={"examples": [{"text": "New CRO since May: ask about her plans."}]},
    )

    text: Annotated[str, StringConstraints(strip_whitespace=True, max_length=2000)] = Field(
        description="Empty: delete your note and see the suggestion again"
    )


class AccountImportError(BaseModel):
    """One problem in an imported file, and where it is."""

    line: int = Field(description="Line in the file, counting the header as 1")
    column: str | None = Field(description="The column, as the header names it; null: the row")
    message: str


class AccountImportReport(BaseModel):
    """What an import did, or in a dry run would do."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "format": "salesforce",
                    "encoding": "utf-8",
                    "dry_run": False,
                    "rows": 3,
                    "created": 2,
                    "updated": 1,
                    "unchanged": 0,
                    "columns": {"name": ["Account Name"], "domains": ["Website"]},
                    "ignored_columns": ["Phone"],
                    "unknown_owners": [],
                }
            ]
        }
    )

    format: Literal["salesforce", "hubspot", "intel"] = Field(description="As read")
    encoding: str = Field(description="utf-8, utf-16-le/be, or windows-1252")
    dry_run: bool
    rows: int = Field(description="Data rows in the file, blank lines left out")
    created: int
    updated: int
    unchanged: int = Field(description="Rows naming an account they would not change")
    columns: dict[str, list[str]] = Field(description="The columns read for each field")
    ignored_columns: list[str]
    unknown_owners: list[str] = Field(
        description="Owners named in the file who are not users here: their accounts keep "
        "the owner they had (none, for a new one)"
    )


class WatchAccountCreate(BaseModel):
    """An account for your own pipeline, by name, domain or both."""

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [{"name": "Northwind Robotics", "domain": "northwind-robotics.example"}]
        },
    )

    name: Name | None = None
    domain: (
        Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=253)]
        | None
    ) = None

    @model_validator(mode="after")
    def _name_or_domain(self) -> Self:
        if self.name is None and self.domain is None:
            raise ValueError("give the account's name, its domain or both")
        return self


class WatchedAccountRead(BaseModel):
    outcome: Literal["created", "joined"] = Field(
        description="created: a new account, owned by you; joined: one already on the list "
        "(same domain or name), left as it is"
    )
    account: AccountRead
    subscription_id: int = Field(description="Your subscription to the account")
