"""Reassigning a role is a hand-off: a note, warm or cold, functional or hierarchical.

DESIGN.md "Roles on every case": warm for Sev-1/2 and frustrated customers; issue 8 item 3.
"""

from __future__ import annotations

from datetime import timedelta

import pytest

from escalations import workflow
from escalations.models import Escalation, TimelineEvent
from escalations.refusals import Refused
from matrix.actions import Handoff
from matrix.models import Assignment
from tests.conftest import NOW, assert_timeline_has, make_escalation
from tests.matrix.conftest import AUTHORITY, OWNER, current, role, staff

LATER = NOW + timedelta(hours=1)
NOTE = "Export worker logs are attached; the customer's CFO expects a call at 16:00."


def accepted_case(roster, agent, **fields) -> Escalation:
    """A case whose owner (Eli, Engineering lead) accepted: replacing him is a hand-off."""
    case = make_escalation(by=agent, **fields)
    staff(case)
    workflow.accept_assignment(current(case, OWNER), by=roster.engineer, now=NOW)
    return case


def hand_off(case, roster, handoff, *, to=None):
    return workflow.assign_roles(
        case,
        {OWNER: (to or roster.director, role("Support director"), current(case, OWNER).pk)},
        handoff=handoff,
        by=roster.duty,
        now=LATER,
    )


def test_a_reassignment_needs_a_hand_off_note(roster, agent):
    case = accepted_case(roster, agent, severity=3)

    with pytest.raises(Refused, match="note"):
        hand_off(case, roster, None)
    with pytest.raises(Refused, match="note"):
        hand_off(case, roster, Handoff(note="   ", temperature="warm", direction="functional"))

    assert current(case, OWNER).person == roster.engineer


def test_a_reassignment_needs_warm_or_cold(roster, agent):
    case = accepted_case(roster, agent, severity=3)

    with pytest.raises(Refused, match="warm or a cold"):
        hand_off(case, roster, Handoff(note=NOTE, temperature="", direction="functional"))

    assert current(case, OWNER).person == roster.engineer


def test_a_reassignment_needs_functional_or_hierarchical(roster, agent):
    case = accepted_case(roster, agent, severity=3)

    with pytest.raises(Refused, match="functional or hierarchical"):
        hand_off(case, roster, Handoff(note=NOTE, temperature="warm", direction=""))

    assert current(case, OWNER).person == roster.engineer


def test_a_warm_hierarchical_hand_off_replaces_the_holder_and_lands_in_the_decision_log(
    roster, agent
):
    case = accepted_case(roster, agent, severity=2)
    old = current(case, OWNER)

    hand_off(case, roster, Handoff(note=NOTE, temperature="warm", direction="hierarchical"))

    new = current(case, OWNER)
    assert new.person == roster.director
    assert new.status == Assignment.Status.PENDING  # the new holder accepts in turn
    assert new.previous_id == old.pk
    assert (new.handoff_note, new.handoff_temperature, new.handoff_direction) == (
        NOTE,
        "warm",
        "hierarchical",
    )
    old.refresh_from_db()
    assert old.ended_at == LATER
    event = assert_timeline_has(
        case, TimelineEvent.Kind.REASSIGNMENT, "Eli Engineer to Dora Director", actor=roster.duty
    )
    assert "warm" in event.summary
    assert "hierarchical" in event.summary
    assert event.body == NOTE
    assert TimelineEvent.Kind.REASSIGNMENT in TimelineEvent.DECISION_KINDS
    case.refresh_from_db()
    assert case.owner == roster.director


@pytest.mark.parametrize("severity", [1, 2])
def test_a_cold_hand_off_is_refused_for_sev1_and_sev2(roster, agent, severity):
    case = accepted_case(roster, agent, severity=severity)

    with pytest.raises(Refused, match="warm"):
        hand_off(case, roster, Handoff(note=NOTE, temperature="cold", direction="functional"))

    assert current(case, OWNER).person == roster.engineer


def test_a_cold_hand_off_is_refused_when_the_customer_is_frustrated(roster, agent):
    case = accepted_case(roster, agent, severity=3, frustrated=True)

    with pytest.raises(Refused, match="frustrated customer"):
        hand_off(case, roster, Handoff(note=NOTE, temperature="cold", direction="functional"))

    assert current(case, OWNER).person == roster.engineer


@pytest.mark.parametrize("severity", [3, 4])
def test_a_cold_hand_off_is_allowed_for_a_calm_sev3_or_sev4_case(roster, agent, severity):
    case = accepted_case(roster, agent, severity=severity)

    hand_off(case, roster, Handoff(note=NOTE, temperature="cold", direction="functional"))

    new = current(case, OWNER)
    assert new.person == roster.director
    assert new.handoff_temperature == "cold"
    assert_timeline_has(case, TimelineEvent.Kind.REASSIGNMENT, "cold, functional")


def test_replacing_the_desks_own_unanswered_suggestion_needs_no_hand_off(roster, agent):
    case = make_escalation(by=agent, severity=1)
    staff(case)  # the matrix suggested Eli; he has not answered

    hand_off(case, roster, None)

    assert current(case, OWNER).person == roster.director
    assert not TimelineEvent.objects.filter(
        escalation=case, kind=TimelineEvent.Kind.REASSIGNMENT
    ).exists()
    assert_timeline_has(case, TimelineEvent.Kind.ASSIGNMENT, "Dora Director", actor=roster.duty)


def test_replacing_a_managers_pending_pick_is_a_hand_off(roster, agent):
    case = make_escalation(by=agent, severity=3)
    workflow.assign_roles(
        case, {OWNER: (roster.engineer, None, 0)}, handoff=None, by=roster.duty, now=NOW
    )

    with pytest.raises(Refused, match="note"):
        hand_off(case, roster, None)


def test_a_refused_hand_off_changes_nothing(roster, agent):
    case = accepted_case(roster, agent, severity=1)
    before = TimelineEvent.objects.filter(escalation=case).count()
    owner = current(case, OWNER)

    with pytest.raises(Refused):
        hand_off(case, roster, Handoff(note=NOTE, temperature="cold", direction="functional"))

    owner.refresh_from_db()
    assert owner.ended_at is None
    assert owner.status == Assignment.Status.ACCEPTED
    assert TimelineEvent.objects.filter(escalation=case).count() == before


def test_one_refused_role_in_the_form_leaves_the_other_roles_unchanged(roster, agent):
    case = accepted_case(roster, agent, severity=2)
    workflow.accept_assignment(current(case, AUTHORITY), by=roster.vpcs, now=NOW)
    owner, authority = current(case, OWNER), current(case, AUTHORITY)

    with pytest.raises(Refused, match="warm"):
        workflow.assign_roles(
            case,
            {
                OWNER: (roster.director, None, owner.pk),
                AUTHORITY: (roster.cro, role("CRO"), authority.pk),
            },
            handoff=Handoff(note=NOTE, temperature="cold", direction="hierarchical"),
            by=roster.duty,
            now=LATER,
        )

    assert current(case, OWNER).pk == owner.pk
    assert current(case, AUTHORITY).pk == authority.pk
