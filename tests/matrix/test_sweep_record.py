"""matrix/sweep_record.py: what a sweep records and tells, written as set-based INSERTs.

The rows must read exactly as a person expects (the bell, the e-mail, the timeline line), the
Sev-4 e-mail mute and missing addresses must hold, instants must be stored as the ORM stores
them, and recording the same units again — one after the other, or from two connections at
the same moment on PostgreSQL — must create nothing twice: the unique constraints decide
inside the INSERTs (issue 9 items 4, 5 and 8).

Sev-2 acknowledges within 1 h, 24×7: a case opened at NOW (Monday 2026-11-02 10:00 UTC, the
desk's TIME_ZONE is UTC) is due at 11:00 and breached at 11:01.
"""

from __future__ import annotations

from datetime import timedelta
from functools import partial

import pytest
from django.core import mail
from django.db import connection

from escalations.models import Notification, Preferences, TimelineEvent
from matrix import clocks
from matrix.models import CheckEvent, Clock
from matrix.sweep_record import Tally, Unit, record
from matrix.tasks import sla_sweep
from tests.conftest import NOW, make_customer, make_escalation
from tests.matrix.conftest import OWNER, current, staff
from tests.matrix.test_concurrency import at_once

BREACHED = NOW + timedelta(hours=1, minutes=1)


def open_case(agent, *, severity: int = 2, **fields):
    case = make_escalation(
        by=agent, severity=severity, customer=make_customer(region="EMEA"), **fields
    )
    staff(case)
    clocks.start(case, now=NOW)
    return case


def stall(case, *, people: set[int], key: str = "1") -> Unit:
    """A unit with nothing to claim, like the stalled sweep's: only the unique keys guard it."""
    unit = Unit(
        case.pk,
        CheckEvent.Kind.NO_ACTIVITY,
        "",
        key,
        f"{case.reference}: no activity within the update cadence",
        "Nothing happened on the case for 2 days.",
        case.severity,
        people=set(people),
    )
    unit.title = case.title
    return unit


def test_a_breach_reads_as_a_person_expects_in_the_bell_the_email_and_the_timeline(
    roster, agent, django_capture_on_commit_callbacks
):
    case = open_case(agent, title="Exports fail for the finance team")
    owner = current(case, OWNER).person
    with django_capture_on_commit_callbacks(execute=True):
        counts = sla_sweep(BREACHED)
    assert counts == {"recorded": 1, "notified": 2, "escalated": 0}

    ref = f"ESC-{case.pk:05d}"
    for person in (owner, roster.duty):
        row = Notification.objects.get(recipient=person)
        assert row.escalation_id == case.pk
        assert row.subject == f"{ref}: Acknowledge clock breached"
        assert row.body == "Exports fail for the finance team\n\nIt was due Mon 02 Nov 11:00."
        assert row.url == f"/escalations/{case.pk}/"
        assert row.severity == 2
        assert row.created_at == BREACHED
        assert row.read_at is None
        assert row.email_wanted is True
    assert Notification.objects.unread().filter(recipient=owner).count() == 1

    assert sorted(m.to[0] for m in mail.outbox) == sorted([owner.email, roster.duty.email])
    message = next(m for m in mail.outbox if m.to == [owner.email])
    assert message.subject == f"{ref}: Acknowledge clock breached"
    assert "Exports fail for the finance team\n\nIt was due Mon 02 Nov 11:00." in message.body
    assert f"Open {ref} on the desk: http://127.0.0.1:8000/escalations/{case.pk}/" in message.body

    line = TimelineEvent.objects.get(escalation=case, kind=TimelineEvent.Kind.SLA)
    assert (line.at, line.actor, line.summary) == (BREACHED, None, "Acknowledge clock breached")
    assert (line.body, line.changes) == ("It was due Mon 02 Nov 11:00.", [])

    event = CheckEvent.objects.get(escalation=case)
    assert (event.kind, event.clock, event.key) == ("breach", "acknowledge", "1")
    assert event.detail == "It was due Mon 02 Nov 11:00."


def test_instants_are_stored_as_the_orm_stores_them(roster, agent):
    # On SQLite a datetime is text: one written in another format would not match an equal
    # instant in a filter (and would sort apart from the rest).
    case = open_case(agent)
    sla_sweep(BREACHED)
    assert Clock.objects.filter(escalation=case, kind="acknowledge", breached_at=BREACHED).exists()
    assert CheckEvent.objects.filter(escalation=case, at=BREACHED).count() == 1
    assert TimelineEvent.objects.filter(escalation=case, at=BREACHED).count() == 1
    assert Notification.objects.filter(escalation=case, created_at=BREACHED).count() == 2


def test_a_sev4_breach_reaches_a_person_muting_sev4_email_in_the_bell_only(
    roster, agent, django_capture_on_commit_callbacks
):
    case = open_case(agent, severity=4)
    owner = current(case, OWNER).person
    Preferences.objects.create(user=owner, mute_sev4_email=True)
    with django_capture_on_commit_callbacks(execute=True):
        sla_sweep(NOW + timedelta(days=30))
    assert Notification.objects.filter(recipient=owner, escalation=case).exists()
    assert not Notification.objects.filter(recipient=owner, email_wanted=True).exists()
    assert [m for m in mail.outbox if m.to == [owner.email]] == []
    # The duty manager mutes nothing: the same breaches reach their inbox.
    assert [m for m in mail.outbox if m.to == [roster.duty.email]]


def test_a_sev3_breach_is_emailed_to_a_person_who_mutes_only_sev4(
    roster, agent, django_capture_on_commit_callbacks
):
    case = open_case(agent, severity=3)
    owner = current(case, OWNER).person
    Preferences.objects.create(user=owner, mute_sev4_email=True)
    with django_capture_on_commit_callbacks(execute=True):
        sla_sweep(NOW + timedelta(days=30))
    assert [m for m in mail.outbox if m.to == [owner.email]]


def test_no_address_means_the_bell_only_and_an_inactive_person_is_not_told(
    roster, agent, django_capture_on_commit_callbacks
):
    case = open_case(agent)
    owner = current(case, OWNER).person
    owner.is_active = False
    owner.save()
    roster.duty.email = ""
    roster.duty.save()
    with django_capture_on_commit_callbacks(execute=True):
        counts = sla_sweep(BREACHED)
    assert counts["recorded"] == 1
    assert not Notification.objects.filter(recipient=owner).exists()
    bell = Notification.objects.get(recipient=roster.duty)
    assert bell.email_wanted is False
    assert mail.outbox == []


def test_units_recorded_again_create_nothing_twice(roster, agent):
    case = open_case(agent)
    people = {roster.duty.pk, roster.engineer.pk}
    first, again = Tally(), Tally()
    record([stall(case, people=people)], now=BREACHED, tally=first)
    record([stall(case, people=people)], now=BREACHED + timedelta(minutes=15), tally=again)
    assert (first.recorded, first.notified) == (1, 2)
    assert (again.recorded, again.notified) == (0, 0)
    assert CheckEvent.objects.filter(escalation=case, kind="no_activity").count() == 1
    assert TimelineEvent.objects.filter(escalation=case, kind=TimelineEvent.Kind.SLA).count() == 1
    assert Notification.objects.filter(escalation=case).count() == 2


def test_a_new_occurrence_is_recorded_and_a_person_told_before_is_not_told_twice(roster, agent):
    case = open_case(agent)
    record([stall(case, people={roster.duty.pk})], now=BREACHED, tally=Tally())
    # The next occurrence (key "2") is new; so is its notification key.
    second = Tally()
    units = [stall(case, people={roster.duty.pk}, key="2"), stall(case, people={roster.duty.pk})]
    record(units, now=BREACHED, tally=second)
    assert (second.recorded, second.notified) == (1, 1)
    assert [u.claimed for u in units] == [True, False]
    assert sorted(CheckEvent.objects.filter(escalation=case).values_list("key", flat=True)) == [
        "1",
        "2",
    ]


def test_a_chunk_larger_than_one_insert_statement_records_every_unit(roster, agent, settings):
    # SQLite allows 999 parameters a statement: 250 units and 500 notifications take several.
    settings.SWEEP_CHUNK = 1000
    case = open_case(agent)
    people = {roster.duty.pk, roster.engineer.pk}
    units = [stall(case, people=people, key=str(n)) for n in range(250)]
    tally = Tally()
    record(units, now=BREACHED, tally=tally)
    assert (tally.recorded, tally.notified) == (250, 500)
    assert CheckEvent.objects.filter(escalation=case).count() == 250
    assert Notification.objects.filter(escalation=case).count() == 500
    assert all(u.claimed for u in units)


# --- Two connections at the same moment (PostgreSQL) -------------------------------------------

on_postgresql = pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="needs two concurrent connections to PostgreSQL; SQLite serialises writers",
)
# Real commits from two connections: no test transaction around them (see test_concurrency).
committed = pytest.mark.django_db(transaction=True, serialized_rollback=True)
ROUNDS = 3


def _record(units: list[Unit]) -> tuple[int, int]:
    tally = Tally()
    record(units, now=BREACHED, tally=tally)
    return tally.recorded, tally.notified


@on_postgresql
@committed
def test_two_workers_recording_the_same_units_record_and_tell_each_once(roster, agent):
    # Units with nothing to claim: the unique keys inside the INSERTs are all that decides.
    people = {roster.duty.pk, roster.engineer.pk}
    for round_ in range(ROUNDS):
        cases = [open_case(agent) for _ in range(10)]
        ids = [case.pk for case in cases]

        def units(cases=cases, key=str(round_)):
            return [stall(case, people=people, key=key) for case in cases]

        results = at_once(partial(_record, units()), partial(_record, units()))
        assert not any(isinstance(r, Exception) for r in results), results
        assert sum(r[0] for r in results) == 10
        assert sum(r[1] for r in results) == 20
        assert CheckEvent.objects.filter(escalation__in=ids).count() == 10
        assert TimelineEvent.objects.filter(escalation__in=ids, kind="sla").count() == 10
        assert Notification.objects.filter(escalation__in=ids).count() == 20
    # Each row's e-mail went once, after its worker's commit.
    assert len(mail.outbox) == 20 * ROUNDS


@on_postgresql
@committed
def test_two_sla_sweeps_at_once_record_and_tell_each_breach_once(roster, agent):
    for _ in range(ROUNDS):
        # The earlier rounds' cases have nothing new at the same instant.
        cases = [open_case(agent) for _ in range(10)]
        ids = [case.pk for case in cases]

        results = at_once(partial(sla_sweep, BREACHED), partial(sla_sweep, BREACHED))
        assert not any(isinstance(r, Exception) for r in results), results
        breaches = CheckEvent.objects.filter(escalation__in=ids, kind="breach")
        assert sum(r["recorded"] for r in results) == breaches.count()
        # Each case's acknowledge clock breached once, its owner and the duty manager told once.
        assert breaches.filter(clock="acknowledge").count() == 10
        told = Notification.objects.filter(escalation__in=ids, key__startswith="breach:ack")
        assert told.count() == 20
        assert (
            sum(r["notified"] for r in results)
            == Notification.objects.filter(escalation__in=ids, key__startswith="breach:").count()
        )
    sent = [(m.to[0], m.subject) for m in mail.outbox]
    assert len(sent) == len(set(sent))
