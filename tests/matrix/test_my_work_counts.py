"""The navigation's My work counts: what each list holds, for whoever asks, as things change.

counts() keeps its compiled statement per person and process (matrix/my_work.py); these tests
hold it to the lists and to the Sev-1 rule when a person's groups change between requests.
"""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

from django.contrib.auth.models import Group, User
from django.urls import reverse

from escalations import workflow
from escalations.models import Escalation, Interaction, Notification
from matrix.actions import assign_suggested
from matrix.models import Approval, Assignment, RoleKind
from matrix.my_work import approvals_to_decide, counts, customer_wrote_last
from tests.conftest import NOW, make_customer, make_escalation
from tests.matrix.conftest import role


def fresh(user: User) -> User:
    # What the next request sees: the user loaded again (groups are cached per object).
    return User.objects.get(pk=user.pk)


def test_counts_are_each_persons_own(roster, agent):
    for minutes in (1, 2):
        case = make_escalation(by=agent, customer=make_customer(region="EMEA"), severity=3)
        assign_suggested(case, now=NOW + timedelta(minutes=minutes))
    # Sev-3 technical at an EMEA account: the engineering lead owns, the EMEA CSM writes to
    # the customer; both have two roles to accept on cases whose customer wrote last.
    assert counts(roster.engineer) == {
        "assignments": 2,
        "approvals": 0,
        "customers": 2,
        "total": 4,
        "unread": 0,
    }
    assert counts(roster.csm_na)["total"] == 0  # on the roster, but not on these cases
    assert counts(roster.csm_emea)["customers"] == 2


def test_a_reply_takes_the_case_off_customers_who_wrote_last_and_their_next_words_bring_it_back(
    roster, agent
):
    case = make_escalation(by=agent, customer=make_customer(region="EMEA"), severity=3)
    assign_suggested(case, now=NOW)
    lead = roster.csm_emea
    assert counts(lead)["customers"] == 1
    reply = NOW + timedelta(hours=1)
    workflow.customer_wrote(
        case,
        Interaction(
            contact_name="Pat", direction="outbound", body="We are on it.", occurred_at=reply
        ),
        by=lead,
        now=reply,
    )
    assert counts(lead)["customers"] == 0
    assert list(customer_wrote_last(lead)) == []
    again = NOW + timedelta(hours=2)
    workflow.customer_wrote(
        case,
        Interaction(contact_name="Pat", body="Still down.", occurred_at=again),
        by=lead,
        now=again,
    )
    assert [(c.pk, c.last_at) for c in customer_wrote_last(lead)] == [(case.pk, again)]
    assert counts(lead)["customers"] == 1


def test_a_sev1_proposal_counts_for_a_decider_only_once_they_may_see_the_case(roster, agent):
    case = make_escalation(by=agent, severity=1, title="Outage")
    Approval.objects.create(
        escalation=case,
        kind="policy_exception",
        reason="Waive the notice period.",
        customer_message="We waive it.",
        proposed_by=agent,
        proposed_at=NOW,
        decider_role=role("Support manager on duty"),
    )
    second = roster.duty2  # on duty, a Support Manager: not on the case, did not raise it
    assert counts(fresh(second))["approvals"] == 0
    second.groups.add(Group.objects.get(name="Executive"))  # executives see every case
    assert counts(fresh(second))["approvals"] == 1
    assert len(approvals_to_decide(fresh(second))) == 1
    second.groups.remove(Group.objects.get(name="Executive"))
    assert counts(fresh(second))["approvals"] == 0


def test_the_nav_shows_what_my_work_lists(client, roster, agent):
    case = make_escalation(by=agent, customer=make_customer(region="EMEA"), severity=3)
    assign_suggested(case, now=NOW)
    for assignment in case.assignments.current():
        workflow.accept_assignment(assignment, by=assignment.person, now=NOW)
    workflow.change_status(case, "diagnose", by=roster.engineer, now=NOW)
    workflow.propose_approval(
        case,
        kind="refund",
        amount=Decimal("300"),
        reason="A goodwill refund.",
        customer_message="We refund the month.",
        by=roster.engineer,
        now=NOW,
    )
    client.force_login(roster.duty)
    page = client.get(reverse("escalations:my_work"))
    nav = page.context["my_work_counts"]
    lists = (page.context["assignments"], page.context["approvals"], page.context["customers"])
    assert (nav["assignments"], nav["approvals"], nav["customers"]) == tuple(map(len, lists))
    assert nav["approvals"] == 1  # $300 is within the duty manager's limit


def many_roles_to_accept(person: User, how_many: int, *, by: User) -> None:
    # `how_many` open cases, each with `person` asked to own it (one pending role per case).
    customer = make_customer()
    Escalation.objects.bulk_create(
        Escalation(
            customer=customer,
            title=f"Case {n}",
            summary="Exports fail.",
            category="technical",
            severity=3,
            created_by=by,
            created_at=NOW,
            updated_at=NOW,
        )
        for n in range(how_many)
    )
    Assignment.objects.bulk_create(
        Assignment(
            escalation=case,
            kind=RoleKind.OWNER,
            person=person,
            assigned_by=by,
            assigned_at=NOW,
            respond_by=NOW + timedelta(hours=1),
        )
        for case in Escalation.objects.filter(customer=customer)
    )


def test_up_to_a_hundred_the_badges_say_how_many(client, roster, agent):
    many_roles_to_accept(roster.engineer, 100, by=agent)
    client.force_login(roster.engineer)
    page = client.get(reverse("escalations:my_work")).content.decode()
    assert 'aria-label="100 waiting for you">100<' in page
    assert 'Assignments to accept <span class="badge text-bg-secondary">100</span>' in page
    assert "The first 100 are shown" not in page


def test_past_a_hundred_the_badges_say_100_plus_and_my_work_shows_the_first_hundred(
    client, roster, agent
):
    many_roles_to_accept(roster.engineer, 130, by=agent)
    client.force_login(roster.engineer)
    response = client.get(reverse("escalations:my_work"))
    page = response.content.decode()
    assert 'aria-label="100+ waiting for you">100+<' in page
    assert 'Assignments to accept <span class="badge text-bg-secondary">100+</span>' in page
    assert len(response.context["assignments"]) == 100
    assert page.count(">Accept</button>") == 100
    assert "The first 100 are shown" in page
    # Every other page carries the same badge.
    queue = client.get(reverse("escalations:queue")).content.decode()
    assert 'aria-label="100+ waiting for you"' in queue


def test_past_a_hundred_unread_the_bell_says_100_plus(client, roster, agent):
    Notification.objects.bulk_create(
        Notification(
            recipient=roster.engineer, key=f"test:{n}", subject=f"Breach {n}", created_at=NOW
        )
        for n in range(101)
    )
    client.force_login(roster.engineer)
    page = client.get(reverse("escalations:notifications")).content.decode()
    assert "100+ unread notifications" in page
    assert 'aria-hidden="true">100+</span>' in page
