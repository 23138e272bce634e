"""Reason to call: a short note per signal saying what happened and why it matters, that
a rep edits, keeps and shares as an email draft or as text to paste.

A signal with no note of the rep's own offers a suggestion built from what was
extracted (the amount and round, the new executive and title, the other party to an
acquisition). Notes are private: a rep's note is found only by its (user, signal) pair,
so no call can read or change someone else's. The story link comes from a feed, so only
an http(s) URL is ever put in a draft; anything else is left out.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, cast
from urllib.parse import quote

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from intel.errors import InvalidInputError, NotFoundError
from intel.models import Account, Article, CallNote, Signal, User
from intel.services.terms import Terms, load_terms
from intel.types import EventType, SignalRole
from intel.untrusted import web_url

MAX_NOTE_LENGTH = 2000
SUBJECT_LENGTH = 140
_FIELD_LENGTH = 120
_CURRENCY = re.compile(r"^[A-Z]{3}$")
_SYMBOLS = {"USD": "$", "EUR": "€", "GBP": "£", "JPY": "¥", "INR": "₹"}
_SCALES = ((1e12, "T"), (1e9, "B"), (1e6, "M"), (1e3, "K"))
_KEPT_CONTROLS = frozenset("\n\t")

Fields = Mapping[str, Any]


@dataclass(frozen=True, slots=True)
class Note:
    """A rep's reason to call for one signal, with what sharing it needs.

    `suggested` is true while the rep has not saved a text of their own; `story_url` is
    the article's own address when it is an http(s) URL, else "".
    """

    signal_id: int
    text: str
    suggested: bool
    subject: str
    story_url: str


@dataclass(frozen=True, slots=True)
class ShareLinks:
    """A ready email draft (a ``mailto:`` URL) and the same text to copy."""

    mailto: str
    clipboard: str


def get_note(session: Session, *, user: User, signal_id: int) -> Note:
    """The user's saved note on the signal, or a suggestion; `NotFoundError` when there
    is no such signal. Two queries at most: the signal with the user's note, the terms."""
    found = session.execute(
        select(Signal, Account, Article, CallNote.text)
        .join(Account, Account.id == Signal.account_id)
        .join(Article, Article.id == Signal.article_id)
        .outerjoin(CallNote, (CallNote.signal_id == Signal.id) & (CallNote.user_id == user.id))
        .where(Signal.id == signal_id)
    ).one_or_none()
    if found is None:
        raise NotFoundError(f"no signal {signal_id}")
    signal, account, article, saved_text = found
    saved = cast("str | None", saved_text)  # None when the outer join found no note
    text = suggest_note(signal, account, article, load_terms(session)) if saved is None else saved
    return Note(
        signal_id=signal.id,
        text=text,
        suggested=saved is None,
        subject=_one_line(f"{account.name}: {article.title}", SUBJECT_LENGTH),
        story_url=web_url(article.url),
    )


def save_note(session: Session, *, user: User, signal_id: int, text: str) -> Note:
    """Keep the user's own text for the signal; an empty text deletes it, so the
    suggestion shows again. Raises `InvalidInputError` for a text over
    `MAX_NOTE_LENGTH` characters or with control characters other than line breaks."""
    if session.get(Signal, signal_id) is None:
        raise NotFoundError(f"no signal {signal_id}")
    text = clean_note(text)
    mine = select(CallNote).where(CallNote.user_id == user.id, CallNote.signal_id == signal_id)
    row = session.scalar(mine)
    if not text:
        if row is not None:
            session.delete(row)
    elif row is not None:
        row.text = text
    else:
        try:
            with session.begin_nested():
                session.add(CallNote(user_id=user.id, signal_id=signal_id, text=text))
        except IntegrityError:  # the same rep saving twice at once: the later text wins
            session.scalars(mine).one().text = text
    session.flush()
    return get_note(session, user=user, signal_id=signal_id)


def clean_note(text: str) -> str:
    """`text` with its line ends made ``\\n`` and surrounding space stripped."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").strip()
    if len(text) > MAX_NOTE_LENGTH:
        raise InvalidInputError(f"a note is at most {MAX_NOTE_LENGTH} characters")
    if any(unicodedata.category(c) == "Cc" and c not in _KEPT_CONTROLS for c in text):
        raise InvalidInputError("a note may not contain control characters")
    return text


def share_links(note: Note) -> ShareLinks:
    """The note as an email draft and as text to paste, each ending with the story link.

    The draft has no recipient (contacts carry no email address), so the mail client
    asks; subject and body are percent-encoded per RFC 6068, line breaks as CRLF.
    """
    clipboard = f"{note.text}\n\n{note.story_url}" if note.story_url else note.text
    body = clipboard.replace("\n", "\r\n")
    mailto = f"mailto:?subject={quote(note.subject, safe='')}&body={quote(body, safe='')}"
    return ShareLinks(mailto=mailto, clipboard=clipboard)


def suggest_note(signal: Signal, account: Account, article: Article, terms: Terms) -> str:
    """What happened, from the signal's fields, and why it matters to a seller.

    Without the fields a specific sentence needs, the headline says what happened,
    under the workspace's name for the signal type.
    """
    fields: Fields = signal.fields if isinstance(signal.fields, Mapping) else {}
    name = _one_line(account.name, _FIELD_LENGTH)
    what, why = _STORIES[signal.type](name, fields, signal.role)
    if not what:
        headline = _one_line(article.title, SUBJECT_LENGTH)
        what = f"{terms.signal_type(signal.type)} at {name}: {headline}"
    if signal.hedged:
        what += " (reported, not confirmed)"
    end = "" if what.endswith((".", "!", "?", "\N{HORIZONTAL ELLIPSIS}")) else "."
    return f"{what}{end}\n\nWhy it matters: {why}"


# One function per signal type: (account name, fields, role) -> (what happened, why it
# matters); "what" is "" when the fields do not say enough.
Story = Callable[[str, Fields, SignalRole], tuple[str, str]]


def _funding(name: str, fields: Fields, role: SignalRole) -> tuple[str, str]:
    amount = _money(fields.get("amount"), fields.get("currency"))
    stage = _text(fields.get("round"))
    investors = [_text(i) for i in fields.get("investors") or () if _text(i)][:2]
    what = ""
    if amount or stage:
        what = f"{name} raised {amount or 'new funding'}" + (f" ({stage})" if stage else "")
        what += f", led by {' and '.join(investors)}" if investors else ""
    after = f"a {stage}" if stage else "a raise"
    return what, f"new budget after {after}: companies hire and buy in the months that follow."


def _acquisition(name: str, fields: Fields, role: SignalRole) -> tuple[str, str]:
    price = _money(fields.get("price"), fields.get("currency"))
    for_price = f" for {price}" if price else ""
    if role == SignalRole.TARGET:
        buyer = _text(fields.get("acquirer"))
        what = f"{name} is being acquired by {buyer}{for_price}" if buyer else ""
        return what, "a new owner often reviews vendors and contracts; reach out early."
    target = _text(fields.get("target"))
    what = f"{name} is acquiring {target}{for_price}" if target else ""
    return what, "merging a company means systems to consolidate and new teams to serve."


def _leadership(name: str, fields: Fields, role: SignalRole) -> tuple[str, str]:
    person, title = _text(fields.get("person")), _text(fields.get("title"))
    if fields.get("direction") == "leaving":
        if person:
            who = f"{person} ({title})" if title else person
        else:
            who = f"The {title}" if title else ""
        what = f"{who} is leaving {name}" if who else ""
        return what, "a departure reopens decisions; find out who takes over and what changes."
    if person:
        what = f"{person} joins {name}" + (f" as {title}" if title else "")
    else:
        what = f"{name} has a new {title}" if title else ""
    return what, f"a new {title or 'leader'} often reviews vendors in the first 90 days."


def _earnings(name: str, fields: Fields, role: SignalRole) -> tuple[str, str]:
    period = _text(fields.get("period"))
    revenue = _money(fields.get("revenue"), fields.get("currency"))
    what = f"{name} reported {period} results" if period else f"{name} reported results"
    what += f", revenue {revenue}" if revenue else ""
    why = "results set next quarter's budgets: growth funds projects, a miss puts savings first."
    return what if period or revenue else "", why


def _expansion(name: str, fields: Fields, role: SignalRole) -> tuple[str, str]:
    unit, place = _text(fields.get("unit")), _text(fields.get("place"))
    what = f"{name} is opening a new {unit or 'site'}" if unit or place else ""
    what += f" in {place}" if place else ""
    return what, "a new site needs people, systems and suppliers from day one."


def _layoffs(name: str, fields: Fields, role: SignalRole) -> tuple[str, str]:
    headcount = _number(fields.get("headcount"))
    share = _number(fields.get("percentage"))
    what = f"{name} is cutting {headcount} jobs" if headcount else ""
    if share:
        what = (what + f" ({share}% of staff)") if what else f"{name} is cutting {share}% of staff"
    return what, "cost cuts put efficiency first: a case for saving money lands best now."


def _partnership(name: str, fields: Fields, role: SignalRole) -> tuple[str, str]:
    partner = _text(fields.get("partner"))
    what = f"{name} announced a partnership with {partner}" if partner else ""
    return what, "a new partnership brings integration work and shifts priorities."


def _product(name: str, fields: Fields, role: SignalRole) -> tuple[str, str]:
    product = _text(fields.get("product"))
    what = f"{name} launched {product}" if product else ""
    return what, "a launch puts a team under pressure to deliver and grow adoption."


def _contract(name: str, fields: Fields, role: SignalRole) -> tuple[str, str]:
    value = _money(fields.get("value"), fields.get("currency"))
    what = f"{name} won a contract worth {value}" if value else ""
    return what, "a new contract means delivery to staff and scale up, often fast."


def _ipo(name: str, fields: Fields, role: SignalRole) -> tuple[str, str]:
    exchange = _text(fields.get("exchange"))
    amount = _money(fields.get("amount"), fields.get("currency"))
    what = f"{name} is going public on {exchange}" if exchange else ""
    what += f", raising {amount}" if exchange and amount else ""
    return what, "a listing brings fresh capital and new demands on reporting and controls."


def _event(name: str, fields: Fields, role: SignalRole) -> tuple[str, str]:
    event = _text(fields.get("event_name"))
    what = f"{name} will be at {event}" if event else ""
    return what, "a chance to meet in person; suggest a time at the event."


def _mention(name: str, fields: Fields, role: SignalRole) -> tuple[str, str]:
    return "", "a timely, specific reason to get in touch."


_STORIES: Mapping[EventType, Story] = {
    EventType.FUNDING: _funding,
    EventType.ACQUISITION: _acquisition,
    EventType.LEADERSHIP: _leadership,
    EventType.EARNINGS: _earnings,
    EventType.EXPANSION: _expansion,
    EventType.LAYOFFS: _layoffs,
    EventType.PARTNERSHIP: _partnership,
    EventType.PRODUCT: _product,
    EventType.CONTRACT: _contract,
    EventType.IPO: _ipo,
    EventType.EVENT: _event,
    EventType.MENTION: _mention,
}


def _text(value: object) -> str:
    """A field as one short line; anything but text (lists, numbers from JSON) is ""."""
    return _one_line(value, _FIELD_LENGTH) if isinstance(value, str) else ""


def _positive(value: object) -> float | None:
    """A field that is a positive, finite number; JSON from a filing may hold anything."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return float(value) if math.isfinite(value) and value > 0 else None


def _number(value: object) -> str:
    """A positive count or percentage as written plainly ("1,500", "12.5"), else ""."""
    number = _positive(value)
    return "" if number is None else f"{number:,.1f}".removesuffix(".0")


def _money(value: object, currency: object) -> str:
    """ "$40M", "€1.2B", "CHF 300K": an amount in units, short; "" when not an amount."""
    amount = _positive(value)
    if amount is None:
        return ""
    number = f"{amount:,.0f}"
    for size, suffix in _SCALES:
        if amount >= size:
            number = f"{amount / size:.1f}".removesuffix(".0") + suffix
            break
    code = currency if isinstance(currency, str) and _CURRENCY.match(currency) else ""
    symbol = _SYMBOLS.get(code)
    return f"{symbol}{number}" if symbol else f"{code} {number}".strip()


def _one_line(text: str, limit: int) -> str:
    """`text` on one line of at most `limit` characters, cut with an ellipsis."""
    visible = "".join(" " if unicodedata.category(c) == "Cc" else c for c in text)
    line = " ".join(visible.split())
    return line if len(line) <= limit else line[: limit - 1].rstrip() + "\N{HORIZONTAL ELLIPSIS}"
