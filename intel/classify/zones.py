"""A piece of article text prepared once for matching: a zone (title, summary or body).

Patterns run on ``lower``, a lower-cased copy with the same offsets (case-insensitive
regexes are about ten times slower in ``re``). ``keys`` holds the 2-5 letter prefixes
of its words so the engine runs only the regexes whose first word occurs; ``words``
gives the offsets where those regexes are tried; ``amounts`` the offsets of money.
"""

from __future__ import annotations

import operator
import re
from dataclasses import dataclass, field

from intel.classify.fragments import AMOUNT_KEYS, AMOUNT_LEAD_RE, DIGIT_KEY, KEY_LENGTH
from intel.classify.text import is_upper_wire

_PREFIXES = tuple(operator.itemgetter(slice(0, n)) for n in range(2, KEY_LENGTH + 1))
_WORDS = re.compile(r"[a-z][a-z0-9]*")
_DIGIT = re.compile(r"\d")
_CAPITALISED = re.compile(r"(?:^|\s)[A-Z]")


@dataclass(frozen=True, slots=True)
class Zone:
    """Immutable; built per call, so classification stays thread-safe."""

    text: str  # normalised original
    lower: str  # same length, lower-cased
    kind: int
    upper: bool  # wire-style ALL CAPS
    sentence_case: bool  # prose, not a Title Case headline
    keys: frozenset[str]  # 2-5 letter prefixes of its words, to skip triggers cheaply
    amounts: tuple[int, ...]  # offsets where a money amount starts
    words: tuple[tuple[int, str], ...]  # (offset, lower-cased word)
    # Memo of starts_of(); private to this zone (built per call), so no sharing.
    _starts: dict[str, tuple[int, ...]] = field(default_factory=dict)

    def starts_of(self, prefix: str) -> tuple[int, ...]:
        """Offsets of the words that begin with ``prefix``."""
        found = self._starts.get(prefix)
        if found is None:
            found = tuple(start for start, word in self.words if word.startswith(prefix))
            self._starts[prefix] = found
        return found


def _lower_same_length(text: str) -> str:
    lower = text.lower()
    if len(lower) == len(text):
        return lower
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


def make_zone(text: str, kind: int) -> Zone:
    lower = _lower_same_length(text)
    words = tuple((m.start(), m.group()) for m in _WORDS.finditer(lower))
    tokens = [token for _, token in words]
    keys: set[str] = set()
    for prefix in _PREFIXES:
        keys.update(map(prefix, tokens))
    amounts: tuple[int, ...] = ()
    if _DIGIT.search(text):
        keys.add(DIGIT_KEY)
        amounts = tuple(m.start() for m in AMOUNT_LEAD_RE.finditer(lower))
        if amounts:
            keys.update(AMOUNT_KEYS)
    capitalised = len(_CAPITALISED.findall(text))
    return Zone(
        text=text,
        lower=lower,
        kind=kind,
        upper=is_upper_wire(text),
        sentence_case=capitalised <= 0.5 * len(text.split()),
        keys=frozenset(keys),
        amounts=amounts,
        words=words,
    )
