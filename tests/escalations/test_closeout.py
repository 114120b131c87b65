"""Closing a case requires its close-out (issue 10 item 1, DESIGN.md "Close-out").

workflow.close_escalation stores the close-out (trigger, root cause, avoidable, resolution
summary, exit criteria met, within SLA computed), moves the case to closed, schedules the CSM
follow-up 7 days out (DESIGN.md "Executive escalations … CSM follow-up 7 days after closure") and
writes it all on the timeline. Within SLA itself: tests/matrix/test_within_sla.py. The page:
tests/escalations/test_closeout_page.py.
"""

from __future__ import annotations

from datetime import timedelta

import pytest

from escalations import closeout, workflow
from escalations.models import CloseOut, Escalation, RootCause, TimelineEvent, Trigger
from escalations.refusals import Refused
from matrix.models import Clock
from tests.conftest import NOW
from tests.escalations.closeout import SUMMARY, closeout_values, resolved_case

CLOSED_AT = NOW + timedelta(hours=6)


@pytest.fixture
def case(agent, manager) -> Escalation:
    return resolved_case(agent, manager)


def closing_entries(case: Escalation) -> list[TimelineEvent]:
    return list(
        case.timeline.filter(kind="status", summary="Resolved → Closed").order_by("at", "id")
    )


def snapshot(case: Escalation) -> tuple:
    fresh = Escalation.objects.get(pk=case.pk)
    return fresh.status, fresh.closed_at, case.timeline.count(), CloseOut.objects.count()


def test_a_complete_closeout_closes_the_case_and_schedules_the_follow_up(case, manager):
    values = closeout_values(
        trigger=Trigger.objects.get(slug="billing-dispute"),
        root_cause=RootCause.objects.get(slug="process-failure"),
        avoidable=True,
    )

    record = workflow.close_escalation(case, values, by=manager, now=CLOSED_AT)

    stored = CloseOut.objects.get(escalation=case)
    assert stored == record
    assert stored.trigger.name == "Billing dispute"
    assert stored.root_cause.name == "Process failure"
    assert stored.avoidable is True
    assert stored.resolution_summary == SUMMARY
    assert stored.exit_criteria_met is True
    assert stored.within_sla is True  # acknowledged in 30 min, resolved in 4 h (Sev-2: 1 h, 8 h)
    assert stored.closed_by == manager and stored.closed_at == CLOSED_AT
    case.refresh_from_db()
    assert case.status == "closed"
    assert case.closed_at == CLOSED_AT
    assert case.follow_up_due_at == CLOSED_AT + timedelta(days=7)
    (entry,) = closing_entries(case)
    assert entry.actor == manager and entry.at == CLOSED_AT
    assert entry.changes[0] == {
        "field": "status",
        "label": "Status",
        "old": "Resolved",
        "new": "Closed",
    }
    for line in (
        "Trigger: Billing dispute",
        "Root cause: Process failure",
        "Avoidable: yes",
        "Within SLA: yes",
        "Exit criteria met: yes",
        SUMMARY,
    ):
        assert line in entry.body, line


def test_the_summary_typed_at_close_becomes_the_cases_resolution(case, manager):
    values = closeout_values(resolution_summary="  Worker memory raised; backfill done.  ")

    workflow.close_escalation(case, values, by=manager, now=CLOSED_AT)

    case.refresh_from_db()
    assert case.resolution_summary == "Worker memory raised; backfill done."
    assert CloseOut.objects.get().resolution_summary == "Worker memory raised; backfill done."


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("trigger", None, "Say what triggered the escalation."),
        ("root_cause", None, "Pick the root cause."),
        ("avoidable", None, "Say whether the escalation was avoidable: yes or no."),
        ("resolution_summary", "   ", "Write the resolution summary"),
        ("resolution_summary", "x" * 3001, "Keep the resolution summary to 3,000 characters."),
        ("exit_criteria_met", None, "Say whether the exit criteria are met."),
        ("exit_criteria_met", False, "A case closes only once its exit criteria are met."),
    ],
)
def test_each_gap_in_the_closeout_is_refused_by_name_and_nothing_changes(
    case, manager, field, value, message
):
    before = snapshot(case)

    with pytest.raises(closeout.Incomplete) as refused:
        workflow.close_escalation(
            case, closeout_values(**{field: value}), by=manager, now=CLOSED_AT
        )

    assert list(refused.value.problems) == [field]
    assert message in refused.value.problems[field]
    assert snapshot(case) == before


def test_every_gap_is_named_at_once(case, manager):
    with pytest.raises(closeout.Incomplete) as refused:
        workflow.close_escalation(case, {}, by=manager, now=CLOSED_AT)

    assert set(refused.value.problems) == set(closeout.FIELDS)


def test_a_retired_trigger_or_root_cause_is_refused(case, manager):
    Trigger.objects.filter(slug="outage-or-defect").update(active=False)
    RootCause.objects.filter(slug="product-bug").update(active=False)
    before = snapshot(case)

    with pytest.raises(closeout.Incomplete) as refused:
        workflow.close_escalation(case, closeout_values(), by=manager, now=CLOSED_AT)

    assert "no longer offered" in refused.value.problems["trigger"]
    assert "no longer offered" in refused.value.problems["root_cause"]
    assert snapshot(case) == before


def test_the_by_hand_close_move_is_refused_and_points_at_the_closeout(case, manager):
    before = snapshot(case)

    with pytest.raises(Refused, match="close-out form"):
        workflow.change_status(case, "close", by=manager, now=CLOSED_AT, resolution=SUMMARY)

    assert snapshot(case) == before


def test_only_the_owner_or_a_manager_closes(agent, manager, executive, case):
    before = snapshot(case)
    for someone in (agent, executive):
        with pytest.raises(Refused, match="Only the case's owner or a support manager"):
            workflow.close_escalation(case, closeout_values(), by=someone, now=CLOSED_AT)
    assert snapshot(case) == before


def test_the_owner_closes_their_own_case(agent, manager, django_user_model):
    owner = django_user_model.objects.create_user("otto", "otto@desk.test", "pw")
    case = resolved_case(agent, manager, owner=owner)

    workflow.close_escalation(case, closeout_values(), by=owner, now=CLOSED_AT)

    assert CloseOut.objects.get(escalation=case).closed_by == owner


def test_only_a_resolved_case_closes(agent, manager, case):
    workflow.change_status(case, "reopen", by=manager, now=NOW + timedelta(hours=5), note="No.")
    before = snapshot(case)

    with pytest.raises(Refused, match="not possible while the case is diagnose"):
        workflow.close_escalation(case, closeout_values(), by=manager, now=CLOSED_AT)

    assert snapshot(case) == before


def test_closing_stops_no_clock_twice_and_every_clock_stays_stopped(case, manager):
    stopped = dict(Clock.objects.filter(escalation=case).values_list("kind", "stopped_at"))

    workflow.close_escalation(case, closeout_values(), by=manager, now=CLOSED_AT)

    assert dict(Clock.objects.filter(escalation=case).values_list("kind", "stopped_at")) == stopped


def test_a_closed_case_cannot_be_closed_again(case, manager):
    workflow.close_escalation(case, closeout_values(), by=manager, now=CLOSED_AT)
    before = snapshot(case)

    with pytest.raises(Refused, match="not possible while the case is closed"):
        workflow.close_escalation(case, closeout_values(), by=manager, now=CLOSED_AT + timedelta(1))

    assert snapshot(case) == before


# --- Reopened: the close-out goes, the timeline keeps what it said --------------------------------


def test_reopening_removes_the_closeout_and_the_timeline_keeps_it(case, manager):
    workflow.close_escalation(case, closeout_values(), by=manager, now=CLOSED_AT)
    reopened = CLOSED_AT + timedelta(days=2)

    workflow.change_status(case, "reopen", by=manager, now=reopened, note="Exports failed again.")

    case.refresh_from_db()
    assert not CloseOut.objects.filter(escalation=case).exists()
    assert case.status == "diagnose" and case.closed_at is None
    assert case.follow_up_due_at is None
    (closing,) = closing_entries(case)
    assert "Root cause: Product bug" in closing.body and SUMMARY in closing.body
    reopen = case.timeline.filter(kind="status", summary="Closed → Diagnose").get()
    assert "no longer counts" in reopen.body and "Exports failed again." in reopen.body


def test_reopened_and_closed_again_writes_a_fresh_closeout(case, manager):
    workflow.close_escalation(case, closeout_values(), by=manager, now=CLOSED_AT)
    workflow.change_status(
        case, "reopen", by=manager, now=CLOSED_AT + timedelta(days=1), note="Broke again."
    )
    workflow.change_status(
        case, "resolve", by=manager, now=CLOSED_AT + timedelta(days=1, hours=2), resolution="Again."
    )
    second = CLOSED_AT + timedelta(days=1, hours=3)

    workflow.close_escalation(
        case,
        closeout_values(
            root_cause=RootCause.objects.get(slug="process-failure"),
            resolution_summary="Fixed for good.",
        ),
        by=manager,
        now=second,
    )

    record = CloseOut.objects.get(escalation=case)
    assert record.root_cause.slug == "process-failure" and record.closed_at == second
    case.refresh_from_db()
    assert case.follow_up_due_at == second + timedelta(days=7)
    first, again = closing_entries(case)
    assert "Root cause: Product bug" in first.body
    assert "Root cause: Process failure" in again.body and "Fixed for good." in again.body


def test_reopening_a_resolved_case_has_no_closeout_to_remove(case, manager):
    workflow.change_status(case, "reopen", by=manager, now=CLOSED_AT, note="Not fixed.")

    reopen = case.timeline.filter(kind="status", summary="Resolved → Diagnose").get()
    assert "no longer counts" not in reopen.body
