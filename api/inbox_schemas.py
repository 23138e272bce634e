"""Request and response bodies of the inbox, feedback, proposals, feeds and reports."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

from api.schemas import Term
from intel.types import EventType, FeedbackKind


class InboxAccount(BaseModel):
    id: int
    name: str


class InboxSignal(BaseModel):
    id: int
    type: EventType
    confidence: float
    explanation: str = Field(description="The phrase that fired")
    fields: dict[str, Any]


class InboxItem(BaseModel):
    """One alert in the caller's inbox."""

    id: int
    created_at: dt.datetime
    read_at: dt.datetime | None
    reason: str = Field(description="Why this alert reached you")
    score: float
    account: InboxAccount
    signal: InboxSignal
    headline: str
    url: str
    source_count: int = Field(description="Independent sources telling the story")
    feedback: list[FeedbackKind] = Field(description="What you said of this signal")
    type_label: str = Field(
        default="", description="The workspace's name for signal.type (see GET /api/v1/terms)"
    )


class ReadAll(BaseModel):
    marked: int = Field(description="Alerts marked read by this call")


class FeedbackCreate(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={"examples": [{"kind": "useful"}, {"kind": "meeting", "note": "Tue"}]},
    )

    kind: FeedbackKind
    note: Annotated[str, StringConstraints(strip_whitespace=True, max_length=2000)] = ""


class ProposalRead(BaseModel):
    account_id: int
    account_name: str
    negative_keyword: str
    example_headline: str


class OpenProposalRead(ProposalRead):
    flags: int = Field(description="Wrong-company flags this keyword answers")
    signal_ids: list[int]


class FeedbackRead(BaseModel):
    id: int
    alert_id: int | None
    signal_id: int
    kind: FeedbackKind
    note: str
    created_at: dt.datetime
    replaced: list[FeedbackKind] = Field(description="Your earlier judgements it replaced")
    proposal: ProposalRead | None = Field(
        description="For wrong_company: a negative keyword that would have kept it away"
    )


class ProposalAccept(BaseModel):
    model_config = ConfigDict(
        extra="forbid", json_schema_extra={"examples": [{"negative_keyword": "pie"}]}
    )

    negative_keyword: Term


class FeedUrl(BaseModel):
    url: str = Field(description="Private: whoever has it can read the feed")


class TallyRead(BaseModel):
    alerts: int = Field(description="Alerts sent in the period")
    useful: int
    not_relevant: int
    wrong_company: int
    precision: float | None = Field(
        description="useful / (useful + not_relevant + wrong_company); null with no judgements"
    )
    meeting: int
    opportunity: int


class SourceReport(TallyRead):
    source_id: int | None
    source_name: str


class TypeReport(TallyRead):
    type: EventType


class FeedbackReportRead(BaseModel):
    since: dt.datetime
    total: TallyRead
    by_source: list[SourceReport]
    by_type: list[TypeReport]


class VoiceRead(BaseModel):
    account_id: int
    name: str
    kind: str
    stories: list[int] = Field(description="Stories naming the account, per week")
    share: list[float | None] = Field(
        description="Its part of the week's stories (null in a week with none)"
    )


class ShareOfVoiceRead(BaseModel):
    """Competitors' and our own share of the news, week by week."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "weeks": ["2026-W46", "2026-W47"],
                    "totals": [4, 2],
                    "voices": [
                        {
                            "account_id": 1,
                            "name": "Us",
                            "kind": "own",
                            "stories": [1, 1],
                            "share": [0.25, 0.5],
                        },
                        {
                            "account_id": 7,
                            "name": "Initech Cloud",
                            "kind": "competitor",
                            "stories": [3, 1],
                            "share": [0.75, 0.5],
                        },
                    ],
                }
            ]
        }
    )

    weeks: list[str]
    totals: list[int]
    voices: list[VoiceRead]
