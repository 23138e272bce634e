"""Marketing's competitor dashboard: share of voice over time and the latest stories
naming a competitor or our own company."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Request, Response
from sqlalchemy import select

from api.deps import SessionDep
from api.routes.signals import signal_reads
from api.web.chart import share_chart
from api.web.render import page
from api.web.routing import PageRoute
from api.web.session import MarketingViewer
from intel.db import utcnow
from intel.models import Account, Signal
from intel.services.terms import load_terms
from intel.services.voice import VOICE_KINDS, share_of_voice

router = APIRouter(route_class=PageRoute)

LATEST = 30


@router.get("/marketing")
def dashboard(
    request: Request,
    session: SessionDep,
    found: MarketingViewer,
    weeks: Annotated[int, Query(ge=2, le=104)] = 12,
) -> Response:
    voice = share_of_voice(session, weeks=weeks, now=utcnow())
    accounts = {
        a.id: a for a in session.scalars(select(Account).where(Account.kind.in_(VOICE_KINDS)))
    }
    latest = session.scalars(
        select(Signal)
        .where(Signal.account_id.in_(accounts))
        .order_by(Signal.id.desc())
        .limit(LATEST)
    ).all()
    context = {
        "voice": voice,
        "chart": share_chart(voice),
        "weeks": weeks,
        "latest": signal_reads(session, latest),
        "accounts": accounts,
        "terms": load_terms(session),
    }
    return page(request, "marketing.html", context, viewer=found)
