import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from alerts.schedule import (
    Rhythm,
    RhythmError,
    digest_due,
    digest_period,
    next_digest_at,
    release_at,
)
from intel.models.user import User
from intel.types import DigestFrequency

DAILY, WEEKLY, NONE = DigestFrequency.DAILY, DigestFrequency.WEEKLY, DigestFrequency.NONE
MONDAY, THURSDAY, SATURDAY, SUNDAY = 0, 3, 5, 6
TICK = dt.timedelta(minutes=15)

# 2026 clock changes: Paris 29 Mar (02:00 -> 03:00) and 25 Oct (03:00 -> 02:00); New York
# 8 Mar (02:00 -> 03:00) and 1 Nov (02:00 -> 01:00); Sydney 5 Apr (03:00 -> 02:00) and
# 4 Oct (02:00 -> 03:00). Kolkata (+05:30) and UTC never change.


def utc(*args: int) -> dt.datetime:
    return dt.datetime(*args, tzinfo=dt.UTC)


def at(zone: str, *args: int, fold: int = 0) -> dt.datetime:
    """A local wall time that exists, as the UTC instant a test compares against."""
    return dt.datetime(*args, tzinfo=ZoneInfo(zone), fold=fold).astimezone(dt.UTC)


def sends_from(rhythm: Rhythm, after: dt.datetime, count: int) -> list[dt.datetime]:
    sends = []
    for _ in range(count):
        after = next_digest_at(rhythm, after)
        sends.append(after)
    return sends


@pytest.mark.parametrize(
    ("zone", "first_day", "offsets"),
    [
        ("Europe/Paris", dt.date(2026, 3, 27), [1, 1, 2, 2, 2]),
        ("Europe/Paris", dt.date(2026, 10, 23), [2, 2, 1, 1, 1]),
        ("America/New_York", dt.date(2026, 3, 6), [-5, -5, -4, -4, -4]),
        ("America/New_York", dt.date(2026, 10, 30), [-4, -4, -5, -5, -5]),
        ("Australia/Sydney", dt.date(2026, 4, 3), [11, 11, 10, 10, 10]),
        ("Australia/Sydney", dt.date(2026, 10, 2), [10, 10, 11, 11, 11]),
        ("Asia/Kolkata", dt.date(2026, 3, 27), [5.5] * 5),
        ("UTC", dt.date(2026, 3, 27), [0] * 5),
    ],
)
def test_daily_digest_goes_at_eight_local_once_a_day_across_a_clock_change(
    zone, first_day, offsets
):
    rhythm = Rhythm(timezone=zone, frequency=DAILY, hour=8)
    start = at(zone, first_day.year, first_day.month, first_day.day)

    expected = [
        dt.datetime.combine(first_day + dt.timedelta(days=i), dt.time(8), tzinfo=dt.UTC)
        - dt.timedelta(hours=offset)
        for i, offset in enumerate(offsets)
    ]
    assert sends_from(rhythm, start, len(offsets)) == expected


@pytest.mark.parametrize(
    ("zone", "hour", "after", "expected"),
    [
        # 02:00 does not exist on 29 March: the clock jumps to 03:00 CEST, 01:00 UTC.
        (
            "Europe/Paris",
            2,
            utc(2026, 3, 27, 12),
            [utc(2026, 3, 28, 1), utc(2026, 3, 29, 1), utc(2026, 3, 30, 0)],
        ),
        # 02:00 happens twice on 25 October: at 00:00 and 01:00 UTC; only the first sends.
        (
            "Europe/Paris",
            2,
            utc(2026, 10, 23, 12),
            [utc(2026, 10, 24, 0), utc(2026, 10, 25, 0), utc(2026, 10, 26, 1)],
        ),
        (
            "America/New_York",
            2,
            utc(2026, 3, 6, 12),
            [utc(2026, 3, 7, 7), utc(2026, 3, 8, 7), utc(2026, 3, 9, 6)],
        ),
        (
            "America/New_York",
            1,
            utc(2026, 10, 30, 12),
            [utc(2026, 10, 31, 5), utc(2026, 11, 1, 5), utc(2026, 11, 2, 6)],
        ),
        (
            "Australia/Sydney",
            2,
            utc(2026, 4, 2, 12),
            [utc(2026, 4, 2, 15), utc(2026, 4, 3, 15), utc(2026, 4, 4, 15), utc(2026, 4, 5, 16)],
        ),
        (
            "Australia/Sydney",
            2,
            utc(2026, 10, 1, 12),
            [
                utc(2026, 10, 1, 16),
                utc(2026, 10, 2, 16),
                utc(2026, 10, 3, 16),
                utc(2026, 10, 4, 15),
            ],
        ),
    ],
    ids=[
        "paris-spring",
        "paris-autumn",
        "ny-spring",
        "ny-autumn",
        "sydney-autumn",
        "sydney-spring",
    ],
)
def test_digest_at_an_hour_the_clock_skips_or_repeats_goes_once_that_day(
    zone, hour, after, expected
):
    rhythm = Rhythm(timezone=zone, frequency=DAILY, hour=hour)

    sends = sends_from(rhythm, after, len(expected))

    assert sends == expected
    local_days = [send.astimezone(ZoneInfo(zone)).date() for send in sends]
    assert local_days == sorted(set(local_days))


@pytest.mark.parametrize(
    ("zone", "weekday", "hour", "after", "expected"),
    [
        (
            "Europe/Paris",
            MONDAY,
            9,
            utc(2026, 3, 20),
            [utc(2026, 3, 23, 8), utc(2026, 3, 30, 7), utc(2026, 4, 6, 7)],
        ),
        (
            "Europe/Paris",
            MONDAY,
            9,
            utc(2026, 10, 20),
            [utc(2026, 10, 26, 8), utc(2026, 11, 2, 8)],
        ),
        (
            "America/New_York",
            MONDAY,
            9,
            utc(2026, 3, 1),
            [utc(2026, 3, 2, 14), utc(2026, 3, 9, 13)],
        ),
        (
            "Australia/Sydney",
            MONDAY,
            9,
            utc(2026, 3, 25),
            [utc(2026, 3, 29, 22), utc(2026, 4, 5, 23)],
        ),
        # Clocks change on Sundays, so a Sunday 02:00 digest meets both changes head on.
        ("Europe/Paris", SUNDAY, 2, utc(2026, 3, 25), [utc(2026, 3, 29, 1), utc(2026, 4, 5, 0)]),
        (
            "Europe/Paris",
            SUNDAY,
            2,
            utc(2026, 10, 20),
            [utc(2026, 10, 25, 0), utc(2026, 11, 1, 1)],
        ),
        (
            "Asia/Kolkata",
            THURSDAY,
            9,
            utc(2026, 1, 1),
            [utc(2026, 1, 1, 3, 30), utc(2026, 1, 8, 3, 30)],
        ),
    ],
)
def test_weekly_digest_keeps_its_local_day_and_hour_across_a_clock_change(
    zone, weekday, hour, after, expected
):
    rhythm = Rhythm(timezone=zone, frequency=WEEKLY, hour=hour, weekday=weekday)

    assert sends_from(rhythm, after, len(expected)) == expected


def test_next_digest_is_strictly_after_and_none_when_digests_are_off():
    rhythm = Rhythm(timezone="Europe/Paris", hour=8)
    send = at("Europe/Paris", 2026, 6, 1, 8)

    assert next_digest_at(rhythm, send) == at("Europe/Paris", 2026, 6, 2, 8)
    assert next_digest_at(rhythm, send - dt.timedelta(microseconds=1)) == send
    assert next_digest_at(Rhythm(frequency=NONE), send) is None


PARIS_8 = Rhythm(timezone="Europe/Paris", frequency=DAILY, hour=8)
YESTERDAY_8 = at("Europe/Paris", 2026, 6, 1, 8)


@pytest.mark.parametrize(
    ("rhythm", "last_sent_at", "now", "due"),
    [
        pytest.param(
            PARIS_8, YESTERDAY_8, at("Europe/Paris", 2026, 6, 2, 7, 59), False, id="not yet"
        ),
        pytest.param(PARIS_8, YESTERDAY_8, at("Europe/Paris", 2026, 6, 2, 8), True, id="on time"),
        pytest.param(PARIS_8, YESTERDAY_8, at("Europe/Paris", 2026, 6, 2, 11), True, id="3 h late"),
        pytest.param(
            PARIS_8, YESTERDAY_8, at("Europe/Paris", 2026, 6, 5, 11), True, id="days late"
        ),
        pytest.param(
            PARIS_8,
            at("Europe/Paris", 2026, 6, 2, 11),
            at("Europe/Paris", 2026, 6, 2, 11, 15),
            False,
            id="late one sent",
        ),
        pytest.param(PARIS_8, None, at("Europe/Paris", 2026, 6, 2, 8), True, id="never sent"),
        pytest.param(
            Rhythm(frequency=NONE), None, at("Europe/Paris", 2026, 6, 2, 8), False, id="off"
        ),
        pytest.param(
            Rhythm(timezone="Europe/Paris", frequency=WEEKLY, hour=9, weekday=MONDAY),
            at("Europe/Paris", 2026, 3, 23, 9),
            at("Europe/Paris", 2026, 3, 29, 23),
            False,
            id="weekly, sunday",
        ),
        pytest.param(
            Rhythm(timezone="Europe/Paris", frequency=WEEKLY, hour=9, weekday=MONDAY),
            at("Europe/Paris", 2026, 3, 23, 9),
            at("Europe/Paris", 2026, 3, 30, 9),
            True,
            id="weekly, monday",
        ),
    ],
)
def test_digest_due(rhythm, last_sent_at, now, due):
    assert digest_due(rhythm, last_sent_at, now) is due


def run_job(rhythm: Rhythm, runs: list[dt.datetime], last_sent_at: dt.datetime | None):
    """What the delivery job sends when it runs at `runs`: one (instant, period) per digest."""
    sent = []
    for now in runs:
        if digest_due(rhythm, last_sent_at, now):
            sent.append((now, digest_period(rhythm, now)))
            last_sent_at = now
    return sent


def test_a_worker_down_for_three_hours_sends_one_digest_when_it_is_back():
    back = at("Europe/Paris", 2026, 6, 2, 11)
    runs = [back + i * TICK for i in range(8)]

    assert run_job(PARIS_8, runs, YESTERDAY_8) == [(back, "2026-06-02")]


def test_two_runs_a_minute_apart_send_one_digest():
    eight = at("Europe/Paris", 2026, 6, 2, 8)
    runs = [eight, eight + dt.timedelta(minutes=1)]

    assert run_job(PARIS_8, runs, YESTERDAY_8) == [(eight, "2026-06-02")]


def test_a_new_subscriber_gets_the_first_digest_at_the_first_scheduled_time():
    subscribed = at("Europe/Paris", 2026, 6, 1, 10)
    runs = [subscribed + i * TICK for i in range(4 * 24)]

    assert run_job(PARIS_8, runs, subscribed) == [(at("Europe/Paris", 2026, 6, 2, 8), "2026-06-02")]


@pytest.mark.parametrize(
    ("rhythm", "now", "period"),
    [
        (PARIS_8, at("Europe/Paris", 2026, 3, 29, 9), "2026-03-29"),
        (PARIS_8, at("Europe/Paris", 2026, 3, 29, 7), "2026-03-28"),
        (Rhythm(timezone="Europe/Paris", hour=2), at("Europe/Paris", 2026, 3, 29, 3), "2026-03-29"),
        (
            Rhythm(timezone="Europe/Paris", hour=23),
            at("Europe/Paris", 2026, 3, 30, 0, 30),
            "2026-03-29",
        ),
        (Rhythm(timezone="Asia/Kolkata", hour=8), utc(2026, 3, 29, 2, 30), "2026-03-29"),
        (Rhythm(timezone="Asia/Kolkata", hour=8), utc(2026, 3, 29, 2, 29), "2026-03-28"),
        (
            Rhythm(timezone="Europe/Paris", frequency=WEEKLY, hour=9, weekday=MONDAY),
            at("Europe/Paris", 2026, 3, 29, 12),
            "2026-W13",
        ),
        (
            Rhythm(timezone="Europe/Paris", frequency=WEEKLY, hour=9, weekday=MONDAY),
            at("Europe/Paris", 2027, 1, 3, 12),
            "2026-W53",
        ),
        (
            Rhythm(timezone="Europe/Paris", frequency=WEEKLY, hour=9, weekday=MONDAY),
            at("Europe/Paris", 2027, 1, 4, 9),
            "2027-W01",
        ),
    ],
)
def test_digest_period_names_the_scheduled_send_it_belongs_to(rhythm, now, period):
    assert digest_period(rhythm, now) == period


def test_digest_period_needs_digests():
    with pytest.raises(RhythmError, match="off"):
        digest_period(Rhythm(frequency=NONE), utc(2026, 1, 1))


def year_of_ticks(zone: str) -> list[dt.datetime]:
    start, end = at(zone, 2026, 1, 1), at(zone, 2027, 1, 1)
    return [start + i * TICK for i in range((end - start) // TICK)]


@pytest.mark.parametrize(
    ("zone", "frequency", "hour", "weekday", "count"),
    [
        ("UTC", DAILY, 8, MONDAY, 365),
        ("Asia/Kolkata", DAILY, 8, MONDAY, 365),
        ("Europe/Paris", DAILY, 8, MONDAY, 365),
        ("Europe/Paris", DAILY, 2, MONDAY, 365),
        ("America/New_York", DAILY, 2, MONDAY, 365),
        ("America/New_York", DAILY, 1, MONDAY, 365),
        ("Australia/Sydney", DAILY, 2, MONDAY, 365),
        ("Europe/Paris", WEEKLY, 9, MONDAY, 52),
        ("America/New_York", WEEKLY, 2, SUNDAY, 52),
        ("Australia/Sydney", WEEKLY, 2, SUNDAY, 52),
        ("Asia/Kolkata", WEEKLY, 9, THURSDAY, 53),
    ],
)
def test_a_year_of_runs_every_fifteen_minutes_sends_one_digest_per_period(
    zone, frequency, hour, weekday, count
):
    rhythm = Rhythm(timezone=zone, frequency=frequency, hour=hour, weekday=weekday)
    ticks = year_of_ticks(zone)

    sent = run_job(rhythm, ticks, last_sent_at=ticks[0])

    days = [send.astimezone(ZoneInfo(zone)).date() for send, _ in sent]
    periods = [period for _, period in sent]
    assert len(sent) == count
    assert len(set(periods)) == count
    assert len(set(days)) == count
    if frequency is DAILY:
        assert periods == [day.isoformat() for day in days]
    else:
        assert {day.weekday() for day in days} == {weekday}
    for send, _ in sent:
        # Each digest goes at the first run whose local clock reads `hour` or later that day.
        local, before = send.astimezone(ZoneInfo(zone)), (send - TICK).astimezone(ZoneInfo(zone))
        assert local.hour >= hour
        assert before.date() < local.date() or before.hour < hour


CALM = dict(timezone="Europe/Paris")
NIGHTS = dict(timezone="Europe/Paris", quiet_start=dt.time(22), quiet_end=dt.time(7))
NIGHTS_AND_WEEKENDS = {**NIGHTS, "weekends_quiet": True}
WEEKENDS = dict(timezone="Europe/Paris", weekends_quiet=True)


@pytest.mark.parametrize(
    ("settings", "now", "release"),
    [
        pytest.param(CALM, at("Europe/Paris", 2026, 6, 6, 3), None, id="no quiet time"),
        pytest.param(NIGHTS, at("Europe/Paris", 2026, 6, 2, 21, 59), None, id="before night"),
        pytest.param(
            NIGHTS,
            at("Europe/Paris", 2026, 6, 2, 23, 30),
            at("Europe/Paris", 2026, 6, 3, 7),
            id="late evening",
        ),
        pytest.param(
            NIGHTS,
            at("Europe/Paris", 2026, 6, 3, 3),
            at("Europe/Paris", 2026, 6, 3, 7),
            id="small hours",
        ),
        pytest.param(NIGHTS, at("Europe/Paris", 2026, 6, 3, 7), None, id="end is not quiet"),
        pytest.param(
            dict(timezone="Europe/Paris", quiet_start=dt.time(12), quiet_end=dt.time(13, 30)),
            at("Europe/Paris", 2026, 6, 3, 12, 15),
            at("Europe/Paris", 2026, 6, 3, 13, 30),
            id="lunch",
        ),
        pytest.param(
            WEEKENDS,
            at("Europe/Paris", 2026, 6, 6, 10),
            at("Europe/Paris", 2026, 6, 8),
            id="saturday, no quiet hours",
        ),
        pytest.param(WEEKENDS, at("Europe/Paris", 2026, 6, 5, 23), None, id="friday night"),
        pytest.param(
            NIGHTS_AND_WEEKENDS,
            at("Europe/Paris", 2026, 6, 5, 23),
            at("Europe/Paris", 2026, 6, 8, 7),
            id="friday night into weekend",
        ),
        pytest.param(
            NIGHTS_AND_WEEKENDS,
            at("Europe/Paris", 2026, 6, 7, 12),
            at("Europe/Paris", 2026, 6, 8, 7),
            id="sunday",
        ),
        pytest.param(
            NIGHTS_AND_WEEKENDS,
            at("Europe/Paris", 2026, 6, 8, 6),
            at("Europe/Paris", 2026, 6, 8, 7),
            id="monday small hours",
        ),
        pytest.param(
            dict(timezone="Asia/Kolkata", weekends_quiet=True),
            utc(2026, 6, 6, 12),
            utc(2026, 6, 7, 18, 30),
            id="kolkata weekend",
        ),
        pytest.param(
            NIGHTS, at("Europe/Paris", 2026, 3, 28, 23), utc(2026, 3, 29, 5), id="paris spring"
        ),
        pytest.param(
            NIGHTS, at("Europe/Paris", 2026, 10, 24, 23), utc(2026, 10, 25, 6), id="paris autumn"
        ),
        pytest.param(
            dict(timezone="America/New_York", quiet_start=dt.time(22), quiet_end=dt.time(7)),
            at("America/New_York", 2026, 3, 7, 23),
            utc(2026, 3, 8, 11),
            id="new york spring",
        ),
        pytest.param(
            dict(timezone="Australia/Sydney", quiet_start=dt.time(22), quiet_end=dt.time(7)),
            at("Australia/Sydney", 2026, 10, 3, 23),
            utc(2026, 10, 3, 20),
            id="sydney spring",
        ),
        pytest.param(
            dict(timezone="Australia/Sydney", weekends_quiet=True),
            at("Australia/Sydney", 2026, 10, 3, 12),
            utc(2026, 10, 4, 13),
            id="sydney weekend over the change",
        ),
        # 02:30 never shows on 29 March; the quiet time ends when the clock jumps to 03:00.
        pytest.param(
            dict(timezone="Europe/Paris", quiet_start=dt.time(23), quiet_end=dt.time(2, 30)),
            at("Europe/Paris", 2026, 3, 29, 1, 45),
            utc(2026, 3, 29, 1),
            id="end in a spring gap",
        ),
        # 01:30 shows twice on 1 November; the quiet time ends the first time.
        pytest.param(
            dict(timezone="America/New_York", quiet_start=dt.time(22), quiet_end=dt.time(1, 30)),
            at("America/New_York", 2026, 11, 1, 1, 15),
            utc(2026, 11, 1, 5, 30),
            id="end repeated, first pass",
        ),
        pytest.param(
            dict(timezone="America/New_York", quiet_start=dt.time(22), quiet_end=dt.time(1, 30)),
            at("America/New_York", 2026, 11, 1, 1, 15, fold=1),
            None,
            id="end repeated, second pass",
        ),
    ],
)
def test_release_at(settings, now, release):
    assert release_at(Rhythm(**settings), now) == (release or now)


def test_release_at_answers_in_utc():
    now = dt.datetime(2026, 6, 2, 12, tzinfo=ZoneInfo("Europe/Paris"))

    released = release_at(Rhythm(timezone="Europe/Paris"), now)

    assert released == now
    assert released.tzinfo is dt.UTC


@pytest.mark.parametrize(
    ("settings", "message"),
    [
        (dict(timezone="Mars/Olympus_Mons"), "unknown time zone 'Mars/Olympus_Mons'"),
        (dict(timezone=""), "unknown time zone ''"),
        (dict(timezone="../../etc/passwd"), "unknown time zone"),
        (dict(timezone="Europe"), "unknown time zone 'Europe'"),
        (dict(hour=24), "hour must be between 0 and 23, not 24"),
        (dict(hour=-1), "hour must be between 0 and 23, not -1"),
        (dict(weekday=7), "weekday must be between 0 and 6, not 7"),
        (dict(frequency="hourly"), "unknown digest frequency 'hourly'"),
        (dict(quiet_start=dt.time(22)), "both a start and an end"),
        (dict(quiet_start=dt.time(7), quiet_end=dt.time(7)), "same time"),
        (dict(quiet_start=dt.time(22, tzinfo=dt.UTC), quiet_end=dt.time(7)), "no time zone"),
    ],
)
def test_rhythm_refuses_settings_it_cannot_honour(settings, message):
    with pytest.raises(ValueError, match=message):
        Rhythm(**settings)


def test_schedule_functions_refuse_naive_datetimes():
    naive = dt.datetime(2026, 6, 2, 8)

    with pytest.raises(ValueError, match="timezone-aware"):
        next_digest_at(PARIS_8, naive)
    with pytest.raises(ValueError, match="timezone-aware"):
        digest_due(PARIS_8, naive, utc(2026, 6, 2))
    with pytest.raises(ValueError, match="timezone-aware"):
        release_at(PARIS_8, naive)


def test_rhythm_of_a_user_reads_the_digest_settings_and_no_quiet_time():
    user = User(
        timezone="America/New_York",
        digest_frequency=WEEKLY,
        digest_hour=9,
        digest_weekday=THURSDAY,
    )

    assert Rhythm.of(user) == Rhythm(
        timezone="America/New_York", frequency=WEEKLY, hour=9, weekday=THURSDAY
    )
    with pytest.raises(RhythmError, match="Nowhere/Town"):
        Rhythm.of(
            User(timezone="Nowhere/Town", digest_frequency=DAILY, digest_hour=8, digest_weekday=0)
        )
