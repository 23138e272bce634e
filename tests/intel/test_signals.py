import pytest

from intel.signals import plan_signals
from intel.types import AccountKind, AccountMatch, EventHit, EventType, Salience, SignalRole


def match(account_id, name, salience=Salience.ABOUT):
    return AccountMatch(account_id, name, salience, name, 0.95, salience == Salience.ABOUT)


KINDS = {
    1: AccountKind.PROSPECT,
    2: AccountKind.PROSPECT,
    3: AccountKind.COMPETITOR,
    4: AccountKind.OWN,
    5: AccountKind.CUSTOMER,
}


def planned(hits, matches):
    return {(m.account_id, h.type, role) for m, h, role in plan_signals(hits, matches, KINDS)}


def test_acquirer_and_target_both_get_the_signal_with_their_roles():
    hit = EventHit(
        EventType.ACQUISITION,
        0.9,
        "to acquire",
        {"acquirer": "Globex Analytics", "target": "DataForge"},
    )
    result = planned([hit], [match(1, "Globex Analytics"), match(2, "DataForge", Salience.MENTION)])
    assert result == {
        (1, EventType.ACQUISITION, SignalRole.ACQUIRER),
        (2, EventType.ACQUISITION, SignalRole.TARGET),
    }


def test_investors_named_in_a_round_get_an_investor_role():
    hit = EventHit(EventType.FUNDING, 0.9, "raises", {"investors": ["Harbor Lane Ventures"]})
    result = planned(
        [hit], [match(1, "Northwind"), match(5, "Harbor Lane Ventures", Salience.MENTION)]
    )
    assert result == {
        (1, EventType.FUNDING, SignalRole.SUBJECT),
        (5, EventType.FUNDING, SignalRole.INVESTOR),
    }


@pytest.mark.parametrize(
    ("account_id", "salience", "expected"),
    [
        (3, Salience.MENTION, {(3, EventType.MENTION, SignalRole.MENTION)}),  # competitor
        (4, Salience.ABOUT, {(4, EventType.MENTION, SignalRole.SUBJECT)}),  # our own company
        (1, Salience.MENTION, set()),  # a prospect merely named: no signal
        (1, Salience.ABOUT, set()),  # a prospect with no event: no signal
    ],
)
def test_mentions_become_signals_only_for_competitors_and_our_company(
    account_id, salience, expected
):
    assert planned([], [match(account_id, "X", salience)]) == expected


def test_a_merely_mentioned_account_does_not_inherit_the_event():
    hit = EventHit(EventType.LAYOFFS, 0.9, "cuts 8% of staff", {"percentage": 8.0})
    result = planned([hit], [match(1, "Initech"), match(2, "Globex", Salience.MENTION)])
    assert result == {(1, EventType.LAYOFFS, SignalRole.SUBJECT)}


def test_partners_are_partners():
    hit = EventHit(EventType.PARTNERSHIP, 0.9, "partners with")
    assert planned([hit], [match(1, "A"), match(2, "B")]) == {
        (1, EventType.PARTNERSHIP, SignalRole.PARTNER),
        (2, EventType.PARTNERSHIP, SignalRole.PARTNER),
    }
