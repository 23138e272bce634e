"""The rule engine: run each type's triggers over title, summary and body lead.

Confidence = trigger weight x zone factor (a headline says what the story is about; a
summary less so; a body lead least) x 0.75 when hedged x 0.55 for a question headline.
A trigger is vetoed by its type's guards (look-alike phrases overlapping it) and by
negation around it. Each type keeps its best hit.

The work is ordered by cost (the classifier is the pipeline's hottest step): a zone is
tokenised once (``zones``), alternatives are tried only at the offsets of their leading
words (``matcher``), and guards, negation and hedging run only on the few matches. The
rules are immutable after import; the only shared mutable state is two memos that map
an input to a fixed value (word keys, amounts), so ``classify_article`` stays pure and
thread-safe.

Patterns run on a lower-cased copy of the text (same offsets): case-insensitive regexes
are about ten times slower in ``re``. Where capitals matter (a name must follow; a
capitalised "Buy" mid-sentence is a name as in a store chain, not a verb) the engine
checks the original text at the match offsets.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from intel.classify.extract import extract_fields
from intel.classify.fragments import BODY, SUMMARY, TITLE, Rule, Trigger
from intel.classify.guards import is_guarded
from intel.classify.matcher import FINDERS, GUARDS, RULES, raw_matches
from intel.classify.negation import is_hedged, is_negated, is_question
from intel.classify.text import normalize_text
from intel.classify.zones import Zone, is_sentence_case, make_zone
from intel.types import EventHit, EventType

_NAME_FOLLOWS = re.compile(r"(?:[^\s.;:!?,]+\s+){0,4}?[A-Z0-9<]")
_ZONE_FACTOR = {TITLE: 1.0, SUMMARY: 0.85, BODY: 0.7}
HEDGE_FACTOR = 0.75
QUESTION_FACTOR = 0.55
BODY_LEAD_CHARS = 300  # the first sentence or two: where a wire story states its news


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
    if start == 0 or not zone.text[start].isupper():
        return False
    # "Buy" yes; acronyms ("CEO") no; and only in prose, not a Title Case headline.
    return zone.text[start + 1 : start + 2].islower() and is_sentence_case(zone.text)


def _best_in_zone(zone: Zone, question: bool) -> dict[int, _Candidate]:
    """Per rule, its strongest valid match (ties: the earlier trigger, then position)."""
    best: dict[int, _Candidate] = {}
    vetoed: set[int] = set()
    factor = _ZONE_FACTOR[zone.kind] * (QUESTION_FACTOR if question else 1.0)
    lower = zone.lower
    for rule_index, trigger_index, _, _, match in raw_matches(zone):
        if rule_index in vetoed:
            continue
        rule = RULES[rule_index]
        trigger = rule.triggers[trigger_index]
        ceiling = trigger.weight * factor
        current = best.get(rule_index)
        if current is not None and ceiling <= current.confidence:
            continue
        if rule.text_guards and any(guard.search(lower) for guard in rule.text_guards):
            vetoed.add(rule_index)
            continue
        start, end = match.span()
        if trigger.then_name and not _name_follows(zone, end):
            continue
        if rule.capital_is_name and not rule.cased and _capitalised_mid_sentence(zone, start):
            continue
        if is_guarded(GUARDS[rule_index], zone, start, end) or is_negated(lower, start, end):
            continue
        hedged = trigger.hedged or is_hedged(lower, start, end)
        confidence = ceiling * (HEDGE_FACTOR if hedged else 1.0)
        if current is None or confidence > current.confidence:
            best[rule_index] = _Candidate(confidence, zone.text, match, trigger, hedged)
    return best


def _zones(title: str, summary: str, body: str) -> list[Zone]:
    zones = [(normalize_text(title), TITLE)]
    if summary:
        zones.append((normalize_text(summary), SUMMARY))
    if body:
        zones.append((normalize_text(body[:BODY_LEAD_CHARS]), BODY))
    return [make_zone(text, kind, FINDERS[kind]) for text, kind in zones if text]


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
        for rule_index, found in _best_in_zone(zone, question).items():
            event_type = RULES[rule_index].type
            current = best.get(event_type)
            if current is None or found.confidence > current.confidence:
                best[event_type] = found
    _resolve(best)
    texts = [zone.text for zone in zones]
    hits = [_to_hit(rule, best[rule.type], texts) for rule in RULES if rule.type in best]
    return sorted(hits, key=lambda hit: -hit.confidence)
