"""Reason to call: each user's own note on a signal, with an email draft and text to
paste. A note is its author's alone: every call reads and writes the caller's own."""

from __future__ import annotations

from fastapi import APIRouter

from api.deps import CurrentUser, SessionDep
from api.schemas import NoteRead, NoteUpdate
from intel.services.call_notes import Note, get_note, save_note, share_links

router = APIRouter(tags=["signals"])


@router.get("/signals/{signal_id}/note", response_model=NoteRead, summary="Your reason to call")
def read_note(signal_id: int, session: SessionDep, user: CurrentUser) -> NoteRead:
    """Your saved note, or a suggestion built from the signal (``suggested``)."""
    return _note_read(get_note(session, user=user, signal_id=signal_id))


@router.put("/signals/{signal_id}/note", response_model=NoteRead, summary="Save your note")
def update_note(
    signal_id: int, body: NoteUpdate, session: SessionDep, user: CurrentUser
) -> NoteRead:
    """Keep your own text; an empty text deletes it and brings the suggestion back."""
    return _note_read(save_note(session, user=user, signal_id=signal_id, text=body.text))


def _note_read(note: Note) -> NoteRead:
    links = share_links(note)
    return NoteRead(
        signal_id=note.signal_id,
        text=note.text,
        suggested=note.suggested,
        story_url=note.story_url,
        mailto=links.mailto,
        clipboard=links.clipboard,
    )
