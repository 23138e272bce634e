"""Guards, the look-alike phrases that veto a trigger they overlap, run cheaply.

A rule's guards are a few large alternations ("raises prices|concerns|..."). Scanning
each across the text around every trigger match was the engine's costliest step, so
each guard is split into its alternatives and, like triggers, keyed by the words it can
start with: it is tried only where such a word starts near the trigger (found with
``str.find``, in C). Alternatives
with no leading word (or starting with a number) still scan the window.
"""

from __future__ import annotations

import re

from intel.classify.fragments import (
    AMOUNT_KEYS,
    DIGIT_KEY,
    FLAGS,
    Rule,
    leading_keys,
    split_top,
)
from intel.classify.zones import Zone

GUARD_BEFORE, GUARD_AFTER = 40, 60  # the window around a trigger a guard must fall in

_Guard = tuple[re.Pattern[str], frozenset[str] | None]


def compile_guards(rule: Rule) -> tuple[_Guard, ...]:
    """The rule's guards, one compiled pattern per alternative, with their word keys."""
    compiled: list[_Guard] = []
    for guard in rule.guards:
        for branch in split_top(guard.pattern):
            keys = leading_keys(branch)
            if keys is not None and (DIGIT_KEY in keys or keys & AMOUNT_KEYS):
                keys = None  # numbers have no word offsets: scan for them
            compiled.append((re.compile(branch, FLAGS), None if keys is None else frozenset(keys)))
    return tuple(compiled)


def is_guarded(guards: tuple[_Guard, ...], zone: Zone, start: int, end: int) -> bool:
    """True when a guard match overlaps ``[start, end)`` within the trigger's window."""
    lower = zone.lower
    offset = max(0, start - GUARD_BEFORE)
    stop = end + GUARD_AFTER
    window: str | None = None
    for pattern, keys in guards:
        if keys is None:
            if window is None:
                window = lower[offset:stop]
            for scanned in pattern.finditer(window):
                if scanned.start() + offset < end and scanned.end() + offset > start:
                    return True
            continue
        if keys.isdisjoint(zone.keys):
            continue  # none of its leading words occurs in the zone
        for key in keys & zone.keys:  # where such a word begins before ``end``
            position = lower.find(key, offset, end + len(key))
            while position >= 0:
                if position == 0 or not lower[position - 1].isalnum():
                    found = pattern.match(lower, position, stop)
                    if found is not None and found.end() > start:
                        return True
                position = lower.find(key, position + 1, end + len(key))
    return False
