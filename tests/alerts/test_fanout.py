"""alerts.fan_out on both databases: signals in, one alert per user per story out, with
their deliveries written in the same transaction."""

import datetime as dt

import pytest
from sqlalchemy import func, select

from alerts.fanout import fan_out
from intel.db import session_scope
from intel.ingest import ingest_items
from intel.jobs import JobContext
from intel.models import (
    Account,
    Alert,
    Delivery,
    DeliveryChannel,
    MuteRule,
    Signal,
    Source,
    Subscription,
    User,
    Watchlist,
    WatchlistMember,
)
from intel.pipeline import process_new
from intel.types import AccountKind, EventType, MuteKind, RawItem, Role, Salience
from intel.types import Delivery as Mode
from tests.factories import make_account, make_article, make_signal, make_source, make_user

NOW = dt.datetime(2026, 11, 20, 12, 0, tzinfo=dt.UTC)  # a Friday, 13:00 in Berlin


def run(session_factory, settings, now=NOW):
    ctx = JobContext(session_factory=session_factory, settings=settings, now=now)
    process_new(ctx)
    return fan_out(ctx)


def alerts_of(session_factory):
    with session_factory() as session:
        return {(a.user_id, a.story_id): a for a in session.scalars(select(Alert))}


@pytest.fixture
def world(session_factory):
    """Acme with an owner, a direct follower and a follower through a shared watchlist."""
    with session_scope(session_factory) as session:
        owner, direct, listed = (make_user(session) for _ in range(3))
        manager = make_user(session, role=Role.MARKETING)
        acme = make_account(session, name="Acme Robotics", owner_id=owner.id)
        team = Watchlist(name="EMEA targets", owner_id=manager.id, shared=True)
        session.add(team)
        session.flush()
        session.add_all(
            [
                WatchlistMember(watchlist_id=team.id, account_id=acme.id),
                Subscription(user_id=direct.id, account_id=acme.id),
                Subscription(user_id=listed.id, watchlist_id=team.id),
            ]
        )
        wire = make_source(session, "https://wire.test/feed.xml")
        return {
            "owner": owner.id,
            "direct": direct.id,
            "listed": listed.id,
            "acme": acme.id,
            "team": team.id,
            "wire": wire.id,
        }


def ingest(session_factory, source_id, url, title):
    with session_scope(session_factory) as session:
        source = session.get(Source, source_id)
        item = RawItem(url=url, title=title, published_at=NOW)
        return [a.id for a in ingest_items(session, source, [item], now=NOW)]


def test_every_follower_gets_one_alert_with_the_reason_they_follow(
    session_factory, settings, world
):
    ingest(session_factory, world["wire"], "https://wire.test/1", "Acme Robotics raises $40M")
    report = run(session_factory, settings)
    alerts = alerts_of(session_factory)
    reasons = {user: alert.reason for (user, _), alert in alerts.items()}
    assert reasons == {
        world["owner"]: "You own Acme Robotics",
        world["direct"]: "You follow Acme Robotics",
        world["listed"]: "Acme Robotics is on EMEA targets",
    }
    assert report.alerts == 3
    assert report.deliveries == 3  # an instant email each, queued with the alert
    with session_factory() as session:
        assert session.scalar(select(func.count()).where(Signal.fanned_out_at.is_(None))) == 0


def test_a_second_run_and_a_retelling_alert_nobody_twice(session_factory, settings, world):
    ingest(session_factory, world["wire"], "https://wire.test/1", "Acme Robotics raises $40M")
    run(session_factory, settings)
    again = run(session_factory, settings)
    assert again.alerts == 0
    with session_scope(session_factory) as session:  # the same story from another outlet
        other = make_source(session, "https://daily.test/feed.xml").id
    ingest(session_factory, other, "https://daily.test/a", "Acme Robotics raises $40 million")
    later = run(session_factory, settings, now=NOW + dt.timedelta(hours=1))
    assert later.alerts == 0
    assert len(alerts_of(session_factory)) == 3


def test_shared_watchlists_are_followed_by_reference(session_factory, settings, world):
    with session_scope(session_factory) as session:
        globex = make_account(session, name="Globex Analytics")
        session.add(WatchlistMember(watchlist_id=world["team"], account_id=globex.id))
    ingest(session_factory, world["wire"], "https://wire.test/2", "Globex Analytics raises $9M")
    run(session_factory, settings)
    assert {user for user, _ in alerts_of(session_factory)} == {world["listed"]}


def test_filters_mutes_and_delivery_mode_shape_what_goes_out(session_factory, settings, world):
    with session_scope(session_factory) as session:
        direct = session.scalar(select(Subscription).where(Subscription.user_id == world["direct"]))
        direct.delivery = Mode.DIGEST
        listed = session.scalar(select(Subscription).where(Subscription.user_id == world["listed"]))
        listed.signal_types = ["acquisition"]
        session.add(MuteRule(user_id=world["owner"], kind=MuteKind.KEYWORD, value="$40M"))
    ingest(session_factory, world["wire"], "https://wire.test/1", "Acme Robotics raises $40M")
    run(session_factory, settings)
    alerts = alerts_of(session_factory)
    assert {user for user, _ in alerts} == {world["direct"]}
    alert = next(iter(alerts.values()))
    assert (alert.instant, alert.digest) == (False, True)
    with session_factory() as session:
        assert session.scalar(select(func.count(Delivery.id))) == 0  # digest only: no email now


def test_quiet_hours_hold_instant_alerts_until_they_end(session_factory, settings, world):
    with session_scope(session_factory) as session:
        owner = session.get(User, world["owner"])
        owner.timezone = "Europe/Berlin"
        owner.quiet_start, owner.quiet_end = "22:00", "07:00"
    ingest(session_factory, world["wire"], "https://wire.test/1", "Acme Robotics raises $40M")
    late = dt.datetime(2026, 11, 20, 22, 30, tzinfo=dt.UTC)  # 23:30 in Berlin
    run(session_factory, settings, now=late)
    with session_factory() as session:
        due = {d.user_id: d.next_attempt_at for d in session.scalars(select(Delivery))}
    assert due[world["owner"]] == dt.datetime(2026, 11, 21, 6, 0, tzinfo=dt.UTC)  # 07:00 local
    assert due[world["direct"]] == late


def test_every_enabled_channel_gets_the_instant_alert(session_factory, settings, world):
    with session_scope(session_factory) as session:
        session.add_all(
            [
                DeliveryChannel(user_id=world["direct"], kind="slack", target="https://h.test/s"),
                DeliveryChannel(
                    user_id=world["direct"],
                    kind="webhook",
                    target="https://h.test/w",
                    enabled=False,
                ),
            ]
        )
    ingest(session_factory, world["wire"], "https://wire.test/1", "Acme Robotics raises $40M")
    run(session_factory, settings)
    with session_factory() as session:
        kinds = sorted(
            d.kind
            for d in session.scalars(select(Delivery).where(Delivery.user_id == world["direct"]))
        )
    assert kinds == ["email", "slack"]


def test_a_competitor_beside_an_account_reaches_its_followers_and_marketing(
    session_factory, settings, world
):
    with session_scope(session_factory) as session:
        rival = make_account(session, name="Initech Cloud", kind=AccountKind.COMPETITOR)
        marketer = make_user(session, role=Role.MARKETING)
        session.add(Subscription(user_id=marketer.id, stream=AccountKind.COMPETITOR))
        acme = session.get(Account, world["acme"])
        article = make_article(session, title="Acme Robotics picks Initech Cloud for its data")
        make_signal(session, article, rival, type=EventType.MENTION, salience=Salience.MENTION)
        make_signal(session, article, acme, type=EventType.MENTION, salience=Salience.MENTION)
        marketer_id = marketer.id
    fan_out(JobContext(session_factory=session_factory, settings=settings, now=NOW))
    reasons = {user: alert.reason for (user, _), alert in alerts_of(session_factory).items()}
    assert reasons[world["direct"]] == "Competitor Initech Cloud named with Acme Robotics"
    assert reasons[marketer_id] == "Competitor Initech Cloud mentioned"
