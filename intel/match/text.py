"""Tokens, name keys and the small grammar the matcher reads.

Matching works on *keys*: the case-folded, accent-stripped alphanumeric tokens of a
name joined by single spaces ("ACME, Inc." -> "acme inc"). A Segment is one piece of
an article (its title or its text) tokenised once, keeping each token's span in the
original string so case and punctuation can still be read.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cached_property
from itertools import accumulate

_TOKEN = re.compile(r"[^\W_]+")

# Legal forms, as token sequences; "Holdings", "Holding" and "Group" are optional too.
LEGAL_SUFFIXES: frozenset[tuple[str, ...]] = frozenset(
    tuple(s.split())
    for s in (
        "inc",
        "incorporated",
        "corp",
        "corporation",
        "co",
        "company",
        "ltd",
        "limited",
        "llc",
        "l l c",
        "llp",
        "lp",
        "l p",
        "plc",
        "p l c",
        "gmbh",
        "ag",
        "sa",
        "s a",
        "sas",
        "s a s",
        "spa",
        "s p a",
        "nv",
        "n v",
        "bv",
        "b v",
        "ab",
        "asa",
        "oy",
        "oyj",
        "kk",
        "pty",
        "se",
        "holdings",
        "holding",
        "group",
    )
)
_MAX_SUFFIX = max(len(s) for s in LEGAL_SUFFIXES)

# A gap between two tokens that ends a sentence, or opens a quotation or a heading.
_BREAK = re.compile(r"[.!?:;|\n\u2022\u2014\u2013\"\u201c\u201d\u2018]|'\s|\s'|\s-\s")
# Words after which "X." does not end a sentence ("Acme Inc. said", "U.S. regulators").
_NOT_ENDING = frozenset({"inc", "corp", "co", "ltd", "mr", "mrs", "ms", "dr", "st", "jr", "vs"})


def fold(text: str) -> str:
    """Case-fold and strip accents ("Nestlé" -> "nestle")."""
    folded = text.casefold()
    if folded.isascii():
        return folded
    decomposed = unicodedata.normalize("NFKD", folded)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def tokens_of(text: str) -> list[str]:
    return [fold(m.group()) for m in _TOKEN.finditer(text)]


def key_of(text: str) -> str:
    """The matching key of a name, keyword or term: "ACME, Inc." -> "acme inc"."""
    return " ".join(tokens_of(text))


def suffix_length(tokens: list[str] | tuple[str, ...], start: int) -> int:
    """How many tokens from ``start`` form a legal suffix (0 if none)."""
    for size in range(min(_MAX_SUFFIX, len(tokens) - start), 0, -1):
        if tuple(tokens[start : start + size]) in LEGAL_SUFFIXES:
            return size
    return 0


def name_keys(name: str) -> list[tuple[str, bool]]:
    """Every key a name answers to, each with whether it still ends in a legal suffix.

    "The Acme Group, Inc." -> [("acme group inc", True), ("acme group", True),
    ("acme", False)]: suffixes come off one at a time, so "Group" and "Holdings" stay
    usable as part of a name.
    """
    toks = tokens_of(name)
    if len(toks) > 1 and toks[0] == "the":
        toks = toks[1:]
    keys: list[tuple[str, bool]] = []
    while toks:
        keys.append((" ".join(toks), False))
        cut = 0
        for size in range(min(_MAX_SUFFIX, len(toks) - 1), 0, -1):
            if tuple(toks[-size:]) in LEGAL_SUFFIXES:
                cut = size
                break
        if not cut:
            break
        toks = toks[:-cut]
    return [(key, i < len(keys) - 1) for i, (key, _) in enumerate(keys)]


@dataclass
class Segment:
    """One part of an article (title or text), tokenised with spans kept."""

    raw: str
    words: list[str]  # the tokens as written
    starts: list[int]
    ends: list[int]
    folded: list[str]
    padded: str  # " tok tok tok ", what the automaton reads
    offsets: dict[int, int]  # position of a token's first char in ``padded`` -> index

    @classmethod
    def of(cls, raw: str) -> Segment:
        found = _TOKEN.findall(raw)
        starts: list[int] = []
        ends: list[int] = []
        pos = 0
        for word in found:  # findall and find: faster than a Match object per token
            pos = raw.find(word, pos)
            starts.append(pos)
            pos += len(word)
            ends.append(pos)
        folded_all = fold(" ".join(found))
        folded = folded_all.split(" ") if found else []
        if len(folded) != len(found):  # folding changed the token count: fold one by one
            folded = [fold(w) or w for w in found]
            folded_all = " ".join(folded)
        offsets: dict[int, int] = {}
        if folded:  # each token's first char in the padded string, after one space
            lengths = [len(w) + 1 for w in folded[:-1]]
            offsets = dict(zip(accumulate(lengths, initial=1), range(len(folded)), strict=True))
        return cls(raw, found, starts, ends, folded, f" {folded_all} ", offsets)

    def __len__(self) -> int:
        return len(self.folded)

    def word(self, i: int) -> str:
        return self.words[i]

    def gap(self, i: int) -> str:
        """The characters between token ``i - 1`` and token ``i``."""
        return self.raw[self.ends[i - 1] : self.starts[i]] if i > 0 else ""

    def span_text(self, start: int, end: int) -> str:
        return self.raw[self.starts[start] : self.ends[end - 1]]

    def is_capitalised(self, i: int) -> bool:
        word = self.word(i)
        return not word.islower() and not word.isdigit()

    def starts_sentence(self, i: int) -> bool:
        if i == 0:
            return True
        gap = self.gap(i)
        if not _BREAK.search(gap):
            return False
        if "." in gap and not any(c in gap for c in '!?:;\n"') and i > 1:
            prev = self.folded[i - 1]
            return prev not in _NOT_ENDING and len(prev) > 1
        return True

    @cached_property
    def shouting(self) -> bool:
        """Mostly upper case (wire headlines): case says nothing here."""
        letters = [w for w in self.words if len(w) > 1 and w.isalpha()]
        return len(letters) >= 3 and sum(w.isupper() for w in letters) >= 0.8 * len(letters)

    @cached_property
    def title_case(self) -> bool:
        """Headline Title Case: a capital no longer shows a proper noun."""
        content = [w for w in self.words[1:] if len(w) >= 4 and w.isalpha()]
        if len(content) < 3:
            return False
        return sum(w[0].isupper() for w in content) >= 0.75 * len(content)

    @cached_property
    def first_sentence_end(self) -> int:
        """Index of the token that starts the second sentence (computed once: every
        candidate match asks, and a rescan per match made long texts quadratic)."""
        for i in range(1, len(self)):
            if self.starts_sentence(i):
                return i
        return len(self)
