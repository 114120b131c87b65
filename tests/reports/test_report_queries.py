"""Report pages cost a fixed number of queries, whatever the data (STYLE.md item 12).

The month page's queries, in order:
 1-3   the session, the user, the user's groups (access);
 4     the month's snapshot, if any;
 5     volume by severity, category, entry point and product area with overrides, this month
       and last (one GROUP BY);
 6-8   root causes with their counts and distinct-account ARR, triggers, close-out totals;
 9     the trend's months before the period, from their snapshots (figures.stored_trend);
 10    SLA clocks met/breached per month, kind and severity over the trend's other months;
 11    median and p90 to acknowledge and to resolve: on PostgreSQL one query (window
       functions); on SQLite three (the values sorted into a temporary table, read by
       position, the table dropped: reports/figures/sql.py);
 12    ARR open and escalated, this month and last;
 13    escalations per month for the trend's months not read from snapshots;
 14-16 triage feedback, raisers per person, the Sev-1 cases listed;
 17    which listed Sev-1 cases this reader may see (for_viewer; none when none is listed);
 18-20 the navigation: My work counts, the reader's permissions (user and group).
(Numbers as on PostgreSQL; on SQLite 12-20 are 14-22.) The quarter page has no snapshot
query of its own and adds the systemic panel's (reports/systemic.py).
"""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from escalations.models import CloseOut, Escalation, RootCause, Trigger
from matrix.models import Clock
from tests.conftest import make_customer, make_escalation
from tests.reports.november import LATER, at, person
from triage.models import TriageConfig, TriageFeedback, TriageOverride, TriageRun

pytestmark = pytest.mark.django_db

LIMIT = 25  # issue 10 item 8


@pytest.fixture
def later(clock):
    clock.move_to(LATER)


def grow(manager, count: int = 60) -> None:
    """Sixty more cases over October and November: every severity, Sev-1s raised by people
    the manager is not, clocks of every kind and state, close-outs, overrides and feedback."""
    raisers = [person(f"agent{i}", "Agent") for i in range(6)]
    causes = list(RootCause.objects.all())
    trigger = Trigger.objects.first()
    config = TriageConfig.objects.create(version=98, values={}, created_at=at("09-01T00:00"))
    for i in range(count):
        raised = at("10-01T12:00") + timedelta(hours=19 * i)
        case = make_escalation(
            by=raisers[i % len(raisers)],
            customer=make_customer(arr=Decimal(10000 * (i + 1))),
            at=raised,
            severity=i % 4 + 1,
            product_area=f"Area {i % 7}",
            title=f"Grown {i}",
        )
        Clock.objects.create(
            escalation=case,
            kind="acknowledge",
            target_minutes=60,
            started_at=raised,
            stopped_at=raised + timedelta(minutes=10 + 7 * i),
            met=i % 3 != 0,
        )
        Clock.objects.create(
            escalation=case,
            kind="resolve",
            target_minutes=480,
            started_at=raised,
            due_at=raised + timedelta(hours=8),
        )
        run = TriageRun.objects.create(
            escalation=case,
            config=config,
            at=raised,
            trigger="intake",
            score=40,
            severity=case.severity,
            lane="guardrailed",
        )
        if i % 5 == 0:
            TriageOverride.objects.create(
                escalation=case,
                run=run,
                by=manager,
                at=raised,
                old_severity=4,
                new_severity=case.severity,
                reason="Seen worse.",
            )
        TriageFeedback.objects.create(run=run, by=manager, at=raised, verdict="right")
        if i % 2:
            closed = raised + timedelta(days=2)
            Escalation.objects.filter(pk=case.pk).update(
                status="closed", resolved_at=closed, closed_at=closed
            )
            CloseOut.objects.create(
                escalation=case,
                trigger=trigger,
                root_cause=causes[i % len(causes)],
                avoidable=bool(i % 3),
                resolution_summary="Done.",
                exit_criteria_met=True,
                within_sla=True,
                closed_by=manager,
                closed_at=closed,
            )


def queries(client, user, url: str) -> int:
    client.force_login(user)
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return len(captured.captured_queries)


@pytest.mark.parametrize("url", ["/reports/2026-11/", "/reports/2026-Q4/"])
def test_a_report_page_costs_the_same_few_queries_small_or_big(
    client, manager, november, later, url, django_assert_max_num_queries
):
    small = queries(client, manager, url)
    grow(manager)
    with django_assert_max_num_queries(LIMIT):
        client.get(url)
    big = queries(client, manager, url)
    if url.endswith("Q4/"):
        # The systemic panel reads a problem's cases only once there is a problem (the grown
        # desk has root causes with five close-outs in the quarter): one query more.
        assert big - small <= 1
    else:
        assert big == small


def test_the_month_page_queries_as_listed(client, manager, november, later):
    # The percentiles: one query on PostgreSQL, three on SQLite (reports/figures/sql.py); the
    # person's permissions are one query (config/auth.py).
    percentiles = 3 if connection.vendor == "sqlite" else 1
    assert queries(client, manager, "/reports/2026-11/") == 18 + percentiles


def test_the_csv_and_the_command_stay_small_too(client, manager, november, later):
    grow(manager)
    assert queries(client, manager, "/reports/2026-11/sla.csv") <= LIMIT
