"""The inbox page: a rep's alerts, newest first, with one-click feedback.

Each button is a small form, so feedback works without JavaScript; the answer sends
the browser back to the same alert.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Form, Query, Request, Response
from fastapi.responses import RedirectResponse

from alerts.feedback import get_user_alert, record_feedback
from api.deps import SessionDep
from api.routes.inbox import list_inbox
from api.web.render import page
from api.web.routing import PageRoute
from api.web.session import FormViewer, ViewerDep, safe_next
from intel.db import utcnow
from intel.services.terms import load_terms
from intel.types import FeedbackKind

router = APIRouter(route_class=PageRoute)

PAGE_SIZE = 25
BUTTONS = (
    (FeedbackKind.USEFUL, "Useful"),
    (FeedbackKind.NOT_RELEVANT, "Not relevant"),
    (FeedbackKind.WRONG_COMPANY, "Wrong company"),
    (FeedbackKind.MEETING, "Booked a meeting"),
)


@router.get("/inbox")
def inbox_page(
    request: Request,
    session: SessionDep,
    found: ViewerDep,
    unread: bool = False,
    cursor: Annotated[str | None, Query(max_length=200)] = None,
) -> Response:
    items = list_inbox(
        session,
        found.user,
        unread=True if unread else None,
        account_id=None,
        type=None,
        cursor=cursor,
        limit=PAGE_SIZE,
    )
    context = {
        "back": request.url.path + (f"?{request.url.query}" if request.url.query else ""),
        "items": items.items,
        "next_cursor": items.next_cursor,
        "unread": unread,
        "buttons": BUTTONS,
        "said": {kind: label for kind, label in BUTTONS},
        "terms": load_terms(session),
    }
    return page(request, "inbox.html", context, viewer=found)


def _back(alert_id: int, back: str) -> RedirectResponse:
    target = safe_next(back)
    target = target if target.startswith("/inbox") else "/inbox"
    return RedirectResponse(f"{target}#alert-{alert_id}", status_code=303)


@router.post("/inbox/{alert_id}/feedback")
def give_feedback(
    alert_id: int,
    session: SessionDep,
    found: FormViewer,
    kind: Annotated[FeedbackKind, Form()],
    back: Annotated[str, Form(max_length=300)] = "/inbox",
) -> Response:
    record_feedback(session, user_id=found.user.id, alert_id=alert_id, kind=kind, now=utcnow())
    return _back(alert_id, back)


@router.post("/inbox/{alert_id}/read")
def mark_read(
    alert_id: int,
    session: SessionDep,
    found: FormViewer,
    back: Annotated[str, Form(max_length=300)] = "/inbox",
) -> Response:
    alert = get_user_alert(session, user_id=found.user.id, alert_id=alert_id)
    alert.read_at = alert.read_at or utcnow()
    return _back(alert_id, back)
