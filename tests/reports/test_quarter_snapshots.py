"""Quarter snapshots: stored once on the 1st after a quarter, never changed, and the next
quarter's headlines compare with them (or with the quarter computed live when there is none).

The hand-worked November desk (tests/reports/november.py), in Los Angeles. All nine cases
were raised in Q4 2026 (1 October 07:00Z to 1 January 2027 08:00Z), one of them Sev-1 (c2).
Acknowledged in Q4: c2 in 10 min, c5 in 1 h, c1 and c3 in 2 h, c4 in 2 h 30: median 2 h
(7,200 s). Resolved in Q4: c00 in 1 d (86,400 s), c3 in 2 d (172,800), c1 in 4 d 15 h
(399,600), c4 in 10 d 13 h (910,800), c0 in 47 d less 4 h 01 (4,046,340): median 399,600.
Nothing is raised, acknowledged or resolved in Q1 2027.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from io import StringIO

import pytest
from django.core.exceptions import ValidationError
from django.core.management import call_command
from django.db import DatabaseError, transaction

from reports.figures import compute
from reports.models import QuarterSnapshot, Snapshot
from reports.periods import parse
from reports.tasks import monthly_snapshot, take_quarter_snapshot
from tests.conftest import make_escalation

# 00:05 on 1 January 2027 in Los Angeles (PST, UTC-8): the job's run after Q4 2026.
NEW_YEAR = datetime.fromisoformat("2027-01-01T08:05:00+00:00")
# Early in Q2 2027: Q1 2027 is complete, and compared with Q4 2026.
APRIL = datetime.fromisoformat("2027-04-02T12:00:00+00:00")
Q1 = parse("2027-Q1")


def headline(figures: dict, key: str) -> dict:
    return next(h for h in figures["headlines"] if h["key"] == key)


def one_more_q4_case(november) -> None:
    """A case raised in December after the snapshot was taken (a late import, say)."""
    make_escalation(
        by=november.people["alice"],
        customer=november.cases["c6"].customer,
        at=datetime.fromisoformat("2026-12-10T12:00:00+00:00"),
        severity=1,
        title="Imported late",
    )


def test_on_the_first_after_a_quarter_the_job_stores_it_once(november):
    assert monthly_snapshot(NEW_YEAR) == "2026-12: taken; 2026-Q4: taken"

    stored = QuarterSnapshot.objects.get()
    assert (stored.quarter, stored.taken_at) == ("2026-Q4", NEW_YEAR)
    assert stored.figures["period"]["label"] == "2026-Q4"
    assert stored.figures["complete"] is True
    assert headline(stored.figures, "volume")["value"] == 9
    assert headline(stored.figures, "sev1")["value"] == 1
    assert headline(stored.figures, "ack_median")["value"] == 7200
    assert headline(stored.figures, "resolve_median")["value"] == 399600

    # An hour later (or a second worker): nothing new, the first stays.
    assert monthly_snapshot(NEW_YEAR + timedelta(hours=1)) == "2026-12: already taken"
    assert take_quarter_snapshot(NEW_YEAR + timedelta(hours=1)) is None
    assert list(QuarterSnapshot.objects.values_list("quarter", "taken_at")) == [
        ("2026-Q4", NEW_YEAR)
    ]


def test_a_month_that_closes_no_quarter_stores_no_quarter(november):
    # 00:05 on 1 December in Los Angeles: November's snapshot only.
    assert monthly_snapshot(datetime.fromisoformat("2026-12-01T08:05:00+00:00")) == "2026-11: taken"
    assert not QuarterSnapshot.objects.exists()
    assert Snapshot.objects.get().month == "2026-11"


def test_a_run_that_finds_the_month_taken_still_stores_the_quarter(november):
    # Killed after December's snapshot: the next try stores Q4.
    Snapshot.objects.create(month="2026-12", figures={}, taken_at=NEW_YEAR)
    assert monthly_snapshot(NEW_YEAR + timedelta(minutes=5)) == (
        "2026-12: already taken; 2026-Q4: taken"
    )
    assert QuarterSnapshot.objects.get().quarter == "2026-Q4"


def test_a_quarter_snapshot_refuses_to_change_in_save_and_in_the_database(november):
    stored = take_quarter_snapshot(NEW_YEAR)
    stored.figures["headlines"] = []

    with pytest.raises(ValidationError):
        stored.save()
    with pytest.raises(DatabaseError), transaction.atomic():
        QuarterSnapshot.objects.filter(pk=stored.pk).update(figures={"rewritten": True})
    with pytest.raises(DatabaseError), transaction.atomic():
        QuarterSnapshot.objects.filter(pk=stored.pk).update(quarter="2026-Q3")
    with pytest.raises(DatabaseError), transaction.atomic():
        QuarterSnapshot.objects.filter(pk=stored.pk).update(taken_at=APRIL)
    assert headline(QuarterSnapshot.objects.get().figures, "volume")["value"] == 9


def test_the_next_quarter_compares_with_what_was_published(november):
    take_quarter_snapshot(NEW_YEAR)
    one_more_q4_case(november)  # Q4 now counts 10 cases, 2 of them Sev-1

    figures = compute(Q1, now=APRIL)

    assert figures["previous"]["label"] == "2026-Q4"
    assert figures["previous"]["published_at"] == NEW_YEAR.isoformat()
    volume = headline(figures, "volume")
    assert (volume["value"], volume["previous"], volume["change"]) == (0, 9, -1.0)
    assert headline(figures, "sev1")["previous"] == 1
    ack = headline(figures, "ack_median")
    assert (ack["value"], ack["previous"], ack["change"]) == (None, 7200, None)
    assert headline(figures, "resolve_median")["previous"] == 399600


def test_without_a_snapshot_the_quarter_before_is_computed_live(november):
    one_more_q4_case(november)

    figures = compute(Q1, now=APRIL)

    assert "published_at" not in figures["previous"]
    assert headline(figures, "volume")["previous"] == 10
    assert headline(figures, "sev1")["previous"] == 2
    assert headline(figures, "ack_median")["previous"] == 7200
    assert headline(figures, "resolve_median")["previous"] == 399600


def test_a_month_compares_with_its_month_before_live_even_after_a_quarter(november):
    take_quarter_snapshot(NEW_YEAR)
    one_more_q4_case(november)

    figures = compute(parse("2027-01"), now=APRIL)

    assert "published_at" not in figures["previous"]
    # December 2026 live: c6 and the late case.
    assert headline(figures, "volume")["previous"] == 2


def test_the_page_and_the_command_say_the_change_is_against_the_snapshot(
    client, manager, november, clock
):
    take_quarter_snapshot(NEW_YEAR)
    clock.move_to(APRIL)
    client.force_login(manager)

    html = client.get("/reports/2027-Q1/").content.decode()
    assert "compared with Q4 2026 as published on 1 January 2027, 00:05 PST" in html

    out = StringIO()
    call_command("monthly_report", "2027-Q1", "--now", APRIL.isoformat(), stdout=out)
    assert f"Headlines (change against Q4 2026 as published {NEW_YEAR.isoformat()})" in (
        out.getvalue()
    )
