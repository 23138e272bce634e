"""Finding organisation and person names next to a trigger, without an NER model.

Headlines put names in capitals and descriptors in lower case ("SoftBank to acquire
semiconductor designer Ampere"), so a name is a run of capitalised words. These
helpers are deliberately modest: they return ``None`` rather than guess when the
shape is not there, and ALL-CAPS wire text gets the whole capitalised run.
"""

from __future__ import annotations

import re

from intel.classify.text import is_upper_wire

_WORD = r"(?:[A-Z0-9][\w&'.+-]*|<[A-Z.]+>)"
_JOINER = r"(?:&|of|de|du|der|van|von|la|le|for|\+)"
NAME = rf"{_WORD}(?:\s+(?:{_JOINER}\s+)?{_WORD}){{0,5}}"
_NAME_RE = re.compile(NAME)
_SKIP_AFTER = re.compile(
    r"^\s*(?:(?:a|an|the|its|their|his|her|rival|fellow|struggling|remaining|majority|"
    r"minority|controlling|stake|in|of|all|shares|outstanding|common|stock|[a-z][\w-]*)\s+){0,5}"
)
_TAIL_BEFORE = re.compile(
    rf"({NAME})(?:'s?|s')?\s+(?:(?:has|have|is|are|was|will|would|to|agrees?|agreed|said|says|"
    rf"plans?|in|talks|nears?|deal|set|poised|reportedly|also|now|finally|officially|"
    rf"quietly|formally|has agreed|signs?|signed|definitive|agreement)\s+)*$"
)
_STOP_WORDS = {
    "The", "A", "An", "In", "On", "For", "With", "And", "To", "Of", "At", "By", "From", "As",
    "New", "Why", "How", "What", "Update", "Exclusive", "Breaking", "Report", "Reports",
}  # fmt: skip
_CORPORATE_TAIL = re.compile(r"\s+(?:Inc|Corp|Co|Ltd|LLC|PLC|plc|AG|SA|NV|GmbH)\.?$")
_TICKER = re.compile(r"\s*<[^>]*>")
_PERSON_RE = re.compile(
    r"\b[A-Z][a-z]+(?:-[A-Z][a-z]+)?(?:\s+[A-Z]\.)?(?:\s+(?:de|van|von|da|di|le|la)\b)?"
    r"\s+[A-Z][a-zA-Z'-]*[a-z][a-zA-Z'-]*(?:\s+(?:Jr|Sr|III|II)\.?)?\b"
)


def clean_name(name: str) -> str | None:
    """Trim tickers, stop words and trailing punctuation; ``None`` if nothing is left."""
    name = _TICKER.sub("", name).strip(" ,.;:-'\"")
    words = name.split()
    while words and words[0] in _STOP_WORDS:
        words.pop(0)
    while words and words[-1] in _STOP_WORDS:
        words.pop()
    name = " ".join(words).removesuffix("'s").removesuffix("'").strip(" ,.;:-'\"")
    return name or None


def name_after(text: str, position: int) -> str | None:
    """The first name after ``position``, skipping determiners and lower-case descriptors."""
    if is_upper_wire(text):
        return None  # in ALL-CAPS wire text capitals do not delimit names
    rest = text[position:]
    skip = _SKIP_AFTER.match(rest)
    offset = skip.end() if skip else 0
    match = _NAME_RE.match(rest, offset)
    if match is None:
        return None
    return clean_name(match.group(0))


def name_before(text: str, position: int) -> str | None:
    """The name that ends just before ``position`` ("SoftBank to acquire" -> "SoftBank")."""
    if is_upper_wire(text):
        return None
    head = text[max(0, position - 120) : position]
    match = _TAIL_BEFORE.search(head)
    if match is None:
        return None
    name = clean_name(match.group(1))
    if name:
        name = _CORPORATE_TAIL.sub("", name) or name
    return name


def names_list(text: str) -> list[str]:
    """Split "A, B and C" into names, keeping only capitalised items."""
    items = re.split(r",\s*(?:and\s+)?|\s+and\s+|\s*&\s+(?=[A-Z][a-z]+\s+[A-Z])", text)
    names: list[str] = []
    for item in items:
        match = _NAME_RE.match(item.strip())
        if match:
            name = clean_name(match.group(0))
            if name and name not in names:
                names.append(name)
    return names


def person_near(
    text: str, position: int, *, end: int | None = None, exclude: tuple[str, ...] = ()
) -> str | None:
    """The person-shaped name (First Last) inside the phrase that fired
    (``position``..``end``: "names Maya Chen as CRO"), else the closest to it. In
    "Globex Analytics names Maya Chen" the company is closer, but outside the phrase."""
    best: str | None = None
    best_distance = 1 << 30
    for match in _PERSON_RE.finditer(text):
        candidate = match.group(0)
        after = text[match.end() : match.end() + 2]
        if after.startswith("'s") or any(word in candidate for word in exclude):
            continue
        inside = end is not None and position <= match.start() and match.end() <= end
        distance = -1 if inside else min(abs(match.start() - position), abs(match.end() - position))
        if distance < best_distance:
            best, best_distance = candidate, distance
    return best
