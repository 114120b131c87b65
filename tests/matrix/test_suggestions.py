"""Who the desk suggests for a case's three roles (DESIGN.md "Severity matrix", issue 8 items 2-3)."""

from __future__ import annotations

from datetime import timedelta

import pytest

from escalations import workflow
from escalations.models import Escalation, TimelineEvent
from matrix.models import Assignment, RosterEntry
from matrix.roster import suggest
from tests.conftest import NOW, make_customer, make_escalation
from tests.matrix.conftest import (
    AUTHORITY,
    COMMS,
    OWNER,
    current_roles,
    hold,
    raise_case,
    role,
    staff,
)


def suggested(escalation: Escalation) -> dict[str, object]:
    return {s.kind: s.person for s in suggest(escalation)}


def test_a_sev3_technical_case_gets_the_engineering_lead_the_duty_manager_and_a_csm(roster, agent):
    case = make_escalation(by=agent, severity=3, customer=make_customer(region="EMEA"))

    people = suggested(case)

    assert people == {OWNER: roster.engineer, AUTHORITY: roster.duty, COMMS: roster.csm_emea}


@pytest.mark.parametrize(("region", "expected"), [("EMEA", "csm_emea"), ("NA", "csm_na")])
def test_a_regional_role_is_filled_from_the_customers_region(roster, agent, region, expected):
    case = make_escalation(by=agent, severity=3, customer=make_customer(region=region))

    assert suggested(case)[COMMS] == getattr(roster, expected)


def test_a_regional_role_falls_back_to_a_holder_who_covers_every_region(roster, agent, manager):
    case = make_escalation(by=agent, severity=3, customer=make_customer(region="APAC"))
    assert suggested(case)[COMMS] is None  # nobody covers APAC yet: the role stays vacant

    hold(roster.duty2, "Customer success manager", region="")

    assert suggested(case)[COMMS] == roster.duty2


def test_a_person_marked_away_is_skipped(roster, agent):
    RosterEntry.objects.filter(person=roster.duty).update(away=True)
    case = make_escalation(by=agent, severity=3)

    assert suggested(case)[AUTHORITY] == roster.duty2


def test_when_every_holder_is_away_the_role_is_left_vacant(roster, agent):
    RosterEntry.objects.filter(role=role("Engineering lead (Tier 2)")).update(away=True)
    case = make_escalation(by=agent, severity=3)

    assert suggested(case)[OWNER] is None


def test_the_least_loaded_holder_is_preferred(roster, agent):
    # Molly is first in roster order, but already the decision authority on an open case.
    busy = make_escalation(by=agent, severity=3)
    assert staff(busy)[AUTHORITY].person == roster.duty

    case = make_escalation(by=agent, severity=3)

    assert suggested(case)[AUTHORITY] == roster.duty2


def test_roles_on_closed_cases_do_not_count_as_load(roster, agent):
    done = make_escalation(by=agent, severity=3)
    staff(done)
    Escalation.objects.filter(pk=done.pk).update(status="closed")

    case = make_escalation(by=agent, severity=3)

    assert suggested(case)[AUTHORITY] == roster.duty


def test_a_sev1_case_gets_the_vp_customer_success_and_the_regional_csm_manager(roster, agent):
    case = make_escalation(by=agent, severity=1, customer=make_customer(region="NA"))

    people = suggested(case)

    assert people[AUTHORITY] == roster.vpcs
    assert people[COMMS] == roster.rcm_na


@pytest.mark.parametrize("entry_point", ["executive_email", "cc_executive"])
def test_an_executive_escalation_is_owned_by_the_support_manager_on_duty(
    roster, agent, entry_point
):
    case = raise_case(make_customer(), by=agent, entry_point=entry_point)

    owner = current_roles(case)[OWNER]

    assert case.executive
    assert owner.role == role("Support manager on duty")
    assert owner.person in (roster.duty, roster.duty2)
    # "Acknowledged personally by a support manager or director within 2 h".
    assert owner.respond_by - owner.assigned_at <= timedelta(hours=2)


def test_a_routine_case_owner_has_the_cells_acknowledge_window(roster, agent):
    case = raise_case(make_customer(), by=agent)
    case.refresh_from_db()
    assert case.severity in (3, 4)  # a mild brief: the roles below are those of Sev-3 and Sev-4
    windows = {3: timedelta(hours=4), 4: timedelta(hours=24)}

    owner = current_roles(case)[OWNER]

    assert not case.executive
    assert owner.person == roster.engineer
    assert owner.respond_by - owner.assigned_at == windows[case.severity]


def test_intake_gives_the_new_case_three_pending_assignments_from_the_matrix(roster, agent):
    case = raise_case(make_customer(region="EMEA"), by=agent)

    roles = current_roles(case)

    assert {kind: a.person for kind, a in roles.items()} == {
        OWNER: roster.engineer,
        AUTHORITY: roster.duty,
        COMMS: roster.csm_emea,
    }
    assert all(a.status == Assignment.Status.PENDING for a in roles.values())
    assert all(a.assigned_by is None for a in roles.values())  # suggested by the desk
    events = TimelineEvent.objects.filter(escalation=case, kind=TimelineEvent.Kind.ASSIGNMENT)
    assert events.count() == 3
    case.refresh_from_db()
    assert case.owner == roster.engineer


def test_intake_with_an_empty_roster_leaves_the_roles_vacant(agent):
    case = raise_case(make_customer(), by=agent)

    assert current_roles(case) == {}
    case.refresh_from_db()
    assert case.owner is None


def test_a_severity_change_fills_vacant_roles_and_notes_the_matrixs_new_people(
    roster, agent, manager
):
    # Nobody holds the Customer success manager role: the Sev-3/4 comms lead stays vacant.
    RosterEntry.objects.filter(role=role("Customer success manager")).delete()
    case = raise_case(make_customer(region="EMEA"), by=agent)
    assert case.severity in (3, 4)
    assert COMMS not in current_roles(case)

    workflow.override_triage(
        case,
        severity=2,
        lane=None,
        reason="The CFO called: month-end close is blocked.",
        by=manager,
        now=NOW + timedelta(minutes=30),
    )

    roles = current_roles(case)
    # Sev-2's comms lead is the regional CSM manager, who exists: the vacant role is filled.
    assert roles[COMMS].person == roster.rcm_emea
    assert roles[COMMS].status == Assignment.Status.PENDING
    # The authority Molly was picked as Support manager on duty; Sev-2 names the VP CS instead.
    # She keeps the role until a manager changes it, and the timeline says whom the matrix names.
    assert roles[AUTHORITY].person == roster.duty
    note = TimelineEvent.objects.get(escalation=case, kind=TimelineEvent.Kind.MATRIX)
    assert "VP Customer Success" in note.body
    assert "Vic Vpcs" in note.body


def test_a_severity_change_that_names_the_same_people_adds_no_matrix_note(roster, agent, manager):
    case = raise_case(make_customer(region="EMEA"), by=agent)
    target = 4 if case.severity == 3 else 3  # Sev-3 and Sev-4 name the same roles

    workflow.override_triage(
        case, severity=target, lane=None, reason="Routine after all.", by=manager, now=NOW
    )

    assert not TimelineEvent.objects.filter(escalation=case, kind=TimelineEvent.Kind.MATRIX)
    assert len(current_roles(case)) == 3


def test_a_pending_assignments_window_follows_the_new_acknowledge_target(roster, agent, manager):
    case = raise_case(make_customer(region="EMEA"), by=agent)

    workflow.override_triage(
        case, severity=1, lane=None, reason="Every store is down.", by=manager, now=NOW
    )

    owner = current_roles(case)[OWNER]
    assert owner.status == Assignment.Status.PENDING
    assert owner.respond_by == owner.assigned_at + timedelta(minutes=15)  # Sev-1: 15 min
