"""Server-side SVG charts: the geometry of a bar chart and of a 12-month trend.

Pure functions over plain figures (no queries, no markup): they return the positions of bars,
points and labels, and templates/reports/_bar_chart.html and _trend_chart.html draw them as
<svg role="img"> with a <title> and <desc>, through the template engine so every label is
escaped. No script and no style attribute (the desk's CSP allows neither): colours are SVG
presentation attributes, which print and survive being pasted into an e-mail.
"""

from __future__ import annotations

from dataclasses import dataclass

WIDTH = 640
ROW_HEIGHT = 22
BAR_HEIGHT = 14
LABEL_WIDTH = 200  # labels right-aligned in this band, bars start after it
VALUE_WIDTH = 70  # room for the number after the longest bar
LABEL_CHARS = 30  # longer labels are cut on the chart (the table beside it has them whole)

TREND_HEIGHT = 200
TREND_TOP, TREND_BOTTOM, TREND_LEFT, TREND_RIGHT = 16, 34, 48, 12

BAR_FILL = "#2f6fae"
LINE_STROKE = "#14602f"
MONTH_ABBR = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()


@dataclass(frozen=True)
class Bar:
    label: str  # as drawn (maybe cut)
    full_label: str
    value: float
    value_text: str
    y: float  # top of the row
    bar_y: float
    text_y: float
    width: float
    value_x: float


@dataclass(frozen=True)
class BarChart:
    title: str
    description: str
    width: int
    height: int
    label_x: int
    bar_x: int
    bars: tuple[Bar, ...]
    bar_height: int = BAR_HEIGHT
    fill: str = BAR_FILL


def _cut(label: str) -> str:
    return label if len(label) <= LABEL_CHARS else label[: LABEL_CHARS - 1] + "…"


def bar_chart(
    rows: list[dict], *, title: str, value_key: str = "count", label_key: str = "label", fmt=str
) -> BarChart:
    """Horizontal bars, one per row, longest = the largest value (all zero: no bars drawn)."""
    top = max((row[value_key] or 0 for row in rows), default=0)
    span = WIDTH - LABEL_WIDTH - VALUE_WIDTH
    bars = []
    for i, row in enumerate(rows):
        value = row[value_key] or 0
        y = i * ROW_HEIGHT
        width = round(span * value / top, 1) if top else 0
        bars.append(
            Bar(
                label=_cut(str(row[label_key])),
                full_label=str(row[label_key]),
                value=value,
                value_text=fmt(row[value_key]),
                y=y,
                bar_y=y + (ROW_HEIGHT - BAR_HEIGHT) / 2,
                text_y=y + ROW_HEIGHT / 2 + 4,
                width=width,
                value_x=LABEL_WIDTH + width + 6,
            )
        )
    description = "; ".join(f"{bar.full_label}: {bar.value_text}" for bar in bars)
    return BarChart(
        title=title,
        description=description or "No data.",
        width=WIDTH,
        height=max(len(bars), 1) * ROW_HEIGHT,
        label_x=LABEL_WIDTH - 8,
        bar_x=LABEL_WIDTH,
        bars=tuple(bars),
    )


@dataclass(frozen=True)
class TrendPoint:
    label: str  # "Nov", with the year under January and the first month
    year: str
    value: float | None
    value_text: str
    x: float
    y: float | None  # None: no value that month (nothing counted)
    bar_x: float
    bar_y: float
    bar_height: float


@dataclass(frozen=True)
class TrendChart:
    title: str
    description: str
    width: int
    height: int
    kind: str  # "bars" | "line"
    points: tuple[TrendPoint, ...]
    segments: tuple[str, ...]  # polyline point lists, broken where a month has no value
    ticks: tuple[tuple[float, str], ...]  # (y, label) on the value axis
    left: int
    right: int
    baseline: float
    bar_width: float
    fill: str


def trend_chart(
    months: list[dict],
    *,
    title: str,
    value_key: str,
    kind: str,
    fmt=str,
    ceiling: float | None = None,
) -> TrendChart:
    """Twelve months left to right: bars (a count) or a line (a share, ceiling 1)."""
    values = [m[value_key] for m in months]
    top = ceiling if ceiling is not None else max((v or 0 for v in values), default=0)
    top = top or 1
    inner_w = WIDTH - TREND_LEFT - TREND_RIGHT
    inner_h = TREND_HEIGHT - TREND_TOP - TREND_BOTTOM
    step = inner_w / max(len(months), 1)
    baseline = TREND_TOP + inner_h
    points = []
    for i, month in enumerate(months):
        value = month[value_key]
        year, number = month["label"][:4], int(month["label"][5:7])
        height = inner_h * (value or 0) / top
        points.append(
            TrendPoint(
                label=MONTH_ABBR[number - 1],
                year=year if number == 1 or i == 0 else "",
                value=value,
                value_text=fmt(value),
                x=round(TREND_LEFT + step * (i + 0.5), 1),
                bar_x=round(TREND_LEFT + step * (i + 0.2), 1),
                y=None if value is None else round(baseline - height, 1),
                bar_y=round(baseline - height, 1),
                bar_height=round(height, 1),
            )
        )
    segments, current = [], []
    for point in points:
        if point.y is None:
            if current:
                segments.append(current)
            current = []
        else:
            current.append(f"{point.x},{point.y}")
    if current:
        segments.append(current)
    ticks = tuple(
        (round(baseline - inner_h * share, 1), fmt(top * share) if ceiling is None else fmt(share))
        for share in (0, 0.5, 1)
    )
    description = "; ".join(
        f"{m.get('title', m['label'])}: {p.value_text}" for m, p in zip(months, points, strict=True)
    )
    return TrendChart(
        title=title,
        description=description,
        width=WIDTH,
        height=TREND_HEIGHT,
        kind=kind,
        points=tuple(points),
        segments=tuple(" ".join(s) for s in segments),
        ticks=ticks,
        left=TREND_LEFT,
        right=WIDTH - TREND_RIGHT,
        baseline=baseline,
        bar_width=round(step * 0.6, 1),
        fill=BAR_FILL if kind == "bars" else LINE_STROKE,
    )
