"""What a report page shows, built from the figures (live or a snapshot's): no queries here
except the systemic panel's, which is its own app part (reports/systemic.py)."""

from __future__ import annotations

from datetime import datetime

from . import charts, svg
from .csv_export import TABLES
from .periods import FIRST_YEAR, Period, month_of
from .templatetags.report_format import percent


def _count(value) -> str:
    # Axis ticks are halves of the busiest month: counts stay whole.
    return "—" if value is None else f"{round(value):,}"


def breakdown_charts(figures: dict) -> list[dict]:
    return [
        {
            **found,
            "chart": svg.bar_chart(
                charts.bar_chart(
                    found["rows"],
                    title=f"{figures['period']['title']}: escalations by {found['title'].lower()}",
                ),
                f"chart-{found['name']}",
            ),
        }
        for found in figures["breakdowns"]
    ]


def trend_charts(figures: dict) -> dict:
    months = figures["trend"]
    span = f"{months[0]['title']} to {months[-1]['title']}"
    return {
        "volume": svg.trend_chart(
            charts.trend_chart(
                months,
                title=f"Escalations raised per month, {span}",
                value_key="volume",
                kind="bars",
                fmt=_count,
            ),
            "chart-trend-volume",
        ),
        "attainment": svg.trend_chart(
            charts.trend_chart(
                months,
                title=f"SLA attainment per month, {span}",
                value_key="attainment",
                kind="line",
                fmt=percent,
                ceiling=1,
            ),
            "chart-trend-sla",
        ),
    }


def neighbours(period: Period, now: datetime) -> dict:
    """Links to the period before and after (none into the future) and between a month and
    its quarter."""
    before = period.previous()
    after = period.next()
    return {
        "previous": before if before.year >= FIRST_YEAR else None,
        "next": None if after.is_future(now) else after,
        "quarter": None if not period.is_month else period.quarter(),
        "months": [] if period.is_month else [m for m in period.months() if not m.is_future(now)],
        "current_month": month_of(now),
    }


def is_empty(figures: dict) -> bool:
    """Nothing raised, closed, acknowledged or resolved, and no clock counted."""
    return (
        not figures["breakdowns"][0]["total"]
        and not figures["closeouts"]["total"]
        and not (figures["sla"]["overall"]["met"] + figures["sla"]["overall"]["breached"])
        and not figures["times"]["acknowledge"]["overall"]["count"]
        and not figures["times"]["resolve"]["overall"]["count"]
    )


def times_rows(figures: dict) -> list[dict]:
    """Acknowledge and resolve side by side, one row per severity either of them has."""
    empty = {"count": 0, "median": None, "p90": None}
    ack = {r["severity"]: r for r in figures["times"]["acknowledge"]["rows"]}
    res = {r["severity"]: r for r in figures["times"]["resolve"]["rows"]}
    labels = {r["severity"]: r["severity_label"] for r in [*ack.values(), *res.values()]}
    return [
        {"label": label, "acknowledge": ack.get(key, empty), "resolve": res.get(key, empty)}
        for key, label in labels.items()
    ]


def context(period: Period, figures: dict, *, now: datetime, taken_at: datetime | None) -> dict:
    published = figures["previous"].get("published_at")
    return {
        "period": period,
        "figures": figures,
        "taken_at": taken_at,
        "computed_at": datetime.fromisoformat(figures["computed_at"]),
        # The headlines' previous values are that period's snapshot (figures.compute).
        "previous_published_at": published and datetime.fromisoformat(published),
        "in_progress": not figures["complete"],
        "empty": is_empty(figures),
        "breakdowns": breakdown_charts(figures),
        "times_rows": times_rows(figures),
        "trend": trend_charts(figures),
        "links": neighbours(period, now),
        "tables": list(TABLES),
        "sla_chart": svg.bar_chart(
            charts.bar_chart(
                figures["sla"]["by_kind"],
                title=f"{figures['period']['title']}: SLA attainment by clock",
                value_key="attainment",
                label_key="kind_label",
                fmt=percent,
            ),
            "chart-sla",
        ),
        "feedback_chart": svg.bar_chart(
            charts.bar_chart(
                figures["triage"]["feedback"]["rows"],
                title=f"{figures['period']['title']}: triage feedback",
            ),
            "chart-feedback",
        ),
    }
