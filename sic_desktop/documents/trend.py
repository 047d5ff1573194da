"""Each indicator's measured values over time against its baseline and 2030 target, as one PNG."""

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from itertools import pairwise

from sic_desktop.documents.chart import BAR, GRID, INK, TARGET, TRACK, Canvas, text_width

BASE: tuple[int, int, int] = (0x6B, 0x75, 0x70)  # the documents' muted grey


@dataclass(frozen=True)
class Series:
    """One indicator: its number in the table, its measured values by date, its baseline and target."""

    label: str
    points: Sequence[tuple[date, float]]
    baseline: float | None
    target: float | None


def _figure(value: float) -> str:
    return f"{value:.0f}" if abs(value) >= 100 or float(value).is_integer() else f"{value:.1f}"


def _line(canvas: Canvas, a: tuple[int, int], b: tuple[int, int], color: tuple[int, int, int]) -> None:
    steps = max(abs(b[0] - a[0]), abs(b[1] - a[1]), 1)
    for i in range(steps + 1):
        x = a[0] + (b[0] - a[0]) * i // steps
        y = a[1] + (b[1] - a[1]) * i // steps
        canvas.rect(x - 1, y - 1, 3, 3, color)


def _dashed(canvas: Canvas, y: int, left: int, right: int, color: tuple[int, int, int], dash: int) -> None:
    for x in range(left, right, dash * 2):
        canvas.rect(x, y - 1, min(dash, right - x), 3, color)


@dataclass(frozen=True)
class _Frame:
    """Where one panel's plot lies on the canvas and which values and days its edges stand for."""

    left: int
    right: int
    top: int
    bottom: int
    low: float
    high: float
    first: int
    last: int

    def y(self, value: float) -> int:
        return self.bottom - round((value - self.low) / (self.high - self.low) * (self.bottom - self.top))

    def x(self, day: int) -> int:
        return self.left + round((day - self.first) / (self.last - self.first) * (self.right - self.left))


def _frame(one: Series, left: int, right: int, top: int, bottom: int) -> _Frame:
    values = [v for _, v in one.points] + [v for v in (one.baseline, one.target) if v is not None]
    low, high = min(values), max(values)
    if high == low:
        low, high = low - 1, high + 1
    days = [d.toordinal() for d, _ in one.points]
    first, last = min(days), max(days)
    if first == last:  # one measurement: half a year either side
        first, last = first - 183, last + 183
    return _Frame(left, right, top, bottom, low, high, first, last)


def _panel(canvas: Canvas, one: Series, frame: _Frame, scale: int) -> None:
    canvas.rect(frame.left, frame.top, frame.right - frame.left, frame.bottom - frame.top, TRACK)
    canvas.rect(frame.left, frame.bottom, frame.right - frame.left, 2, GRID)
    canvas.text(20, (frame.top + frame.bottom) // 2 - 7, one.label, INK, scale)
    for value in (frame.high, frame.low):
        label = _figure(value)
        canvas.text(frame.left - 12 - text_width(label, scale), frame.y(value) - 7, label, INK, scale)
    for day in (frame.first, frame.last):
        label = str(date.fromordinal(day).year)
        width = text_width(label, scale)
        x = min(max(frame.x(day) - width // 2, frame.left), frame.right - width)
        canvas.text(x, frame.bottom + 8, label, INK, scale)
    if one.baseline is not None:
        _dashed(canvas, frame.y(one.baseline), frame.left, frame.right, BASE, 4)
    if one.target is not None:
        _dashed(canvas, frame.y(one.target), frame.left, frame.right, TARGET, 12)
    xy = [(frame.x(d.toordinal()), frame.y(v)) for d, v in sorted(one.points)]
    for a, b in pairwise(xy):
        _line(canvas, a, b, BAR)
    for x, y in xy:
        canvas.rect(x - 5, y - 5, 11, 11, BAR)


def trend_chart(series: Sequence[Series], *, width: int = 1200) -> bytes:
    """One panel per indicator: values joined in time order, the baseline grey, the target dashed."""
    scale, panel_h, gap = 2, 220, 24
    left = 20 + text_width("00", scale) + 24 + text_width("-00000.0", scale) + 12
    canvas = Canvas(width, len(series) * (panel_h + gap) + gap)
    for index, one in enumerate(series):
        top = gap + index * (panel_h + gap)
        _panel(canvas, one, _frame(one, left, width - 30, top + 8, top + panel_h - 26), scale)
    return canvas.png()
