"""How ambiguous a name key is, and the compact records the index keeps per key."""

from __future__ import annotations

import enum
from dataclasses import dataclass

from intel.match.words import COMMON_WORDS, FIRST_NAMES


class Kind(enum.IntEnum):
    """How much a name needs before it counts (see ``intel.match.resolve``)."""

    PLAIN = 0  # distinctive: matches on its own
    PHRASE = 1  # several common words ("General Catalyst"): must be capitalised
    WORD = 2  # one common word ("Apple"): capitalised and used as a proper noun
    SHORT = 3  # three letters or fewer ("GM", "xAI"): needs a company word after it
    PERSON = 4  # a first name ("Harvey"): needs corroboration
    STRICT = 5  # marked ambiguous: needs corroboration


# A form: (account index, family, flags); family 0 is the name, i > 0 the i-th alias.
SUFFIXED = 1  # the key itself ends in a legal suffix ("acme inc")
LOWER_OK = 2  # written all lower case by the account ("bluebird bio")
Form = tuple[int, int, int]
_CONNECTORS = frozenset({"of", "for", "and", "the", "de", "du", "la", "a", "an", "on", "in", "at"})


def auto_kind(key: str) -> Kind:
    """Whether a name key is ambiguous by itself, and how."""
    toks = key.split(" ")
    if len(toks) > 1:
        if all(t in COMMON_WORDS or t in _CONNECTORS or t.isdigit() for t in toks):
            return Kind.PHRASE
        return Kind.PLAIN
    word = toks[0]
    if word in COMMON_WORDS:
        return Kind.WORD
    if len(word) <= 3:
        return Kind.SHORT
    if word in FIRST_NAMES:
        return Kind.PERSON
    return Kind.PLAIN


@dataclass(frozen=True, slots=True)
class Pattern:
    size: int  # tokens
    chars: int  # length of the padded key " acme corp "
    kind: Kind
    forms: tuple[Form, ...]
