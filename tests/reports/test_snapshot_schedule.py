"""The monthly snapshot's django-q2 schedule: on the 1st at 00:05 desk time, created once.

The suite's clock stands at 2026-11-02 10:00 UTC, so the next run is 2026-12-01 00:05.
"""

from __future__ import annotations

from datetime import datetime

import pytest
from django.test import override_settings
from django_q.models import Schedule

from escalations.schedules import SCHEDULES, ensure_schedules, is_monthly_slot, monthly_next_run
from reports.tasks import monthly_snapshot

pytestmark = pytest.mark.django_db

UTC = "+00:00"


def at(text: str) -> datetime:
    return datetime.fromisoformat(text + UTC)


def row() -> Schedule:
    return Schedule.objects.get(name="monthly_snapshot")


def test_migrate_created_it_monthly_on_a_first_at_0005():
    schedule = row()
    assert schedule.func == "reports.tasks.monthly_snapshot"
    assert schedule.schedule_type == Schedule.MONTHLY
    assert schedule.repeats == -1
    # Made when the test database was migrated, whenever that was: some 1st at 00:05 UTC.
    local = schedule.next_run
    assert (local.day, local.hour, local.minute) == (1, 0, 5)


def test_ensuring_again_creates_nothing_and_changes_nothing():
    before = list(Schedule.objects.order_by("name").values())

    assert ensure_schedules() == []
    assert list(Schedule.objects.order_by("name").values()) == before
    assert Schedule.objects.count() == len(SCHEDULES)


def test_a_broken_or_drifted_schedule_is_put_back():
    Schedule.objects.filter(name="monthly_snapshot").update(
        func="reports.tasks.gone", schedule_type=Schedule.MINUTES, minutes=5
    )
    ensure_schedules()
    schedule = row()
    assert (schedule.func, schedule.schedule_type, schedule.minutes) == (
        "reports.tasks.monthly_snapshot",
        Schedule.MONTHLY,
        None,
    )
    assert schedule.next_run == at("2026-12-01T00:05:00")

    Schedule.objects.filter(name="monthly_snapshot").update(next_run=at("2026-12-31T00:05:00"))
    ensure_schedules()
    assert row().next_run == at("2026-12-01T00:05:00")


@override_settings(TIME_ZONE="Europe/Berlin")
def test_the_next_run_is_the_first_at_0005_in_the_desks_time_zone():
    # 23:00 UTC on 30 November is midnight on 1 December in Berlin: 00:05 is five minutes on.
    assert monthly_next_run(at("2026-11-30T23:00:00")) == at("2026-11-30T23:05:00")
    # Past it: 00:05 on 1 January, CET (UTC+1).
    assert monthly_next_run(at("2026-11-30T23:05:00")) == at("2026-12-31T23:05:00")
    # Summer time (UTC+2): 1 April 00:05 CEST is 22:05 UTC on 31 March.
    assert monthly_next_run(at("2027-03-15T12:00:00")) == at("2027-03-31T22:05:00")
    assert is_monthly_slot(at("2027-03-31T22:05:00"))
    assert not is_monthly_slot(at("2027-03-31T23:05:00"))


@override_settings(TIME_ZONE="Europe/Berlin")
def test_a_run_puts_the_schedule_back_on_the_first_where_django_q_would_drift(manager, executive):
    Schedule.objects.filter(name="monthly_snapshot").update(next_run=at("2026-11-30T23:05:00"))
    # django-q2 adds a month to the UTC instant: 30 November 23:05 UTC becomes 30 December
    # 23:05 UTC, which is 31 December in Berlin, not the 1st.
    assert row().calculate_next_run() == at("2026-12-30T23:05:00")

    done = monthly_snapshot(at("2026-11-30T23:05:30"))

    assert done == "2026-11: taken"
    assert row().next_run == at("2026-12-31T23:05:00")  # 1 January 00:05 in Berlin
