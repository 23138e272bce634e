"""A piece of article text prepared once for matching: a zone (title, summary or body).

Patterns run on ``lower``, a lower-cased copy with the same offsets (case-insensitive
regexes are about ten times slower in ``re``). ``keys`` holds the trigger keys (2-7
letter word prefixes) that occur, so the engine runs only the regexes whose first word
is present; ``starts`` gives the offsets where each key's words start, where those
regexes are tried; ``amounts`` the offsets of money.

Which keys a word carries is looked up in a bounded per-process memo: news vocabulary
repeats, so after warm-up a zone costs one dictionary lookup per word instead of four
slices and set insertions. The memo only ever maps a word to the same value, so
concurrent callers can share it safely (a race at worst computes a value twice).
"""

from __future__ import annotations

import re
from typing import NamedTuple

from intel.classify.fragments import AMOUNT_KEYS, AMOUNT_LEAD_RE, DIGIT_KEY, KEY_LENGTH
from intel.classify.text import is_upper_wire

_WORDS = re.compile(r"[a-z][a-z0-9]*")
_DIGIT = re.compile(r"\d")
_NUMBER_START = re.compile(r"(?<![a-z0-9])\d")  # where a number starts, as words do
_SYMBOL = re.compile(r"[$€£¥₹]")
_CAPITALISED = re.compile(r"(?:^|\s)[A-Z]")
_MEMO_LIMIT = 200_000  # words remembered; past it new words are computed each time


class Zone(NamedTuple):
    """Immutable; built per call, so classification stays thread-safe. A named tuple,
    not a frozen dataclass: it is built for every zone and its constructor is ~5x faster.
    """

    text: str  # normalised original
    lower: str  # same length, lower-cased
    kind: int
    upper: bool  # wire-style ALL CAPS
    keys: frozenset[str]  # keys present (triggers, guards, needs), to skip work cheaply
    amounts: tuple[int, ...]  # offsets where a money amount starts
    starts: dict[str, list[int]]  # key -> offsets of the words beginning with it

    def starts_of(self, prefix: str) -> list[int]:
        """Offsets of the words that begin with ``prefix`` (a trigger key)."""
        return self.starts.get(prefix, [])


_Keys = tuple[tuple[str, ...], tuple[str, ...]]  # (trigger keys, presence-only keys)
_NO_WORD_KEYS: _Keys = ((), ())


class KeyFinder:
    """Maps the words of a text to the keys they start with (memoised).

    Trigger keys get the offsets of their words (where triggers are tried); other keys
    (guards, a trigger's ``needs``) are only noted as present, which is cheaper.
    """

    def __init__(self, positional: frozenset[str], presence: frozenset[str]) -> None:
        self._positional = positional
        self._presence = presence - positional
        self._memo: dict[str, _Keys] = {}  # word -> its keys (often none)
        self._relevant: set[str] = set()  # the memoised words that have keys

    def _keys_of(self, word: str) -> _Keys:
        prefixes = [word[:n] for n in range(2, min(len(word), KEY_LENGTH) + 1)]
        found = (
            tuple(p for p in prefixes if p in self._positional),
            tuple(p for p in prefixes if p in self._presence),
        )
        if len(self._memo) < _MEMO_LIMIT:
            if found[0] or found[1]:
                self._relevant.add(word)  # before the memo: see ``starts``
            self._memo[word] = found if found[0] or found[1] else _NO_WORD_KEYS
        return found

    def starts(self, lower: str) -> tuple[dict[str, list[int]], set[str]]:
        """Trigger key -> offsets of the words starting with it; and every key present.

        Set operations in C pick the few words with keys. Order matters for threads:
        a word missing from the memo is computed here; one present in the memo was
        added to ``_relevant`` first, so the intersection taken after sees it.
        """
        memo = self._memo
        words = set(_WORDS.findall(lower))
        new = words.difference(memo)
        relevant = words.intersection(self._relevant)
        if new:
            relevant.update(word for word in new if any(self._keys_of(word)))
        starts: dict[str, list[int]] = {}
        present: set[str] = set()
        for word in relevant:
            positional, others = memo.get(word) or self._keys_of(word)
            if others:
                present.update(others)
            if not positional:
                continue
            offsets = _word_offsets(lower, word)
            for key in positional:
                found = starts.get(key)
                if found is None:
                    starts[key] = offsets
                else:
                    starts[key] = sorted(found + offsets)
        present.update(starts)
        return starts, present


def _word_offsets(lower: str, word: str) -> list[int]:
    """Where ``word`` occurs as a whole token (as ``_WORDS`` splits the text)."""
    offsets: list[int] = []
    size = len(word)
    index = lower.find(word)
    while index >= 0:
        before = lower[index - 1] if index else " "
        after = lower[index + size : index + size + 1]
        if not ("a" <= before <= "z" or "0" <= before <= "9") and not (
            after and ("a" <= after <= "z" or "0" <= after <= "9")
        ):
            offsets.append(index)
        index = lower.find(word, index + size)
    return offsets


def _lower_same_length(text: str) -> str:
    lower = text.lower()
    if len(lower) == len(text):
        return lower
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


def _amount_starts(lower: str, numbers: list[int]) -> tuple[int, ...]:
    """Where money amounts start: what ``AMOUNT_LEAD_RE.finditer`` reports, but tried
    only at currency symbols and number starts (an amount begins with one of them)."""
    candidates = numbers
    if not lower.isascii():
        symbols = [m.start() for m in _SYMBOL.finditer(lower)]
        if symbols:
            candidates = sorted(numbers + symbols)
    elif "$" in lower:
        candidates = sorted(numbers + [m.start() for m in _SYMBOL.finditer(lower)])
    found: list[int] = []
    last_end = 0
    for position in candidates:
        if position < last_end:
            continue  # inside the previous amount, as finditer would skip it
        match = AMOUNT_LEAD_RE.match(lower, position)
        if match is not None:
            found.append(position)
            last_end = match.end()
    return tuple(found)


def is_sentence_case(text: str) -> bool:
    """Prose, not a Title Case headline: at most half the words are capitalised."""
    return len(_CAPITALISED.findall(text)) <= 0.5 * len(text.split())


def make_zone(text: str, kind: int, finder: KeyFinder) -> Zone:
    lower = _lower_same_length(text)
    starts, keys = finder.starts(lower)
    amounts: tuple[int, ...] = ()
    if _DIGIT.search(text):
        keys.add(DIGIT_KEY)
        numbers = [m.start() for m in _NUMBER_START.finditer(lower)]
        starts[DIGIT_KEY] = numbers
        amounts = _amount_starts(lower, numbers)
        if amounts:
            keys.update(AMOUNT_KEYS)
            starts[next(iter(AMOUNT_KEYS))] = list(amounts)
    return Zone(
        text=text,
        lower=lower,
        kind=kind,
        upper=is_upper_wire(text),
        keys=frozenset(keys),
        amounts=amounts,
        starts=starts,
    )
