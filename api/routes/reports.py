"""For marketing: fixes proposed by "wrong company" feedback, which sources and signal
types users find worth their time (precision and outcomes), and share of voice."""

from __future__ import annotations

import datetime as dt
from typing import Annotated

from fastapi import APIRouter, Depends, Query

from alerts.feedback import (
    accept_proposal,
    list_proposals,
)
from alerts.reports import Tally, feedback_report
from api.deps import SessionDep, require_role
from api.inbox_schemas import (
    FeedbackReportRead,
    OpenProposalRead,
    ProposalAccept,
    ProposalRead,
    ShareOfVoiceRead,
    SourceReport,
    TallyRead,
    TypeReport,
    VoiceRead,
)
from api.schemas import AccountRead
from intel.db import utcnow
from intel.models import (
    User,
)
from intel.services.voice import share_of_voice
from intel.types import Role

router = APIRouter(tags=["reports"])

Marketer = Annotated[User, Depends(require_role(Role.MARKETING))]
REPORT_PERIOD = dt.timedelta(days=30)


# Proposals from wrong-company feedback


@router.get(
    "/accounts/{account_id}/proposals",
    response_model=list[OpenProposalRead],
    summary="Negative keywords proposed by wrong-company feedback",
)
def read_proposals(account_id: int, session: SessionDep, _user: Marketer) -> list[OpenProposalRead]:
    """Most flagged first; a flagged article an existing keyword excludes is settled."""
    return [
        OpenProposalRead(
            **ProposalRead.model_validate(item.proposal, from_attributes=True).model_dump(),
            flags=item.flags,
            signal_ids=list(item.signal_ids),
        )
        for item in list_proposals(session, account_id)
    ]


@router.post(
    "/accounts/{account_id}/proposals/accept",
    response_model=AccountRead,
    summary="Add a proposed negative keyword to the account",
)
def accept_proposed_keyword(
    account_id: int, body: ProposalAccept, session: SessionDep, _user: Marketer
) -> object:
    return accept_proposal(session, account_id, body.negative_keyword)


# Reports


@router.get(
    "/reports/feedback",
    response_model=FeedbackReportRead,
    summary="Feedback and precision by source and signal type",
)
def report_feedback(
    session: SessionDep,
    _user: Marketer,
    since: Annotated[
        dt.datetime | None, Query(description="Alerts created from then (UTC if no zone)")
    ] = None,
) -> FeedbackReportRead:
    """Alerts created since ``since`` (default: the last 30 days) and all feedback on them."""
    if since is None:
        since = utcnow() - REPORT_PERIOD
    elif since.tzinfo is None:
        since = since.replace(tzinfo=dt.UTC)
    report = feedback_report(session, since=since)
    return FeedbackReportRead(
        since=report.since,
        total=_tally(report.total),
        by_source=[
            SourceReport(
                source_id=s.source_id, source_name=s.source_name, **_tally(s.tally).model_dump()
            )
            for s in report.by_source
        ],
        by_type=[
            TypeReport(type=signal_type, **_tally(tally).model_dump())
            for signal_type, tally in sorted(report.by_type.items())
        ],
    )


def _tally(tally: Tally) -> TallyRead:
    precision = tally.precision
    return TallyRead(
        alerts=tally.alerts,
        useful=tally.useful,
        not_relevant=tally.not_relevant,
        wrong_company=tally.wrong_company,
        precision=None if precision is None else round(precision, 4),
        meeting=tally.meeting,
        opportunity=tally.opportunity,
    )


@router.get(
    "/reports/share-of-voice",
    response_model=ShareOfVoiceRead,
    summary="Competitors' and our own share of the news, per week",
)
def read_share_of_voice(
    session: SessionDep,
    _user: Marketer,
    weeks: Annotated[int, Query(ge=1, le=104, description="ISO weeks, this one included")] = 12,
) -> ShareOfVoiceRead:
    voice = share_of_voice(session, weeks=weeks, now=utcnow())
    return ShareOfVoiceRead(
        weeks=list(voice.weeks),
        totals=list(voice.totals),
        voices=[
            VoiceRead(
                account_id=v.account_id,
                name=v.name,
                kind=v.kind.value,
                stories=list(v.stories),
                share=[
                    round(n / t, 4) if t else None
                    for n, t in zip(v.stories, voice.totals, strict=True)
                ],
            )
            for v in voice.voices
        ],
    )
