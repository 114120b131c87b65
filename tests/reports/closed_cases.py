"""Closed cases with their close-outs, written straight through the ORM for the reports' tests.

The close event itself (escalations/workflow.py) is tested with the workflow; the reports only
read what it leaves: the case's status and closed_at, and its CloseOut row.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from django.contrib.auth.models import User

from escalations.models import CloseOut, Customer, Escalation, RootCause, Trigger
from tests.conftest import make_escalation


def close(case: Escalation, cause: str, at: datetime, *, by: User) -> CloseOut:
    """Close `case` at `at` with root cause `cause` (a slug shipped by escalations 0011)."""
    Escalation.objects.filter(pk=case.pk).update(
        status="closed", resolved_at=at, closed_at=at, updated_at=at
    )
    return CloseOut.objects.create(
        escalation=case,
        trigger=Trigger.objects.get(slug="outage-or-defect"),
        root_cause=RootCause.objects.get(slug=cause),
        avoidable=True,
        resolution_summary="Fixed and confirmed with the customer.",
        exit_criteria_met=True,
        within_sla=True,
        closed_by=by,
        closed_at=at,
    )


def closed_case(
    cause: str, at: datetime, *, by: User, customer: Customer | None = None, **fields
) -> Escalation:
    """A case raised a day before `at` and closed at `at` with root cause `cause`."""
    case = make_escalation(by=by, customer=customer, at=at - timedelta(days=1), **fields)
    close(case, cause, at, by=by)
    return case
