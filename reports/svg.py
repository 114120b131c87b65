"""The charts of reports/charts.py as SVG markup, for pages and e-mails.

Built with format_html, so every label and number is escaped as a template would escape it
(product areas and titles are typed by people); a loop of template includes per bar cost
more than the rest of the page. Accessible: role="img", a <title> and a <desc> that the
element names with aria-labelledby, and a <title> per bar or month for pointer users. No
script and no style attribute (the desk's CSP allows neither): colours are SVG attributes.
"""

from __future__ import annotations

from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString

from .charts import BarChart, TrendChart

TEXT = "#212529"
MUTED = "#495057"
GRID = "#ced4da"


def _frame(chart, chart_id: str, body: SafeString) -> SafeString:
    return format_html(
        '<svg class="report-chart" role="img" viewBox="0 0 {w} {h}" width="{w}" height="{h}" '
        'aria-labelledby="{id}-title {id}-desc" xmlns="http://www.w3.org/2000/svg">'
        '<title id="{id}-title">{title}</title><desc id="{id}-desc">{desc}</desc>{body}</svg>',
        w=chart.width,
        h=chart.height,
        id=chart_id,
        title=chart.title,
        desc=chart.description,
        body=body,
    )


def bar_chart(chart: BarChart, chart_id: str) -> SafeString:
    bars = format_html_join(
        "",
        '<g><title>{}: {}</title><text x="{}" y="{}" text-anchor="end" font-size="12" '
        'fill="' + TEXT + '">{}</text>{}<text x="{}" y="{}" font-size="12" fill="' + TEXT + '">'
        "{}</text></g>",
        (
            (
                bar.full_label,
                bar.value_text,
                chart.label_x,
                bar.text_y,
                bar.label,
                format_html(
                    '<rect x="{}" y="{}" width="{}" height="{}" fill="{}"/>',
                    chart.bar_x,
                    bar.bar_y,
                    bar.width,
                    chart.bar_height,
                    chart.fill,
                )
                if bar.width
                else "",
                bar.value_x,
                bar.text_y,
                bar.value_text,
            )
            for bar in chart.bars
        ),
    )
    return _frame(chart, chart_id, bars)


def trend_chart(chart: TrendChart, chart_id: str) -> SafeString:
    ticks = format_html_join(
        "",
        '<line x1="{}" x2="{}" y1="{}" y2="{}" stroke="' + GRID + '" stroke-width="1"/>'
        '<text x="{}" y="{}" dy="4" text-anchor="end" font-size="11" fill="'
        + MUTED
        + '">{}</text>',
        ((chart.left, chart.right, y, y, chart.left - 6, y, label) for y, label in chart.ticks),
    )

    def mark(point) -> SafeString:
        if chart.kind == "bars":
            if not point.bar_height:
                return SafeString("")
            return format_html(
                '<rect x="{}" y="{}" width="{}" height="{}" fill="{}"/>',
                point.bar_x,
                point.bar_y,
                chart.bar_width,
                point.bar_height,
                chart.fill,
            )
        if point.y is None:
            return SafeString("")
        return format_html(
            '<circle cx="{}" cy="{}" r="3.5" fill="{}"/>', point.x, point.y, chart.fill
        )

    def year(point) -> SafeString:
        if not point.year:
            return SafeString("")
        return format_html(
            '<text x="{}" y="{}" text-anchor="middle" font-size="10" fill="'
            + MUTED
            + '">{}</text>',
            point.x,
            chart.baseline + 27,
            point.year,
        )

    points = format_html_join(
        "",
        '<g><title>{} {}: {}</title>{}<text x="{}" y="{}" text-anchor="middle" font-size="11" '
        'fill="' + TEXT + '">{}</text>{}</g>',
        (
            (p.label, p.year, p.value_text, mark(p), p.x, chart.baseline + 14, p.label, year(p))
            for p in chart.points
        ),
    )
    lines = SafeString("")
    if chart.kind == "line":
        lines = format_html_join(
            "",
            '<polyline points="{}" fill="none" stroke="{}" stroke-width="2"/>',
            ((segment, chart.fill) for segment in chart.segments),
        )
    return _frame(chart, chart_id, SafeString(ticks + points + lines))
