"""A case's SLA clocks: what starts, stops, pauses, restarts and re-targets each one.

Expected instants come from DESIGN.md's matrix (Sev-1: acknowledge 15 min, resolve 4 h, update
daily; Sev-2: 1 h, 8 h, every 2 days; Sev-3: 4 h, 24 h, weekly, in business hours; Sev-4:
24 h, 72 h, updates on change) and the issue's rules, not from the code's output. NOW is
Monday 2026-11-02 10:00 UTC (11:00 in Berlin).
"""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from escalations import actions, workflow
from escalations.models import Escalation, Interaction, TimelineEvent
from matrix import clocks
from matrix.models import Clock, ClockKind, ClockState, MatrixCell
from matrix.sla import chips
from tests.conftest import NOW, assert_timeline_has, make_customer, make_escalation
from tests.matrix.conftest import COMMS, OWNER, current, raise_case, staff

ACK, UPDATE, RESOLVE, FULL = (
    ClockKind.ACKNOWLEDGE,
    ClockKind.UPDATE,
    ClockKind.RESOLVE,
    ClockKind.FULL_UPDATE,
)


def utc(text: str) -> datetime:
    return datetime.fromisoformat(f"{text}+00:00")


def open_case(agent, *, severity: int, region: str = "EMEA", at: datetime = NOW, **fields):
    customer = make_customer(region=region)
    case = make_escalation(by=agent, severity=severity, customer=customer, at=at, **fields)
    staff(case, now=at)
    clocks.start(case, now=at)
    return case


def clock_of(case: Escalation, kind: str) -> Clock:
    return Clock.objects.get(escalation=case, kind=kind)


def state(case: Escalation, kind: str, at: datetime) -> str:
    return clock_of(case, kind).state(at)


def fresh(case: Escalation) -> Escalation:
    return Escalation.objects.get(pk=case.pk)


# --- Started from the matrix cell --------------------------------------------------------------


def test_a_sev2_case_gets_its_cells_three_clocks_running_24x7(roster, agent):
    case = open_case(agent, severity=2)
    assert clock_of(case, ACK).due_at == NOW + timedelta(hours=1)
    assert clock_of(case, RESOLVE).due_at == NOW + timedelta(hours=8)
    assert clock_of(case, UPDATE).due_at == NOW + timedelta(days=2)
    assert not Clock.objects.filter(escalation=case, kind=FULL).exists()
    # The queue's columns: the nearest due clock and the earliest amber instant.
    case = fresh(case)
    assert case.sla_due_at == NOW + timedelta(hours=1)
    assert case.sla_amber_at == NOW + timedelta(minutes=45)


def test_chip_turns_amber_at_75_percent_and_red_when_breached(roster, agent):
    case = open_case(agent, severity=2)
    assert state(case, ACK, NOW + timedelta(minutes=44, seconds=59)) == ClockState.GREEN
    assert state(case, ACK, NOW + timedelta(minutes=45)) == ClockState.AMBER
    assert state(case, ACK, NOW + timedelta(minutes=59, seconds=59)) == ClockState.AMBER
    assert state(case, ACK, NOW + timedelta(hours=1)) == ClockState.RED


def test_chips_say_time_left_or_overdue_and_why(roster, agent):
    case = open_case(agent, severity=2)
    by_kind = {c.kind: c for c in chips(list(case.clocks.all()), NOW + timedelta(minutes=50))}
    assert by_kind[ACK].state == ClockState.AMBER
    assert by_kind[ACK].text == "10 min left"
    assert "75 %" in by_kind[ACK].explanation
    assert "raised" in by_kind[ACK].history[0]["text"]
    late = {c.kind: c for c in chips(list(case.clocks.all()), NOW + timedelta(hours=1, minutes=20))}
    assert late[ACK].state == ClockState.RED
    assert late[ACK].text == "overdue 20 min"
    assert late[RESOLVE].state == ClockState.GREEN


def test_sev4_has_no_update_clock_because_updates_are_on_change(roster, agent):
    case = open_case(agent, severity=4)
    kinds = set(case.clocks.values_list("kind", flat=True))
    assert kinds == {ACK, RESOLVE}


def test_raising_through_the_workflow_starts_the_clocks(roster, agent):
    case = raise_case(make_customer(region="NA"), by=agent)
    assert case.clocks.filter(kind=ACK, due_at__isnull=False).exists()
    assert fresh(case).sla_due_at is not None


# --- Business hours for Sev-3/4, 24×7 for Sev-1/2 -------------------------------------------------


def test_sev3_counts_the_regions_business_hours(roster, agent):
    # Monday 11:00 Berlin + 4 working hours = 15:00 Berlin = 14:00 UTC.
    case = open_case(agent, severity=3, region="EMEA")
    assert clock_of(case, ACK).due_at == utc("2026-11-02T14:00:00")
    assert clock_of(case, ACK).calendar is not None


def test_sev3_raised_friday_afternoon_waits_for_monday(roster, agent):
    # Friday 15:00 Berlin (14:00 UTC): two hours on Friday, two on Monday from 09:00.
    friday = utc("2026-11-06T14:00:00")
    case = open_case(agent, severity=3, region="EMEA", at=friday)
    assert clock_of(case, ACK).due_at == utc("2026-11-09T10:00:00")
    # Saturday noon nothing has been used since Friday 17:00: still green.
    assert state(case, ACK, utc("2026-11-07T12:00:00")) == ClockState.GREEN


def test_sev1_raised_on_a_saturday_night_runs_round_the_clock(roster, agent):
    saturday = utc("2026-11-07T23:00:00")
    case = open_case(agent, severity=1, region="EMEA", at=saturday)
    assert clock_of(case, ACK).due_at == saturday + timedelta(minutes=15)
    assert clock_of(case, ACK).calendar is None


def test_sev3_raised_outside_hours_starts_counting_at_the_next_opening(roster, agent):
    # Tuesday 06:00 Berlin (05:00 UTC): the 4 hours run 09:00–13:00 Berlin = 12:00 UTC.
    early = utc("2026-11-03T05:00:00")
    case = open_case(agent, severity=3, region="EMEA", at=early)
    assert clock_of(case, ACK).due_at == utc("2026-11-03T12:00:00")


# --- What stops, pauses and restarts a clock ----------------------------------------------------


def test_acknowledging_stops_the_acknowledge_clock_and_only_it(roster, agent):
    case = open_case(agent, severity=2)
    owner = current(case, OWNER)
    workflow.accept_assignment(owner, by=owner.person, now=NOW + timedelta(minutes=20))
    ack = clock_of(case, ACK)
    assert ack.stopped_at == NOW + timedelta(minutes=20)
    assert ack.met is True
    assert ack.state(NOW + timedelta(hours=2)) == ClockState.MET
    assert clock_of(case, RESOLVE).running
    assert fresh(case).sla_due_at == NOW + timedelta(hours=8)


def test_acknowledging_late_is_recorded_as_missed(roster, agent):
    case = open_case(agent, severity=2)
    owner = current(case, OWNER)
    workflow.accept_assignment(owner, by=owner.person, now=NOW + timedelta(minutes=75))
    assert clock_of(case, ACK).met is False
    assert "missed by 15 min" in clock_of(case, ACK).history[-1]["text"]


def _acknowledge(case, at):
    owner = current(case, OWNER)
    workflow.accept_assignment(owner, by=owner.person, now=at)


def _accept_comms(case, at):
    lead = current(case, COMMS)
    workflow.accept_assignment(lead, by=lead.person, now=at)
    return lead.person


def test_only_the_comms_leads_update_restarts_the_update_clock(roster, agent):
    case = open_case(agent, severity=2)
    _acknowledge(case, NOW + timedelta(minutes=10))
    lead = _accept_comms(case, NOW + timedelta(minutes=10))
    first_due = clock_of(case, UPDATE).due_at

    # An internal note is not an update to the customer.
    actions.add_note(case, "Spoke to engineering.", by=roster.duty, now=NOW + timedelta(hours=5))
    assert clock_of(case, UPDATE).due_at == first_due
    # Nor is the customer writing to us.
    workflow.customer_wrote(
        case,
        Interaction(
            occurred_at=NOW + timedelta(hours=6),
            contact_name="Pat Contact",
            channel="email",
            direction="inbound",
            body="Any news?",
        ),
        by=agent,
        now=NOW + timedelta(hours=6),
    )
    # (The reply re-triages the case, which may re-target the clock; it never restarts it.)
    update = clock_of(case, UPDATE)
    assert update.started_at == NOW
    assert not any("Restarted" in line["text"] for line in update.history)

    sent = NOW + timedelta(hours=7)
    workflow.send_customer_update(
        case, subject="Progress", body="The fix is in test.", template=None, by=lead, now=sent
    )
    update = clock_of(case, UPDATE)
    cell = MatrixCell.objects.get(severity=fresh(case).severity, category="technical")
    assert update.started_at == sent
    assert update.due_at == sent + timedelta(minutes=cell.update_minutes)
    assert "comms lead" in update.history[-1]["text"]


def test_waiting_on_the_customer_pauses_and_their_reply_resumes_with_the_time_left(roster, agent):
    case = open_case(agent, severity=2)
    _acknowledge(case, NOW + timedelta(minutes=10))
    owner = current(case, OWNER).person
    case = fresh(case)
    workflow.change_status(case, "diagnose", by=owner, now=NOW + timedelta(minutes=20))
    workflow.change_status(
        case, "wait", by=owner, note="Asked for logs.", now=NOW + timedelta(hours=2)
    )
    resolve = clock_of(case, RESOLVE)
    assert resolve.state(NOW + timedelta(days=3)) == ClockState.PAUSED
    assert resolve.remaining_seconds == 6 * 3600
    assert fresh(case).sla_paused_at == NOW + timedelta(hours=2)
    assert fresh(case).sla_due_at is None

    back = NOW + timedelta(days=1)
    workflow.change_status(fresh(case), "resume", by=owner, now=back)
    resolve = clock_of(case, RESOLVE)
    assert resolve.due_at == back + timedelta(hours=6)
    assert fresh(case).sla_paused_at is None
    assert [line["text"].split(" ")[0] for line in resolve.history][-2:] == ["Paused", "Resumed:"]


def test_the_customers_reply_ends_the_pause(roster, agent):
    case = open_case(agent, severity=2)
    _acknowledge(case, NOW + timedelta(minutes=10))
    owner = current(case, OWNER).person
    workflow.change_status(fresh(case), "diagnose", by=owner, now=NOW + timedelta(minutes=20))
    workflow.change_status(
        fresh(case), "wait", by=owner, note="Logs?", now=NOW + timedelta(hours=2)
    )
    back = NOW + timedelta(days=1)
    workflow.customer_wrote(
        fresh(case),
        Interaction(
            occurred_at=back,
            contact_name="Pat Contact",
            channel="email",
            direction="inbound",
            body="Logs attached.",
        ),
        by=agent,
        now=back,
    )
    assert fresh(case).sla_paused_at is None
    resolve = clock_of(case, RESOLVE)
    assert resolve.running
    assert any(line["text"].startswith("Resumed: the customer replied") for line in resolve.history)


def test_resolving_stops_every_clock_and_reopening_restarts_resolve(roster, agent):
    case = open_case(agent, severity=2)
    _acknowledge(case, NOW + timedelta(minutes=10))
    owner = current(case, OWNER).person
    case = fresh(case)
    workflow.change_status(case, "diagnose", by=owner, now=NOW + timedelta(minutes=20))
    workflow.change_status(
        case, "resolve", by=owner, resolution="Fixed.", now=NOW + timedelta(hours=3)
    )
    assert not fresh(case).sla_due_at
    assert clock_of(case, RESOLVE).met is True
    reopened = NOW + timedelta(days=2)
    workflow.change_status(case, "reopen", by=owner, note="Back again.", now=reopened)
    case = fresh(case)
    resolve = clock_of(case, RESOLVE)
    assert resolve.stopped_at is None
    assert resolve.started_at == reopened
    assert resolve.cycle >= 2  # a new window (re-triage on reopening may add another cycle)


# --- Executive escalations --------------------------------------------------------------------


def test_executive_escalation_acknowledges_within_2h_and_updates_within_8h_of_it(roster, agent):
    # Sev-3 (4 h business) but executive: the executive row's 2 h is tighter.
    case = open_case(agent, severity=3, executive=True, entry_point="executive_email")
    assert clock_of(case, ACK).target_minutes == 120
    _acknowledge(case, NOW + timedelta(minutes=30))
    full = clock_of(case, FULL)
    assert full.started_at == NOW + timedelta(minutes=30)
    assert full.target_minutes == 8 * 60
    lead = _accept_comms(case, NOW + timedelta(minutes=40))
    workflow.send_customer_update(
        case,
        subject="Full update",
        body="Here is the plan.",
        template=None,
        by=lead,
        now=NOW + timedelta(hours=3),
    )
    assert clock_of(case, FULL).met is True


# --- Re-targeting -------------------------------------------------------------------------------


def test_a_severity_change_retargets_keeping_the_time_used_and_says_so(roster, agent, manager):
    case = raise_case(make_customer(region="EMEA"), by=agent)
    assert case.severity != 1
    cycle = clock_of(case, ACK).cycle
    workflow.override_triage(
        case,
        severity=1,
        lane=None,
        reason="Every store is down now.",
        by=manager,
        now=NOW + timedelta(minutes=10),
    )
    ack = clock_of(case, ACK)
    # Sev-1 acknowledges within 15 min of the start; 10 of them are used.
    assert ack.due_at == NOW + timedelta(minutes=15)
    assert ack.cycle == cycle + 1
    assert ack.calendar is None  # Sev-1 runs 24×7
    assert clock_of(case, RESOLVE).due_at == NOW + timedelta(hours=4)
    assert_timeline_has(case, TimelineEvent.Kind.SLA, "→ 15 min")


def test_an_admin_changing_a_matrix_target_retargets_open_cases_from_now(roster, agent, deskadmin):
    case = open_case(agent, severity=2)
    closed = open_case(agent, severity=2)
    owner = current(closed, OWNER).person
    _acknowledge(closed, NOW)
    closed = fresh(closed)
    workflow.change_status(closed, "diagnose", by=owner, now=NOW)
    workflow.change_status(closed, "resolve", by=owner, resolution="Done.", now=NOW)

    cell = MatrixCell.objects.get(severity=2, category="technical")
    cell.resolve_minutes = 12 * 60
    cell.save()
    later = NOW + timedelta(hours=1)
    changed = clocks.retarget_open_cases(
        Escalation.objects.filter(severity=2, category="technical").exclude(
            status__in=("resolved", "closed")
        ),
        now=later,
        why="resolve 8 h → 12 h",
        by=deskadmin,
    )
    assert changed == 1
    assert clock_of(case, RESOLVE).due_at == NOW + timedelta(hours=12)
    assert_timeline_has(case, TimelineEvent.Kind.SLA, "Resolve: 8 h → 12 h")
    assert not TimelineEvent.objects.filter(escalation=closed, kind=TimelineEvent.Kind.SLA)


@pytest.mark.parametrize("severity", [1, 2, 3, 4])
def test_every_open_case_has_a_nearest_due_matching_its_running_clocks(roster, agent, severity):
    case = fresh(open_case(agent, severity=severity))
    running = [c.due_at for c in case.clocks.all() if c.due_at]
    assert case.sla_due_at == min(running)


def test_a_calendar_that_clocks_count_cannot_be_deleted(roster, agent):
    from django.db.models import ProtectedError

    case = open_case(agent, severity=3, region="EMEA")
    calendar = clock_of(case, ACK).calendar
    with pytest.raises(ProtectedError):
        calendar.delete()
