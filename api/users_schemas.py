"""Request and response bodies of the user and token endpoints."""

from __future__ import annotations

import datetime as dt
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StringConstraints
from pydantic.config import JsonDict

from api.schemas import PartialUpdate
from intel.types import Role

Name = Annotated[str, StringConstraints(strip_whitespace=True, max_length=200)]
TokenName = Annotated[str, StringConstraints(strip_whitespace=True, max_length=100)]
Password = Annotated[
    str, Field(min_length=1, max_length=1024, json_schema_extra={"format": "password"})
]


def _examples(*examples: JsonDict) -> ConfigDict:
    return ConfigDict(extra="forbid", json_schema_extra={"examples": list(examples)})


class UserRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    email: str
    name: str
    role: Role
    timezone: str
    is_active: bool
    has_password: bool = Field(description="Whether the user can sign in to the pages")
    created_at: dt.datetime


class UserCreate(BaseModel):
    model_config = _examples(
        {
            "email": "dana@example.com",
            "name": "Dana Reyes",
            "role": "rep",
            "timezone": "Europe/Berlin",
        }
    )

    email: Annotated[str, StringConstraints(strip_whitespace=True, min_length=3, max_length=320)]
    name: Name = ""
    role: Role = Role.REP
    timezone: Annotated[str, StringConstraints(max_length=64)] = "UTC"
    password: Password | None = Field(
        None, description="At least 10 characters; without one the user signs in by token only"
    )


class UserUpdate(PartialUpdate):
    """Deactivating a user, or changing their password, signs them out of every browser."""

    model_config = _examples({"role": "marketing"}, {"is_active": False})
    not_nullable = frozenset({"name", "role", "is_active"})

    name: Name | None = None
    role: Role | None = None
    is_active: bool | None = None
    password: Password | None = Field(None, description="null removes the password")


class PasswordChange(BaseModel):
    model_config = _examples(
        {"current_password": "old correct horse", "new_password": "new battery staple"}
    )

    current_password: Password
    new_password: Password


class TokenCreate(BaseModel):
    model_config = _examples({"name": "CRM sync"})

    name: TokenName = ""


class TokenRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    name: str
    prefix: str = Field(description="The token's first characters, to tell tokens apart")
    created_at: dt.datetime
    last_used_at: dt.datetime | None
    revoked_at: dt.datetime | None


class TokenCreated(TokenRead):
    token: str = Field(description="The token itself: shown this once, store it now")
