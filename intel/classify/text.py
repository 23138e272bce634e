"""Text clean-up before matching: one spelling of quotes, spaces and contractions.

News arrives with curly quotes, non-breaking spaces and, from tokenised corpora and
some wire services, detached punctuation ("AT & T ' s", "is n't", "rose 4 %"). The
lexicon is written for ordinary prose, so normalising here keeps every pattern simple
instead of teaching each one about every spelling.
"""

from __future__ import annotations

import re

_TRANSLATE = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u2013": "-",
        "\u2014": " - ",
        "\u00a0": " ",
        "\u2009": " ",
        "\u202f": " ",
        "`": "'",
        "\n": " ",
        "\r": " ",
        "\t": " ",
    }
)
# Detached tokens from tokenised text: "Amazon ' s", "is n't", "4 %", "$ 48", "U.S ."
_DETACHED = re.compile(r" (?='s\b|'re\b|'ve\b|'ll\b|'d\b|n't\b|%|,|\.(?:\s|$)|;|:)|(?<=[$€£¥₹]) ")
_APOS_S = re.compile(r" ' (?=(?:s|re|ve|ll|d)\b)")
_DETACHED_MARKS = (" '", " n't", " %", " ,", " .", " ;", " :", "$ ", "€ ", "£ ", "¥ ", "₹ ")
_ASCII_MAPPED = "`\n\r\t"
_SPACES = re.compile(r"\s{2,}")
_UPPER_ASCII = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ"
_LOWER_ASCII = _UPPER_ASCII.lower()


def normalize_text(text: str) -> str:
    """Return ``text`` with uniform quotes, dashes and spacing (no case change)."""
    if not text:
        return ""
    if not text.isascii() or any(char in text for char in _ASCII_MAPPED):
        text = text.translate(_TRANSLATE)  # costly per character; most text needs none
    if " '" in text:
        text = _APOS_S.sub("'", text)
    if any(map(text.__contains__, _DETACHED_MARKS)):  # C-level substring tests
        text = _DETACHED.sub("", text)
    if "  " in text:
        text = _SPACES.sub(" ", text)
    return text.strip()


def is_upper_wire(text: str) -> bool:
    """True for wire-style ALL-CAPS headlines, where capitals say nothing about names."""
    head = text[:120].encode("ascii", "ignore")  # bytes.translate counts in C, fast
    upper = len(head) - len(head.translate(None, _UPPER_ASCII))
    lower = len(head) - len(head.translate(None, _LOWER_ASCII))
    return upper + lower >= 8 and upper > 4 * lower
