"""AccountIndex: every account's names, aliases, tickers and domains, ready to match.

Build once, match many times: the index is immutable after ``build`` (rebuild to take
edits), so ``match`` is pure and safe to call from several threads. Names and aliases
are keys (see ``intel.match.text``) in one Aho-Corasick automaton over the space-joined
tokens of an article, so " acme " never matches inside "acmeco" and a match is always
whole words; tickers, domains and CIKs are dictionary look-ups.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import ahocorasick

from intel.match.entry import AccountEntry
from intel.match.kinds import LOWER_OK, SUFFIXED, Form, Pattern, auto_kind
from intel.match.resolve import resolve_article
from intel.match.signals import cik_key, domain_key, ticker_key
from intel.match.text import key_of, name_keys
from intel.types import AccountMatch


class AccountIndex:
    """All accounts of a workspace, compiled for matching articles."""

    def __init__(
        self,
        entries: tuple[AccountEntry, ...],
        automaton: ahocorasick.Automaton,
        patterns: list[Pattern],
        lookups: dict[str, dict[str, tuple[int, ...]]],
        terms: dict[int, tuple[tuple[str, ...], tuple[str, ...]]],
    ) -> None:
        self.entries = entries
        self._names = {entry.id: entry.name for entry in entries}
        self.automaton = automaton
        self.patterns = patterns
        self.tickers = lookups["tickers"]
        self.domains = lookups["domains"]
        self.ciks = lookups["ciks"]
        # account index -> (padded negative keyword keys, padded context term keys)
        self.terms = terms

    @classmethod
    def build(cls, entries: Iterable[AccountEntry]) -> AccountIndex:
        entries = tuple(entries)
        keyed: dict[str, list[Form]] = {}
        lookups: dict[str, dict[str, list[int]]] = {"tickers": {}, "domains": {}, "ciks": {}}
        terms: dict[int, tuple[tuple[str, ...], tuple[str, ...]]] = {}
        for a, entry in enumerate(entries):
            for family, surface in enumerate((entry.name, *entry.aliases)):
                lower_ok = LOWER_OK if surface.islower() else 0
                for key, suffixed in name_keys(surface):
                    keyed.setdefault(key, []).append(
                        (a, family, lower_ok | (SUFFIXED if suffixed else 0))
                    )
            _add(lookups["tickers"], map(ticker_key, entry.tickers), a)
            _add(lookups["domains"], map(domain_key, entry.domains), a)
            if entry.sec_cik:
                _add(lookups["ciks"], [cik_key(entry.sec_cik)], a)
            if entry.negative_keywords or entry.context_terms:
                terms[a] = (_padded(entry.negative_keywords), _padded(entry.context_terms))
        automaton = ahocorasick.Automaton(ahocorasick.STORE_INTS)
        patterns: list[Pattern] = []
        for key, forms in keyed.items():
            automaton.add_word(f" {key} ", len(patterns))
            size = key.count(" ") + 1
            patterns.append(Pattern(size, len(key) + 2, auto_kind(key), _dedupe(forms)))
        automaton.make_automaton()
        frozen = {
            name: {k: tuple(dict.fromkeys(v)) for k, v in table.items() if k}
            for name, table in lookups.items()
        }
        return cls(entries, automaton, patterns, frozen, terms)

    def __len__(self) -> int:
        return len(self.entries)

    def name_of(self, account_id: int) -> str | None:
        """The name of the account with this database id, if it is in the index."""
        return self._names.get(account_id)

    def match(
        self,
        title: str,
        text: str = "",
        *,
        links: Sequence[str] = (),
        cik: str | None = None,
    ) -> list[AccountMatch]:
        """The accounts an article is about or mentions: one match per account, title
        matches first, then by position."""
        if not self.entries:
            return []  # no accounts yet (a fresh install): nothing can match
        return resolve_article(self, title, text, links=links, cik=cik)


def _add(table: dict[str, list[int]], keys: Iterable[str], account: int) -> None:
    for key in keys:
        table.setdefault(key, []).append(account)


def _padded(words: Sequence[str]) -> tuple[str, ...]:
    return tuple(f" {key} " for key in map(key_of, words) if key)


def _dedupe(forms: list[Form]) -> tuple[Form, ...]:
    """One form per account and key: the name family wins, then a suffixed key."""
    best: dict[int, Form] = {}
    for form in forms:
        old = best.get(form[0])
        if old is None or (form[1], -(form[2] & SUFFIXED)) < (old[1], -(old[2] & SUFFIXED)):
            best[form[0]] = form
    return tuple(best.values())
