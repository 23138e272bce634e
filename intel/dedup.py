"""Stories: near-duplicate articles about the same event become one Story.

Same canonical URL is caught at ingest. Here, an article joins a recent story when no
number in one headline contradicts the other ("$20M" vs "$30M") and either

- both name a common account and most words of the shorter headline appear in the
  other (overlap coefficient), or
- neither names an account, the headlines share most words (Jaccard) and start with
  the same word (in news headlines, usually the subject),

so "Acme raises $10M Series A" and "Beta raises $10M Series A" stay apart. The choice
and its measurement: docs/decisions/0004.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

WINDOW = dt.timedelta(days=3)
MIN_OVERLAP = 0.6  # with a shared account
MIN_JACCARD = 0.6  # without account evidence
MIN_SHARED = 3
COMMON_POSTINGS = 50  # a word in more stories than this does not nominate candidates

_WORD = re.compile(r"[\w$€£%.]+", re.UNICODE)
_NUMBER = re.compile(r"\d")
_FIGURE = re.compile(
    r"^(?:us)?[$€£¥]?(\d+(?:[.,]\d+)?)(k|m|mn|mln|b|bn|million|billion|thousand)?$"
)
_SCALES = {
    "k": "k",
    "thousand": "k",
    "m": "m",
    "mn": "m",
    "mln": "m",
    "million": "m",
    "b": "b",
    "bn": "b",
    "billion": "b",
}
_OUTLET_SEPARATORS = re.compile("\\s+[-|\u2013\u2014]\\s+")  # hyphen, bar, en/em dash
_STOP = frozenset(
    """a an and are as at be by for from has have in into is it its of on or the to was
    were will with after over amid says said report reports new their this that""".split()  # noqa: SIM905
)


def _figures(words: list[str]) -> list[str]:
    """One spelling per figure: "$48 million", "$48M" and "48mn" all become "48m"."""
    out: list[str] = []
    for word in words:
        scale = _SCALES.get(word)
        if scale and out and (figure := _FIGURE.match(out[-1])) and not figure.group(2):
            out[-1] = figure.group(1) + scale
            continue
        figure = _FIGURE.match(word)
        if figure:
            word = figure.group(1) + _SCALES.get(figure.group(2) or "", "")
        out.append(word)
    return out


@lru_cache(maxsize=4096)  # each headline is looked up, then added: tokenise it once
def _words(title: str) -> tuple[str, ...]:
    """Lower-case words of a headline without an outlet suffix ("… - Reuters")."""
    parts = _OUTLET_SEPARATORS.split(title.strip())
    if len(parts) > 1 and _looks_like_outlet(parts[-1]):
        parts = parts[:-1]
    words = (w.strip(".").lower() for w in _WORD.findall(" ".join(parts)))
    return tuple(w for w in _figures([w for w in words if w]) if w not in _STOP)


def title_tokens(title: str) -> frozenset[str]:
    """Distinctive words of a headline: no outlet suffix, no stop words."""
    return frozenset(_words(title))


def _looks_like_outlet(text: str) -> bool:
    """ "Reuters", "The Wall Street Journal", "TechCrunch": a few capitalised words."""
    words = text.split()
    return 0 < len(words) <= 4 and all(w[0].isupper() or w[0].isdigit() for w in words)


def _numbers(tokens: frozenset[str]) -> frozenset[str]:
    return frozenset(t for t in tokens if _NUMBER.search(t))


@dataclass(frozen=True)
class _Entry:
    story_id: int
    tokens: frozenset[str]
    lead: str
    numbers: frozenset[str]
    account_ids: frozenset[int]
    seen_at: dt.datetime


def _lead(words: tuple[str, ...]) -> str:
    return words[0] if words else ""


class StoryIndex:
    """Recent stories in memory, looked up by shared words (an inverted index)."""

    def __init__(self) -> None:
        self._entries: dict[int, _Entry] = {}
        self._by_token: dict[str, set[int]] = defaultdict(set)

    def __len__(self) -> int:
        return len(self._entries)

    def add(
        self, story_id: int, title: str, *, account_ids: Iterable[int], seen_at: dt.datetime
    ) -> None:
        words = _words(title)
        tokens = frozenset(words)
        previous = self._entries.get(story_id)
        ids = frozenset(account_ids) | (previous.account_ids if previous else frozenset())
        entry = _Entry(story_id, tokens, _lead(words), _numbers(tokens), ids, seen_at)
        self._entries[story_id] = entry
        for token in tokens:
            self._by_token[token].add(story_id)

    def _candidates(self, tokens: frozenset[str]) -> set[int]:
        """Stories sharing a distinctive word. Words in many stories ("raises") find
        nothing that a rarer word of the same headline would not find too."""
        postings = sorted((self._by_token.get(t, set()) for t in tokens), key=len)
        rare = [p for p in postings if len(p) <= COMMON_POSTINGS] or postings[:1]
        return set().union(*rare)

    def remove(self, story_id: int) -> None:
        """Forget a story (it was merged into another and deleted)."""
        entry = self._entries.pop(story_id, None)
        for token in entry.tokens if entry else ():
            self._by_token[token].discard(story_id)

    def find(
        self,
        title: str,
        *,
        account_ids: Iterable[int],
        at: dt.datetime,
        exclude: int | None = None,
    ) -> int | None:
        """The story this headline retells, if any, seen within the window of ``at``
        (never ``exclude``, the article's own story); on a tie, the oldest story."""
        words = _words(title)
        tokens = frozenset(words)
        if len(tokens) < MIN_SHARED:
            return None  # too little to tell stories apart
        numbers, accounts, lead = _numbers(tokens), frozenset(account_ids), _lead(words)
        best, best_score = None, 0.0
        for story_id in sorted(self._candidates(tokens)):
            if story_id == exclude:
                continue
            entry = self._entries[story_id]
            shared = len(tokens & entry.tokens)
            if shared < MIN_SHARED or abs(entry.seen_at - at) > WINDOW:
                continue
            if numbers and entry.numbers and not numbers & entry.numbers:
                continue
            if accounts and entry.account_ids:
                if not accounts & entry.account_ids:
                    continue
                score = shared / min(len(tokens), len(entry.tokens))
                threshold = MIN_OVERLAP
            else:
                if lead != entry.lead:
                    continue
                score = shared / len(tokens | entry.tokens)
                threshold = MIN_JACCARD
            if score >= threshold and score > best_score:
                best, best_score = story_id, score
        return best
