"""stalled_sweep: the five stalls DESIGN.md lists, each recorded and told once, and the case's
stalled mark set while it holds and cleared once the case moves again.

Sev-2 assignees answer within the 1 h acknowledge window; Sev-2 updates are due every 2 days;
the post-closure follow-up is 7 days out. NOW is Monday 2026-11-02 10:00 UTC.
"""

from __future__ import annotations

from datetime import timedelta

from escalations import workflow
from escalations.models import Escalation, Interaction, Notification
from matrix import clocks
from matrix.models import CheckEvent
from matrix.tasks import stalled_sweep
from tests.conftest import NOW, make_customer, make_escalation
from tests.escalations.closeout import closeout_values
from tests.matrix.conftest import AUTHORITY, COMMS, OWNER, current, staff


def open_case(agent, *, severity: int = 2):
    case = make_escalation(by=agent, severity=severity, customer=make_customer(region="EMEA"))
    staff(case)
    clocks.start(case, now=NOW)
    return case


def accept_all(case, at):
    for kind in (OWNER, AUTHORITY, COMMS):
        held = current(case, kind)
        if held.status == "pending":
            workflow.accept_assignment(held, by=held.person, now=at)


def events(case, kind) -> int:
    return CheckEvent.objects.filter(escalation=case, kind=kind).count()


def fresh(case) -> Escalation:
    return Escalation.objects.get(pk=case.pk)


def test_an_assignment_not_accepted_in_its_window_stalls_the_case_once(roster, agent):
    case = open_case(agent)
    owner = current(case, OWNER).person
    assert stalled_sweep(NOW + timedelta(minutes=59))["recorded"] == 0
    assert fresh(case).stalled_at is None

    late = NOW + timedelta(hours=1, minutes=1)
    first = stalled_sweep(late)
    assert events(case, "unaccepted") >= 1
    assert fresh(case).stalled_at == late
    assert "not accepted" in fresh(case).stalled_reason
    assert Notification.objects.filter(recipient=owner, subject__contains="not been accepted")
    assert first["notified"] > 0
    again = stalled_sweep(late + timedelta(minutes=15))
    assert again["recorded"] == 0 and again["notified"] == 0


def test_the_mark_clears_once_everyone_accepted(roster, agent):
    case = open_case(agent)
    stalled_sweep(NOW + timedelta(hours=1, minutes=1))
    assert fresh(case).stalled_at is not None
    accept_all(case, NOW + timedelta(hours=1, minutes=5))
    stalled_sweep(NOW + timedelta(hours=1, minutes=15))
    assert fresh(case).stalled_at is None


def test_no_activity_within_the_update_cadence(roster, agent):
    case = open_case(agent)
    accept_all(case, NOW + timedelta(minutes=5))
    assert stalled_sweep(NOW + timedelta(days=1))["recorded"] == 0
    stalled_sweep(NOW + timedelta(days=2, minutes=10))
    assert events(case, "no_activity") == 1
    assert "no activity" in fresh(case).stalled_reason


def test_waiting_on_the_customer_is_not_a_stall(roster, agent):
    case = open_case(agent)
    accept_all(case, NOW + timedelta(minutes=5))
    owner = current(case, OWNER).person
    workflow.change_status(fresh(case), "diagnose", by=owner, now=NOW + timedelta(minutes=6))
    workflow.change_status(
        fresh(case), "wait", by=owner, note="Logs?", now=NOW + timedelta(minutes=7)
    )
    stalled_sweep(NOW + timedelta(days=5))
    assert events(case, "no_activity") == 0


def _inbound(case, at, body="Still broken."):
    return Interaction.objects.create(
        escalation=case,
        occurred_at=at,
        contact_name="Pat Contact",
        channel="email",
        direction="inbound",
        body=body,
        created_by=case.created_by,
        created_at=at,
    )


def test_five_interactions_without_resolution(roster, agent):
    case = open_case(agent)  # make_escalation logs one
    accept_all(case, NOW + timedelta(minutes=5))
    for minutes in (10, 20, 30):
        _inbound(case, NOW + timedelta(minutes=minutes))
    stalled_sweep(NOW + timedelta(minutes=40))
    assert events(case, "many_interactions") == 0
    _inbound(case, NOW + timedelta(minutes=45))
    stalled_sweep(NOW + timedelta(minutes=50))
    assert events(case, "many_interactions") == 1


def _resolve(case, at):
    accept_all(case, at)
    owner = current(case, OWNER).person
    workflow.change_status(fresh(case), "diagnose", by=owner, now=at)
    workflow.change_status(fresh(case), "resolve", by=owner, resolution="Fixed.", now=at)


def test_repeat_contact_within_72h_of_the_resolution(roster, agent):
    case = open_case(agent)
    _resolve(case, NOW + timedelta(hours=1))
    _inbound(case, NOW + timedelta(hours=1) + timedelta(hours=71), "It broke again.")
    stalled_sweep(NOW + timedelta(hours=73))
    assert events(case, "repeat_contact") == 1


def test_contact_after_72h_is_not_a_repeat(roster, agent):
    case = open_case(agent)
    _resolve(case, NOW + timedelta(hours=1))
    _inbound(case, NOW + timedelta(hours=1) + timedelta(hours=73), "A new question.")
    stalled_sweep(NOW + timedelta(hours=75))
    assert events(case, "repeat_contact") == 0


def test_the_follow_up_falls_due_seven_days_after_closing(roster, agent):
    case = open_case(agent)
    _resolve(case, NOW + timedelta(hours=1))
    owner = current(case, OWNER).person
    closed = NOW + timedelta(hours=2)
    workflow.close_escalation(fresh(case), closeout_values(), by=owner, now=closed)
    assert stalled_sweep(closed + timedelta(days=6, hours=23))["recorded"] == 0
    stalled_sweep(closed + timedelta(days=7, minutes=1))
    assert events(case, "follow_up") == 1
    stalled_sweep(closed + timedelta(days=7, minutes=20))
    assert events(case, "follow_up") == 1
