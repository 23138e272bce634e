"""Request and response bodies of the following endpoints: watchlists, subscriptions,
mute rules, delivery channels and the caller's schedule."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal, Self

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, model_validator
from pydantic.config import JsonDict

from api.schemas import PartialUpdate
from intel.types import Delivery, DigestFrequency, EventType, MuteKind

Stream = Literal["competitor", "own"]
ChannelKind = Literal["slack", "teams", "webhook"]
WatchlistName = Annotated[
    str, StringConstraints(strip_whitespace=True, min_length=1, max_length=200)
]
ChannelName = Annotated[str, StringConstraints(strip_whitespace=True, max_length=200)]
SignalTypes = Annotated[
    list[EventType], Field(max_length=len(EventType), description="Empty: every type")
]
Confidence = Annotated[float, Field(ge=0, le=1)]
WallTime = Annotated[str, StringConstraints(pattern=r"^([01]\d|2[0-3]):[0-5]\d$")]


def _examples(*examples: JsonDict) -> ConfigDict:
    """Forbid unknown fields (a typo is an error, not a no-op) and document examples."""
    return ConfigDict(extra="forbid", json_schema_extra={"examples": list(examples)})


class WatchlistCreate(BaseModel):
    model_config = _examples({"name": "EMEA targets", "shared": True})

    name: WatchlistName
    shared: bool = Field(False, description="Others may read and follow it; you alone edit it")


class WatchlistUpdate(PartialUpdate):
    model_config = _examples({"name": "EMEA targets 2027"}, {"shared": False})
    not_nullable = frozenset({"name", "shared"})

    name: WatchlistName | None = None
    shared: bool | None = Field(
        None, description="Unsharing ends other users' subscriptions to the list"
    )


class WatchlistRead(BaseModel):
    id: int
    name: str
    owner_id: int
    shared: bool
    member_count: int
    created_at: dt.datetime


class SubscriptionCreate(BaseModel):
    model_config = _examples(
        {"account_id": 42, "signal_types": ["funding", "leadership"], "delivery": "instant"},
        {"watchlist_id": 7, "min_confidence": 0.7, "delivery": "digest"},
        {"stream": "competitor", "delivery": "both"},
    )

    account_id: int | None = None
    watchlist_id: int | None = None
    stream: Stream | None = Field(None, description="Marketing and admins only")
    signal_types: SignalTypes = []
    min_confidence: Confidence = 0.5
    delivery: Delivery = Delivery.BOTH

    @model_validator(mode="after")
    def _one_target(self) -> Self:
        targets = (self.account_id, self.watchlist_id, self.stream)
        if sum(target is not None for target in targets) != 1:
            raise ValueError("follow exactly one of account_id, watchlist_id or stream")
        return self


class SubscriptionUpdate(PartialUpdate):
    model_config = _examples({"signal_types": ["funding"], "min_confidence": 0.8})
    not_nullable = frozenset({"signal_types", "min_confidence", "delivery"})

    signal_types: SignalTypes | None = None
    min_confidence: Confidence | None = None
    delivery: Delivery | None = None


class SubscriptionRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    account_id: int | None
    watchlist_id: int | None
    stream: Stream | None
    signal_types: list[EventType]
    min_confidence: float
    delivery: Delivery
    created_at: dt.datetime


class MuteCreate(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
        coerce_numbers_to_str=True,
        json_schema_extra={
            "examples": [
                {"kind": "keyword", "value": "webinar"},
                {"kind": "account", "value": "42"},
                {"kind": "type", "value": "earnings"},
            ]
        },
    )

    kind: MuteKind
    value: Annotated[
        str, StringConstraints(strip_whitespace=True, min_length=1, max_length=200)
    ] = Field(description="An account or source id, a signal type, or a keyword")


class MuteRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    kind: MuteKind
    value: str
    created_at: dt.datetime


class ChannelCreate(BaseModel):
    model_config = _examples(
        {
            "kind": "slack",
            "target": "https://hooks.slack.com/services/T000/B000/XXXX",
            "name": "#deals",
        },
        {"kind": "webhook", "target": "https://crm.example.com/hooks/intel"},
    )

    kind: ChannelKind
    target: Annotated[
        str, StringConstraints(strip_whitespace=True, min_length=1, max_length=2000)
    ] = Field(description="The https URL deliveries are posted to")
    name: ChannelName = ""


class ChannelUpdate(PartialUpdate):
    model_config = _examples({"enabled": True}, {"name": "#deals-emea"})
    not_nullable = frozenset({"name", "enabled"})

    name: ChannelName | None = None
    enabled: bool | None = Field(
        None, description="Re-enabling clears the reason the service disabled it"
    )


class ChannelRead(BaseModel):
    id: int
    kind: ChannelKind
    target: str
    name: str
    enabled: bool
    disabled_reason: str | None = Field(description="Why the service stopped delivering")
    failing_since: dt.datetime | None
    has_secret: bool = Field(description="Deliveries are signed with a secret shown once")
    created_at: dt.datetime


class ChannelCreated(ChannelRead):
    secret: str | None = Field(
        description="A webhook's signing secret. Shown now and never again: store it"
    )


class ScheduleUpdate(BaseModel):
    """The whole schedule: a field left out takes its default."""

    model_config = _examples(
        {
            "timezone": "Europe/Paris",
            "digest_frequency": "daily",
            "digest_hour": 8,
            "digest_weekday": 0,
            "digest_cap": 10,
            "quiet_start": "22:00",
            "quiet_end": "07:00",
            "weekends_quiet": True,
            "email_alerts": True,
        }
    )

    timezone: Annotated[str, StringConstraints(min_length=1, max_length=64)] = Field(
        "UTC", description="An IANA time zone"
    )
    digest_frequency: DigestFrequency = DigestFrequency.DAILY
    digest_hour: int = Field(8, description="Local hour of the digest, 0 to 23")
    digest_weekday: int = Field(0, description="Day of a weekly digest, 0 = Monday")
    digest_cap: int = Field(10, ge=1, le=100, description="Signals shown, then 'N more'")
    quiet_start: WallTime | None = Field(None, description="Hold instant alerts from (HH:MM)")
    quiet_end: WallTime | None = Field(None, description="... until (HH:MM); may wrap midnight")
    weekends_quiet: bool = False
    email_alerts: bool = True


class ScheduleRead(BaseModel):
    """The stored schedule, as stored: reading it never fails on an odd old value."""

    timezone: str
    digest_frequency: DigestFrequency
    digest_hour: int
    digest_weekday: int
    digest_cap: int
    quiet_start: str | None
    quiet_end: str | None
    weekends_quiet: bool
    email_alerts: bool
    next_digest_at: dt.datetime | None = Field(description="UTC; null when digests are off")


class DigestPreview(BaseModel):
    subject: str
    text: str
    html: str
    next_digest_at: dt.datetime | None
