"""Reason to call: a rep's own note on one signal, an email draft and text to copy.

Copying works without JavaScript (the text is there to select); with it, one button
puts it on the clipboard (``static/copy.js``, allowed by the pages' policy as 'self').
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Form, Request, Response
from fastapi.responses import RedirectResponse

from api.deps import SessionDep
from api.web.render import page
from api.web.routing import PageRoute
from api.web.session import FormViewer, ViewerDep
from intel.models import Signal
from intel.services.accounts import get_account
from intel.services.call_notes import MAX_NOTE_LENGTH, get_note, save_note, share_links

router = APIRouter(route_class=PageRoute)


@router.get("/signals/{signal_id}/call")
def call_page(signal_id: int, request: Request, session: SessionDep, found: ViewerDep) -> Response:
    note = get_note(session, user=found.user, signal_id=signal_id)
    signal = session.get(Signal, signal_id)
    assert signal is not None  # get_note found it
    context = {
        "note": note,
        "links": share_links(note),
        "account": get_account(session, signal.account_id),
        "max_length": MAX_NOTE_LENGTH,
        "saved": request.query_params.get("saved") == "1",
    }
    return page(request, "call.html", context, viewer=found)


@router.post("/signals/{signal_id}/call")
def save_call_note(
    signal_id: int,
    session: SessionDep,
    found: FormViewer,
    # Browsers send line breaks as CRLF, so a full textarea is longer than it looks;
    # save_note applies the real limit to the text itself.
    text: Annotated[str, Form(max_length=2 * MAX_NOTE_LENGTH)] = "",
) -> Response:
    save_note(session, user=found.user, signal_id=signal_id, text=text)
    return RedirectResponse(f"/signals/{signal_id}/call?saved=1", status_code=303)
