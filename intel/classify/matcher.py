"""The rule set compiled for speed: which alternatives to try where, and trying them.

Every trigger alternative is indexed, per zone kind, under the word keys it can start
with; a zone lists where those keys' words start. ``raw_matches`` then only runs
``pattern.match`` at those offsets (C-level), which keeps the Python work per article
proportional to the few candidate words instead of to the size of the lexicon.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from operator import itemgetter

from intel.classify.fragments import BODY, SUMMARY, TITLE, Rule
from intel.classify.guards import compile_guards
from intel.classify.lexicon_acquisition import ACQUISITION
from intel.classify.lexicon_business import CONTRACT, EXPANSION, PARTNERSHIP
from intel.classify.lexicon_earnings import EARNINGS
from intel.classify.lexicon_funding import FUNDING, IPO
from intel.classify.lexicon_people import LAYOFFS, LEADERSHIP
from intel.classify.lexicon_product import EVENT, PRODUCT
from intel.classify.zones import KeyFinder, Zone

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

_Match = Callable[[str, int], "re.Match[str] | None"]
# (pattern.match, (rule, trigger, alternative), special, cased, needs); "special" marks
# the rare entries that need the cased or needs checks, so most skip them.
_Entry = tuple[_Match, tuple[int, int, int], bool, bool, frozenset[str] | None]
_Index = dict[str, tuple[_Entry, ...]]
# (rule, trigger, alternative, start, match): sorted, the first valid one per rule wins ties
Raw = tuple[int, int, int, int, re.Match[str]]
_ORDER = itemgetter(0, 1, 2, 3)


def _build_index() -> tuple[dict[int, _Index], dict[int, tuple[_Entry, ...]]]:
    """Per zone kind, an inverted index: word key -> the alternatives it may start;
    and the ungated alternatives (no leading word), tried by scanning the whole zone."""
    index: dict[int, dict[str, list[_Entry]]] = {kind: {} for kind in (TITLE, SUMMARY, BODY)}
    ungated: dict[int, list[_Entry]] = {kind: [] for kind in index}
    for rule_index, rule in enumerate(RULES):
        for trigger_index, trigger in enumerate(rule.triggers):
            for alternative_index, (pattern, keys) in enumerate(trigger.alternatives):
                special = rule.cased or trigger.needs is not None
                entry = (
                    pattern.match,
                    (rule_index, trigger_index, alternative_index),
                    special,
                    rule.cased,
                    trigger.needs,
                )
                for kind in index:
                    if not trigger.zones & kind:
                        continue
                    if keys is None or trigger.needs is not None:
                        # No leading word, or one too common to index ("and X merge"):
                        # scan the zone, and only when a needed word is present.
                        ungated[kind].append(entry)
                        continue
                    for key in keys:
                        index[kind].setdefault(key, []).append(entry)
    return (
        {kind: {key: tuple(e) for key, e in keyed.items()} for kind, keyed in index.items()},
        {kind: tuple(entries) for kind, entries in ungated.items()},
    )


_KEY_INDEX, _UNGATED = _build_index()
GUARDS = tuple(compile_guards(rule) for rule in RULES)
_PRESENCE = frozenset(
    {key for rule in RULES for trigger in rule.triggers for key in trigger.needs or ()}
    | {key for guards in GUARDS for _, keys in guards for key in keys or ()}
)
# One finder per zone kind: a word only some body-lead trigger starts ("said") costs
# nothing in titles.
FINDERS = {kind: KeyFinder(frozenset(keyed), _PRESENCE) for kind, keyed in _KEY_INDEX.items()}


def _skip(zone: Zone, cased: bool, needs: frozenset[str] | None) -> bool:
    # Capitals carry no name signal in wire-style text; "needs" words must be present.
    return (cased and zone.upper) or (needs is not None and needs.isdisjoint(zone.keys))


def raw_matches(zone: Zone) -> list[Raw]:
    """Every alternative matched where one of its leading words starts, in rule order.

    This is the hot loop: a dictionary lookup per key present and a C-level
    ``pattern.match`` per word offset; everything costlier runs only on matches.
    """
    found: list[Raw] = []
    index = _KEY_INDEX[zone.kind]
    text, lower = zone.text, zone.lower
    for key, positions in zone.starts.items():
        entries = index.get(key)
        if entries is None:
            continue
        for match_at, order, special, cased, needs in entries:
            source = lower
            if special:
                if _skip(zone, cased, needs):
                    continue
                source = text if cased else lower
            for position in positions:
                match = match_at(source, position)
                if match is not None:
                    found.append((*order, position, match))
    for _, order, _, cased, needs in _UNGATED[zone.kind]:
        if _skip(zone, cased, needs):
            continue
        pattern = RULES[order[0]].triggers[order[1]].alternatives[order[2]][0]
        for match in pattern.finditer(text if cased else lower):
            found.append((*order, match.start(), match))
    if len(found) > 1:
        found.sort(key=_ORDER)
    return found
