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
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Iterable, Sequence
from collections.abc import Set as AbstractSet
from functools import lru_cache
from itertools import filterfalse, repeat
from typing import NamedTuple

WINDOW = dt.timedelta(days=3)
MIN_OVERLAP = 0.6  # with a shared account
MIN_JACCARD = 0.6  # without account evidence
MIN_SHARED = 3
COMMON_POSTINGS = 50  # a word in more stories than this does not nominate candidates

# A run of word characters and dots, without its leading and trailing dots ("U.S." is
# "U.S"); all dots, it is no word.
_WORD = re.compile(r"[\w$€£%]+(?:\.+[\w$€£%]+)*", re.UNICODE)
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
_NO_STORIES: frozenset[int] = frozenset()


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


def _words(title: str) -> tuple[str, ...]:
    """Lower-case words of a headline without an outlet suffix ("… - Reuters")."""
    parts = _OUTLET_SEPARATORS.split(title.strip())
    if len(parts) > 1 and _looks_like_outlet(parts[-1]):
        parts = parts[:-1]
    text = " ".join(parts)
    if text.isascii():  # one call; lower-casing "İ" adds a combining dot, a word break
        words = _WORD.findall(text.lower())
    else:
        words = list(map(str.lower, _WORD.findall(text)))
    if _NUMBER.search(text):  # a figure has a digit; most headlines have none
        words = _figures(words)
    return tuple(filterfalse(_STOP.__contains__, words))


def _looks_like_outlet(text: str) -> bool:
    """ "Reuters", "The Wall Street Journal", "TechCrunch": a few capitalised words."""
    words = text.split()
    return 0 < len(words) <= 4 and all(w[0].isupper() or w[0].isdigit() for w in words)


class _Headline(NamedTuple):
    """What comparing needs of a headline, worked out once per title."""

    tokens: frozenset[str]
    lead: str  # the first word, usually the subject
    numbers: frozenset[str]


@lru_cache(maxsize=4096)  # each headline is looked up, then added: tokenise it once
def _headline(title: str) -> _Headline:
    words = _words(title)
    tokens = frozenset(words)
    return _Headline(tokens, words[0] if words else "", frozenset(filter(_NUMBER.search, tokens)))


def title_tokens(title: str) -> frozenset[str]:
    """Distinctive words of a headline: no outlet suffix, no stop words."""
    return _headline(title).tokens


class _Entry(NamedTuple):
    headline: _Headline
    account_ids: frozenset[int]
    seen_at: dt.datetime


def _score(
    headline: _Headline, accounts: frozenset[int], at: dt.datetime, entry: _Entry
) -> float | None:
    """How closely ``headline`` retells the story of ``entry``, or None when a guard
    or the threshold that applies rules the story out."""
    tokens, other = headline.tokens, entry.headline.tokens
    shared = len(tokens & other)
    if shared < MIN_SHARED or abs(entry.seen_at - at) > WINDOW:
        return None
    numbers, other_numbers = headline.numbers, entry.headline.numbers
    if numbers and other_numbers and not numbers & other_numbers:
        return None
    if accounts and entry.account_ids:
        if not accounts & entry.account_ids:
            return None
        score = shared / min(len(tokens), len(other))
        return score if score >= MIN_OVERLAP else None
    if headline.lead != entry.headline.lead:
        return None
    score = shared / len(tokens | other)
    return score if score >= MIN_JACCARD else None


def _in_enough_postings(postings: Sequence[AbstractSet[int]], nominating: int) -> set[int]:
    """The stories in at least ``MIN_SHARED`` of ``postings`` (sorted smallest first)
    and in one of the first ``nominating``. Set operations in C instead of a Python
    loop over every nominated story: most share a single word.

    A story found only in the last ``MIN_SHARED - 1`` postings cannot reach
    ``MIN_SHARED``, so those postings only count stories met before."""
    introducing = min(nominating, len(postings) - MIN_SHARED + 1)
    levels: list[set[int]] = [set() for _ in range(MIN_SHARED)]  # [i]: in more than i
    seen = levels[0]
    for posting in postings[:introducing]:
        again = seen & posting
        seen |= posting
        if again:
            _count_again(levels, again)
    for posting in postings[introducing:]:
        again = seen & posting
        if again:
            _count_again(levels, again)
    return levels[-1]


def _count_again(levels: list[set[int]], again: AbstractSet[int]) -> None:
    """Move the stories of ``again``, met before, one level up."""
    for i in range(len(levels) - 1, 0, -1):
        levels[i] |= levels[i - 1] & again


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
        headline = _headline(title)
        previous = self._entries.get(story_id)
        ids = frozenset(account_ids) | (previous.account_ids if previous else frozenset())
        self._entries[story_id] = _Entry(headline, ids, seen_at)
        for token in headline.tokens:
            self._by_token[token].add(story_id)

    def _candidates(self, tokens: frozenset[str]) -> list[int]:
        """Stories sharing a distinctive word and, by their postings, at least
        ``MIN_SHARED`` words, oldest first. Words in many stories ("raises") nominate
        nothing that a rarer word of the same headline would not find too, but they
        count as shared. A story added again under another title keeps the postings
        of its old words, so :func:`_score` counts the shared words again."""
        postings = sorted(map(self._by_token.get, tokens, repeat(_NO_STORIES)), key=len)
        rare = bisect_right(postings, COMMON_POSTINGS, key=len) or 1
        return sorted(_in_enough_postings(postings, rare))

    def remove(self, story_id: int) -> None:
        """Forget a story (it was merged into another and deleted)."""
        entry = self._entries.pop(story_id, None)
        for token in entry.headline.tokens if entry else ():
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
        headline = _headline(title)
        if len(headline.tokens) < MIN_SHARED:
            return None  # too little to tell stories apart
        accounts = frozenset(account_ids)
        best, best_score = None, 0.0
        for story_id in self._candidates(headline.tokens):
            if story_id == exclude:
                continue
            score = _score(headline, accounts, at, self._entries[story_id])
            if score is not None and score > best_score:
                best, best_score = story_id, score
        return best
