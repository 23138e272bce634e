"""The account matcher, table-driven, on accounts and sentences written for these tests."""

from __future__ import annotations

import random
import threading

import pytest

from intel.match import AccountEntry, AccountIndex
from intel.types import Salience

E = AccountEntry
ACCOUNTS = [
    E(1, "Acme Corp", domains=("acme.com",), tickers=("ACME",)),
    E(2, "Apple Inc.", tickers=("AAPL",), domains=("apple.com",), context_terms=("iPhone",)),
    E(3, "Apple Hospitality REIT"),
    E(4, "Target Corporation", tickers=("TGT",)),
    E(5, "Block, Inc.", tickers=("XYZ",), aliases=("Square",)),
    E(6, "Notion Labs", aliases=("Notion",)),
    E(7, "Meta Platforms, Inc.", aliases=("Meta",)),
    E(8, "Box"),
    E(9, "Bank of America"),
    E(10, "America Movil"),
    E(11, "Zentrova Analytics GmbH", sec_cik="0001234567"),
    E(12, "Quorvex", negative_keywords=("quorvex cream",)),
    E(13, "Globex Holdings", aliases=("Globex",)),
    E(14, "Harvey", ambiguous=None, context_terms=("legal AI",)),
    E(15, "Brightline", ambiguous=True, context_terms=("rail",)),
    E(16, "Sunrun Solar", ambiguous=False),
    E(17, "Nestlé S.A."),
    E(18, "LSE Group", tickers=("LSEG",)),
    E(19, "bluebird bio"),
]
INDEX = AccountIndex.build(ACCOUNTS)


def ids(title: str, text: str = "", **kw: object) -> list[int]:
    return [m.account_id for m in INDEX.match(title, text, **kw)]  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        # legal suffixes, both ways
        ("Acme Corp buys a rival", [1]),
        ("Acme Corporation buys a rival", [1]),
        ("ACME, Inc. buys a rival", [1]),
        ("Acme Inc expands to Ohio", [1]),
        ("Acme expands to Ohio", [1]),
        ("Zentrova Analytics hires a CFO", [11]),
        ("Zentrova Analytics GmbH hires a CFO", [11]),
        ("Globex Holdings and Globex Group report", [13]),
        ("Nestle SA and Nestlé S.A. both appear", [17]),
        # word boundaries
        ("Metadata tools for Xbox boxes", []),
        ("acmecorp.net is not acme", []),
        ("Inboxes and Boxers", []),
        # longest match wins
        ("Bank of America raises rates", [9]),
        ("Apple Hospitality REIT buys a hotel", [3]),
        ("America Movil reports subscribers", [10]),
        # the fruit, the shape, the verb
        ("I ate an apple and a pear", []),
        ("Apple pie recipes for the fall", []),
        ("The apple harvest is late this year", []),
        ("Archers hit the target", []),
        ("Target practice at the range", []),
        ("A city block party in June", []),
        ("Square roots and block letters", []),
        ("The notion of a free lunch", []),
        ("Apple Watch review", []),
        # ... and the companies
        ("Apple unveils a new iPhone", [2]),
        ("Apple Inc. beats estimates", [2]),
        ("Shares of Apple ($AAPL) rose", [2]),
        ("Target to close nine stores", [4]),
        ("Shoppers return to Target this week", [4]),
        ("Block lays off 1,000 employees", [5]),
        ("Payments firm Square launches a loan product", [5]),
        ("Notion launches AI agents", [6]),
        ("Meta exec denies the report", [7]),
        ("Regulators fine Meta over ads", [7]),
        ("Box raises prices", [8]),
        # lower-case names written so by the account
        ("shares of bluebird bio fell", [19]),
        # a distinctive name needs some capital letter
        ("quorvex is trending", []),
    ],
)
def test_names(title: str, expected: list[int]) -> None:
    assert ids(title) == expected


@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        # tickers in a market form; a bare ticker alone is not enough
        ("Stocks to watch", "Shares of $ACME jumped", [1]),
        ("Stocks to watch", "Acme (NASDAQ: ACME) jumped", [1]),
        ("Stocks to watch", "Listed on NASDAQ:ACME today", [1]),
        ("Stocks to watch", "The NYSE: TGT listing", [4]),
        ("Stocks to watch", "London Stock Exchange (LSE:LSEG) results", [18]),
        ("Stocks to watch", "XYZ and AAPL moved", []),
        ("Stocks to watch", "TGT shares moved", []),
        # domains in the text, subdomains too
        ("News", "Read more at www.acme.com/news", [1]),
        ("News", "Contact press@acme.com", [1]),
        ("News", "See investor.apple.com for details", [2]),
        ("News", "notacme.com is unrelated", []),
        # an ambiguous name corroborated by a context term, an alias, a ticker
        ("Apple pie", "Apple prices fell as the iPhone slowed", [2]),
        ("Block party", "Square and Block both report earnings", [5]),
        ("Quarterly results", "Target (NYSE: TGT) beat estimates", [4]),
        # marked ambiguous: only corroboration counts
        ("Brightline expands", "", []),
        ("Brightline expands", "The rail operator adds trains", [15]),
        # a first name needs corroboration
        ("Harvey raises $300M", "", []),
        ("Harvey raises $300M", "The legal AI startup grew fast", [14]),
        # ambiguous=False: the bare name is enough
        ("Sunrun Solar installs panels", "", [16]),
        # negative keywords drop the account
        ("Quorvex files for IPO", "", [12]),
        ("Quorvex review", "Is Quorvex Cream worth it?", []),
    ],
)
def test_identifiers_and_corroboration(title: str, text: str, expected: list[int]) -> None:
    assert ids(title, text) == expected


def test_links_and_cik() -> None:
    assert ids("Quarterly report", links=["https://newsroom.acme.com/q3"]) == [1]
    assert ids("Quarterly report", links=["https://example.org/acme"]) == []
    assert ids("Quarterly report", links=["http://[::1", "not a link", ""]) == []
    [match] = INDEX.match("Form 8-K", cik="1234567")
    assert (match.account_id, match.confidence, match.salience) == (11, 0.99, Salience.ABOUT)


def test_one_match_per_account_sorted_title_first() -> None:
    matches = INDEX.match(
        "Acme buys Quorvex",
        "Acme Corp (NASDAQ: ACME) said on Monday. Later, Bank of America and Acme spoke.",
    )
    assert [m.account_id for m in matches] == [1, 12, 9]
    acme = matches[0]
    assert acme.in_title
    assert acme.confidence == 0.95
    assert not matches[2].in_title


@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        ("Acme expands", "", Salience.ABOUT),
        ("Weekly roundup", "Acme Corp said on Monday it would expand.", Salience.ABOUT),
        ("Weekly roundup", "Investors including Acme backed the round.", Salience.MENTION),
        ("Weekly roundup", "Globex grew. Acme also grew.", Salience.MENTION),
        ("Weekly roundup", "A deal with Acme was signed.", Salience.MENTION),
        # named only to place someone or something else: never the subject
        ("Former Acme engineers raise $30M for a robotics startup", "", Salience.MENTION),
        ("Ex-Acme execs launch a payments app", "", Salience.MENTION),
        ("Former Globex and Acme researchers raise a seed round", "", Salience.MENTION),
        ("Acme alumni start a venture fund", "", Salience.MENTION),
        ("Acme rival Initrode doubles its valuation", "", Salience.MENTION),
        ("Acme-backed Initrode lands $50M", "", Salience.MENTION),
        ("Meet the startup building the Acme of logistics", "", Salience.MENTION),
        ("Founders pitch investors at Acme Summit 2026 this week", "", Salience.MENTION),
        # ... while the company itself stays the subject
        ("Acme names a former Globex executive as CFO", "", Salience.ABOUT),
        ("Acme's former CEO joins Globex", "", Salience.ABOUT),
        ("Acme Sets 2026 Targets", "", Salience.ABOUT),
        ("Acme Corp wins a rival's contract", "", Salience.ABOUT),
    ],
)
def test_salience(title: str, text: str, expected: Salience) -> None:
    [match] = [m for m in INDEX.match(title, text) if m.account_id == 1]
    assert match.salience is expected


def test_all_caps_registry_names_and_wire_headlines() -> None:
    index = AccountIndex.build([E(1, "APPLE INC"), E(2, "ZENTROVA HOLDINGS CORP")])
    assert [m.account_id for m in index.match("Apple Inc. posts record quarter")] == [1]
    assert [m.account_id for m in index.match("Zentrova to buy a rival")] == [2]
    assert [m.account_id for m in index.match("APPLE PIE SALES RISE IN FALL")] == []
    assert [m.account_id for m in index.match("APPLE INC SAYS PROFIT ROSE")] == [1]


def test_evidence_names_what_matched() -> None:
    [match] = INDEX.match("News", "Shares of $ACME rose")
    assert match.evidence == "$ACME"
    [match] = INDEX.match("ACME, Inc. buys a rival")
    assert match.evidence.startswith("ACME, Inc")


def _generated_names(count: int) -> list[str]:
    rng = random.Random(3)
    onsets = ["b", "br", "d", "f", "g", "k", "l", "m", "n", "p", "r", "s", "t", "v", "z"]
    vowels = ["a", "e", "i", "o", "u", "ai", "ou"]
    codas = ["n", "r", "l", "x", "s"]
    names: set[str] = set()
    while len(names) < count:
        word = "".join(rng.choice(seq) for seq in (onsets, vowels, codas, onsets, vowels, codas))
        names.add(f"{word.capitalize()} {rng.choice(['Labs', 'Systems', 'Health', 'Capital'])}")
    return sorted(names)


def test_correct_at_scale_with_100k_generated_accounts() -> None:
    generated = [E(100 + i, n) for i, n in enumerate(_generated_names(100_000))]
    index = AccountIndex.build([*ACCOUNTS, *generated])
    assert len(index) == len(ACCOUNTS) + 100_000
    for title, expected in [
        ("Apple unveils a new iPhone", [2]),
        ("Apple pie recipes for the fall", []),
        ("Bank of America raises rates", [9]),
        ("Metadata tools for Xbox boxes", []),
    ]:
        assert [m.account_id for m in index.match(title)] == expected
    sample = generated[::9973]
    for entry in sample:
        text = f"Analysts say {entry.name} agreed to a deal with Acme."
        assert [m.account_id for m in index.match(text)] == [entry.id, 1]


def test_match_is_safe_from_many_threads() -> None:
    results: list[list[int]] = []

    def work() -> None:
        results.append([m.account_id for _ in range(200) for m in INDEX.match("Acme buys Box")])

    threads = [threading.Thread(target=work) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert results == [[1, 8] * 200] * 4


def test_an_index_without_accounts_matches_nothing_instead_of_failing():
    assert AccountIndex.build([]).match("Acme Corp raises $5M", "Acme.com and $ACME") == []
