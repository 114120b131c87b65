"""Each assignee accepts or declines; only managers assign (issue 8 item 3, DESIGN.md "Roles")."""

from __future__ import annotations

from datetime import timedelta

import pytest

from escalations import workflow
from escalations.models import Escalation, TimelineEvent
from escalations.refusals import Conflict, Refused
from matrix.actions import Handoff
from matrix.models import Assignment
from tests.conftest import NOW, assert_timeline_has, make_escalation
from tests.matrix.conftest import AUTHORITY, COMMS, OWNER, current, role, staff

LATER = NOW + timedelta(minutes=10)
WARM = Handoff(note="Logs are in the ticket; call me.", temperature="warm", direction="functional")


@pytest.fixture
def case(roster, agent):
    case = make_escalation(by=agent, severity=3)
    staff(case)
    return case


def events(case, kind=None) -> int:
    rows = TimelineEvent.objects.filter(escalation=case)
    return rows.filter(kind=kind).count() if kind else rows.count()


def test_only_the_assignee_accepts(case, roster):
    owner = current(case, OWNER)

    with pytest.raises(Refused, match="Only the person assigned"):
        workflow.accept_assignment(owner, by=roster.duty, now=LATER)

    owner.refresh_from_db()
    assert owner.status == Assignment.Status.PENDING


def test_only_the_assignee_declines(case, roster):
    owner = current(case, OWNER)

    with pytest.raises(Refused):
        workflow.decline_assignment(owner, reason="Busy", by=roster.duty, now=LATER)

    owner.refresh_from_db()
    assert owner.status == Assignment.Status.PENDING


def test_the_owner_accepting_acknowledges_a_new_case(case, roster):
    assert case.status == "new"

    workflow.accept_assignment(current(case, OWNER), by=roster.engineer, now=LATER)

    case.refresh_from_db()
    assert case.status == "acknowledged"
    owner = current(case, OWNER)
    assert owner.status == Assignment.Status.ACCEPTED
    assert owner.responded_at == LATER
    event = assert_timeline_has(case, TimelineEvent.Kind.STATUS, actor=roster.engineer)
    assert event.changes == [
        {"field": "status", "label": "Status", "old": "New", "new": "Acknowledged"}
    ]
    assert_timeline_has(case, TimelineEvent.Kind.ASSIGNMENT, "accepted the owner role")


def test_another_role_accepting_does_not_acknowledge_the_case(case, roster):
    workflow.accept_assignment(current(case, COMMS), by=roster.csm_emea, now=LATER)

    case.refresh_from_db()
    assert case.status == "new"
    assert current(case, COMMS).status == Assignment.Status.ACCEPTED
    assert events(case, TimelineEvent.Kind.STATUS) == 0


def test_accepting_twice_is_refused_with_a_message(case, roster):
    owner = current(case, OWNER)
    workflow.accept_assignment(owner, by=roster.engineer, now=LATER)
    before = events(case)

    with pytest.raises(Conflict, match="already answered"):
        workflow.accept_assignment(
            Assignment.objects.get(pk=owner.pk), by=roster.engineer, now=LATER
        )

    assert events(case) == before


def test_declining_needs_a_reason(case, roster):
    owner = current(case, OWNER)

    with pytest.raises(Refused, match="why"):
        workflow.decline_assignment(owner, reason="  ", by=roster.engineer, now=LATER)

    owner.refresh_from_db()
    assert owner.status == Assignment.Status.PENDING


def test_a_decline_is_recorded_with_its_reason_and_the_role_stays_open_for_a_manager(case, roster):
    owner = current(case, OWNER)

    workflow.decline_assignment(
        owner, reason="On leave from tomorrow.", by=roster.engineer, now=LATER
    )

    owner.refresh_from_db()
    assert owner.status == Assignment.Status.DECLINED
    assert owner.decline_reason == "On leave from tomorrow."
    event = assert_timeline_has(case, TimelineEvent.Kind.ASSIGNMENT, "declined the owner role")
    assert "On leave from tomorrow." in event.body
    case.refresh_from_db()
    assert case.status == "new"


def test_an_answer_after_the_role_was_reassigned_is_refused_naming_the_new_holder(case, roster):
    stale = current(case, OWNER)
    workflow.assign_roles(
        case,
        {OWNER: (roster.duty2, role("Support manager on duty"), stale.pk)},
        handoff=None,
        by=roster.duty,
        now=LATER,
    )

    with pytest.raises(Conflict, match="reassigned to Sam Second"):
        workflow.accept_assignment(stale, by=roster.engineer, now=LATER)

    case.refresh_from_db()
    assert case.status == "new"


def test_only_managers_assign_roles(case, roster, agent):
    owner = current(case, OWNER)

    with pytest.raises(Refused, match="Only support managers"):
        workflow.assign_roles(
            case, {OWNER: (agent, None, owner.pk)}, handoff=WARM, by=agent, now=LATER
        )

    assert current(case, OWNER).person == roster.engineer


def test_a_manager_confirms_or_changes_the_three_people_in_one_call(case, roster):
    seen = {kind: current(case, kind).pk for kind in (OWNER, AUTHORITY)}

    made = workflow.assign_roles(
        case,
        {
            OWNER: (roster.engineer, role("Engineering lead (Tier 2)"), seen[OWNER]),  # confirmed
            AUTHORITY: (roster.duty2, role("Support manager on duty"), seen[AUTHORITY]),
        },
        handoff=None,
        by=roster.duty,
        now=LATER,
    )

    assert [a.kind for a in made] == [AUTHORITY]
    assert current(case, OWNER).pk == seen[OWNER]  # unchanged: still the desk's suggestion
    authority = current(case, AUTHORITY)
    assert authority.person == roster.duty2
    assert authority.assigned_by == roster.duty
    assert authority.status == Assignment.Status.PENDING


def test_a_stale_form_is_refused_with_who_holds_the_role_now(case, roster):
    seen = current(case, AUTHORITY).pk
    # Sam's manager colleague changed the authority first.
    workflow.assign_roles(
        case,
        {AUTHORITY: (roster.director, role("Support director"), seen)},
        handoff=None,
        by=roster.duty2,
        now=LATER,
    )
    before = events(case)

    with pytest.raises(Conflict, match="Dora Director now holds it"):
        workflow.assign_roles(
            case,
            {AUTHORITY: (roster.vpcs, role("VP Customer Success"), seen)},
            handoff=WARM,
            by=roster.duty,
            now=LATER,
        )

    assert current(case, AUTHORITY).person == roster.director
    assert events(case) == before
    assert Assignment.objects.current().filter(escalation=case, kind=AUTHORITY).count() == 1


def test_assigning_a_role_that_is_vacant_with_a_stale_form_is_refused(roster, agent):
    case = make_escalation(by=agent, severity=3)  # no roles yet: the form saw "vacant" (0)
    workflow.assign_roles(
        case, {OWNER: (roster.engineer, None, 0)}, handoff=None, by=roster.duty, now=NOW
    )

    with pytest.raises(Conflict, match="Eli Engineer now holds it"):
        workflow.assign_roles(
            case, {OWNER: (roster.duty2, None, 0)}, handoff=None, by=roster.duty2, now=NOW
        )


def test_assigning_the_owner_sets_the_cases_owner(case, roster):
    workflow.assign_roles(
        case,
        {OWNER: (roster.duty2, None, current(case, OWNER).pk)},
        handoff=None,
        by=roster.duty,
        now=LATER,
    )

    case.refresh_from_db()
    assert case.owner == roster.duty2


# --- Visibility of Sev-1 cases follows the current, non-declined assignments ------------------


@pytest.fixture
def sev1(roster, manager):
    case = make_escalation(by=manager, severity=1)
    staff(case)
    return case


def sees(user, case) -> bool:
    return Escalation.objects.visible_to(user).filter(pk=case.pk).exists()


def test_a_pending_assignee_sees_the_sev1_case(sev1, roster):
    assert current(sev1, OWNER).person == roster.engineer
    assert current(sev1, OWNER).status == Assignment.Status.PENDING

    assert sees(roster.engineer, sev1)


def test_the_declined_person_no_longer_sees_the_sev1_case(sev1, roster):
    workflow.decline_assignment(
        current(sev1, OWNER), reason="Not my area.", by=roster.engineer, now=LATER
    )

    assert not sees(roster.engineer, sev1)
    assert sees(roster.rcm_emea, sev1)  # the comms lead, still pending, does


def test_the_replaced_holder_no_longer_sees_the_sev1_case(sev1, roster):
    workflow.accept_assignment(current(sev1, OWNER), by=roster.engineer, now=LATER)
    workflow.assign_roles(
        sev1,
        {OWNER: (roster.billing, None, current(sev1, OWNER).pk)},
        handoff=WARM,
        by=roster.duty,
        now=LATER,
    )

    assert not sees(roster.engineer, sev1)
    assert sees(roster.billing, sev1)


def test_a_desk_member_not_on_the_sev1_case_does_not_see_it(sev1, roster):
    assert not sees(roster.csm_emea, sev1)
    assert not sees(roster.duty2, sev1)
