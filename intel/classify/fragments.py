"""Building blocks shared by the lexicons: the Trigger/Rule shapes and common phrases.

A *Trigger* is one way news phrases an event ("raises $48M", "names X as CEO"), with
the confidence it deserves in a headline. A *Rule* gathers a type's triggers and the
*guards* that veto a trigger when the words around it show a classic false positive
("raises concerns", "launches probe"). Each trigger alternative carries *keys*, the
prefixes of the words it can start with, so the engine runs only the regexes whose
first word occurs in the text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from intel.types import EventType

FLAGS = 0  # patterns run on lower-cased text: IGNORECASE makes re ~10x slower

# Money: "$48 million", "US$ 300m", "€30M", "Rs 500 crore", "48 million dollars", "50 MLN DLRS".
CURRENCY_SYMBOL = r"(?:us\$|c\$|a\$|hk\$|s\$|nz\$|r\$|\$|€|£|¥|₹|rs\.?|inr|usd|eur|gbp|jpy|cny|rmb)"
MULTIPLIER = r"(?:trillion|billion|million|thousand|crore|lakh|bn|mn|mln|tn|[bmk])"
CURRENCY_WORD = r"(?:dollars|dlrs|dlr|euros?|pounds|sterling|stg|yen|yuan|renminbi|rupees|crowns)"
AMOUNT = (
    rf"(?:{CURRENCY_SYMBOL}\s?\d[\d,]*(?:\.\d+)?(?:\s?{MULTIPLIER})?\b(?:\s?{CURRENCY_WORD})?"
    rf"|\b\d[\d,]*(?:\.\d+)?\s?(?:{MULTIPLIER})\b(?:\s?{CURRENCY_WORD})?"
    rf"|\b\d[\d,]*(?:\.\d+)?\s?{CURRENCY_WORD}\b)"
)
# The same, written to start with a symbol or a digit: as the first element of a pattern it
# lets ``re`` skip to candidate characters instead of trying every position.
AMOUNT_LEAD = (
    rf"(?:[$€£¥₹]\s?\d[\d,]*(?:\.\d+)?(?:\s?{MULTIPLIER})?\b(?:\s?{CURRENCY_WORD})?"
    rf"|(?<![\w.])\d[\d,]*(?:\.\d+)?\s?(?:{MULTIPLIER}\b(?:\s?{CURRENCY_WORD})?|{CURRENCY_WORD}\b))"
)
PERCENT = r"\d+(?:\.\d+)?\s?(?:%|pct\b|percent\b|per cent\b)"
# Up to three filler words, e.g. determiners and descriptors before an object.
FILLER3 = r"(?:[\w$€£.,%'-]+\s+){0,3}?"
MONTHS = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)"
)

# Zones a trigger may fire in.
TITLE = 1
SUMMARY = 2
BODY = 4
ANY_ZONE = TITLE | SUMMARY | BODY
LEAD = TITLE | SUMMARY


@dataclass(frozen=True, slots=True)
class Trigger:
    """One phrasing of an event; ``weight`` is its confidence in a plain headline.

    ``alternatives`` are compiled separately, each with the word prefixes (``keys``)
    one of which must occur for it to match (None = always try): a set test is ~50x
    cheaper than running a regex, and most headlines contain none of a trigger's verbs.
    """

    alternatives: tuple[tuple[re.Pattern[str], frozenset[str] | None], ...]
    weight: float
    zones: int = LEAD  # body text is read only by triggers written for it
    hedged: bool = False  # the phrase itself is a rumour/talks form ("exploring a sale")
    fields: tuple[tuple[str, Any], ...] = ()  # fixed fields to add, e.g. (("kind", "dividend"),)
    # A capitalised word (a name) must follow within a few words, checked on the original
    # text since patterns run lower-cased: "acquires Loci" yes, "acquires new customers" no.
    then_name: bool = False
    # Keys of which one must occur somewhere in the zone, for alternatives that start
    # with a common word ("and X to merge" needs "merge"): skips most of their tries.
    needs: frozenset[str] | None = None


@dataclass(frozen=True, slots=True)
class Rule:
    """All the triggers of one event type, with the guards that veto them."""

    type: EventType
    triggers: tuple[Trigger, ...]
    guards: tuple[re.Pattern[str], ...] = field(default_factory=tuple)
    # Guards searched in the whole text (e.g. ticket promotions for events).
    text_guards: tuple[re.Pattern[str], ...] = field(default_factory=tuple)
    cased: bool = False  # patterns need the original capitals (event names)
    # In prose a trigger verb written with a capital mid-sentence is a name ("Best Buy",
    # "Capital Partners"); rules whose triggers are table labels ("Shr", "Net") opt out.
    capital_is_name: bool = True


def rx(*alternatives: str) -> re.Pattern[str]:
    """Compile alternatives (written for prose, case-insensitive) into one pattern."""
    return re.compile("|".join(f"(?:{a})" for a in alternatives), FLAGS)


def _group_end(source: str, start: int) -> int:
    """Index just past the group opening at ``source[start]`` ("(")."""
    depth, i = 0, start
    while i < len(source):
        char = source[i]
        if char == "\\":
            i += 2
            continue
        if char == "[":
            i = source.index("]", i + 1) + 1
            continue
        depth += char == "("
        depth -= char == ")"
        i += 1
        if depth == 0:
            return i
    raise ValueError(source)


def split_top(source: str) -> list[str]:
    parts, depth, current, i = [], 0, [], 0
    while i < len(source):
        char = source[i]
        if char == "\\":
            current.append(source[i : i + 2])
            i += 2
            continue
        if char == "[":
            end = source.index("]", i + 1) + 1
            current.append(source[i:end])
            i = end
            continue
        depth += char == "("
        depth -= char == ")"
        if char == "|" and depth == 0:
            parts.append("".join(current))
            current = []
        else:
            current.append(char)
        i += 1
    parts.append("".join(current))
    return parts


DIGIT_KEY = "0"
# Alternatives that start with an amount are tried only where an amount starts (the engine
# finds amounts once per text) instead of at every position.
AMOUNT_KEYS: frozenset[str] = frozenset({"$amount"})
AMOUNT_LEAD_RE = re.compile(AMOUNT_LEAD)
KEY_LENGTH = 7  # longest word prefix used as a key ("acquire" is not "acquisition")


def _lookbehinds_only(source: str) -> bool:
    """A leading group of alternative lookbehinds ("(?:(?<=is )|(?<=to be ))"): zero-width."""
    if not source.startswith("(?:"):
        return False
    branches = split_top(source[3 : _group_end(source, 0) - 1])
    return all(b.startswith("(?<") and _group_end(b, 0) == len(b) for b in branches)


def leading_keys(source: str) -> set[str] | None:
    """Prefixes (2-7 letters) of the words a regex alternative must start with, or None.

    ``DIGIT_KEY`` stands for "starts with a number" (tried where numbers start). An alternative
    written with a top-level ``|`` ("tender offer|bidding war") gets every branch's keys.
    """
    branches = split_top(source)
    if len(branches) > 1:
        union: set[str] = set()
        for branch in branches:
            found = leading_keys(branch)
            if found is None:
                return None
            union |= found
        return union
    while source.startswith(("\\b", "(?<", "^")) or _lookbehinds_only(source):
        if source.startswith(("(?<", "(?:")):
            source = source[_group_end(source, 0) :]
        else:
            source = source[1:] if source.startswith("^") else source[2:]
    if source.startswith((AMOUNT, AMOUNT_LEAD, "\\d", "[0-9", "[1-")) or source[:1].isdigit():
        return {DIGIT_KEY}
    if source.startswith("(?:"):
        end = _group_end(source, 0)
        if source[end : end + 1] in {"?", "*", "{"}:
            return None
        keys: set[str] = set()
        for branch in split_top(source[3 : end - 1]):
            found = leading_keys(branch)
            if found is None:
                return None
            keys |= found
        return keys
    letters = ""
    for i, char in enumerate(source):
        if not ("a" <= char <= "z" or (letters and "0" <= char <= "9")):
            break
        if source[i + 1 : i + 2] in {"?", "*", "{"}:
            break
        letters += char
    return {letters[:KEY_LENGTH]} if len(letters) >= 2 else None


def compile_alternative(source: str) -> tuple[re.Pattern[str], frozenset[str] | None]:
    """The compiled alternative and its keys; ``AMOUNT_KEYS`` when it starts with an amount."""
    if source.startswith(AMOUNT_LEAD):
        return re.compile(source, FLAGS), AMOUNT_KEYS
    keys = leading_keys(source)
    return re.compile(source, FLAGS), None if keys is None else frozenset(keys)


def trig(
    weight: float,
    *alternatives: str,
    zones: int = LEAD,
    hedged: bool = False,
    fields: tuple[tuple[str, Any], ...] = (),
    then_name: bool = False,
    keys: frozenset[str] | None = None,
    needs: tuple[str, ...] = (),
) -> Trigger:
    """A trigger; ``keys`` overrides the derived word keys (for cased patterns)."""
    compiled = tuple(
        (re.compile(source, FLAGS), keys) if keys else compile_alternative(source)
        for source in alternatives
    )
    return Trigger(
        compiled, weight, zones, hedged, fields, then_name, frozenset(needs) if needs else None
    )
