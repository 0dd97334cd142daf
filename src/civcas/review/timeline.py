"""The timeline chart: civilians killed per week, stacked by belligerent, laid out as SVG rectangles."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta

# Colour-blind-safe palette (Okabe–Ito), then grey for the rest.
PALETTE = ("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#F0E442", "#000000")
OTHER = "Other"
OTHER_COLOUR = "#999999"


@dataclass
class Bar:
    x: float
    y: float
    width: float
    height: float
    colour: str
    title: str


@dataclass
class Chart:
    width: int
    height: int
    bars: list[Bar]
    legend: list[tuple[str, str, int]]  # label, colour, total
    ticks: list[tuple[float, str]]  # x, label
    y_max: int
    weeks: int


def _all_weeks(first: str, last: str) -> list[str]:
    day, end = date.fromisoformat(first), date.fromisoformat(last)
    out = []
    while day <= end:
        out.append(day.isoformat())
        day += timedelta(days=7)
    return out


def chart(weeks: dict[str, Counter], width: int = 960, height: int = 320, top: int = len(PALETTE)) -> Chart:
    """Stacked weekly bars; the `top` belligerents by total get colours, the others are grouped."""
    totals: Counter = Counter()
    for counts in weeks.values():
        totals.update(counts)
    named = [label for label, _ in totals.most_common(top)]
    colours = {label: PALETTE[i] for i, label in enumerate(named)}
    legend = [(label, colours[label], totals[label]) for label in named]
    rest = sum(v for k, v in totals.items() if k not in colours)
    if rest:
        legend.append((OTHER, OTHER_COLOUR, rest))
    if not weeks:
        return Chart(width, height, [], legend, [], 0, 0)
    span = _all_weeks(min(weeks), max(weeks))
    y_max = max(sum(c.values()) for c in weeks.values()) or 1
    step = width / len(span)
    bars: list[Bar] = []
    ticks: list[tuple[float, str]] = []
    for i, week in enumerate(span):
        x = i * step
        if week[5:7] == "01" and int(week[8:]) <= 7 or i == 0:
            ticks.append((x, week[:4] if i else week[:7]))
        counts = weeks.get(week, Counter())
        stacked = Counter()
        for label, n in counts.items():
            stacked[label if label in colours else OTHER] += n
        y = float(height)
        for label in [*named, OTHER]:
            n = stacked.get(label, 0)
            if not n:
                continue
            h = n / y_max * height
            y -= h
            bars.append(Bar(round(x, 2), round(y, 2), round(max(step - 0.5, 0.5), 2), round(h, 2),
                            colours.get(label, OTHER_COLOUR), f"week of {week}: {label} {n}"))
    return Chart(width, height, bars, legend, ticks, y_max, len(span))
