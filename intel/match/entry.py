"""AccountEntry: what the matcher needs to know about one account."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class AccountEntry:
    """One account as the matcher sees it.

    ``ambiguous``: True when a bare name needs corroboration (a legal suffix, ticker,
    domain, alias or context term in the same article), False when it never does, None
    to let the matcher decide from the name (common words, short names, first names).
    """

    id: int
    name: str
    aliases: tuple[str, ...] = ()
    domains: tuple[str, ...] = ()
    tickers: tuple[str, ...] = ()
    negative_keywords: tuple[str, ...] = ()
    context_terms: tuple[str, ...] = ()
    ambiguous: bool | None = None
    sec_cik: str | None = None
