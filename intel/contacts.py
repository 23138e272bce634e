"""People to call: who joined or left the accounts a rep follows, from leadership news."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from intel.models import Article, Contact, Signal
from intel.types import EventType, SignalRole


def person_key(name: str) -> str:
    return " ".join(name.casefold().replace(".", " ").split())


def record_contacts(
    session: Session, article: Article, signals: list[Signal], *, now: dt.datetime
) -> list[Contact]:
    """Upsert a contact for each leadership signal that names a person."""
    contacts = []
    for signal in signals:
        person = str(signal.fields.get("person") or "").strip()
        if signal.type != EventType.LEADERSHIP or signal.role != SignalRole.SUBJECT or not person:
            continue
        key = person_key(person)[:200]
        contact = session.scalar(
            select(Contact).where(
                Contact.account_id == signal.account_id, Contact.person_key == key
            )
        )
        if contact is None:
            contact = Contact(account_id=signal.account_id, person_key=key, first_seen_at=now)
            session.add(contact)
        contact.person = person[:200]
        contact.title = str(signal.fields.get("title") or contact.title or "")[:300]
        contact.direction = str(signal.fields.get("direction") or "joining")[:16]
        contact.article_id = article.id
        contact.story_id = signal.story_id
        contact.last_seen_at = now
        contacts.append(contact)
    session.flush()
    return contacts


def list_contacts(session: Session, account_id: int) -> list[Contact]:
    """An account's people, most recently in the news first."""
    return list(
        session.scalars(
            select(Contact)
            .where(Contact.account_id == account_id)
            .order_by(Contact.last_seen_at.desc(), Contact.id.desc())
        )
    )
