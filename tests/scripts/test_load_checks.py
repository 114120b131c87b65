"""`make load`'s checks (scripts/load/checks.py) catch what they are there to catch.

A small desk in the real test database, a ledger written as the locustfile writes it, and each
check asked once with the desk right and once with one thing wrong: an intake stored twice, a
confirmed note missing, a note on the wrong case, an acceptance without its timeline row, a
due clock never recorded, a breach mark without its event, an event the manager on duty was
never told. Expectations come from the rules in the checks' docstring, not from their output.
"""

from __future__ import annotations

from datetime import timedelta

import pytest

from escalations.models import Escalation, Notification, TimelineEvent
from matrix.models import Assignment, CheckEvent, Clock, Role, RosterEntry
from matrix.sweep_record import DUTY_MANAGER_ROLE
from scripts.load import checks
from tests.conftest import NOW, make_customer, make_escalation

RUN = "T1"
SINCE = NOW - timedelta(minutes=5)
SWEPT_UNTIL = NOW + timedelta(hours=12)


def sent(kind: str, marker: str, outcome: str = "ok", **facts) -> list[dict]:
    """The two ledger lines of one write: before it was sent, and what came of it."""
    return [
        {"kind": kind, "marker": marker, "outcome": "sent", "at": NOW.isoformat(), **facts},
        {"kind": kind, "marker": marker, "outcome": outcome, "at": NOW.isoformat()},
    ]


def note(case: Escalation, text: str, by) -> TimelineEvent:
    return TimelineEvent.objects.create(
        escalation=case,
        at=NOW,
        actor=by,
        kind=TimelineEvent.Kind.NOTE,
        summary="Internal note",
        body=text,
    )


# --- Intakes -----------------------------------------------------------------------------------


@pytest.mark.django_db
def test_an_intake_stored_once_passes(agent):
    make_escalation(by=agent, title="Exports fail [load T1 intake1]")

    check = checks.check_intakes(sent("intake", "[load T1 intake1]"), RUN)

    assert check.ok, check.detail
    assert check.figures["confirmed"] == 1


@pytest.mark.django_db
def test_a_duplicated_intake_is_caught(agent):
    customer = make_customer()
    make_escalation(by=agent, customer=customer, title="Exports fail [load T1 intake1]")
    make_escalation(by=agent, customer=customer, title="Exports fail [load T1 intake1]")

    check = checks.check_intakes(sent("intake", "[load T1 intake1]"), RUN)

    assert not check.ok
    assert check.figures["doubled"] == 1
    assert "more than once" in check.detail


@pytest.mark.django_db
def test_a_confirmed_intake_that_is_missing_is_caught(agent):
    make_escalation(by=agent, title="Exports fail [load T1 intake1]")
    ledger = sent("intake", "[load T1 intake1]") + sent("intake", "[load T1 intake2]")

    check = checks.check_intakes(ledger, RUN)

    assert not check.ok
    assert check.figures["lost"] == 1


@pytest.mark.django_db
def test_an_intake_locust_never_sent_is_caught(agent):
    make_escalation(by=agent, title="Exports fail [load T1 intake7]")

    check = checks.check_intakes([], RUN)

    assert not check.ok
    assert check.figures["stray"] == 1


@pytest.mark.django_db
def test_an_intake_in_flight_at_the_end_may_be_stored_once_or_not_at_all(agent):
    make_escalation(by=agent, title="Exports fail [load T1 intake1]")
    ledger = sent("intake", "[load T1 intake1]")[:1] + sent("intake", "[load T1 intake2]")[:1]

    check = checks.check_intakes(ledger, RUN)

    assert check.ok, check.detail
    assert check.figures["unclear"] == 2


@pytest.mark.django_db
def test_another_runs_intakes_are_not_counted(agent):
    make_escalation(by=agent, title="Exports fail [load T0 intake1]")

    assert checks.check_intakes([], RUN).ok


# --- Notes -------------------------------------------------------------------------------------


@pytest.mark.django_db
def test_a_note_on_the_timeline_once_passes(manager):
    case = make_escalation(by=manager)
    note(case, "[load T1 note3] Called the champion.", manager)

    check = checks.check_notes(sent("note", "[load T1 note3]", case=case.pk), RUN)

    assert check.ok, check.detail


@pytest.mark.django_db
def test_a_missing_note_is_caught(manager):
    case = make_escalation(by=manager)
    note(case, "[load T1 note3] Called the champion.", manager)
    ledger = sent("note", "[load T1 note3]", case=case.pk) + sent(
        "note", "[load T1 note4]", case=case.pk
    )

    check = checks.check_notes(ledger, RUN)

    assert not check.ok
    assert check.figures["lost"] == 1
    assert "[load T1 note4]" in check.detail


@pytest.mark.django_db
def test_a_note_written_twice_is_caught(manager):
    case = make_escalation(by=manager)
    note(case, "[load T1 note3] Called the champion.", manager)
    note(case, "[load T1 note3] Called the champion.", manager)

    check = checks.check_notes(sent("note", "[load T1 note3]", case=case.pk), RUN)

    assert not check.ok
    assert check.figures["doubled"] == 1


@pytest.mark.django_db
def test_a_note_on_another_case_is_caught(manager):
    customer = make_customer()
    meant, other = (make_escalation(by=manager, customer=customer) for _ in range(2))
    note(other, "[load T1 note3] Called the champion.", manager)

    check = checks.check_notes(sent("note", "[load T1 note3]", case=meant.pk), RUN)

    assert not check.ok
    assert "another case" in check.detail


# --- Acceptances -------------------------------------------------------------------------------


def _accepted(case: Escalation, person) -> Assignment:
    return Assignment.objects.create(
        escalation=case,
        kind="owner",
        person=person,
        status=Assignment.Status.ACCEPTED,
        assigned_at=SINCE - timedelta(hours=1),
        respond_by=NOW + timedelta(hours=1),
        responded_at=NOW,
    )


@pytest.mark.django_db
def test_an_acceptance_with_its_timeline_row_passes(manager):
    case = make_escalation(by=manager)
    assignment = _accepted(case, manager)
    TimelineEvent.objects.create(
        escalation=case,
        at=NOW,
        actor=manager,
        kind=TimelineEvent.Kind.ASSIGNMENT,
        summary="Molly Manager accepted the owner role",
    )
    ledger = sent("accept", f"assignment {assignment.pk}", assignment=assignment.pk, case=case.pk)

    check = checks.check_acceptances(ledger, SINCE)

    assert check.ok, check.detail
    assert check.figures["accepted_in_run"] == 1
    assert check.figures["timeline_rows"] == 1


@pytest.mark.django_db
def test_an_acceptance_without_its_timeline_row_is_caught(manager):
    case = make_escalation(by=manager)
    assignment = _accepted(case, manager)
    ledger = sent("accept", f"assignment {assignment.pk}", assignment=assignment.pk, case=case.pk)

    check = checks.check_acceptances(ledger, SINCE)

    assert not check.ok
    assert check.figures["timeline_rows"] == 0


# --- Sweeps and notifications ------------------------------------------------------------------


def _clock(case: Escalation, **fields) -> Clock:
    values = {"kind": "resolve", "target_minutes": 240, "started_at": NOW - timedelta(hours=3)}
    return Clock.objects.create(escalation=case, **{**values, **fields})


@pytest.mark.django_db
def test_a_breach_recorded_once_passes(manager):
    case = make_escalation(by=manager)
    _clock(case, due_at=NOW + timedelta(hours=1), breached_at=NOW + timedelta(hours=2))
    CheckEvent.objects.create(
        escalation=case, kind="breach", clock="resolve", key="1", at=NOW + timedelta(hours=2)
    )

    check = checks.check_sweep_events(SINCE, SWEPT_UNTIL)

    assert check.ok, check.detail
    assert check.figures["recorded_by_kind"] == {"breach": 1}


@pytest.mark.django_db
def test_a_clock_due_by_the_last_sweep_but_never_recorded_is_caught(manager):
    case = make_escalation(by=manager)
    _clock(case, due_at=NOW + timedelta(hours=1))

    check = checks.check_sweep_events(SINCE, SWEPT_UNTIL)

    assert not check.ok
    assert check.figures["due_unrecorded"] == 1


@pytest.mark.django_db
def test_a_clock_due_after_the_last_sweep_is_not_expected_yet(manager):
    case = make_escalation(by=manager)
    _clock(case, due_at=SWEPT_UNTIL + timedelta(minutes=1))

    assert checks.check_sweep_events(SINCE, SWEPT_UNTIL).ok


@pytest.mark.django_db
def test_a_breach_mark_without_its_event_is_caught(manager):
    case = make_escalation(by=manager)
    # Marked in its second cycle, while the only event is the first cycle's.
    _clock(case, cycle=2, due_at=NOW + timedelta(hours=1), breached_at=NOW + timedelta(hours=2))
    CheckEvent.objects.create(escalation=case, kind="breach", clock="resolve", key="1", at=NOW)

    check = checks.check_sweep_events(SINCE, SWEPT_UNTIL)

    assert not check.ok
    assert check.figures["marked_without_event"] == 1


@pytest.mark.django_db
def test_both_unique_constraints_are_in_the_database():
    assert checks.check_sweep_events(SINCE, SWEPT_UNTIL).figures["constraint"] is True
    assert checks.check_notifications(SINCE).figures["constraint"] is True


def _duty(person) -> None:
    RosterEntry.objects.create(role=Role.objects.get(name=DUTY_MANAGER_ROLE), person=person)


def _breach_event(case: Escalation) -> str:
    CheckEvent.objects.create(escalation=case, kind="breach", clock="resolve", key="1", at=NOW)
    return f"breach:resolve:{case.pk}:1"


@pytest.mark.django_db
def test_an_event_told_to_the_manager_on_duty_passes(manager):
    _duty(manager)
    case = make_escalation(by=manager, severity=2)
    key = _breach_event(case)
    Notification.objects.create(
        recipient=manager,
        escalation=case,
        key=key,
        subject="breached",
        created_at=NOW,
        emailed_at=NOW,
    )

    check = checks.check_notifications(SINCE)

    assert check.ok, check.detail
    assert check.figures["events_duty_reads"] == 1


@pytest.mark.django_db
def test_an_event_the_manager_on_duty_was_never_told_is_caught(manager):
    _duty(manager)
    _breach_event(make_escalation(by=manager, severity=2))

    check = checks.check_notifications(SINCE)

    assert not check.ok
    assert check.figures["untold"] == 1


@pytest.mark.django_db
def test_a_sev1_event_need_not_reach_a_manager_who_may_not_see_it(manager):
    _duty(manager)
    _breach_event(make_escalation(by=manager, severity=1))

    check = checks.check_notifications(SINCE)

    assert check.ok, check.detail
    assert check.figures["events_duty_reads"] == 0


@pytest.mark.django_db
def test_a_sweep_notification_without_its_event_and_an_unsent_email_are_caught(manager):
    case = make_escalation(by=manager, severity=2)
    Notification.objects.create(
        recipient=manager,
        escalation=case,
        key=f"breach:resolve:{case.pk}:9",
        subject="x",
        created_at=NOW,
    )

    check = checks.check_notifications(SINCE)

    assert not check.ok
    assert check.figures["orphans"] == 1
    assert check.figures["unsent_email"] == 1


# --- E-mail ------------------------------------------------------------------------------------


def _mail(pk: int) -> str:
    """One message as Django's console backend writes it (only the lines the check reads)."""
    return f"Subject: breached\nTo: molly@desk.test\nMessage-ID: <notification-{pk}@127.0.0.1>\n\n"


@pytest.mark.django_db
def test_each_emailed_notification_in_the_logs_once_passes(manager):
    sent_row = Notification.objects.create(
        recipient=manager, key="breach:resolve:1:1", subject="x", created_at=NOW, emailed_at=NOW
    )

    check = checks.check_emails(SINCE, ["worker started\n" + _mail(sent_row.pk), ""])

    assert check.ok, check.detail
    assert check.figures["emailed"] == 1


@pytest.mark.django_db
def test_a_notification_emailed_twice_is_caught(manager):
    sent_row = Notification.objects.create(
        recipient=manager, key="breach:resolve:1:1", subject="x", created_at=NOW, emailed_at=NOW
    )

    # Once by each cluster's worker.
    check = checks.check_emails(SINCE, [_mail(sent_row.pk), _mail(sent_row.pk)])

    assert not check.ok
    assert check.figures["doubled"] == 1


@pytest.mark.django_db
def test_a_notification_marked_sent_but_never_mailed_is_caught(manager):
    Notification.objects.create(
        recipient=manager, key="breach:resolve:1:1", subject="x", created_at=NOW, emailed_at=NOW
    )

    check = checks.check_emails(SINCE, [""])

    assert not check.ok
    assert check.figures["missing"] == 1


@pytest.mark.django_db
def test_what_the_seed_mailed_at_the_runs_start_is_not_the_runs(manager):
    # The restored desk's own notifications are dated at its now, which is where the run
    # begins; the seed mailed them to memory, so no log holds them.
    Notification.objects.create(
        recipient=manager, key="breach:resolve:1:1", subject="x", created_at=SINCE, emailed_at=SINCE
    )

    assert checks.check_emails(SINCE, [""]).ok


# --- The ledger --------------------------------------------------------------------------------


def test_the_ledger_keeps_each_writes_facts_and_last_word():
    ledger = [
        *sent("note", "[load T1 note1]", case=7),
        *sent("note", "[load T1 note2]", "unknown", case=8),
        sent("note", "[load T1 note3]", case=9)[0],
        *sent("intake", "[load T1 intake1]"),
    ]

    notes = checks.outcomes(ledger, "note")

    assert notes == {
        "[load T1 note1]": {"outcome": "ok", "case": 7},
        "[load T1 note2]": {"outcome": "unknown", "case": 8},
        "[load T1 note3]": {"outcome": "sent", "case": 9},
    }
