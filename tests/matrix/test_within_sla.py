"""The close-out's "within SLA", computed from the case's clocks (issue 10 item 1).

The rule (matrix.sla.verdict): within SLA when every clock the case ran met its target over its
whole life — no breach recorded, none stopped missed, no window overdue when it restarted or was
re-targeted; pausing while waiting on the customer does not count against a clock; a
re-targeted clock is judged on the target in force, with the time already used carried over.

Expected values come from DESIGN.md's matrix, worked out by hand: Sev-1 acknowledge 15 min,
resolve 4 h, updates daily; Sev-2 1 h, 8 h, every 2 days, 24×7; Sev-3 4 h and 24 h in business
hours (EMEA: 09:00–17:00 Berlin, Monday to Friday), weekly updates; an executive escalation is
acknowledged within 2 h and gets a full update within 8 h of acknowledgement. NOW is Monday
2026-11-02 10:00 UTC, 11:00 in Berlin (CET, UTC+1).
"""

from __future__ import annotations

from datetime import datetime, timedelta

from escalations import workflow
from escalations.models import CloseOut, Escalation
from matrix import clocks
from matrix.models import Clock, ClockKind, MatrixCell
from matrix.sla import verdict
from matrix.tasks import sla_sweep
from tests.conftest import NOW, make_customer, make_escalation
from tests.escalations.closeout import closeout_values
from tests.matrix.conftest import COMMS, OWNER, current, staff

MINUTE, HOUR = timedelta(minutes=1), timedelta(hours=1)


def fresh(case: Escalation) -> Escalation:
    return Escalation.objects.get(pk=case.pk)


def open_case(agent, *, severity: int, executive: bool = False) -> Escalation:
    case = make_escalation(
        by=agent, severity=severity, executive=executive, customer=make_customer(region="EMEA")
    )
    staff(case)
    clocks.start(case, now=NOW)
    return case


def triaged_case(agent, manager, *, severity: int) -> Escalation:
    """A case with a triage run (an override needs one), set to `severity` by hand at NOW."""
    case = make_escalation(by=agent, customer=make_customer(region="EMEA"))
    workflow.retriage(case, trigger="intake", now=NOW)
    workflow.override_triage(
        case, severity=severity, lane=None, reason="Set for the test.", by=manager, now=NOW
    )
    staff(case)
    clocks.start(case, now=NOW)
    return fresh(case)


def acknowledge(case: Escalation, at: datetime) -> None:
    owner = current(case, OWNER)
    workflow.accept_assignment(owner, by=owner.person, now=at)


def resolve(case: Escalation, at: datetime) -> None:
    owner = current(case, OWNER).person
    case = fresh(case)
    if case.status == "acknowledged":
        workflow.change_status(case, "diagnose", by=owner, now=at)
    workflow.change_status(case, "resolve", by=owner, now=at, resolution="Fixed.")


def close(case: Escalation, at: datetime, manager) -> CloseOut:
    return workflow.close_escalation(fresh(case), closeout_values(), by=manager, now=at)


def sla(case: Escalation, at: datetime):
    return clocks.sla_verdict(case, now=at)


# --- Workflow-level: the clocks a real case ran --------------------------------------------------


def test_every_clock_met_is_within_sla(roster, agent):
    case = open_case(agent, severity=2)
    acknowledge(case, NOW + 30 * MINUTE)  # 1 h window
    resolve(case, NOW + 4 * HOUR)  # 8 h window; the 2-day update window too

    record = close(case, NOW + 5 * HOUR, roster.duty)

    assert record.within_sla is True
    assert sla(case, NOW + 5 * HOUR).misses == ()


def test_a_breached_resolve_clock_is_not_within_sla(roster, agent):
    case = open_case(agent, severity=2)
    acknowledge(case, NOW + 30 * MINUTE)
    resolve(case, NOW + 9 * HOUR)  # an hour past the 8 h

    record = close(case, NOW + 10 * HOUR, roster.duty)

    assert record.within_sla is False
    assert sla(case, NOW + 10 * HOUR).misses == ("Resolve: missed its 8 h target",)


def test_an_acknowledged_late_case_is_not_within_sla_even_if_resolved_in_time(roster, agent):
    case = open_case(agent, severity=2)
    acknowledge(case, NOW + 90 * MINUTE)  # half an hour past the 1 h
    resolve(case, NOW + 4 * HOUR)

    record = close(case, NOW + 5 * HOUR, roster.duty)

    assert record.within_sla is False
    assert sla(case, NOW + 5 * HOUR).misses == ("Acknowledge: missed its 1 h target",)


def test_time_waiting_on_the_customer_does_not_count(roster, agent):
    # Worked 2 h, waited 20 h, worked 5 h more: 7 of the 8 working hours used; 27 h on the wall.
    case = open_case(agent, severity=2)
    acknowledge(case, NOW + 30 * MINUTE)
    owner = current(case, OWNER).person
    workflow.change_status(fresh(case), "diagnose", by=owner, now=NOW + 30 * MINUTE)
    workflow.change_status(fresh(case), "wait", by=owner, note="Logs?", now=NOW + 2 * HOUR)
    workflow.change_status(fresh(case), "resume", by=owner, now=NOW + 22 * HOUR)
    resolve(case, NOW + 27 * HOUR)

    assert close(case, NOW + 28 * HOUR, roster.duty).within_sla is True


def test_a_pause_does_not_excuse_working_time_over_the_target(roster, agent):
    # Worked 2 h, waited 20 h, worked 9 h more: 11 working hours of an 8 h window.
    case = open_case(agent, severity=2)
    acknowledge(case, NOW + 30 * MINUTE)
    owner = current(case, OWNER).person
    workflow.change_status(fresh(case), "diagnose", by=owner, now=NOW + 30 * MINUTE)
    workflow.change_status(fresh(case), "wait", by=owner, note="Logs?", now=NOW + 2 * HOUR)
    workflow.change_status(fresh(case), "resume", by=owner, now=NOW + 22 * HOUR)
    resolve(case, NOW + 31 * HOUR)

    record = close(case, NOW + 32 * HOUR, roster.duty)

    assert record.within_sla is False
    assert sla(case, NOW + 32 * HOUR).misses == ("Resolve: missed its 8 h target",)


def test_a_raised_severity_is_judged_on_the_new_target_with_the_time_used(roster, agent):
    # Sev-2 at NOW; Sev-1 at +3 h: 3 of the new 4 h are used. Resolved at +5 h: 1 h over.
    case = triaged_case(agent, roster.duty, severity=2)
    acknowledge(case, NOW + 10 * MINUTE)
    workflow.override_triage(
        fresh(case), severity=1, lane=None, reason="Outage.", by=roster.duty, now=NOW + 3 * HOUR
    )
    resolve(case, NOW + 5 * HOUR)

    record = close(case, NOW + 6 * HOUR, roster.duty)

    assert record.within_sla is False
    assert "Resolve: missed its 4 h target" in sla(case, NOW + 6 * HOUR).misses


def test_a_window_overdue_before_a_lower_severity_still_counts_as_missed(roster, agent):
    # Sev-1 (4 h) overdue by 1 h at +5 h, when a manager lowers it to Sev-2 (8 h): the promise
    # in force was broken, though the case is resolved inside the new 8 h. No sweep ran.
    case = triaged_case(agent, roster.duty, severity=1)
    acknowledge(case, NOW + 10 * MINUTE)
    workflow.override_triage(
        fresh(case), severity=2, lane=None, reason="Lower.", by=roster.duty, now=NOW + 5 * HOUR
    )
    resolve(case, NOW + 6 * HOUR)
    resolve_clock = Clock.objects.get(escalation=case, kind=ClockKind.RESOLVE)
    assert resolve_clock.met is True  # under the 8 h it now has

    record = close(case, NOW + 7 * HOUR, roster.duty)

    assert record.within_sla is False
    assert any(line.startswith("Resolve:") for line in sla(case, NOW + 7 * HOUR).misses)


def test_a_breach_recorded_before_an_admin_widened_the_target_still_counts(
    roster, agent, deskadmin
):
    case = open_case(agent, severity=2)
    sla_sweep(NOW + 65 * MINUTE)  # the 1 h acknowledge window is breached and recorded
    cell = MatrixCell.objects.get(severity=2, category="technical")
    cell.acknowledge_minutes = 120
    cell.save()
    clocks.after_matrix_change(cell, ["acknowledge_minutes"], now=NOW + 70 * MINUTE, by=deskadmin)
    acknowledge(case, NOW + 75 * MINUTE)  # inside the new 2 h
    assert Clock.objects.get(escalation=case, kind=ClockKind.ACKNOWLEDGE).met is True
    resolve(case, NOW + 4 * HOUR)

    record = close(case, NOW + 5 * HOUR, roster.duty)

    assert record.within_sla is False
    assert sla(case, NOW + 5 * HOUR).misses == ("Acknowledge: a breach was recorded",)


def _executive_case_with_update_at(roster, agent, sent: datetime) -> Escalation:
    # Executive Sev-3: acknowledge within 2 business hours; acknowledged 10:30 UTC (11:30
    # Berlin), so the 8-business-hour full update is due Tue 11:30 Berlin (5.5 h Monday,
    # 2.5 h Tuesday) = Tue 10:30 UTC. Resolved Tue 12:00 UTC (13:00 Berlin): 6 + 4 = 10 of
    # the 24 business hours. The weekly update window is met.
    case = open_case(agent, severity=3, executive=True)
    acknowledge(case, NOW + 30 * MINUTE)
    lead = current(case, COMMS)
    workflow.accept_assignment(lead, by=lead.person, now=NOW + 30 * MINUTE)
    workflow.send_customer_update(
        fresh(case), subject="Full update", body="Where we stand.", template=None,
        by=lead.person, now=sent,
    )  # fmt: skip
    resolve(case, datetime.fromisoformat("2026-11-03T12:00:00+00:00"))
    return case


def test_the_executive_full_update_sent_late_is_not_within_sla(roster, agent):
    late = datetime.fromisoformat("2026-11-03T11:30:00+00:00")  # an hour past 10:30 UTC
    case = _executive_case_with_update_at(roster, agent, late)
    full = Clock.objects.get(escalation=case, kind=ClockKind.FULL_UPDATE)
    assert full.due_at is None and full.met is False

    at = datetime.fromisoformat("2026-11-03T13:00:00+00:00")
    assert close(case, at, roster.duty).within_sla is False
    assert sla(case, at).misses == ("Executive full update: missed its 8 h target",)


def test_the_executive_full_update_sent_in_time_is_within_sla(roster, agent):
    early = datetime.fromisoformat("2026-11-03T09:00:00+00:00")  # 1.5 h to spare
    case = _executive_case_with_update_at(roster, agent, early)

    at = datetime.fromisoformat("2026-11-03T13:00:00+00:00")
    assert close(case, at, roster.duty).within_sla is True


def test_an_update_sent_late_marks_its_window_missed_without_a_sweep(roster, agent):
    # The 2-day update window is overdue by an hour when the comms lead writes; no sweep saw
    # it, and the restart clears the clock's own met/breach columns for the next window.
    case = open_case(agent, severity=2)
    acknowledge(case, NOW + 30 * MINUTE)
    lead = current(case, COMMS)
    workflow.accept_assignment(lead, by=lead.person, now=NOW + 30 * MINUTE)
    sent = NOW + 49 * HOUR
    workflow.send_customer_update(
        fresh(case), subject="News", body="Fix in test.", template=None, by=lead.person, now=sent
    )
    update = Clock.objects.get(escalation=case, kind=ClockKind.UPDATE)
    assert update.met is None and update.breached_at is None and update.due_at > sent
    assert update.history[-1].get("missed") is True
    assert "missed by 1 h" in update.history[-1]["text"]

    misses = sla(case, sent).misses
    assert any(line.startswith("Next customer update:") for line in misses)


def test_a_reopened_case_keeps_the_miss_of_its_first_life(roster, agent, manager):
    case = open_case(agent, severity=2)
    acknowledge(case, NOW + 30 * MINUTE)
    resolve(case, NOW + 9 * HOUR)  # missed
    assert close(case, NOW + 10 * HOUR, manager).within_sla is False
    workflow.change_status(fresh(case), "reopen", by=manager, now=NOW + 11 * HOUR, note="Again.")
    resolve(case, NOW + 12 * HOUR)  # a fresh 8 h window, met

    assert close(case, NOW + 13 * HOUR, manager).within_sla is False


def test_a_reopened_case_met_both_times_is_within_sla(roster, agent, manager):
    case = open_case(agent, severity=2)
    acknowledge(case, NOW + 30 * MINUTE)
    resolve(case, NOW + 4 * HOUR)
    assert close(case, NOW + 5 * HOUR, manager).within_sla is True
    workflow.change_status(fresh(case), "reopen", by=manager, now=NOW + 6 * HOUR, note="Again.")
    resolve(case, NOW + 7 * HOUR)

    assert close(case, NOW + 8 * HOUR, manager).within_sla is True


def test_a_missed_line_outlives_the_history_limit(roster, agent):
    case = open_case(agent, severity=2)
    at = NOW + 90 * MINUTE
    acknowledge(case, at)  # missed: marked in the acknowledge clock's history
    resolve_clock = Clock.objects.get(escalation=case, kind=ClockKind.RESOLVE)
    resolve_clock.history = [{"at": NOW.isoformat(), "text": "Overdue.", "missed": True}]
    resolve_clock.save()
    for i in range(clocks.HISTORY_KEPT + 5):  # far more lines than the history keeps
        clocks.paused(case, now=at + i * 2 * MINUTE)
        clocks.resumed(case, now=at + (i * 2 + 1) * MINUTE, why="test")
    history = Clock.objects.get(escalation=case, kind=ClockKind.RESOLVE).history

    assert len(history) == clocks.HISTORY_KEPT + 1
    assert history[0] == {"at": NOW.isoformat(), "text": "Overdue.", "missed": True}


# --- The pure rule over clock rows ---------------------------------------------------------------


def _clock(kind: str, **fields) -> Clock:
    values = {"kind": kind, "target_minutes": 60, "started_at": NOW, "history": []}
    values.update(fields)
    return Clock(**values)


def test_no_clock_promised_nothing():
    assert verdict([], set(), NOW).within is True
    assert verdict([], set(), NOW).text == "yes — the case had no SLA clock"


def test_a_clock_still_running_overdue_or_paused_overdue_is_missed():
    running = _clock(ClockKind.RESOLVE, due_at=NOW - 5 * MINUTE)
    paused = _clock(ClockKind.UPDATE, paused_at=NOW - HOUR, remaining_seconds=-60)
    on_time = _clock(ClockKind.ACKNOWLEDGE, stopped_at=NOW - HOUR, met=True)

    result = verdict([running, paused, on_time], set(), NOW)

    assert result.within is False
    assert result.misses == ("Next customer update: overdue when paused", "Resolve: overdue 5 min")
    assert result.text.startswith("no — Next customer update")


def test_paused_with_time_left_and_stopped_met_are_within():
    paused = _clock(ClockKind.RESOLVE, paused_at=NOW - HOUR, remaining_seconds=600)
    met = _clock(ClockKind.ACKNOWLEDGE, stopped_at=NOW - HOUR, met=True)

    assert verdict([paused, met], set(), NOW).text == "yes — every clock met its target"
