"""The share-of-voice chart, drawn on the server as SVG: a line per voice, share of the
week's stories from 0 to 100 %.

Geometry only; the template draws it, so every label stays escaped. Past ``MAX_LINES``
voices the quietest are summed as "Others" to keep the chart readable.
"""

from __future__ import annotations

from dataclasses import dataclass

from intel.services.voice import ShareOfVoice

WIDTH, HEIGHT = 640, 260
LEFT, RIGHT, TOP, BOTTOM = 44, 12, 12, 36
MAX_LINES = 8


@dataclass(frozen=True, slots=True)
class Line:
    name: str
    segments: tuple[str, ...]  # SVG polyline points, "x,y x,y"; weeks without news are gaps
    dots: tuple[tuple[float, float, str], ...]  # x, y and "N of M stories" per week
    swatch: int


@dataclass(frozen=True, slots=True)
class Chart:
    width: int
    height: int
    lines: tuple[Line, ...]
    x_labels: tuple[tuple[float, str], ...]
    y_ticks: tuple[tuple[float, str], ...]
    left: int
    right: int
    empty: bool


def _x(index: int, count: int) -> float:
    span = WIDTH - LEFT - RIGHT
    return LEFT + (span * index / (count - 1) if count > 1 else span / 2)


def _y(share: float) -> float:
    return TOP + (HEIGHT - TOP - BOTTOM) * (1 - share)


def _voices(voice: ShareOfVoice) -> list[tuple[str, tuple[int, ...]]]:
    named = [(v.name, v.stories) for v in voice.voices]
    if len(named) <= MAX_LINES:
        return named
    kept, rest = named[: MAX_LINES - 1], named[MAX_LINES - 1 :]
    others = tuple(sum(stories[n] for _, stories in rest) for n in range(len(voice.weeks)))
    return [*kept, (f"Others ({len(rest)})", others)]


def share_chart(voice: ShareOfVoice) -> Chart:
    weeks, totals = voice.weeks, voice.totals
    lines = []
    for swatch, (name, stories) in enumerate(_voices(voice)):
        runs: list[list[str]] = [[]]
        dots = []
        for n, (count, total) in enumerate(zip(stories, totals, strict=True)):
            if not total:  # no story named anyone: no share to draw
                runs.append([])
                continue
            x, y = round(_x(n, len(weeks)), 1), round(_y(count / total), 1)
            runs[-1].append(f"{x},{y}")
            dots.append((x, y, f"{name}, {weeks[n]}: {count} of {total} stories"))
        segments = tuple(" ".join(run) for run in runs if len(run) > 1)
        lines.append(Line(name, segments, tuple(dots), swatch))
    step = max(1, len(weeks) // 6)  # at most about six week labels under the axis
    x_labels = tuple(
        (round(_x(n, len(weeks)), 1), week.split("-", 1)[-1])
        for n, week in enumerate(weeks)
        if n % step == 0 or n == len(weeks) - 1
    )
    y_ticks = tuple(
        (round(_y(share), 1), f"{round(share * 100)}%") for share in (0, 0.25, 0.5, 0.75, 1)
    )
    return Chart(
        width=WIDTH,
        height=HEIGHT,
        lines=tuple(lines),
        x_labels=x_labels,
        y_ticks=y_ticks,
        left=LEFT,
        right=WIDTH - RIGHT,
        empty=not any(totals),
    )
