"""Working a case from its pages: roles, acceptance, moves, approvals, updates and My work."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

import pytest
from django.core import mail
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from escalations import once, workflow
from escalations.actions import add_note
from escalations.models import Escalation, Interaction
from escalations.refusals import Conflict
from matrix.actions import Handoff, Seen, assign_suggested
from matrix.models import Approval, Assignment, CustomerUpdate, RoleKind
from tests.conftest import NOW, make_customer, make_escalation
from tests.escalations.closeout import closeout_post
from tests.escalations.intake import intake_post


@pytest.fixture
def case(roster, agent):
    """A Sev-3 technical case at an EMEA account, with the matrix's three people pending."""
    customer = make_customer(region="EMEA", time_zone="Europe/Berlin")
    escalation = make_escalation(by=agent, customer=customer, severity=3, lane="guardrailed")

    assign_suggested(escalation, now=NOW)
    return escalation


def holder(case, kind) -> Assignment:
    return case.assignments.current().get(kind=kind)


def accept_all(case, now=NOW):
    for kind in RoleKind.values:
        a = holder(case, kind)
        workflow.accept_assignment(a, by=a.person, now=now)


def page_queries(client, url) -> int:
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


# --- Roles -------------------------------------------------------------------------------------


def test_case_page_names_the_three_people_and_the_matrix_cell(client, roster, case):
    client.force_login(roster.duty)
    page = client.get(case.get_absolute_url()).content.decode()
    assert "Eli Engineer" in page  # Engineering lead owns a technical Sev-3 case
    assert "Molly Manager" in page  # support manager on duty decides
    assert "Cora Csm" in page  # the EMEA customer success manager writes to the customer
    assert page.count(">waiting for acceptance</span>") == 3
    assert "Sev-3 medium × Technical" in page


def test_assignee_accepts_from_the_case_page_and_the_owner_acknowledges(client, roster, case):
    owner = holder(case, RoleKind.OWNER)
    client.force_login(roster.engineer)
    page = client.get(case.get_absolute_url()).content.decode()
    assert reverse("escalations:accept_assignment", args=[case.pk, owner.pk]) in page
    token = once.issue()
    url = reverse("escalations:accept_assignment", args=[case.pk, owner.pk])
    response = client.post(url, {"once": token}, follow=True)
    assert "You are the owner of" in response.content.decode()
    case.refresh_from_db()
    assert case.status == "acknowledged"
    # The same page submitted again (a double click) changes nothing and says so.
    again = client.post(url, {"once": token}, follow=True)
    assert "already submitted" in again.content.decode()
    assert case.timeline.filter(kind="status").count() == 1


def test_only_the_assignee_can_accept(client, roster, case):
    owner = holder(case, RoleKind.OWNER)
    client.force_login(roster.duty2)
    url = reverse("escalations:accept_assignment", args=[case.pk, owner.pk])
    response = client.post(url, {"once": once.issue()}, follow=True)
    assert "Only the person assigned" in response.content.decode()
    owner.refresh_from_db()
    assert owner.status == "pending"


def test_decline_needs_a_reason_and_keeps_the_form(client, roster, case):
    comms = holder(case, RoleKind.COMMS)
    client.force_login(roster.csm_emea)
    url = reverse("escalations:decline_assignment", args=[case.pk, comms.pk])
    response = client.post(url, {"decline-reason": ""})
    assert response.status_code == 400
    assert "This field is required" in response.content.decode()
    response = client.post(url, {"decline-reason": "On leave from Friday"}, follow=True)
    comms.refresh_from_db()
    assert comms.status == "declined"
    assert "On leave from Friday" in response.content.decode()


def _roles_post(case, **values):
    current = {a.kind: a for a in case.assignments.current()}
    data = {
        "roles-owner": str(current["owner"].person_id),
        "roles-authority": str(current["authority"].person_id),
        "roles-comms": str(current["comms"].person_id),
        "roles-seen_owner": str(current["owner"].pk),
        "roles-seen_authority": str(current["authority"].pk),
        "roles-seen_comms": str(current["comms"].pk),
        "roles-handoff_note": "",
        "roles-handoff_temperature": "",
        "roles-handoff_direction": "",
    }
    data.update({f"roles-{k}": str(v) for k, v in values.items()})
    return data


def test_replacing_someone_who_accepted_needs_a_handoff_and_keeps_what_was_typed(
    client, roster, case
):
    accept_all(case)
    client.force_login(roster.duty)
    url = reverse("escalations:assign_roles", args=[case.pk])
    response = client.post(url, _roles_post(case, owner=roster.duty2.pk))
    assert response.status_code == 400
    page = response.content.decode()
    assert "write the hand-off note" in page
    assert f'value="{roster.duty2.pk}" selected' in page  # the choice typed is kept
    assert holder(case, RoleKind.OWNER).person == roster.engineer

    response = client.post(
        url,
        _roles_post(
            case,
            owner=roster.duty2.pk,
            handoff_note="Repro is in the log excerpt; customer prefers e-mail.",
            handoff_temperature="cold",
            handoff_direction="functional",
        ),
        follow=True,
    )
    assert holder(case, RoleKind.OWNER).person == roster.duty2
    assert case.timeline.filter(kind="reassignment", summary__contains="cold").exists()


def test_cold_handoff_is_refused_for_a_sev2_case(client, roster, case):
    Escalation.objects.filter(pk=case.pk).update(severity=2)
    accept_all(case)
    client.force_login(roster.duty)
    response = client.post(
        reverse("escalations:assign_roles", args=[case.pk]),
        _roles_post(
            case,
            owner=roster.duty2.pk,
            handoff_note="Taking it over.",
            handoff_temperature="cold",
            handoff_direction="hierarchical",
        ),
        follow=True,
    )
    assert "must be warm" in response.content.decode()
    assert holder(case, RoleKind.OWNER).person == roster.engineer


def test_a_stale_roles_form_is_refused_and_names_the_new_holder(client, roster, case):
    client.force_login(roster.duty)
    stale = _roles_post(case, owner=roster.duty2.pk)
    # Somebody else changes the owner first (the desk's suggestion needs no hand-off).
    workflow.assign_roles(
        case,
        {"owner": (roster.director, None, holder(case, RoleKind.OWNER).pk)},
        handoff=None,
        by=roster.rcm_emea,
        now=NOW,
    )
    response = client.post(reverse("escalations:assign_roles", args=[case.pk]), stale, follow=True)
    assert "Dora Director now holds it" in response.content.decode()
    assert holder(case, RoleKind.OWNER).person == roster.director


def test_agents_cannot_assign_roles(client, roster, case, agent):
    client.force_login(agent)
    response = client.post(
        reverse("escalations:assign_roles", args=[case.pk]),
        _roles_post(case, owner=agent.pk),
        follow=True,
    )
    assert "Only support managers" in response.content.decode()
    assert holder(case, RoleKind.OWNER).person == roster.engineer


# --- Workflow ----------------------------------------------------------------------------------


def test_the_page_offers_only_the_moves_allowed_now(client, roster, case):
    client.force_login(roster.engineer)
    page = client.get(case.get_absolute_url()).content.decode()
    assert "Start diagnosis" not in page  # new: acknowledged only by the owner accepting
    accept_all(case)
    page = client.get(case.get_absolute_url()).content.decode()
    assert "Start diagnosis" in page and "Wait on the customer" in page
    assert "Mark resolved" not in page


def test_an_illegal_move_is_refused_and_changes_nothing(client, roster, case):
    accept_all(case)
    client.force_login(roster.engineer)
    events = case.timeline.count()
    response = client.post(
        reverse("escalations:move", args=[case.pk]),
        {"move-transition": "close", "move-resolution": "Fixed"},
    )
    assert response.status_code == 409
    assert "not possible while the case is acknowledged" in response.content.decode()
    case.refresh_from_db()
    assert case.status == "acknowledged" and case.timeline.count() == events


def test_the_owner_walks_the_case_to_closed(client, roster, case):
    accept_all(case)
    client.force_login(roster.engineer)
    url = reverse("escalations:move", args=[case.pk])
    for data in (
        {"move-transition": "diagnose"},
        {"move-transition": "execute"},
        {"move-transition": "resolve", "move-resolution": "Export worker memory raised."},
    ):
        assert client.post(url, data).status_code == 302
    # A bare "close" move is refused; the close-out closes it (tests/escalations/test_closeout.py).
    assert client.post(url, {"move-transition": "close"}).status_code == 409
    closeout = closeout_post(resolution_summary="Export worker memory raised.")
    assert client.post(reverse("escalations:close", args=[case.pk]), closeout).status_code == 302
    case.refresh_from_db()
    assert case.status == "closed"
    assert case.resolution_summary == "Export worker memory raised."


def test_people_without_a_role_on_the_case_cannot_move_it(client, roster, case, agent):
    accept_all(case)
    client.force_login(agent)
    assert "Start diagnosis" not in client.get(case.get_absolute_url()).content.decode()
    response = client.post(
        reverse("escalations:move", args=[case.pk]), {"move-transition": "diagnose"}
    )
    assert response.status_code == 409
    case.refresh_from_db()
    assert case.status == "acknowledged"


# --- Approvals ---------------------------------------------------------------------------------


def test_owner_proposes_once_and_the_authority_decides_from_the_page(client, roster, case):
    accept_all(case)
    workflow.change_status(case, "diagnose", by=roster.engineer, now=NOW)
    client.force_login(roster.engineer)
    data = {
        "once": once.issue(),
        "proposal-kind": "credit",
        "proposal-amount": "1200",
        "proposal-reason": "Two nights of failed exports.",
        "proposal-customer_message": "We credit one month of the reporting add-on.",
    }
    url = reverse("escalations:propose_approval", args=[case.pk])
    assert client.post(url, data).status_code == 302
    assert client.post(url, data).status_code == 302  # resubmitted page
    assert case.approvals.count() == 1
    case.refresh_from_db()
    assert case.status == "awaiting_approval"

    approval = case.approvals.get()
    client.force_login(roster.duty)  # support manager on duty: limit $5,000
    page = client.get(case.get_absolute_url()).content.decode()
    assert reverse("escalations:decide_approval", args=[case.pk, approval.pk]) in page
    response = client.post(
        reverse("escalations:decide_approval", args=[case.pk, approval.pk]),
        {"once": once.issue(), "decision-decision": "approve", "decision-reason": "Fair."},
    )
    assert response.status_code == 302
    case.refresh_from_db()
    assert case.status == "execute"
    page = client.get(case.get_absolute_url() + "?timeline=decisions").content.decode()
    assert "Decision log" in page and "Service credit $1,200.00 approved by Molly Manager" in page
    assert 'class="kind-note"' not in page


def test_the_decision_form_is_offered_to_who_may_decide_as_the_proposal_stands(
    client, roster, case
):
    accept_all(case)
    workflow.change_status(case, "diagnose", by=roster.engineer, now=NOW)
    approval = workflow.propose_approval(
        case,
        kind="credit",
        amount=Decimal("1200"),
        reason="Two nights of failed exports.",
        customer_message="We credit one month of the reporting add-on.",
        by=roster.engineer,
        now=NOW,
    )
    decide = reverse("escalations:decide_approval", args=[case.pk, approval.pk])
    client.force_login(roster.engineer)  # who proposed it never decides it
    assert decide not in client.get(case.get_absolute_url()).content.decode()
    client.force_login(roster.duty)  # the decision authority, within the limit
    assert decide in client.get(case.get_absolute_url()).content.decode()
    # Read as the page is drawn, not when the rule was first compiled for this person.
    Approval.objects.filter(pk=approval.pk).update(status=Approval.Status.APPROVED)
    assert decide not in client.get(case.get_absolute_url()).content.decode()


def test_a_money_proposal_without_amount_comes_back_with_the_problem(client, roster, case):
    accept_all(case)
    client.force_login(roster.engineer)
    response = client.post(
        reverse("escalations:propose_approval", args=[case.pk]),
        {
            "once": once.issue(),
            "proposal-kind": "refund",
            "proposal-amount": "",
            "proposal-reason": "Double charge",
            "proposal-customer_message": "We refund it.",
        },
    )
    assert response.status_code == 400
    page = response.content.decode()
    assert "A refund or credit needs its amount." in page and "Double charge" in page
    assert not Approval.objects.exists()


# --- Customer updates --------------------------------------------------------------------------


def test_comms_lead_sends_an_update_from_a_template(
    client, roster, case, django_capture_on_commit_callbacks
):
    accept_all(case)
    client.force_login(roster.csm_emea)
    url = reverse("escalations:compose_update", args=[case.pk])
    page = client.get(url + "?template=progress").content.decode()
    assert "Dear Pat Contact" in page
    assert "(Europe/Berlin)" in page  # the committed time in the customer's zone
    token = once.issue()
    data = {"once": token, "subject": "ESC update", "body": "Dear Pat, the fix ships tonight."}
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url, data)
        client.post(url, data)  # a double click
    assert response.status_code == 302
    assert CustomerUpdate.objects.filter(escalation=case).count() == 1
    assert len(mail.outbox) == 1 and mail.outbox[0].to == ["pat@example.com"]
    assert Interaction.objects.filter(escalation=case, direction="outbound").count() == 1


def test_only_the_comms_lead_may_write_to_the_customer(client, roster, case):
    client.force_login(roster.engineer)
    response = client.get(reverse("escalations:compose_update", args=[case.pk]), follow=True)
    page = response.content.decode()
    assert "Only the case" in page and "comms lead (Cora Csm) writes to the customer" in page


# --- Intake tokens -----------------------------------------------------------------------------


def test_two_identical_intake_posts_make_one_case(client, roster, agent):
    customer = make_customer()
    client.force_login(agent)
    data = intake_post(customer)
    first = client.post(reverse("escalations:new"), data)
    second = client.post(reverse("escalations:new"), data)
    assert Escalation.objects.count() == 1
    assert second.status_code == 302 and second.url == first.url


def test_intake_without_a_token_keeps_everything_typed(client, agent):
    customer = make_customer()
    client.force_login(agent)
    data = intake_post(customer)
    del data["once"]
    response = client.post(reverse("escalations:new"), data)
    assert response.status_code == 400
    page = response.content.decode()
    assert "one-time token" in page and "Invoices double-charged after plan change" in page
    assert not Escalation.objects.exists()


# --- My work -----------------------------------------------------------------------------------


def test_my_work_lists_what_waits_oldest_first_with_counts_in_the_nav(client, roster, agent):
    older = make_escalation(by=agent, customer=make_customer(region="EMEA"), severity=3)
    newer = make_escalation(by=agent, customer=make_customer(region="EMEA"), severity=3)

    assign_suggested(older, now=NOW - timedelta(hours=2))
    assign_suggested(newer, now=NOW - timedelta(hours=1))
    client.force_login(roster.engineer)
    response = client.get(reverse("escalations:my_work"))
    page = response.content.decode()
    assert page.index(older.reference) < page.index(newer.reference)
    counts = response.context["my_work_counts"]
    # Two roles to accept, and on both cases the customer's words are the latest interaction.
    assert (counts["assignments"], counts["customers"]) == (2, 2)
    assert 'aria-label="4 waiting for you"' in page


def test_my_work_shows_approvals_to_decide_and_customers_who_wrote_last(client, roster, case):
    accept_all(case)
    workflow.change_status(case, "diagnose", by=roster.engineer, now=NOW)
    workflow.propose_approval(
        case,
        kind="refund",
        amount=Decimal("12000"),
        reason="SLA credit",
        customer_message="We refund the quarter.",
        by=roster.engineer,
        now=NOW,
    )
    workflow.customer_wrote(
        case,
        Interaction(contact_name="Pat", body="Any news?", occurred_at=NOW + timedelta(minutes=5)),
        by=roster.engineer,
        now=NOW + timedelta(minutes=5),
    )
    # $12,000 is above the duty manager's and the director's limits: the VP CS decides.
    client.force_login(roster.duty)
    assert client.get(reverse("escalations:my_work")).context["approvals"] == []
    client.force_login(roster.vpcs)
    assert [
        a.escalation_id for a in client.get(reverse("escalations:my_work")).context["approvals"]
    ] == [case.pk]
    client.force_login(roster.csm_emea)
    assert [c.pk for c in client.get(reverse("escalations:my_work")).context["customers"]] == [
        case.pk
    ]


# --- Query counts ------------------------------------------------------------------------------


def test_case_page_costs_the_same_with_three_roles_and_thirty_events(client, roster, agent):
    bare = make_escalation(by=agent, customer=make_customer(region="EMEA"), severity=3)
    busy = make_escalation(by=agent, customer=make_customer(region="EMEA"), severity=3)

    assign_suggested(busy, now=NOW)
    accept_all(busy)
    workflow.change_status(busy, "diagnose", by=roster.engineer, now=NOW)
    workflow.propose_approval(
        busy,
        kind="credit",
        amount=Decimal("500"),
        reason="Goodwill",
        customer_message="A credit.",
        by=roster.engineer,
        now=NOW,
    )
    for i in range(30):
        add_note(busy, f"Note {i}", by=roster.duty, now=NOW + timedelta(minutes=i))
    workflow.assign_roles(
        busy,
        {"comms": (roster.rcm_emea, None, holder(busy, RoleKind.COMMS).pk)},
        handoff=Handoff("Customer prefers calls", "warm", "hierarchical"),
        by=roster.duty,
        now=NOW,
    )
    client.force_login(roster.duty)
    assert page_queries(client, bare.get_absolute_url()) == page_queries(
        client, busy.get_absolute_url()
    )


def test_my_work_and_queue_queries_do_not_grow(client, roster, agent):

    def add_cases(n):
        for _ in range(n):
            c = make_escalation(by=agent, customer=make_customer(region="EMEA"), severity=3)
            assign_suggested(c, now=NOW)

    add_cases(1)
    client.force_login(roster.engineer)
    my_small = page_queries(client, reverse("escalations:my_work"))
    # All cases: these have no running clock, so "Needs attention" would list none.
    queue_small = page_queries(client, reverse("escalations:queue") + "?view=all")
    add_cases(12)
    assert page_queries(client, reverse("escalations:my_work")) == my_small
    assert page_queries(client, reverse("escalations:queue") + "?view=all") == queue_small
    # session, user, groups, three lists, the listed cases' clocks (one prefetch for every
    # chip), the nav counts (one query for all three), the permissions of the nav's
    # "+ New escalation" (user, group)
    assert my_small <= 10


def test_the_queue_says_when_the_owner_has_not_accepted(client, roster, case):
    client.force_login(roster.duty)
    queue = reverse("escalations:queue") + "?view=all"
    assert "Eli Engineer <span class" in client.get(queue).content.decode()
    assert "(not accepted)" in client.get(queue).content.decode()
    owner = holder(case, RoleKind.OWNER)
    workflow.accept_assignment(owner, by=owner.person, now=NOW)
    assert "(not accepted)" not in client.get(queue).content.decode()


def test_a_roles_form_drawn_before_the_holder_accepted_is_refused(client, roster, case):
    # The manager's page showed the owner still to answer; the owner accepts meanwhile. The
    # replacement (with its hand-off typed) would now push aside someone who took the case.
    client.force_login(roster.duty)
    page = client.get(case.get_absolute_url()).content.decode()
    assert 'name="roles-seen_owner_status" value="pending"' in page
    drawn = _roles_post(
        case,
        owner=roster.duty2.pk,
        seen_owner_status="pending",
        handoff_note="Taking it over.",
        handoff_temperature="warm",
        handoff_direction="functional",
    )
    owner = holder(case, RoleKind.OWNER)
    workflow.accept_assignment(owner, by=owner.person, now=NOW)
    response = client.post(reverse("escalations:assign_roles", args=[case.pk]), drawn, follow=True)
    text = response.content.decode()
    assert f"{owner.person.get_full_name()} accepted the owner role while you were deciding" in text
    assert "Nothing was changed" in text
    assert holder(case, RoleKind.OWNER).pk == owner.pk  # still theirs, still accepted


def test_a_roles_form_drawn_after_the_answer_goes_through(client, roster, case):
    owner = holder(case, RoleKind.OWNER)
    workflow.accept_assignment(owner, by=owner.person, now=NOW)
    client.force_login(roster.duty)
    fresh_form = _roles_post(
        case,
        owner=roster.duty2.pk,
        seen_owner_status="accepted",
        handoff_note="Taking it over.",
        handoff_temperature="warm",
        handoff_direction="functional",
    )
    client.post(reverse("escalations:assign_roles", args=[case.pk]), fresh_form, follow=True)
    assert holder(case, RoleKind.OWNER).person == roster.duty2


def test_the_workflow_refuses_a_role_whose_holder_answered_since_it_was_seen(roster, case):
    owner = holder(case, RoleKind.OWNER)
    workflow.accept_assignment(owner, by=owner.person, now=NOW)
    with pytest.raises(Conflict, match="accepted the owner role while you were deciding"):
        workflow.assign_roles(
            case,
            {"owner": (roster.duty2, None, Seen(owner.pk, "pending"))},
            handoff=Handoff(note="Over to you.", temperature="warm", direction="functional"),
            by=roster.duty,
            now=NOW,
        )
    assert holder(case, RoleKind.OWNER).pk == owner.pk
