"""Who gets which story: the rules as tables."""

import pytest

from alerts.rules import Decision, Follow, Mute, StorySignal, decide, score
from intel.types import AccountKind, Delivery, EventType, MuteKind, Salience

ACME, GLOBEX, RIVAL, US = 1, 2, 3, 4
REP, OTHER_REP, MARKETING = 10, 11, 12


def signal(
    signal_id,
    account_id,
    kind=AccountKind.PROSPECT,
    type_=EventType.FUNDING,
    confidence=0.9,
    salience=Salience.ABOUT,
    headline="Acme raises $40M",
    source_id=7,
    heat=0.0,
):
    names = {ACME: "Acme", GLOBEX: "Globex", RIVAL: "Rival", US: "Us"}
    return StorySignal(
        signal_id,
        account_id,
        names[account_id],
        kind,
        type_,
        confidence,
        salience,
        headline,
        source_id,
        heat,
    )


FUNDING = signal(100, ACME)
RIVAL_MENTION = signal(
    101, RIVAL, AccountKind.COMPETITOR, EventType.MENTION, salience=Salience.MENTION
)
ACME_BESIDE = signal(102, ACME, type_=EventType.MENTION, salience=Salience.MENTION)
OUR_NEWS = signal(103, US, AccountKind.OWN, EventType.PRODUCT)
GLOBEX_BESIDE = signal(104, GLOBEX, type_=EventType.MENTION, salience=Salience.MENTION)


def users(decisions):
    return {d.user_id: d for d in decisions}


@pytest.mark.parametrize(
    ("follow", "expected"),
    [
        (Follow(REP, "You follow Acme"), True),
        (Follow(REP, "x", types=frozenset({"funding"})), True),
        (Follow(REP, "x", types=frozenset({"acquisition", "ipo"})), False),
        (Follow(REP, "x", min_confidence=0.95), False),
        (Follow(REP, "x", min_confidence=0.9), True),
    ],
)
def test_a_subscription_filters_by_type_and_confidence(follow, expected):
    decisions = decide([FUNDING], {ACME: [follow]}, {}, {})
    assert bool(decisions) is expected


@pytest.mark.parametrize(
    ("mute", "silenced"),
    [
        (Mute(MuteKind.ACCOUNT, str(ACME)), True),
        (Mute(MuteKind.ACCOUNT, str(GLOBEX)), False),
        (Mute(MuteKind.TYPE, "funding"), True),
        (Mute(MuteKind.TYPE, "layoffs"), False),
        (Mute(MuteKind.SOURCE, "7"), True),
        (Mute(MuteKind.SOURCE, "8"), False),
        (Mute(MuteKind.KEYWORD, "RAISES"), True),  # case does not matter
        (Mute(MuteKind.KEYWORD, "lawsuit"), False),
    ],
)
def test_mute_rules_silence_only_what_they_name(mute, silenced):
    decisions = decide([FUNDING], {ACME: [Follow(REP, "x")]}, {}, {REP: [mute]})
    assert (not decisions) is silenced


def test_one_alert_per_user_however_many_paths_lead_to_it():
    follows = {
        ACME: [
            Follow(REP, "You follow Acme", delivery=Delivery.DIGEST),
            Follow(REP, "Acme is on EMEA", delivery=Delivery.INSTANT),
            Follow(REP, "You own Acme"),
        ],
        GLOBEX: [Follow(REP, "You follow Globex")],
    }
    globex_too = signal(105, GLOBEX, confidence=0.6)
    decisions = decide([FUNDING, globex_too], follows, {}, {})
    assert len(decisions) == 1
    only = decisions[0]
    assert only.signal_id == FUNDING.signal_id  # the best-scoring signal wins
    assert (only.instant, only.digest) == (True, True)  # any path's wish counts


def test_marketing_streams_get_every_competitor_mention_with_its_salience():
    streams = {AccountKind.COMPETITOR: [Follow(MARKETING, "")]}
    decisions = users(decide([RIVAL_MENTION, ACME_BESIDE], {}, streams, {}))
    assert decisions[MARKETING].reason == "Competitor Rival mentioned"
    about = signal(106, RIVAL, AccountKind.COMPETITOR, EventType.LAYOFFS)
    assert decide([about], {}, streams, {})[0].reason == "Competitor Rival in the news"


def test_a_competitor_at_my_account_alerts_the_accounts_followers():
    follows = {ACME: [Follow(REP, "You follow Acme")], GLOBEX: [Follow(OTHER_REP, "x")]}
    decisions = users(decide([RIVAL_MENTION, ACME_BESIDE], follows, {}, {}))
    assert set(decisions) == {REP}
    assert decisions[REP].reason == "Competitor Rival named with Acme"
    assert decisions[REP].account_id == ACME


def test_own_news_that_names_an_account_reaches_its_rep():
    follows = {GLOBEX: [Follow(OTHER_REP, "You follow Globex")]}
    streams = {AccountKind.OWN: [Follow(MARKETING, "")]}
    decisions = users(decide([OUR_NEWS, GLOBEX_BESIDE], follows, streams, {}))
    assert decisions[OTHER_REP].reason == "Our news names Globex"
    assert decisions[MARKETING].reason == "Us in the news"


def test_a_bare_mention_without_competitor_or_own_news_alerts_nobody():
    follows = {ACME: [Follow(REP, "You follow Acme")]}
    assert decide([ACME_BESIDE], follows, {}, {}) == []


def test_heat_ranks_but_never_more_than_doubles():
    cold, hot = signal(1, ACME, heat=0.0), signal(2, ACME, heat=1e9)
    assert score(cold) == 0.9
    assert score(cold) < score(hot) <= 2 * 0.9


def test_decisions_carry_what_the_alert_row_needs():
    decisions = decide([FUNDING], {ACME: [Follow(REP, "You follow Acme")]}, {}, {})
    assert decisions == [Decision(REP, FUNDING.signal_id, ACME, "You follow Acme", 0.9, True, True)]
