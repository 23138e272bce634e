"""Registering sources: the URL is checked against the fetch policy when it is typed."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from intel.errors import ConflictError, InvalidInputError, NotFoundError
from intel.models import Account, Source
from intel.types import SourceKind
from intel.urlpolicy import IPNetwork, Resolver, UrlRefusedError, check_url, system_resolver


def validate_source_url(
    url: str, *, allow: Sequence[IPNetwork], resolver: Resolver | None = system_resolver
) -> str:
    """Refuse a URL the fetcher would refuse. A name that does not resolve *yet* is
    accepted: the fetcher records the DNS failure on the source and keeps retrying."""
    url = url.strip()
    try:
        check_url(url, allow=allow, resolver=resolver)
    except UrlRefusedError as error:
        if error.kind != "dns":
            raise InvalidInputError(f"this URL cannot be watched: {error.reason}") from None
    return url


def get_source(session: Session, source_id: int) -> Source:
    source = session.get(Source, source_id)
    if source is None:
        raise NotFoundError(f"no source {source_id}")
    return source


def _check_account(session: Session, account_id: int | None) -> None:
    if account_id is not None and session.get(Account, account_id) is None:
        raise InvalidInputError(f"no account {account_id}")


def add_source(
    session: Session,
    *,
    url: str,
    allow: Sequence[IPNetwork],
    kind: SourceKind = SourceKind.FEED,
    name: str = "",
    account_id: int | None = None,
    options: dict[str, Any] | None = None,
    resolver: Resolver | None = system_resolver,
    now: dt.datetime,
) -> Source:
    url = validate_source_url(url, allow=allow, resolver=resolver)
    if session.scalar(select(Source.id).where(Source.url == url)) is not None:
        raise ConflictError(f"this URL is already a source: {url}")
    _check_account(session, account_id)
    source = Source(
        url=url,
        kind=kind,
        name=name.strip(),
        account_id=account_id,
        options=options or {},
        next_check_at=now,
    )
    session.add(source)
    session.flush()
    return source


def update_source(
    session: Session,
    source: Source,
    *,
    allow: Sequence[IPNetwork],
    resolver: Resolver | None = system_resolver,
    **fields: Any,
) -> Source:
    if "url" in fields and fields["url"] != source.url:
        fields["url"] = validate_source_url(fields["url"], allow=allow, resolver=resolver)
        clash = session.scalar(select(Source.id).where(Source.url == fields["url"]))
        if clash is not None:
            raise ConflictError(f"this URL is already source {clash}")
        source.etag = source.last_modified = None
    if "account_id" in fields:
        _check_account(session, fields["account_id"])
    for key, value in fields.items():
        setattr(source, key, value)
    session.flush()
    return source


def mark_due(session: Session, source: Source, *, now: dt.datetime) -> Source:
    """Ask for a poll at the next scheduler tick (the API never fetches itself)."""
    source.next_check_at = now
    source.enabled = True
    session.flush()
    return source


def source_health(source: Source, *, unhealthy_after: int) -> str:
    """``pending`` until first checked, then ``ok``, ``failing`` (the last check failed)
    or ``unhealthy`` (``unhealthy_after`` failures in a row: someone should look);
    ``disabled`` only when a person turned it off. Failing sources keep being retried
    with backoff: the service never disables one by itself."""
    if not source.enabled:
        return "disabled"
    if source.last_checked_at is None:
        return "pending"
    if source.error_count >= unhealthy_after:
        return "unhealthy"
    return "failing" if source.error_count else "ok"
