"""Money amounts as news writes them: "$48 million", "€30M", "Rs 500 crore", "50 MLN DLRS".

``find_amounts`` returns every amount with its value in units and ISO currency, so
extractors can pick the one next to the trigger. An amount without any currency mark
("48 million") is returned with currency ``None``; callers decide whether it counts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

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

_AMOUNT_RE = re.compile(
    r"(?P<sym>US\$|C\$|A\$|HK\$|S\$|NZ\$|R\$|\$|€|£|¥|₹|\bRs\.?|\bINR|\bUSD|\bEUR|\bGBP|\bJPY|"
    r"\bCNY|\bRMB)?\s?(?P<num>(?<![\w.])\d[\d,]*(?:\.\d+)?)(?:\s?(?P<mult>trillion|billion|"
    r"million|thousand|crore|lakh|bn|mn|mln|tn|[bmk])\b)?(?:\s?(?P<word>dollars|dlrs|dlr|euros?|"
    r"pounds|sterling|stg|yen|yuan|renminbi|rupees|crowns)\b)?",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Amount:
    value: float
    currency: str | None
    text: str
    start: int
    end: int


def find_amounts(text: str) -> list[Amount]:
    """Every money-like amount in ``text`` (numbers with a currency or a multiplier)."""
    found: list[Amount] = []
    for match in _AMOUNT_RE.finditer(text):
        symbol, mult, word = match.group("sym"), match.group("mult"), match.group("word")
        if not (symbol or mult or word):
            continue
        if mult and mult.lower() in {"b", "m", "k"} and not symbol and not word:
            continue  # "5G", "3m tall": a bare letter needs a currency to be money
        try:
            value = float(match.group("num").replace(",", ""))
        except ValueError:
            continue
        if mult:
            value *= _MULTIPLIERS[mult.lower()]
        currency = None
        if symbol:
            currency = _SYMBOLS.get(symbol.lower())
        elif word:
            currency = _WORDS.get(word.lower())
        raw = match.group(0).strip()
        found.append(Amount(value, currency, raw, match.start(), match.end()))
    return found


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
