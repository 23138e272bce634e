"""Field extraction per event type: who, how much, which round, which role, where.

Each extractor reads the text of the zone where the trigger fired plus the trigger's
span, and returns only the keys it found (JSON-serialisable values). Extraction never
changes *whether* an event fired; it only describes it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from intel.classify.amounts import Amount, find_amounts, nearest_amount
from intel.classify.lexicon_business import UNIT
from intel.classify.lexicon_people import ROLE
from intel.classify.names import NAME, name_after, name_before, names_list, person_near
from intel.types import EventType

Extractor = Callable[[str, int, int], dict[str, Any]]

_ROUND_RE = re.compile(
    r"\b(pre-seed|seed|series\s+[a-h]|growth|venture debt|debt|grant|bridge|angel|mezzanine)\b"
    r"(?:\s+(?:round|funding|financing|raise|extension|investment|capital|facility))?",
    re.I,
)
_INVESTORS_RE = re.compile(
    rf"\b(?:(?:co-)?led by|from|backed by|with participation from|participation from|"
    rf"investors? (?:include|including)|including)\s+({NAME}(?:(?:,\s*(?:and\s+)?|\s+and\s+)"
    rf"{NAME})*)"
)
_BACKED_RE = re.compile(rf"({NAME})-backed\b")
# Patterns without capitals in them run on ``_lowered(text)`` (same offsets): the
# case-insensitive flag makes ``re`` several times slower, and this runs for every hit.
_PASSIVE_RE = re.compile(
    r"\b(?:to be|is|was|will be|agrees? to be|being|has been)\s+(?:acquired|bought|taken over|"
    r"purchased)\s+by\s+|\bsold to\s+|\btakeover by\s+|\bbuyout by\s+|\bacquisition by\s+"
)
_OF_RE = re.compile(r"\b(?:acquisition|purchase|takeover|buyout|merger)\s+of\s+")
_ROLE_RE = re.compile(rf"\b{ROLE}\b", re.I)
_GENERIC_ROLES = frozenset({"executive", "executives", "exec", "leader", "veteran", "boss"})
_GENERIC_PRODUCT_WORDS = frozenset(
    {"AI", "ML", "VR", "AR", "XR", "EV", "EVS", "API", "APIS", "SDK", "IOT", "GPU", "CPU", "APP"}
)
_ROLE_WORDS = ("Chief", "Officer", "President", "Vice", "Director", "Senior", "Executive", "Head")
_STAFF_RE = re.compile(
    r"\b(\d[\d,]*)\s+(?:[\w-]+\s+){0,2}?(?:jobs|employees|workers|staff|staffers|people|"
    r"positions|roles)\b|\b(?:lay(?:s|ing)?\s+off|laid\s+off|cuts?|cutting|slash(?:es)?|axes|"
    r"eliminates?|sheds?)\s+(?:about\s+|some\s+|around\s+|nearly\s+|over\s+)?(\d[\d,]*)\b(?!\s?%)",
    re.I,
)
_PCT_RE = re.compile(
    r"\b(\d+(?:\.\d+)?)\s?(?:%|percent\b|pct\b|per cent\b)(?=\s+(?:of\s+)?(?:its\s+|the\s+)?"
    r"(?:\w+\s+)?(?:staff|workforce|employees|jobs|headcount|workers|positions))",
    re.I,
)
_PERIOD_RE = re.compile(
    r"\b(q[1-4]\s*(?:fy\s?)?(?:\d{4}|'\d{2})?|fy\s?\d{2,4}|fiscal\s+(?:year\s+)?\d{4}|"
    r"(?:first|second|third|fourth|1st|2nd|3rd|4th)[- ](?:quarter|qtr)(?:\s+(?:of\s+)?"
    r"(?:fiscal\s+)?\d{4})?|(?:full|half)[- ]year(?:\s+\d{4})?|h[12]\s+\d{4}|"
    r"nine\s+(?:months|mths)|six\s+(?:months|mths))"
)
_REVENUE_RE = re.compile(r"\b(?:revenues?|revs|sales|turnover)\b")
_MOVE_RE = re.compile(
    r"\b(?:up|down|rose|fell|grew|increased|decreased|jumped|climbed|dropped|declined|surged|"
    r"soared|slumped|gained|rises|falls|jumps|climbs|grows)\s+(?:by\s+)?\d+(?:\.\d+)?\s?"
    r"(?:%|percent\b|pct\b)"
)
_UNIT_RE = re.compile(rf"\b{UNIT}\b", re.I)
_PLACE_RE = re.compile(rf"\b(?:in|to|into|across|throughout|at|near|outside)\s+(?:the\s+)?({NAME})")
_EXCHANGE_RE = re.compile(
    r"\b(Nasdaq|NYSE|New York Stock Exchange|London Stock Exchange|LSE|TSX|ASX|HKEX|"
    r"Hong Kong|BSE|NSE|Euronext|STAR Market|SIX)\b",
    re.I,
)
_ABBREVIATIONS = {"ceo", "cfo", "cto", "coo", "cro", "cmo", "cio", "ciso", "cpo", "cso", "cco",
                  "chro", "cdo", "svp", "evp", "vp", "hq"}  # fmt: skip


def _money(amount: Amount | None) -> dict[str, Any]:
    if amount is None:
        return {}
    fields: dict[str, Any] = {"amount": amount.value}
    if amount.currency:
        fields["currency"] = amount.currency
    return fields


def _canonical_role(role: str) -> str:
    role = " ".join(role.split())
    role = re.sub(r"^(?:its|the)\s+", "", role, flags=re.I)
    if role.lower().rstrip("s") in _ABBREVIATIONS:
        return role.upper().rstrip("S")
    return " ".join(
        w.upper() if w.lower() in _ABBREVIATIONS else w.capitalize() for w in role.split()
    )


# Words one of which a pattern needs: ``in`` tests run in C and spare most regex scans.
_PERIOD_WORDS = ("q1", "q2", "q3", "q4", "fy", "fiscal", "quarter", "qtr", "year", "h1",
                 "h2", "months", "mths")  # fmt: skip
_REVENUE_WORDS = ("revenue", "revs", "sales", "turnover")
_PERCENT_WORDS = ("%", "percent", "pct")


def _has_any(lower: str, words: tuple[str, ...]) -> bool:
    return any(map(lower.__contains__, words))


def _lowered(text: str) -> str:
    """Lower case with the same offsets (rare letters that grow when lowered stay)."""
    lower = text.lower()
    if len(lower) == len(text):
        return lower
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


def _funding(text: str, start: int, end: int) -> dict[str, Any]:
    fields = _money(nearest_amount(text, start))
    round_match = _ROUND_RE.search(text)
    if round_match:
        name = " ".join(round_match.group(1).split())
        fields["round"] = (
            "Series " + name[-1].upper()
            if name.lower().startswith("series")
            else ("Pre-seed" if name.lower() == "pre-seed" else name.title())
        )
    investors: list[str] = []
    for match in _INVESTORS_RE.finditer(text):
        investors.extend(n for n in names_list(match.group(1)) if n not in investors)
    for match in _BACKED_RE.finditer(text):
        name = match.group(1).split()[-1] if " " in match.group(1) else match.group(1)
        if name not in investors:
            investors.append(name)
    if investors:
        fields["investors"] = investors
    return fields


def _acquisition(text: str, start: int, end: int) -> dict[str, Any]:
    fields: dict[str, Any] = {}
    lower = _lowered(text)
    passive = _PASSIVE_RE.search(lower)
    of = _OF_RE.search(lower)
    if passive:
        acquirer, target = name_after(text, passive.end()), name_before(text, passive.start())
    elif of:
        target = name_after(text, of.end())
        acquirer = name_before(text, of.start())
    else:
        acquirer, target = name_before(text, start), name_after(text, end)
    if acquirer:
        fields["acquirer"] = acquirer
    if target and target != acquirer:
        fields["target"] = target
    amounts = [a for a in find_amounts(text) if a.currency and a.value >= 1e5]
    if amounts:
        price = min(amounts, key=lambda a: abs(a.start - end))
        fields["price"] = price.value
        fields["currency"] = price.currency
    return fields


_APPOINTING = re.compile(
    r"(?:names?|named|appoints?|appointed|hires?|hired|taps?|tapped|promotes?|promoted|"
    r"elects?|elected|picks?|picked|welcomes?|recruits?|brings? (?:in|on))\b",
    re.IGNORECASE,
)


def _leadership(text: str, start: int, end: int) -> dict[str, Any]:
    fields: dict[str, Any] = {}
    roles = list(_ROLE_RE.finditer(text))
    if roles:  # the nearest specific title: "former Stripe executive … as CRO" → CRO
        role = min(
            roles,
            key=lambda m: (m.group(0).lower() in _GENERIC_ROLES, abs(m.start() - start)),
        )
        fields["title"] = _canonical_role(role.group(0))
    # "X names/appoints/hires Maya Chen as CRO": the person follows the verb, inside
    # the phrase; "Maya Chen joins X as CRO": the person is the subject, before it.
    inside = end if _APPOINTING.match(text, start) else None
    person = person_near(text, start, end=inside, exclude=_ROLE_WORDS)
    if person:
        fields["person"] = person
    return fields


def _layoffs(text: str, start: int, end: int) -> dict[str, Any]:
    fields: dict[str, Any] = {}
    staff = _STAFF_RE.search(text)
    if staff:
        number = staff.group(1) or staff.group(2)
        fields["headcount"] = int(number.replace(",", ""))
    pct = _PCT_RE.search(text)
    if pct:
        fields["percentage"] = float(pct.group(1))
    return fields


def _earnings(text: str, start: int, end: int) -> dict[str, Any]:
    fields: dict[str, Any] = {}
    lower = _lowered(text)
    period = _PERIOD_RE.search(lower) if _has_any(lower, _PERIOD_WORDS) else None
    if period:
        fields["period"] = " ".join(text[period.start(1) : period.end(1)].split())
    amounts = find_amounts(text)
    revenue = _REVENUE_RE.search(lower) if _has_any(lower, _REVENUE_WORDS) else None
    if revenue:
        after = [a for a in amounts if 0 <= a.start - revenue.end() <= 40]
        if after:
            fields["revenue"] = after[0].value
            if after[0].currency:
                fields["currency"] = after[0].currency
    figures = [a.text for a in amounts if a.currency] + [
        text[m.start() : m.end()]
        for m in (_MOVE_RE.finditer(lower) if _has_any(lower, _PERCENT_WORDS) else ())
    ]
    if figures:
        fields["figures"] = figures
    return fields


def _expansion(text: str, start: int, end: int) -> dict[str, Any]:
    fields: dict[str, Any] = {}
    unit = _UNIT_RE.search(text, max(0, start - 40))
    if unit:
        fields["unit"] = " ".join(unit.group(0).lower().split()).replace("centre", "center")
    place = _PLACE_RE.search(text, start)
    if place:
        fields["place"] = place.group(1)
    return fields


def _partnership(text: str, start: int, end: int) -> dict[str, Any]:
    partner = re.search(rf"\bwith\s+({NAME})", text[start:])
    return {"partner": partner.group(1)} if partner else {}


def _product(text: str, start: int, end: int) -> dict[str, Any]:
    product = name_after(text, end)
    if not product or product.upper() in _GENERIC_PRODUCT_WORDS:
        return {}  # "launches AI pipeline forecasting": AI is no product's name
    return {"product": product}


def _contract(text: str, start: int, end: int) -> dict[str, Any]:
    amount = nearest_amount(text, start)
    return {"value": amount.value, "currency": amount.currency} if amount else {}


def _ipo(text: str, start: int, end: int) -> dict[str, Any]:
    exchange = _EXCHANGE_RE.search(text)
    fields: dict[str, Any] = {"exchange": exchange.group(1)} if exchange else {}
    return fields | _money(nearest_amount(text, start))


EXTRACTORS: dict[EventType, Extractor] = {
    EventType.FUNDING: _funding,
    EventType.ACQUISITION: _acquisition,
    EventType.LEADERSHIP: _leadership,
    EventType.LAYOFFS: _layoffs,
    EventType.EARNINGS: _earnings,
    EventType.EXPANSION: _expansion,
    EventType.PARTNERSHIP: _partnership,
    EventType.PRODUCT: _product,
    EventType.CONTRACT: _contract,
    EventType.IPO: _ipo,
}


def extract_fields(event_type: EventType, text: str, start: int, end: int) -> dict[str, Any]:
    """Fields for one hit; the event extractor lives in the engine (it needs the match)."""
    extractor = EXTRACTORS.get(event_type)
    return extractor(text, start, end) if extractor else {}
