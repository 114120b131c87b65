"""The SVG charts' geometry (reports/charts.py): pure, no database."""

from __future__ import annotations

from reports import charts


def test_bars_are_as_long_as_their_share_of_the_largest():
    chart = charts.bar_chart(
        [{"label": "A", "count": 4}, {"label": "B", "count": 2}, {"label": "C", "count": 0}],
        title="By thing",
    )
    span = charts.WIDTH - charts.LABEL_WIDTH - charts.VALUE_WIDTH
    assert [bar.width for bar in chart.bars] == [span, span / 2, 0]
    assert chart.height == 3 * charts.ROW_HEIGHT
    assert chart.description == "A: 4; B: 2; C: 0"
    # The number sits just after its bar.
    assert chart.bars[1].value_x == charts.LABEL_WIDTH + span / 2 + 6


def test_all_zero_draws_no_bars_and_nothing_divides_by_zero():
    chart = charts.bar_chart([{"label": "A", "count": 0}], title="Empty")
    assert chart.bars[0].width == 0
    empty = charts.bar_chart([], title="Nothing")
    assert (empty.bars, empty.description) == ((), "No data.")


def test_long_labels_are_cut_on_the_chart_but_kept_whole_in_its_title():
    long = "A product area with a remarkably long name"
    bar = charts.bar_chart([{"label": long, "count": 1}], title="t").bars[0]
    assert len(bar.label) == charts.LABEL_CHARS and bar.label.endswith("…")
    assert bar.full_label == long


def test_a_share_with_none_counts_as_an_empty_bar():
    chart = charts.bar_chart(
        [{"kind_label": "Ack", "attainment": None}, {"kind_label": "Resolve", "attainment": 0.5}],
        title="SLA",
        value_key="attainment",
        label_key="kind_label",
        fmt=lambda v: "—" if v is None else f"{v:.0%}",
    )
    assert [(b.label, b.width, b.value_text) for b in chart.bars][0] == ("Ack", 0, "—")


def months(values):
    return [
        {"label": f"2026-{m:02d}", "title": f"Month {m}", "value": v}
        for m, v in zip(range(1, 13), values, strict=True)
    ]


def test_a_trend_line_breaks_where_a_month_has_no_value():
    values = [0.5, 1.0, None, None, 0.25, 0.5, 0.75, 1.0, 1.0, None, 0.5, 0.5]
    chart = charts.trend_chart(
        months(values), title="SLA", value_key="value", kind="line", fmt=str, ceiling=1
    )
    assert len(chart.segments) == 3
    assert [p.y is None for p in chart.points] == [v is None for v in values]
    # Full attainment touches the top of the plot, none the baseline.
    top = charts.TREND_TOP
    assert chart.points[1].y == top
    assert chart.points[0].year == "2026"  # the first month carries its year


def test_trend_bars_scale_to_the_busiest_month():
    chart = charts.trend_chart(
        months([0, 5, 10, 0, 0, 0, 0, 0, 0, 0, 0, 0]),
        title="Volume",
        value_key="value",
        kind="bars",
    )
    heights = [p.bar_height for p in chart.points]
    assert heights[2] == 2 * heights[1] > 0 and heights[0] == 0
    assert chart.ticks[-1][1] == "10"
