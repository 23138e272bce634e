"""When a user's digests and held instant alerts are due, on the user's own wall clock.

Everything here is pure: aware instants in, UTC instants out, the user's schedule as a
value. Digests and quiet hours read local times by one rule, so daylight-saving changes
treat them alike: a wall time means the first instant at which the local clock shows it
or later. When autumn repeats a wall time, that is its first occurrence; when spring
skips it, that is the moment the clock jumps past it (02:00 in Paris on the last Sunday
of March means 03:00 CEST). Each local day thus has exactly one instant for each wall
time, so no day gets two digests and none is skipped.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from intel.types import DigestFrequency

if TYPE_CHECKING:
    from intel.models.user import User

_DAY = dt.timedelta(days=1)
_SATURDAY = 5


class RhythmError(ValueError):
    """A schedule setting that cannot be honoured; the API answers it with a 422."""


@dataclass(frozen=True, slots=True)
class Rhythm:
    """A user's delivery schedule, in the user's IANA time zone.

    ``hour`` is the local hour of the digest and ``weekday`` (0 = Monday) its day when
    weekly. Quiet hours hold instant alerts from ``quiet_start`` to ``quiet_end``, local
    wall times that may wrap midnight (22:00 to 07:00); ``weekends_quiet`` holds them over
    the local Saturday and Sunday as well.
    """

    timezone: str = "UTC"
    frequency: DigestFrequency = DigestFrequency.DAILY
    hour: int = 8
    weekday: int = 0
    quiet_start: dt.time | None = None
    quiet_end: dt.time | None = None
    weekends_quiet: bool = False

    def __post_init__(self) -> None:
        _check_zone(self.timezone)
        _check_frequency(self.frequency)
        if not 0 <= self.hour <= 23:
            raise RhythmError(f"digest hour must be between 0 and 23, not {self.hour}")
        if not 0 <= self.weekday <= 6:
            raise RhythmError(f"digest weekday must be between 0 and 6, not {self.weekday}")
        _check_quiet_hours(self.quiet_start, self.quiet_end)

    @classmethod
    def of(cls, user: User) -> Rhythm:
        """The schedule stored on a user (quiet hours as "HH:MM" strings)."""
        return cls(
            timezone=user.timezone,
            frequency=user.digest_frequency,
            hour=user.digest_hour,
            weekday=user.digest_weekday,
            quiet_start=_wall_time(user.quiet_start),
            quiet_end=_wall_time(user.quiet_end),
            weekends_quiet=bool(user.weekends_quiet),
        )

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)

    @property
    def quiet_hours(self) -> tuple[dt.time, dt.time] | None:
        if self.quiet_start is None or self.quiet_end is None:
            return None
        return self.quiet_start, self.quiet_end


def _wall_time(value: str | None) -> dt.time | None:
    """ "22:30" as a time; a malformed value is a RhythmError naming it."""
    if not value:
        return None
    try:
        return dt.time.fromisoformat(value)
    except ValueError:
        raise RhythmError(f"{value!r} is not a time of day (HH:MM)") from None


def _check_zone(name: str) -> None:
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise RhythmError(f"unknown time zone {name!r}") from None


def _check_frequency(frequency: str) -> None:
    """Accept the enum or its stored string, since the checks below compare by value."""
    if frequency not in set(DigestFrequency):
        raise RhythmError(f"unknown digest frequency {frequency!r}")


def _check_quiet_hours(start: dt.time | None, end: dt.time | None) -> None:
    """Refuse quiet hours that could mean two things: open-ended, empty or all day, zoned."""
    if (start is None) != (end is None):
        raise RhythmError("quiet hours need both a start and an end")
    if start is None or end is None:
        return
    if start == end:
        raise RhythmError(f"quiet hours cannot start and end at the same time ({start})")
    if start.tzinfo is not None or end.tzinfo is not None:
        raise RhythmError("quiet hours are local wall times and take no time zone")


def _check_aware(value: dt.datetime, name: str) -> None:
    if value.utcoffset() is None:
        raise ValueError(f"{name} must be a timezone-aware datetime, got {value!r}")


def next_digest_at(rhythm: Rhythm, after: dt.datetime) -> dt.datetime | None:
    """The first scheduled digest strictly after `after`, in UTC; None when digests are off.

    Strictly after, so asking again with the instant just returned moves on to the next.
    """
    _check_aware(after, "after")
    if rhythm.frequency == DigestFrequency.NONE:
        return None
    start = after.astimezone(rhythm.zone).date() - _DAY
    sends = (_send_at(rhythm, day) for day in _digest_days(rhythm, start, step=1))
    return next(send for send in sends if send > after)


def digest_due(rhythm: Rhythm, last_sent_at: dt.datetime | None, now: dt.datetime) -> bool:
    """Whether a digest should go out at `now`, the last one having gone at `last_sent_at`.

    Due when a scheduled send falls after the last digest and not after `now`. A job that
    runs late still sends, and only once however many sends it missed, because its next
    check sees the new `last_sent_at`; a job that runs twice sends once. None means no
    digest was ever sent, so one is owed at once; for a new user's first digest to wait
    for the digest hour, pass the time the user subscribed instead.
    """
    _check_aware(now, "now")
    if rhythm.frequency == DigestFrequency.NONE:
        return False
    if last_sent_at is None:
        return True
    _check_aware(last_sent_at, "last_sent_at")
    _, latest = _latest_digest(rhythm, now)
    return last_sent_at < latest


def digest_period(rhythm: Rhythm, at: dt.datetime) -> str:
    """The period of the digest due at `at`, the delivery job's idempotency key.

    It names the latest scheduled send at or before `at` by the local date it was
    scheduled for ("2026-03-29") or, for weekly digests, that date's ISO week
    ("2026-W13"). Keying on the schedule rather than on `at` keeps a send that went out
    late, even past midnight, in the period it belongs to.
    """
    _check_aware(at, "at")
    if rhythm.frequency == DigestFrequency.NONE:
        raise RhythmError("digests are off, so there is no digest period")
    day, _ = _latest_digest(rhythm, at)
    if rhythm.frequency == DigestFrequency.WEEKLY:
        year, week, _ = day.isocalendar()
        return f"{year}-W{week:02d}"
    return day.isoformat()


def release_at(rhythm: Rhythm, now: dt.datetime) -> dt.datetime:
    """When an instant alert created at `now` may be delivered, in UTC.

    At once outside quiet time; otherwise when the quiet time ends. Quiet hours end at
    ``quiet_end``. A quiet weekend ends on Monday at 00:00 local, or, when quiet hours
    are running then (22:00 to 07:00), at their end: Monday 07:00.
    """
    _check_aware(now, "now")
    now = now.astimezone(dt.UTC)
    wall = now.astimezone(rhythm.zone).replace(tzinfo=None)
    end = _end_of_quiet_time(rhythm, wall)
    if end == wall:
        return now
    # An autumn repeat can put `now` past the first occurrence of the end it is waiting for.
    return max(now, _instant_of(end.date(), end.time(), rhythm.zone))


def _digest_days(rhythm: Rhythm, start: dt.date, *, step: int) -> Iterator[dt.date]:
    """The local dates with a digest, from `start` on, forward (step 1) or back (step -1)."""
    day = start
    while True:
        if rhythm.frequency == DigestFrequency.DAILY or day.weekday() == rhythm.weekday:
            yield day
        day += step * _DAY


def _send_at(rhythm: Rhythm, day: dt.date) -> dt.datetime:
    return _instant_of(day, dt.time(rhythm.hour), rhythm.zone)


def _latest_digest(rhythm: Rhythm, at: dt.datetime) -> tuple[dt.date, dt.datetime]:
    """The latest scheduled digest at or before `at`: the local date it is for, and when."""
    start = at.astimezone(rhythm.zone).date() + _DAY
    sends = ((day, _send_at(rhythm, day)) for day in _digest_days(rhythm, start, step=-1))
    return next((day, send) for day, send in sends if send <= at)


def _end_of_quiet_time(rhythm: Rhythm, wall: dt.datetime) -> dt.datetime:
    """The first local wall time from `wall` on that is neither a quiet weekend nor quiet hours."""
    quiet_hours = rhythm.quiet_hours
    while True:
        if rhythm.weekends_quiet and wall.weekday() >= _SATURDAY:
            monday = wall.date() + (7 - wall.weekday()) * _DAY
            wall = dt.datetime.combine(monday, dt.time(0))
        elif quiet_hours and _within(wall.time(), *quiet_hours):
            wall = _next_wall(wall, quiet_hours[1])
        else:
            return wall


def _within(moment: dt.time, start: dt.time, end: dt.time) -> bool:
    if start < end:
        return start <= moment < end
    return moment >= start or moment < end


def _next_wall(wall: dt.datetime, time: dt.time) -> dt.datetime:
    """The first wall time after `wall` that reads `time`: today's, or else tomorrow's."""
    day = wall.date() if wall.time() < time else wall.date() + _DAY
    return dt.datetime.combine(day, time)


def _instant_of(day: dt.date, time: dt.time, zone: ZoneInfo) -> dt.datetime:
    """The first instant, in UTC, at which the clock in `zone` shows `time` on `day` or later.

    ``fold=0`` reads a repeated wall time as its first occurrence. A skipped one it reads
    with the offset in force before the gap, which lands as far past the gap's end as the
    wall time lies past its start; the clock change itself is the instant wanted then.
    """
    local = dt.datetime.combine(day, time, tzinfo=zone)
    instant = local.astimezone(dt.UTC)
    if instant.astimezone(zone).replace(tzinfo=None) == local.replace(tzinfo=None):
        return instant
    before_gap = local.replace(fold=1).astimezone(dt.UTC)
    return _clock_change(zone, before_gap, instant)


def _clock_change(zone: ZoneInfo, before: dt.datetime, after: dt.datetime) -> dt.datetime:
    """The instant in (`before`, `after`] at which the offset of `zone` changes.

    zoneinfo does not expose its transitions, so this bisects down to the microsecond;
    the two ends lie one gap apart, at most a few hours.
    """
    offset = before.astimezone(zone).utcoffset()
    while after - before > dt.timedelta(microseconds=1):
        middle = before + (after - before) // 2
        if middle.astimezone(zone).utcoffset() == offset:
            before = middle
        else:
            after = middle
    return after
