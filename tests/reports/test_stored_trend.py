"""The trend's months before the period are read from their snapshots (what each month's own
report published), the period's own months are counted live (reports.figures.stored_trend).

The desk is tests/reports/november.py: counted live, October 2026 has 3 cases raised, 1 clock
met and none breached; November 5 raised, 3 met, 4 breached. The snapshots below are written
by hand with other numbers, as if October had changed after its snapshot was taken, so the
figures show which source each month came from.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from reports.figures import compute
from reports.models import Snapshot
from reports.periods import parse, trend
from tests.reports.november import LATER

pytestmark = pytest.mark.django_db

TAKEN = datetime.fromisoformat("2026-11-01T08:05:00+00:00")
PUBLISHED = {
    # month: (volume, met, breached) as its snapshot says
    "2026-01": (9, 0, 0),
    "2026-10": (4, 2, 2),
}


def store(*, skip: str | None = None) -> None:
    """A snapshot for each month from December 2025 to October 2026 (none for `skip`)."""
    for month in trend(parse("2026-10"), 11):
        if month.label == skip:
            continue
        volume, met, breached = PUBLISHED.get(month.label, (0, 0, 0))
        entry = {
            "label": month.label,
            "title": month.title,
            "volume": volume,
            "met": met,
            "breached": breached,
            "attainment": met / (met + breached) if met + breached else None,
        }
        Snapshot.objects.create(month=month.label, figures={"trend": [entry]}, taken_at=TAKEN)


def by_month(figures: dict) -> dict:
    return {m["label"]: (m["volume"], m["met"], m["breached"]) for m in figures["trend"]}


def headline(figures: dict, key: str) -> dict:
    return next(h for h in figures["headlines"] if h["key"] == key)


def test_the_months_before_the_period_come_from_their_snapshots(november):
    store()
    figures = compute(parse("2026-11"), now=LATER)
    trend_ = by_month(figures)
    assert trend_["2026-01"] == (9, 0, 0)
    assert trend_["2026-10"] == (4, 2, 2)
    assert trend_["2026-11"] == (5, 3, 4)  # the period itself: live
    # October's SLA attainment as published: 2 met of 4 counted.
    assert headline(figures, "sla_attainment")["previous"] == 0.5
    assert figures["trend"][-2]["attainment"] == 0.5


def test_from_the_first_month_without_a_snapshot_on_the_months_are_counted_live(november):
    store(skip="2026-03")
    trend_ = by_month(compute(parse("2026-11"), now=LATER))
    assert trend_["2026-01"] == (9, 0, 0)  # before the gap: its snapshot
    assert trend_["2026-10"] == (3, 1, 0)  # after it: live
    assert trend_["2026-11"] == (5, 3, 4)


def test_a_quarters_own_months_are_counted_live_even_with_snapshots(november):
    store()
    trend_ = by_month(compute(parse("2026-Q4"), now=LATER))
    assert trend_["2026-01"] == (9, 0, 0)
    assert trend_["2026-10"] == (3, 1, 0)
