import datetime as dt

from intel.heat import HeatConfig, score_signals
from intel.models import Signal
from intel.types import EventType, Salience

NOW = dt.datetime(2026, 11, 22, tzinfo=dt.UTC)


def signal(id_, type_, confidence=1.0, salience=Salience.ABOUT):
    return Signal(id=id_, type=type_, confidence=confidence, salience=salience)


def test_recent_prominent_funding_is_hot_and_explained():
    heat = score_signals(
        [(signal(1, EventType.FUNDING), 4, NOW), (signal(2, EventType.PRODUCT), 1, NOW)],
        now=NOW,
        config=HeatConfig(),
    )
    assert heat.tier == "hot"
    assert [c.signal_id for c in heat.top] == [1, 2]
    assert heat.top[0].points == 9.0  # weight 3 x confidence 1 x (1 + log2 4)


def test_heat_halves_every_half_life_and_mentions_count_less():
    config = HeatConfig(half_life_days=10)
    fresh = score_signals([(signal(1, EventType.FUNDING), 1, NOW)], now=NOW, config=config)
    old = score_signals(
        [(signal(1, EventType.FUNDING), 1, NOW - dt.timedelta(days=10))], now=NOW, config=config
    )
    mention = score_signals(
        [(signal(1, EventType.FUNDING, salience=Salience.MENTION), 1, NOW)], now=NOW, config=config
    )
    assert old.score == fresh.score / 2
    assert mention.score < fresh.score / 3 + 0.01
    assert fresh.tier == "warm"


def test_weights_and_tiers_are_configurable():
    config = HeatConfig(weights={"event": 10.0}, hot=8, warm=1)
    heat = score_signals([(signal(1, EventType.EVENT), 1, NOW)], now=NOW, config=config)
    assert (heat.score, heat.tier) == (10.0, "hot")
    assert score_signals([], now=NOW, config=config).tier == "cool"


def test_update_heat_stores_scores_and_cools_accounts_whose_news_got_old(session):
    import datetime as dt

    from intel.heat import update_heat
    from intel.models import Account
    from tests.factories import make_account, make_article, make_signal

    hot = make_account(session, name="Hot Co")
    quiet = make_account(session, name="Quiet Co")
    article = make_article(session, sources=4, published_at=NOW, fetched_at=NOW)
    make_signal(session, article, hot, confidence=1.0)

    assert update_heat(session, now=NOW, config=HeatConfig()) == 1
    session.expire_all()
    assert (session.get(Account, hot.id).heat_tier, session.get(Account, quiet.id).heat_tier) == (
        "hot",
        "cool",
    )
    assert update_heat(session, now=NOW, config=HeatConfig()) == 0  # nothing changed
    later = NOW + dt.timedelta(days=200)  # the news left the window
    assert update_heat(session, now=later, config=HeatConfig()) == 1
    session.expire_all()
    assert session.get(Account, hot.id).heat_score == 0
