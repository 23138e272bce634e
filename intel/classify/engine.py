"""The rule engine: run each type's triggers over title, summary and body lead.

Confidence = trigger weight x zone factor (a headline says what the story is about; a
summary less so; a body lead least) x 0.75 when hedged x 0.55 for a question headline.
A trigger is vetoed by its type's guards (look-alike phrases overlapping it) and by
negation around it. Each type keeps its best hit. Everything here is immutable after
import, so ``classify_article`` is pure and thread-safe.

Patterns run on a lower-cased copy of the text (same offsets): case-insensitive regexes
are about ten times slower in ``re``. Where capitals matter (a name must follow; a
capitalised "Buy" mid-sentence is a name as in a store chain, not a verb) the engine
checks the original text at the match offsets.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from intel.classify.extract import extract_fields
from intel.classify.fragments import AMOUNT_KEYS, BODY, SUMMARY, TITLE, Rule, Trigger
from intel.classify.lexicon_acquisition import ACQUISITION
from intel.classify.lexicon_business import CONTRACT, EXPANSION, PARTNERSHIP
from intel.classify.lexicon_earnings import EARNINGS
from intel.classify.lexicon_funding import FUNDING, IPO
from intel.classify.lexicon_people import LAYOFFS, LEADERSHIP
from intel.classify.lexicon_product import EVENT, PRODUCT
from intel.classify.negation import is_hedged, is_negated, is_question
from intel.classify.text import normalize_text
from intel.classify.zones import Zone, make_zone
from intel.types import EventHit, EventType

RULES: tuple[Rule, ...] = (
    FUNDING,
    ACQUISITION,
    IPO,
    EARNINGS,
    LEADERSHIP,
    LAYOFFS,
    EXPANSION,
    PARTNERSHIP,
    PRODUCT,
    CONTRACT,
    EVENT,
)


_Entry = tuple[int, tuple[int, int]]  # (rule, (trigger, alternative))


def _build_index() -> tuple[dict[str, tuple[_Entry, ...]], tuple[_Entry, ...]]:
    """Inverted index: word key -> the alternatives it may start; and the ungated ones."""
    index: dict[str, list[_Entry]] = {}
    ungated: list[_Entry] = []
    for rule_index, rule in enumerate(RULES):
        for trigger_index, trigger in enumerate(rule.triggers):
            for alternative_index, (_, keys) in enumerate(trigger.alternatives):
                entry = (rule_index, (trigger_index, alternative_index))
                if keys is None:
                    ungated.append(entry)
                for key in keys or ():
                    index.setdefault(key, []).append(entry)
    return {key: tuple(entries) for key, entries in index.items()}, tuple(ungated)


_KEY_INDEX, _UNGATED = _build_index()
_NAME_FOLLOWS = re.compile(r"(?:[^\s.;:!?,]+\s+){0,4}?[A-Z0-9<]")
_ZONE_FACTOR = {TITLE: 1.0, SUMMARY: 0.85, BODY: 0.7}
HEDGE_FACTOR = 0.75
QUESTION_FACTOR = 0.55
BODY_LEAD_CHARS = 300  # the first sentence or two: where a wire story states its news
_GUARD_BEFORE, _GUARD_AFTER = 40, 60


@dataclass(frozen=True, slots=True)
class _Candidate:
    confidence: float
    text: str
    match: re.Match[str]
    trigger: Trigger
    hedged: bool


def _name_follows(zone: Zone, end: int) -> bool:
    return zone.upper or _NAME_FOLLOWS.match(zone.text, end) is not None


def _capitalised_mid_sentence(zone: Zone, start: int) -> bool:
    """In prose, a trigger word written with a capital is part of a name ("Best Buy")."""
    if not zone.sentence_case or start == 0 or not zone.text[start].isupper():
        return False
    return zone.text[start + 1 : start + 2].islower()  # "Buy" yes; acronyms ("CEO") no


def _guarded(rule: Rule, text: str, start: int, end: int) -> bool:
    offset = max(0, start - _GUARD_BEFORE)
    window = text[offset : end + _GUARD_AFTER]
    for guard in rule.guards:
        for found in guard.finditer(window):
            if found.start() + offset < end and found.end() + offset > start:
                return True
    return False


def _candidates(zone: Zone) -> dict[int, set[tuple[int, int]]]:
    """Per rule, the (trigger, alternative) pairs whose leading words occur in the zone."""
    found: dict[int, set[tuple[int, int]]] = {}
    for key in zone.keys:
        for rule_index, pair in _KEY_INDEX.get(key, ()):
            found.setdefault(rule_index, set()).add(pair)
    for rule_index, pair in _UNGATED:
        found.setdefault(rule_index, set()).add(pair)
    return found


def _best_in_zone(
    rule: Rule, zone: Zone, question: bool, pairs: set[tuple[int, int]]
) -> _Candidate | None:
    best: _Candidate | None = None
    factor = _ZONE_FACTOR[zone.kind] * (QUESTION_FACTOR if question else 1.0)
    if any(guard.search(zone.lower) for guard in rule.text_guards):
        return None
    for trigger_index, alternative_index in sorted(pairs):
        trigger = rule.triggers[trigger_index]
        if not trigger.zones & zone.kind:
            continue
        ceiling = trigger.weight * factor
        if best is not None and ceiling <= best.confidence:
            continue
        pattern, keys = trigger.alternatives[alternative_index]
        found = _best_match(rule, trigger, pattern, keys, zone, ceiling)
        if found is not None and (best is None or found.confidence > best.confidence):
            best = found
    return best


def _best_match(
    rule: Rule,
    trigger: Trigger,
    pattern: re.Pattern[str],
    keys: frozenset[str] | None,
    zone: Zone,
    ceiling: float,
) -> _Candidate | None:
    best: _Candidate | None = None
    text, lower = zone.text, zone.lower
    matches: Iterable[re.Match[str] | None]
    if keys is AMOUNT_KEYS:
        matches = (pattern.match(lower, position) for position in zone.amounts)
    elif keys is not None:
        # The alternative starts with one of these words: try it only where they start.
        prefixes = keys & zone.keys
        if len(prefixes) == 1:
            starts: Iterable[int] = zone.starts_of(next(iter(prefixes)))
        else:
            starts = sorted({start for prefix in prefixes for start in zone.starts_of(prefix)})
        source = text if rule.cased else lower
        matches = (pattern.match(source, position) for position in starts)
    else:
        matches = pattern.finditer(text if rule.cased else lower)
    for match in matches:
        if match is None:
            continue
        start, end = match.span()
        if trigger.then_name and not _name_follows(zone, end):
            continue
        if rule.capital_is_name and not rule.cased and _capitalised_mid_sentence(zone, start):
            continue
        if _guarded(rule, lower, start, end) or is_negated(lower, start, end):
            continue
        hedged = trigger.hedged or is_hedged(lower, start, end)
        confidence = ceiling * (HEDGE_FACTOR if hedged else 1.0)
        if best is None or confidence > best.confidence:
            best = _Candidate(confidence, text, match, trigger, hedged)
        if not hedged:
            break
    return best


def _zones(title: str, summary: str, body: str) -> list[Zone]:
    zones = [(normalize_text(title), TITLE)]
    if summary:
        zones.append((normalize_text(summary), SUMMARY))
    if body:
        zones.append((normalize_text(body[:BODY_LEAD_CHARS]), BODY))
    return [make_zone(text, kind) for text, kind in zones if text]


def _to_hit(rule: Rule, found: _Candidate, texts: list[str]) -> EventHit:
    start, end = found.match.span()
    fields: dict[str, Any] = dict(found.trigger.fields)
    if rule.type is EventType.EVENT and found.match.group("event"):
        fields["event_name"] = found.text[found.match.start("event") : found.match.end("event")]
    fields.update(extract_fields(rule.type, found.text, start, end))
    for other in texts:  # fill keys the firing zone lacked from the other zones
        if other is not found.text:
            for key, value in extract_fields(rule.type, other, 0, 0).items():
                fields.setdefault(key, value)
    phrase = found.text[start:end]
    if phrase[-1:].isspace() or found.text[end : end + 1].isalnum():  # finish the last word
        tail = re.match(r"\s*[\w$€£.,&'-]+", found.text[end:])
        phrase += tail.group(0) if tail else ""
    explanation = " ".join(phrase.split())[:120]
    return EventHit(
        type=rule.type,
        confidence=round(min(found.confidence, 0.99), 3),
        explanation=explanation,
        fields=fields,
        hedged=found.hedged,
    )


def _resolve(best: dict[EventType, _Candidate]) -> None:
    """Drop hits that another, stronger reading of the same phrase explains better."""
    acquisition = best.get(EventType.ACQUISITION)
    if acquisition and acquisition.confidence >= 0.8:
        for weaker in (EventType.PARTNERSHIP, EventType.CONTRACT):
            other = best.get(weaker)
            if other and other.confidence < 0.8:
                del best[weaker]
    ipo = best.get(EventType.IPO)
    funding = best.get(EventType.FUNDING)
    if ipo and funding and funding.confidence <= ipo.confidence:
        del best[EventType.FUNDING]


def classify_article(title: str, summary: str = "", body: str = "") -> list[EventHit]:
    """Trigger events in an article, at most one hit per type, best first."""
    zones = _zones(title, summary, body)
    best: dict[EventType, _Candidate] = {}
    for zone in zones:
        question = zone.kind == TITLE and is_question(zone.text)
        for rule_index, pairs in sorted(_candidates(zone).items()):
            rule = RULES[rule_index]
            if zone.upper and rule.cased:
                continue  # capitals carry no name signal in wire-style text
            found = _best_in_zone(rule, zone, question, pairs)
            current = best.get(rule.type)
            if found and (current is None or found.confidence > current.confidence):
                best[rule.type] = found
    _resolve(best)
    texts = [zone.text for zone in zones]
    hits = [_to_hit(rule, best[rule.type], texts) for rule in RULES if rule.type in best]
    return sorted(hits, key=lambda hit: -hit.confidence)
