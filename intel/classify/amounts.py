"""Money amounts as news writes them: "$48 million", "€30M", "Rs 500 crore", "50 MLN DLRS".

``find_amounts`` returns every amount with its value in units and ISO currency, so
extractors can pick the one next to the trigger. An amount without any currency mark
("48 million") is returned with currency ``None``; callers decide whether it counts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

_MULTIPLIERS = {
    "trillion": 1e12,
    "tn": 1e12,
    "billion": 1e9,
    "bn": 1e9,
    "b": 1e9,
    "million": 1e6,
    "mn": 1e6,
    "mln": 1e6,
    "m": 1e6,
    "thousand": 1e3,
    "k": 1e3,
    "crore": 1e7,
    "lakh": 1e5,
}
_SYMBOLS = {
    "us$": "USD",
    "$": "USD",
    "c$": "CAD",
    "a$": "AUD",
    "hk$": "HKD",
    "s$": "SGD",
    "nz$": "NZD",
    "r$": "BRL",
    "€": "EUR",
    "£": "GBP",
    "¥": "JPY",
    "₹": "INR",
    "rs": "INR",
    "rs.": "INR",
    "inr": "INR",
    "usd": "USD",
    "eur": "EUR",
    "gbp": "GBP",
    "jpy": "JPY",
    "cny": "CNY",
    "rmb": "CNY",
}
_WORDS = {
    "dollars": "USD",
    "dlrs": "USD",
    "dlr": "USD",
    "euro": "EUR",
    "euros": "EUR",
    "pounds": "GBP",
    "sterling": "GBP",
    "stg": "GBP",
    "yen": "JPY",
    "yuan": "CNY",
    "renminbi": "CNY",
    "rupees": "INR",
    "crowns": "SEK",
}

# Matched on a lower-cased copy, anchored on the number: a regex whose every part before
# the digits is optional is tried at every position, which made this the slowest step.
_SYMBOL = (
    r"(?:us\$|c\$|a\$|hk\$|s\$|nz\$|r\$|\$|€|£|¥|₹|\brs\.?|\binr|\busd|\beur|\bgbp|\bjpy|"
    r"\bcny|\brmb)"
)
_MULT = r"(?:trillion|billion|million|thousand|crore|lakh|bn|mn|mln|tn|[bmk])"
_WORD = r"(?:dollars|dlrs|dlr|euros?|pounds|sterling|stg|yen|yuan|renminbi|rupees|crowns)"
_CODES = r"(?:inr|usd|eur|gbp|jpy|cny|rmb)"
# Only the numbers that can be money: right after a currency mark, or before a multiplier
# or a currency word. Wire tables are full of other numbers, each costing Python work.
_NUMBER_RE = re.compile(
    r"(?<![\w.])(?=\d)(?:(?:(?<=[$€£¥₹])|(?<=[$€£¥₹]\s)|(?<=\brs)|(?<=\brs\s)|(?<=\brs\.)|"
    rf"(?<=\brs\.\s)|(?<=\b{_CODES})|(?<=\b{_CODES}\s))\d[\d,]*+(?:\.\d+)?+"
    rf"|\d[\d,]*+(?:\.\d+)?+(?=\s?{_MULT}\b|\s?{_WORD}\b))"
)
_SYMBOL_BEFORE_RE = re.compile(rf"{_SYMBOL}\s?$")
_TAIL_RE = re.compile(rf"(?:\s?(?P<mult>{_MULT})\b)?(?:\s?(?P<word>{_WORD})\b)?")
_SYMBOL_REACH = 4  # "hk$ ", "rs. ": the longest symbol and its space
_DIGIT = re.compile(r"\d")


@dataclass(frozen=True, slots=True)
class Amount:
    value: float
    currency: str | None
    text: str
    start: int
    end: int


@lru_cache(maxsize=512)
def find_amounts(text: str) -> tuple[Amount, ...]:
    """Every money-like amount in ``text`` (numbers with a currency or a multiplier).

    Memoised (thread-safe ``lru_cache``; the result is an immutable tuple): several
    extractors read the amounts of the same zone, and scanning costs more than a lookup.
    """
    if not _DIGIT.search(text):
        return ()
    found: list[Amount] = []
    lower = text.lower()
    if len(lower) != len(text):  # rare letters whose lower case is longer: keep offsets
        lower = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    last_end = 0
    for number in _NUMBER_RE.finditer(lower):
        num_start, num_end = number.span()
        if num_start < last_end:
            continue
        symbol_match = _SYMBOL_BEFORE_RE.search(
            lower, max(last_end, num_start - _SYMBOL_REACH), num_start
        )
        tail = _TAIL_RE.match(lower, num_end)
        start = num_start
        if symbol_match:
            start = symbol_match.start()
        elif num_start > last_end and lower[num_start - 1].isspace():
            start -= 1  # as a pattern with an optional symbol and space would report it
        end = tail.end() if tail else num_end
        last_end = end
        symbol = symbol_match.group(0).rstrip() if symbol_match else None
        mult, word = (tail.group("mult"), tail.group("word")) if tail else (None, None)
        if not (symbol or mult or word):
            continue
        if mult and mult in {"b", "m", "k"} and not symbol and not word:
            continue  # "5G", "3m tall": a bare letter needs a currency to be money
        try:
            value = float(number.group(0).replace(",", ""))
        except ValueError:
            continue
        if mult:
            value *= _MULTIPLIERS[mult]
        currency = None
        if symbol:
            currency = _SYMBOLS.get(symbol)
        elif word:
            currency = _WORDS.get(word)
        found.append(Amount(value, currency, text[start:end].strip(), start, end))
    return tuple(found)


def nearest_amount(text: str, position: int, *, need_currency: bool = True) -> Amount | None:
    """The amount closest to ``position`` (a trigger's offset), preferring later ones."""
    best: Amount | None = None
    best_distance = 1 << 30
    for amount in find_amounts(text):
        if need_currency and amount.currency is None:
            continue
        distance = (
            amount.start - position if amount.start >= position else 2 * (position - amount.end)
        )
        if distance < best_distance:
            best, best_distance = amount, distance
    return best
