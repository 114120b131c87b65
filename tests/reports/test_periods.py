"""Report periods in the desk's time zone (reports/periods.py): no database."""

from __future__ import annotations

from datetime import datetime

import pytest

from reports.periods import Period, latest_complete_month, parse, trend


def utc(text: str) -> datetime:
    return datetime.fromisoformat(f"{text}+00:00")


def test_parse_months_and_quarters():
    assert parse("2026-11") == Period("month", 2026, 11)
    assert parse("2026-Q4") == Period("quarter", 2026, 4)
    assert parse("2026-q4") == Period("quarter", 2026, 4)
    for bad in ("2026-13", "2026-00", "2026-1", "2026-Q5", "2026-Q0", "26-11", "", "1999-12", "x"):
        assert parse(bad) is None, bad


def test_labels_and_titles():
    assert (Period("month", 2026, 3).label, Period("month", 2026, 3).title) == (
        "2026-03",
        "March 2026",
    )
    assert (Period("quarter", 2026, 4).label, Period("quarter", 2026, 4).title) == (
        "2026-Q4",
        "Q4 2026",
    )


def test_a_month_in_los_angeles_starts_at_local_midnight_across_the_dst_change(settings):
    settings.TIME_ZONE = "America/Los_Angeles"
    november = parse("2026-11")
    # PDT (UTC-7) at the start, PST (UTC-8) at the end: DST ends on 1 November at 2:00.
    assert november.start == utc("2026-11-01T07:00:00")
    assert november.end == utc("2026-12-01T08:00:00")
    assert november.previous().end == november.start


def test_neighbours_months_of_a_quarter_and_the_quarter_of_a_month():
    assert parse("2026-01").previous() == parse("2025-12")
    assert parse("2026-12").next() == parse("2027-01")
    assert parse("2026-Q1").previous() == parse("2025-Q4")
    assert parse("2026-Q4").months() == [parse("2026-10"), parse("2026-11"), parse("2026-12")]
    assert parse("2026-11").quarter() == parse("2026-Q4")
    assert parse("2026-Q1").start == parse("2026-01").start
    assert parse("2026-Q1").end == parse("2026-04").start


def test_latest_complete_month_is_the_local_month_before(settings):
    settings.TIME_ZONE = "America/Los_Angeles"
    # 2026-12-01 05:00Z is still 30 November in Los Angeles: October is the last complete one.
    assert latest_complete_month(utc("2026-12-01T05:00:00")) == parse("2026-10")
    assert latest_complete_month(utc("2026-12-01T09:00:00")) == parse("2026-11")


def test_future_and_complete():
    now = utc("2026-11-02T10:00:00")
    assert parse("2026-12").is_future(now)
    assert not parse("2026-11").is_future(now)
    assert not parse("2026-11").is_complete(now)
    assert parse("2026-10").is_complete(now)


def test_trend_is_the_twelve_months_ending_with_the_period():
    months = trend(parse("2026-11"))
    assert len(months) == 12
    assert (months[0], months[-1]) == (parse("2025-12"), parse("2026-11"))
    assert trend(parse("2026-Q4"))[-1] == parse("2026-12")


def test_a_period_out_of_range_is_refused():
    with pytest.raises(ValueError):
        Period("month", 2026, 13)
    with pytest.raises(ValueError):
        Period("week", 2026, 1)
