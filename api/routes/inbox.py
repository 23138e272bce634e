"""The inbox: a user's own alerts, marked read or unread, with feedback and outcomes.

Feedback tunes what the user is sent and tells marketing which sources are worth it; a
"wrong company" answer comes back with a proposed fix for the account's matching.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Annotated

from fastapi import APIRouter, Query, Response
from sqlalchemy import select, update

from alerts.feedback import (
    Proposal,
    get_user_alert,
    record_feedback,
)
from api.deps import CurrentUser, SessionDep
from api.inbox_schemas import (
    FeedbackCreate,
    FeedbackRead,
    InboxAccount,
    InboxItem,
    InboxSignal,
    ProposalRead,
    ReadAll,
)
from api.schemas import Page
from intel.db import utcnow
from intel.models import (
    Account,
    Alert,
    Article,
    Feedback,
    Signal,
    Story,
)
from intel.pagination import MAX_LIMIT, paginate
from intel.services.terms import load_terms
from intel.types import EventType, FeedbackKind

router = APIRouter(tags=["inbox"])

Limit = Annotated[int, Query(ge=1, le=MAX_LIMIT)]


# The inbox


@router.get("/inbox", response_model=Page[InboxItem], summary="List your alerts")
def list_inbox(
    session: SessionDep,
    user: CurrentUser,
    unread: Annotated[
        bool | None, Query(description="true: only unread; false: only read; absent: all")
    ] = None,
    account_id: int | None = None,
    type: Annotated[list[EventType] | None, Query()] = None,
    cursor: str | None = None,
    limit: Limit = 50,
) -> Page[InboxItem]:
    """Newest first, with what you already said of each."""
    statement = select(Alert).where(Alert.user_id == user.id)
    if unread is not None:
        statement = statement.where(
            Alert.read_at.is_(None) if unread else Alert.read_at.is_not(None)
        )
    if account_id is not None:
        statement = statement.where(Alert.account_id == account_id)
    if type:
        statement = statement.join(Signal, Signal.id == Alert.signal_id).where(
            Signal.type.in_(type)
        )
    page = paginate(
        session, statement, id_column=Alert.id, cursor=cursor, limit=limit, newest_first=True
    )
    return Page(items=_inbox_items(session, user.id, page.items), next_cursor=page.next_cursor)


def _inbox_items(session: SessionDep, user_id: int, alerts: Sequence[Alert]) -> list[InboxItem]:
    """The page's alerts with their signal, account, article and feedback: two queries,
    reading only the columns shown (whole accounts and articles would decode their JSON
    lists and summaries for nothing)."""
    ids = [alert.id for alert in alerts]
    rows = {
        row.alert_id: row
        for row in session.execute(
            select(
                Alert.id.label("alert_id"),
                Signal.id,
                Signal.type,
                Signal.confidence,
                Signal.explanation,
                Signal.fields,
                Account.id.label("account_id"),
                Account.name.label("account_name"),
                Article.title,
                Article.url,
                Story.source_count,
            )
            .join(Signal, Signal.id == Alert.signal_id)
            .join(Account, Account.id == Alert.account_id)
            .join(Article, Article.id == Signal.article_id)
            .join(Story, Story.id == Alert.story_id)
            .where(Alert.id.in_(ids))
        )
    }
    kinds: dict[int, list[FeedbackKind]] = {}
    for signal_id, kind in session.execute(
        select(Feedback.signal_id, Feedback.kind)
        .where(
            Feedback.user_id == user_id,
            Feedback.signal_id.in_({alert.signal_id for alert in alerts}),
        )
        .order_by(Feedback.id)
    ):
        kinds.setdefault(signal_id, []).append(kind)
    terms = load_terms(session)
    return [
        InboxItem(
            id=alert.id,
            created_at=alert.created_at,
            read_at=alert.read_at,
            reason=alert.reason,
            score=alert.score,
            account=InboxAccount(id=row.account_id, name=row.account_name),
            signal=InboxSignal(
                id=row.id,
                type=row.type,
                confidence=row.confidence,
                explanation=row.explanation,
                fields=row.fields,
            ),
            headline=row.title,
            url=row.url,
            source_count=row.source_count,
            feedback=kinds.get(row.id, []),
            type_label=terms.signal_type(row.type),
        )
        for alert in alerts
        if (row := rows.get(alert.id)) is not None
    ]


@router.post("/inbox/{alert_id}/read", status_code=204, summary="Mark an alert read")
def mark_read(alert_id: int, session: SessionDep, user: CurrentUser) -> Response:
    alert = get_user_alert(session, user_id=user.id, alert_id=alert_id)
    alert.read_at = alert.read_at or utcnow()
    return Response(status_code=204)


@router.delete("/inbox/{alert_id}/read", status_code=204, summary="Mark an alert unread")
def mark_unread(alert_id: int, session: SessionDep, user: CurrentUser) -> Response:
    get_user_alert(session, user_id=user.id, alert_id=alert_id).read_at = None
    return Response(status_code=204)


@router.post("/inbox/read-all", response_model=ReadAll, summary="Mark every alert read")
def mark_all_read(session: SessionDep, user: CurrentUser) -> ReadAll:
    result = session.execute(
        update(Alert)
        .where(Alert.user_id == user.id, Alert.read_at.is_(None))
        .values(read_at=utcnow())
    )
    return ReadAll(marked=result.rowcount)  # type: ignore[attr-defined]


@router.post(
    "/inbox/{alert_id}/feedback",
    response_model=FeedbackRead,
    status_code=201,
    responses={200: {"model": FeedbackRead, "description": "Said before: the existing record"}},
    summary="Say what an alert was worth",
)
def give_feedback(
    alert_id: int, body: FeedbackCreate, response: Response, session: SessionDep, user: CurrentUser
) -> FeedbackRead:
    """useful, not_relevant and wrong_company replace each other; meeting and opportunity
    are outcomes kept beside them. Saying the same thing again changes nothing (200)."""
    result = record_feedback(
        session, user_id=user.id, alert_id=alert_id, kind=body.kind, note=body.note, now=utcnow()
    )
    if not result.created:
        response.status_code = 200
    feedback = result.feedback
    return FeedbackRead(
        id=feedback.id,
        alert_id=feedback.alert_id,
        signal_id=feedback.signal_id,
        kind=feedback.kind,
        note=feedback.note,
        created_at=feedback.created_at,
        replaced=list(result.replaced),
        proposal=_proposal_read(result.proposal) if result.proposal else None,
    )


def _proposal_read(proposal: Proposal) -> ProposalRead:
    return ProposalRead.model_validate(proposal, from_attributes=True)
