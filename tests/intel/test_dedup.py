import datetime as dt
import random
from collections import defaultdict

import pytest

from intel.canonical import canonical_url
from intel.dedup import (
    COMMON_POSTINGS,
    MIN_JACCARD,
    MIN_OVERLAP,
    MIN_SHARED,
    WINDOW,
    StoryIndex,
    title_tokens,
)

T0 = dt.datetime(2026, 11, 2, 9, 0, tzinfo=dt.UTC)


@pytest.mark.parametrize(
    ("variant", "canonical"),
    [
        ("https://www.news.test/a/story/amp/?utm_source=x", "https://news.test/a/story"),
        ("https://m.news.test/a/story", "https://news.test/a/story"),
        ("https://amp.news.test/a/story?amp=1", "https://news.test/a/story"),
        ("https://news.test/a/story.amp.html", "https://news.test/a/story.html"),
        ("https://news-test.cdn.ampproject.org/c/s/news.test/a/story", "https://news.test/a/story"),
        ("https://news.test/a/story/?ref=rss&fbclid=1#top", "https://news.test/a/story"),
        ("HTTPS://NEWS.TEST:443/a/story", "https://news.test/a/story"),
    ],
)
def test_amp_mobile_and_tracking_variants_share_one_canonical_url(variant, canonical):
    assert canonical_url(variant) == canonical


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("https://news.test/story?id=1", "https://news.test/story?id=2"),
        ("https://news.test/amp-guide", "https://news.test/guide"),
        ("https://one.test/story", "https://two.test/story"),
    ],
)
def test_different_articles_keep_different_canonical_urls(a, b):
    assert canonical_url(a) != canonical_url(b)


@pytest.mark.parametrize("figure", ["$48 million", "$48M", "$48mn", "US$48 million", "48 million"])
def test_one_figure_is_spelled_one_way(figure):
    assert "48m" in title_tokens(f"Northwind raises {figure} Series B")


def test_outlet_suffixes_and_stop_words_are_ignored():
    assert title_tokens("Acme raises $20M Series B - Reuters") == title_tokens(
        "Acme raises $20M Series B | The Wall Street Journal"
    )
    assert "raises" in title_tokens("Acme \u2013 the robot company \u2013 raises")  # not an outlet


def index_with(title, account_ids=(1,), seen_at=T0):
    index = StoryIndex()
    index.add(10, title, account_ids=account_ids, seen_at=seen_at)
    return index


@pytest.mark.parametrize(
    "retold",
    [
        "Acme Corp raises $20M in Series B round - TechCrunch",
        "Acme raises $20M Series B led by Harbor Ventures",
        "ACME RAISES $20M SERIES B",
    ],
)
def test_the_same_news_from_another_outlet_joins_the_story(retold):
    index = index_with("Acme raises $20M Series B to expand robotics - Reuters")
    assert index.find(retold, account_ids=[1], at=T0 + dt.timedelta(hours=5)) == 10


@pytest.mark.parametrize(
    ("headline", "accounts", "hours"),
    [
        ("Beta raises $20M Series B to expand robotics", [2], 1),  # another company
        ("Acme raises $35M Series B to expand robotics", [1], 1),  # another amount
        ("Acme raises $20M Series B to expand robotics", [1], 24 * 5),  # outside the window
        ("Acme opens office in Lyon", [1], 1),  # another event
        ("Acme news", [1], 1),  # too short to tell
    ],
)
def test_different_news_stays_apart(headline, accounts, hours):
    index = index_with("Acme raises $20M Series B to expand robotics")
    assert index.find(headline, account_ids=accounts, at=T0 + dt.timedelta(hours=hours)) is None


def test_without_accounts_a_different_subject_stays_apart_and_a_retelling_joins():
    index = index_with("Acme raises $20M Series B to expand robotics", account_ids=())
    later = T0 + dt.timedelta(hours=2)
    assert (
        index.find("Beta raises $20M Series B to expand robotics", account_ids=[], at=later) is None
    )
    assert (
        index.find("Acme raises $20M Series B to expand robotics fleet", account_ids=[], at=later)
        == 10
    )


@pytest.mark.parametrize(
    ("headline", "accounts", "joins"),
    [
        ("Acme raises $20M Series B to expand robotics | Business Daily", [1], True),
        ("Acme raises $20M Series B to expand robotics - The Wall Street Journal", [1], True),
        ("Acme raises $20 million Series B to expand robotics", [1], True),  # figure respelt
        ("Zentrix raises $20M Series B to expand robotics", [2], False),  # another company
        ("Acme raises $35M Series B to expand robotics", [1], False),  # another figure
    ],
)
@pytest.mark.parametrize("matched", [True, False], ids=["accounts", "no-accounts"])
def test_outlet_suffix_company_and_figure_decide_with_or_without_accounts(
    headline, accounts, joins, matched
):
    index = index_with(
        "Acme raises $20M Series B to expand robotics - Reuters", [1] if matched else []
    )
    later = T0 + dt.timedelta(hours=1)
    found = index.find(headline, account_ids=accounts if matched else [], at=later)
    assert found == (10 if joins else None)


COMPANIES = [f"{a}{b}corp" for a in "bcdfghjklmnp" for b in "aeiou"]  # no digits: no figures


def crowded_index():
    """Stories 0..COMMON_POSTINGS: all say "quarterly results beat forecasts", each
    about a company of its own, so those four words are common."""
    index = StoryIndex()
    for n, company in enumerate(COMPANIES[: COMMON_POSTINGS + 1]):
        index.add(n, f"Quarterly results beat forecasts {company}", account_ids=(), seen_at=T0)
    return index


def test_common_words_count_as_shared_words_once_a_rare_one_nominates_the_story():
    index = crowded_index()
    assert (
        index.find(f"Quarterly results beat forecasts {COMPANIES[7]}", account_ids=(), at=T0) == 7
    )


def test_common_words_alone_nominate_nothing_beside_a_rarer_word():
    index = crowded_index()
    assert index.find("Quarterly results beat forecasts again", account_ids=(), at=T0) is None


def test_a_headline_of_common_words_only_still_finds_the_oldest_story():
    index = crowded_index()
    assert index.find("Quarterly results beat forecasts", account_ids=(), at=T0) == 0


def test_the_article_own_story_is_never_found_and_forgotten_stories_are_not_either():
    index = index_with("Acme raises $20M Series B to expand robotics")
    index.add(11, "Acme raises $20M Series B to expand robotics", account_ids=(1,), seen_at=T0)
    retold = "Acme raises $20M Series B for robotics"
    assert index.find(retold, account_ids=[1], at=T0, exclude=10) == 11
    index.remove(11)
    assert index.find(retold, account_ids=[1], at=T0, exclude=10) is None


class DefinitionIndex:
    """The decision rule written the slow way, one nominated story at a time, over
    headlines of plain lower-case words (each word its own token, the first the lead)."""

    def __init__(self):
        self.entries = {}
        self.postings = defaultdict(set)

    def add(self, story_id, title, account_ids, seen_at):
        previous = self.entries.get(story_id)
        accounts = frozenset(account_ids) | (previous[1] if previous else frozenset())
        self.entries[story_id] = (title.split(), accounts, seen_at)
        for word in title.split():
            self.postings[word].add(story_id)

    def remove(self, story_id):
        words, _, _ = self.entries.pop(story_id)
        for word in words:
            self.postings[word].discard(story_id)

    def find(self, title, account_ids, at, exclude):
        words, accounts = title.split(), frozenset(account_ids)
        tokens = set(words)
        if len(tokens) < MIN_SHARED:
            return None
        postings = sorted((self.postings.get(t, set()) for t in tokens), key=len)
        nominating = [p for p in postings if len(p) <= COMMON_POSTINGS] or postings[:1]
        best, best_score = None, 0.0
        for story_id in sorted(set().union(*nominating) - {exclude}):
            other_words, other_accounts, seen_at = self.entries[story_id]
            other = set(other_words)
            shared = len(tokens & other)
            numbers = {t for t in tokens if t[0].isdigit()}
            other_numbers = {t for t in other if t[0].isdigit()}
            if shared < MIN_SHARED or abs(seen_at - at) > WINDOW:
                continue
            if numbers and other_numbers and not numbers & other_numbers:
                continue
            if accounts and other_accounts:
                score = shared / min(len(tokens), len(other))
                if not accounts & other_accounts or score < MIN_OVERLAP:
                    continue
            else:
                score = shared / len(tokens | other)
                if words[0] != other_words[0] or score < MIN_JACCARD:
                    continue
            if score > best_score:
                best, best_score = story_id, score
        return best


def test_the_index_decides_as_the_rule_written_the_slow_way():
    rng = random.Random(4)
    vocabulary = [f"{a}{b}x" for a in "bcdfghjk" for b in "aeiou"] + ["20m", "35m", "48m"]
    weights = [1 / (rank + 1) for rank in range(len(vocabulary))]  # a few words are common
    fast, slow = StoryIndex(), DefinitionIndex()
    found = []
    for story_id in range(600):
        title = " ".join(rng.choices(vocabulary, weights, k=rng.randrange(2, 9)))
        accounts = rng.sample([1, 2, 3], rng.choice([0, 0, 1]))
        at = T0 + dt.timedelta(hours=rng.uniform(0, 24 * 6))
        exclude = rng.choice([None, story_id - 1])
        expected = slow.find(title, accounts, at, exclude)
        assert fast.find(title, account_ids=accounts, at=at, exclude=exclude) == expected
        found.append(expected)
        if rng.random() < 0.05 and story_id - 1 in slow.entries:
            fast.remove(story_id - 1)
            slow.remove(story_id - 1)
        fast.add(story_id, title, account_ids=accounts, seen_at=at)
        slow.add(story_id, title, accounts, at)
    assert max(map(len, slow.postings.values())) > COMMON_POSTINGS
    assert 50 < sum(f is not None for f in found) < 550
