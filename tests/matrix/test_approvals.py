"""Refunds, credits and exceptions: proposed by the owner, decided within a role's limit.

Issue 8 item 5: a support manager up to $5,000, the VP CS up to $25,000, the CRO above; the case
is in *awaiting approval* while a proposal waits; the timeline's decision log says who and why.
"""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

import pytest

from escalations import workflow
from escalations.models import Escalation, TimelineEvent
from escalations.refusals import Conflict, Refused
from matrix.models import Approval
from tests.conftest import NOW, assert_timeline_has, make_escalation
from tests.matrix.conftest import AUTHORITY, COMMS, OWNER, current, role, staff

HOUR = timedelta(hours=1)
LATER = NOW + HOUR


@pytest.fixture
def case(roster, agent) -> Escalation:
    """Sev-3 technical: Eli (Engineering lead) owns it and accepted, Molly (Support manager on
    duty, up to $5,000) is the decision authority; the case is being diagnosed."""
    case = make_escalation(by=agent, severity=3)
    staff(case)
    assert current(case, AUTHORITY).person == roster.duty
    workflow.accept_assignment(current(case, OWNER), by=roster.engineer, now=NOW)
    case.refresh_from_db()  # acknowledged by the owner's acceptance
    workflow.change_status(case, "diagnose", by=roster.engineer, now=NOW)
    return case


def propose(case, by, amount: str | None = "3000", kind: str = "refund") -> Approval:
    return workflow.propose_approval(
        case,
        kind=kind,
        amount=Decimal(amount) if amount is not None else None,
        reason="Exports were down for three days of month-end.",
        customer_message="We refund the month's reporting add-on.",
        by=by,
        now=NOW + timedelta(minutes=30),
    )


def decide(approval, by, *, approve: bool = True, reason: str = "Fair for three lost days."):
    return workflow.decide_approval(approval, approve=approve, reason=reason, by=by, now=LATER)


def status_of(case) -> str:
    return Escalation.objects.get(pk=case.pk).status


def test_only_the_owner_proposes(case, roster):
    for someone in (roster.duty, roster.csm_emea, roster.vpcs):
        with pytest.raises(Refused, match="Only the case's owner"):
            propose(case, someone)

    assert not Approval.objects.filter(escalation=case).exists()
    assert status_of(case) == "diagnose"


def test_the_owner_must_have_accepted_before_proposing(roster, agent):
    case = make_escalation(by=agent, severity=3)
    staff(case)  # Eli is the owner, still pending

    with pytest.raises(Refused, match="Accept the owner role first"):
        propose(case, roster.engineer)

    assert not Approval.objects.filter(escalation=case).exists()


def test_a_proposal_puts_the_case_in_awaiting_approval(case, roster):
    approval = propose(case, roster.engineer)

    assert status_of(case) == "awaiting_approval"
    assert approval.status == Approval.Status.PENDING
    assert approval.decider_role == role("Support manager on duty")
    event = assert_timeline_has(case, TimelineEvent.Kind.PROPOSAL, actor=roster.engineer)
    assert "Exports were down for three days" in event.body
    assert "We refund the month's reporting add-on." in event.body


def test_approved_moves_the_case_on_to_execute(case, roster):
    approval = propose(case, roster.engineer)

    decide(approval, roster.duty)

    assert status_of(case) == "execute"
    approval.refresh_from_db()
    assert (approval.status, approval.decided_by, approval.decided_at) == (
        Approval.Status.APPROVED,
        roster.duty,
        LATER,
    )


@pytest.mark.parametrize("working", ["acknowledged", "diagnose", "execute"])
def test_rejected_returns_the_case_to_the_state_it_was_in(roster, agent, working):
    case = make_escalation(by=agent, severity=3)
    staff(case)
    workflow.accept_assignment(current(case, OWNER), by=roster.engineer, now=NOW)
    Escalation.objects.filter(pk=case.pk).update(status=working)
    case.refresh_from_db()
    approval = propose(case, roster.engineer)

    decide(approval, roster.duty, approve=False, reason="Credit instead; see the contract.")

    assert status_of(case) == working
    approval.refresh_from_db()
    assert approval.status == Approval.Status.REJECTED


def test_the_authority_decides_within_its_limit(case, roster):
    approval = propose(case, roster.engineer, amount="5000")

    assert approval.decider_role == role("Support manager on duty")
    decide(approval, roster.duty)

    approval.refresh_from_db()
    assert approval.decided_by == roster.duty


def test_above_the_authoritys_limit_the_least_senior_role_that_covers_it_decides(case, roster):
    # $12,000: the duty manager ($5,000) and the Support director ($10,000) fall short; the VP
    # Customer Success ($25,000) covers it.
    approval = propose(case, roster.engineer, amount="12000")

    assert approval.decider_role == role("VP Customer Success")
    for short in (roster.duty, roster.director):
        with pytest.raises(Refused, match="VP Customer Success"):
            decide(approval, short)
    assert status_of(case) == "awaiting_approval"

    decide(approval, roster.vpcs)

    approval.refresh_from_db()
    assert (approval.status, approval.decided_by) == (Approval.Status.APPROVED, roster.vpcs)
    assert status_of(case) == "execute"


def test_a_more_senior_role_whose_limit_covers_it_may_decide_too(case, roster):
    approval = propose(case, roster.engineer, amount="12000")

    decide(approval, roster.cro)

    approval.refresh_from_db()
    assert approval.decided_by == roster.cro


def test_above_25000_only_the_cro_decides(case, roster):
    approval = propose(case, roster.engineer, amount="25000.01")

    assert approval.decider_role == role("CRO")
    with pytest.raises(Refused):
        decide(approval, roster.vpcs)
    decide(approval, roster.cro)

    approval.refresh_from_db()
    assert approval.decided_by == roster.cro


def test_a_policy_exception_without_an_amount_is_decided_by_the_authority(case, roster):
    approval = propose(case, roster.engineer, amount=None, kind="policy_exception")

    assert approval.decider_role == role("Support manager on duty")
    decide(approval, roster.duty)

    assert status_of(case) == "execute"


def test_somebody_outside_the_ladder_cannot_decide(case, roster):
    approval = propose(case, roster.engineer)

    for outsider in (roster.csm_emea, roster.billing, roster.rcm_emea):
        with pytest.raises(Refused):
            decide(approval, outsider)

    approval.refresh_from_db()
    assert approval.status == Approval.Status.PENDING


def test_the_proposer_never_decides_their_own_proposal(roster, agent):
    # Molly owns the case and is its decision authority as well.
    case = make_escalation(by=agent, severity=3)
    staff(case)
    workflow.assign_roles(
        case,
        {OWNER: (roster.duty, role("Support manager on duty"), current(case, OWNER).pk)},
        handoff=None,
        by=roster.duty,
        now=NOW,
    )
    assert current(case, AUTHORITY).person == roster.duty
    workflow.accept_assignment(current(case, OWNER), by=roster.duty, now=NOW)
    case.refresh_from_db()
    approval = propose(case, roster.duty)

    with pytest.raises(Refused, match="not the person who proposed it"):
        decide(approval, roster.duty)

    decide(approval, roster.duty2)  # another holder of the role decides
    approval.refresh_from_db()
    assert approval.decided_by == roster.duty2


def test_the_proposer_cannot_decide_even_when_senior_enough(roster, agent):
    case = make_escalation(by=agent, severity=3)
    staff(case)
    workflow.assign_roles(
        case,
        {OWNER: (roster.vpcs, role("VP Customer Success"), current(case, OWNER).pk)},
        handoff=None,
        by=roster.duty,
        now=NOW,
    )
    workflow.accept_assignment(current(case, OWNER), by=roster.vpcs, now=NOW)
    case.refresh_from_db()
    approval = propose(case, roster.vpcs, amount="12000")

    with pytest.raises(Refused):
        decide(approval, roster.vpcs)


def test_a_decision_needs_a_reason(case, roster):
    approval = propose(case, roster.engineer)

    with pytest.raises(Refused, match="reason"):
        decide(approval, roster.duty, reason="  ")

    approval.refresh_from_db()
    assert approval.status == Approval.Status.PENDING
    assert status_of(case) == "awaiting_approval"


def test_deciding_twice_is_a_conflict_and_the_first_decision_stands(case, roster):
    approval = propose(case, roster.engineer)
    decide(approval, roster.duty)
    decisions = TimelineEvent.objects.filter(escalation=case, kind=TimelineEvent.Kind.DECISION)

    with pytest.raises(Conflict, match="Molly Manager"):
        decide(Approval.objects.get(pk=approval.pk), roster.duty2, approve=False)

    approval.refresh_from_db()
    assert (approval.status, approval.decided_by) == (Approval.Status.APPROVED, roster.duty)
    assert decisions.count() == 1
    assert status_of(case) == "execute"


def test_the_decision_log_has_the_proposal_and_the_decision_with_who_and_why(case, roster):
    approval = propose(case, roster.engineer, amount="12000")
    decide(approval, roster.vpcs, approve=False, reason="Offer a service credit instead.")

    log = list(
        TimelineEvent.objects.filter(
            escalation=case, kind__in=TimelineEvent.DECISION_KINDS
        ).order_by("at", "id")
    )

    assert [(e.kind, e.actor) for e in log] == [
        (TimelineEvent.Kind.PROPOSAL, roster.engineer),
        (TimelineEvent.Kind.DECISION, roster.vpcs),
    ]
    proposal, decision = log
    assert "12,000" in proposal.summary
    assert "VP Customer Success" in proposal.summary
    assert "rejected" in decision.summary.lower()
    assert "Offer a service credit instead." in decision.body


def test_the_case_waits_until_the_last_of_two_proposals_is_decided(case, roster):
    first = propose(case, roster.engineer, amount="1000")
    second = propose(case, roster.engineer, amount="2000", kind="credit")

    decide(first, roster.duty)
    assert status_of(case) == "awaiting_approval"

    workflow.decide_approval(
        second, approve=False, reason="One refund is enough.", by=roster.duty, now=LATER + HOUR
    )
    assert status_of(case) == "execute"  # one of them was approved: the fix goes ahead


def test_when_every_proposal_is_rejected_the_case_returns_to_where_it_was(case, roster):
    first = propose(case, roster.engineer, amount="1000")
    second = propose(case, roster.engineer, amount="2000", kind="credit")

    decide(first, roster.duty, approve=False)
    workflow.decide_approval(
        second, approve=False, reason="Not this time.", by=roster.duty, now=LATER + HOUR
    )

    assert status_of(case) == "diagnose"


def test_the_comms_lead_and_the_authority_are_unaffected_by_a_proposal(case, roster):
    before = {kind: current(case, kind).pk for kind in (OWNER, AUTHORITY, COMMS)}

    propose(case, roster.engineer)

    assert {kind: current(case, kind).pk for kind in (OWNER, AUTHORITY, COMMS)} == before
