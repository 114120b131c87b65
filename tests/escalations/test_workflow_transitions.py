"""A case's states and the moves between them (DESIGN.md "Workflow", issue 8 item 4).

new → acknowledged → diagnose → awaiting approval → execute → resolved → closed; waiting on
customer from any working state and back; reopen from resolved/closed. Every move lands on the
timeline with the old and new state; an illegal move is refused and changes nothing.
"""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.contrib.auth.models import Group, User

from escalations import workflow
from escalations.models import Escalation, Interaction, TimelineEvent
from escalations.refusals import Refused
from escalations.transitions import TRANSITIONS
from matrix.models import RoleKind
from tests.conftest import NOW, assert_timeline_has, make_escalation
from triage.models import TriageRun

LATER = NOW + timedelta(hours=2)
LABELS = {
    "new": "New",
    "acknowledged": "Acknowledged",
    "diagnose": "Diagnose",
    "awaiting_approval": "Awaiting approval",
    "execute": "Execute",
    "waiting_on_customer": "Waiting on customer",
    "resolved": "Resolved",
    "closed": "Closed",
}
# What each move needs from the person making it.
NOTE = {"note": "The customer is checking with their IT team."}
RESOLUTION = {"resolution": "Export worker fixed and backfilled; month-end closed on time."}

# Every move a person makes by hand, from every state it starts in, and where it lands.
MOVES = [
    ("acknowledged", "diagnose", {}, "diagnose"),
    ("diagnose", "execute", {}, "execute"),
    ("execute", "back_to_diagnosis", NOTE, "diagnose"),
    ("diagnose", "resolve", RESOLUTION, "resolved"),
    ("execute", "resolve", RESOLUTION, "resolved"),
    ("acknowledged", "wait", NOTE, "waiting_on_customer"),
    ("diagnose", "wait", NOTE, "waiting_on_customer"),
    ("execute", "wait", NOTE, "waiting_on_customer"),
    ("resolved", "reopen", NOTE, "diagnose"),
    ("closed", "reopen", NOTE, "diagnose"),
]


@pytest.fixture
def owner(db) -> User:
    user = User.objects.create_user("otto", "otto@desk.test", "pw", first_name="Otto")
    user.groups.add(Group.objects.get(name="Agent"))
    return user


@pytest.fixture
def case(agent, manager, owner) -> Escalation:
    """A Sev-3 case whose owner (Otto, an agent) accepted: it is acknowledged."""
    case = make_escalation(by=agent, severity=3)
    (assignment,) = workflow.assign_roles(
        case, {RoleKind.OWNER: (owner, None, 0)}, handoff=None, by=manager, now=NOW
    )
    workflow.accept_assignment(assignment, by=owner, now=NOW)
    case.refresh_from_db()
    assert case.status == "acknowledged"
    return case


def put(case: Escalation, status: str, **fields) -> Escalation:
    """Set up a state directly (the moves that lead there are tested on their own)."""
    Escalation.objects.filter(pk=case.pk).update(status=status, **fields)
    case.refresh_from_db()
    return case


def snapshot(case: Escalation) -> tuple[str, int]:
    return Escalation.objects.get(pk=case.pk).status, case.timeline.count()


def test_the_table_covers_every_move_a_person_makes_by_hand():
    by_hand = {(source, t.name) for t in TRANSITIONS.values() if t.by_hand for source in t.sources}
    by_hand.discard(("waiting_on_customer", "resume"))  # its target depends: tested below
    # Closing takes the close-out, never a bare move: tests/escalations/test_closeout.py.
    by_hand.discard(("resolved", "close"))

    assert {(source, name) for source, name, _needs, _target in MOVES} == by_hand


@pytest.mark.parametrize(("source", "name", "needs", "target"), MOVES)
def test_every_allowed_move_works_and_records_old_and_new_state(
    case, owner, source, name, needs, target
):
    put(case, source, resolution_summary="")

    landed = workflow.change_status(case, name, by=owner, now=LATER, **needs)

    assert landed == target
    assert Escalation.objects.get(pk=case.pk).status == target
    event = case.timeline.filter(kind=TimelineEvent.Kind.STATUS).order_by("-at", "-id").first()
    assert event.at == LATER
    assert event.actor == owner
    assert event.changes == [
        {"field": "status", "label": "Status", "old": LABELS[source], "new": LABELS[target]}
    ]


@pytest.mark.parametrize(
    ("source", "name"),
    [
        ("new", "execute"),
        ("new", "diagnose"),
        ("new", "resolve"),
        ("new", "close"),
        ("acknowledged", "execute"),
        ("acknowledged", "resolve"),
        ("diagnose", "close"),
        ("closed", "diagnose"),
        ("closed", "execute"),
        ("closed", "wait"),
        ("resolved", "diagnose"),
        ("waiting_on_customer", "execute"),
        ("waiting_on_customer", "wait"),
        ("awaiting_approval", "execute"),
        ("awaiting_approval", "resolve"),
    ],
)
def test_an_illegal_move_is_refused_with_a_message_and_changes_nothing(case, manager, source, name):
    put(case, source)
    before = snapshot(case)

    with pytest.raises(Refused, match="nothing was changed") as refused:
        workflow.change_status(case, name, by=manager, now=LATER, **NOTE, **RESOLUTION)

    assert LABELS[source].lower() in refused.value.message
    assert snapshot(case) == before


@pytest.mark.parametrize("name", ["acknowledge", "request_approval", "approved", "rejected"])
def test_moves_that_only_follow_other_events_cannot_be_made_by_hand(case, manager, name):
    put(case, TRANSITIONS[name].sources[0])
    before = snapshot(case)

    with pytest.raises(Refused, match="not a move you can make"):
        workflow.change_status(case, name, by=manager, now=LATER)

    assert snapshot(case) == before


def test_an_unknown_move_is_refused(case, manager):
    with pytest.raises(Refused):
        workflow.change_status(case, "teleport", by=manager, now=LATER)


@pytest.mark.parametrize("working", ["acknowledged", "diagnose", "execute"])
def test_resume_returns_a_waiting_case_to_the_state_it_was_in(case, owner, working):
    put(case, working)
    workflow.change_status(case, "wait", by=owner, now=NOW, **NOTE)
    assert case.status == "waiting_on_customer"

    landed = workflow.change_status(case, "resume", by=owner, now=LATER)

    assert landed == working
    assert Escalation.objects.get(pk=case.pk).status == working
    event = case.timeline.filter(kind=TimelineEvent.Kind.STATUS).order_by("-at", "-id").first()
    assert event.changes[0]["old"] == "Waiting on customer"
    assert event.changes[0]["new"] == LABELS[working]


@pytest.mark.parametrize("working", ["acknowledged", "diagnose", "execute"])
def test_the_customer_writing_ends_the_wait_by_itself(case, owner, agent, working):
    put(case, working)
    workflow.change_status(case, "wait", by=owner, now=NOW, **NOTE)
    reply = Interaction(
        occurred_at=LATER,
        contact_name="Pat Contact",
        channel="email",
        direction="inbound",
        body="Our IT team confirmed the proxy change; please go ahead.",
    )

    workflow.customer_wrote(case, reply, by=agent, now=LATER)

    assert Escalation.objects.get(pk=case.pk).status == working
    event = assert_timeline_has(case, TimelineEvent.Kind.STATUS)
    assert event.changes[0]["old"] == "Waiting on customer"
    assert "customer replied" in event.body.lower()


def test_our_own_outbound_message_does_not_end_the_wait(case, owner, agent):
    put(case, "diagnose")
    workflow.change_status(case, "wait", by=owner, now=NOW, **NOTE)
    ours = Interaction(
        occurred_at=LATER,
        contact_name="Pat Contact",
        channel="email",
        direction="outbound",
        body="Just checking whether you had a chance to look.",
    )

    workflow.customer_wrote(case, ours, by=agent, now=LATER)

    assert Escalation.objects.get(pk=case.pk).status == "waiting_on_customer"


def test_waiting_needs_a_reason(case, owner):
    before = snapshot(case)

    with pytest.raises(Refused, match="say why"):
        workflow.change_status(case, "wait", by=owner, now=LATER, note=" ")

    assert snapshot(case) == before


@pytest.mark.parametrize("closed", ["resolved", "closed"])
def test_reopening_counts_a_reopen_and_triages_the_case_again(case, manager, closed):
    put(case, closed, resolved_at=NOW, resolution_summary="Fixed.")
    assert case.reopened_count == 0
    runs = TriageRun.objects.filter(escalation=case, trigger="reopened")
    assert not runs.exists()

    workflow.change_status(
        case, "reopen", by=manager, now=LATER, note="The exports failed again tonight."
    )

    case.refresh_from_db()
    assert case.status == "diagnose"
    assert case.reopened_count == 1
    assert case.resolved_at is None
    assert case.closed_at is None
    assert runs.count() == 1
    assert runs.get().at == LATER


def test_a_second_reopen_counts_two(case, manager):
    for hour in (1, 3):
        put(case, "resolved", resolution_summary="Fixed.")
        workflow.change_status(
            case, "reopen", by=manager, now=NOW + timedelta(hours=hour), note="Broke again."
        )

    case.refresh_from_db()
    assert case.reopened_count == 2


def test_resolving_needs_a_resolution_summary(case, owner):
    put(case, "execute")
    before = snapshot(case)

    with pytest.raises(Refused, match="resolution summary"):
        workflow.change_status(case, "resolve", by=owner, now=LATER)

    assert snapshot(case) == before


def test_closing_by_a_bare_move_is_refused_and_points_at_the_closeout(case, owner):
    # Issue 10 item 1: closing requires the close-out (workflow.close_escalation).
    put(case, "resolved", resolution_summary="Fixed.")
    before = snapshot(case)

    with pytest.raises(Refused, match="close-out form"):
        workflow.change_status(case, "close", by=owner, now=LATER, **RESOLUTION)

    assert snapshot(case) == before


def test_only_the_owner_or_a_manager_moves_the_case(case, owner, manager, agent, executive):
    before = snapshot(case)
    for someone in (agent, executive):
        with pytest.raises(Refused, match="Only the case's owner or a support manager"):
            workflow.change_status(case, "diagnose", by=someone, now=LATER)
    assert snapshot(case) == before

    workflow.change_status(case, "diagnose", by=manager, now=LATER)

    assert Escalation.objects.get(pk=case.pk).status == "diagnose"


def test_the_case_page_offers_only_the_moves_this_person_may_take_now(case, owner, agent):
    put(case, "diagnose")

    assert {t.name for t in workflow.moves_for(owner, case)} == {"execute", "resolve", "wait"}
    assert workflow.moves_for(agent, case) == []


def test_a_new_case_offers_no_move_by_hand(agent, manager):
    case = make_escalation(by=agent, severity=3)

    assert workflow.moves_for(manager, case) == []  # acknowledging is the owner accepting
