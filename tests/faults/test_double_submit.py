"""A form submitted twice by a double click: one thing, not two (issue 11 item 4).

Each test opens the real page, takes the form as the browser would send it — its one-time
token included (escalations/once.py) — and posts it twice. One case, note, update, approval,
decision, close-out or action item results, and the second submission is sent to what the first
did with "already submitted". A move, a role change or a decline posted without a token (not
from the page) cannot double either: the second finds the case already changed and is refused.
Every POST URL of the desk is listed below with what guards it, so a new one must be placed.
On PostgreSQL, the same intake posted from two connections at the same moment makes one case.
"""

from __future__ import annotations

from datetime import timedelta
from functools import partial

import pytest
from django.core import mail
from django.db import connection
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver, reverse

from escalations import workflow
from escalations.models import (
    CloseOut,
    Escalation,
    Interaction,
    RootCause,
    TimelineEvent,
    Trigger,
)
from escalations.workflow import retriage
from matrix.models import Approval, Assignment, CustomerUpdate, RoleKind
from reports.models import ActionItem
from tests.conftest import NOW, make_customer, make_escalation
from tests.escalations.closeout import resolved_case
from tests.escalations.intake import intake_post
from tests.faults.pages import field_values, form_posting_to
from tests.matrix.conftest import current, staff
from tests.matrix.test_concurrency import ROUNDS, at_once
from tests.reports.closed_cases import closed_case
from triage.models import TriageFeedback, TriageOverride

ALREADY = "That form was already submitted; this is what it did."

# Every URL the desk accepts a POST on, and what keeps a double click from doing it twice.
TOKEN = "one-time token"
LOCK = "optimistic lock: the second finds its own save"
SAME = "idempotent: the second sets what the first set"
GUARDS = {
    "escalations:new": TOKEN,
    "escalations:add_interaction": TOKEN,
    "escalations:add_note": TOKEN,
    "escalations:add_step": TOKEN,
    "escalations:add_artifact": TOKEN,
    "escalations:compose_update": TOKEN,
    "escalations:propose_approval": TOKEN,
    "escalations:decide_approval": TOKEN,
    "escalations:accept_assignment": TOKEN,
    "escalations:close": TOKEN,
    "escalations:override_triage": TOKEN,
    "escalations:triage_feedback": TOKEN,
    "reports:action_new": TOKEN,
    "escalations:edit": LOCK,
    "reports:action_detail": LOCK,
    "escalations:move": TOKEN,
    "escalations:assign_roles": TOKEN,
    "escalations:decline_assignment": TOKEN,
    "escalations:notification_read": SAME,
    "escalations:notifications_read_all": SAME,
    "escalations:notification_settings": SAME,
}
# Pages that only show (GET) something.
READ_ONLY = {
    "escalations:queue",
    "escalations:detail",
    "escalations:my_work",
    "escalations:notifications",
    "escalations:customer_list",
    "escalations:customer_detail",
    "matrix:grid",
    "reports:index",
    "reports:report",
    "reports:table_csv",
    "reports:actions",
}


def _names(resolver: URLResolver, namespace: str = "") -> set[str]:
    names = set()
    for pattern in resolver.url_patterns:
        if isinstance(pattern, URLResolver):
            inner = namespace
            if pattern.namespace and pattern.namespace != "admin":
                inner = f"{pattern.namespace}:"
            elif pattern.namespace == "admin":
                continue  # Django's admin: its own forms
            names |= _names(pattern, inner)
        elif isinstance(pattern, URLPattern) and pattern.name:
            names.add(f"{namespace}{pattern.name}")
    return names


def test_every_desk_url_is_either_read_only_or_guarded_against_a_double_submit():
    desk = {n for n in _names(get_resolver()) if ":" in n}
    assert desk - set(GUARDS) - READ_ONLY == set(), "a new page: say what guards its POST"


def post_twice(client, url: str, data: dict):
    first = client.post(url, data)
    second = client.post(url, data, follow=True)
    return first, second


def page(client, url: str) -> str:
    response = client.get(url)
    assert response.status_code == 200
    return response.content.decode()


# --- Intake --------------------------------------------------------------------------------------


def intake_from_the_page(client, customer) -> dict[str, str]:
    token = field_values(page(client, reverse("escalations:new")))["once"]
    return intake_post(customer, once=token)


def test_intake_submitted_twice_raises_one_case(client, agent):
    customer = make_customer()
    client.force_login(agent)
    data = intake_from_the_page(client, customer)

    first, second = post_twice(client, reverse("escalations:new"), data)

    case = Escalation.objects.get()
    assert first.url == case.get_absolute_url()
    assert second.redirect_chain[-1][0] == case.get_absolute_url()
    assert ALREADY in second.content.decode()
    assert case.timeline.filter(kind="created").count() == 1


def test_a_fresh_intake_page_is_a_new_case(client, agent):
    # The token is per page drawn: the same brief typed again on a new page is a new case.
    customer = make_customer()
    client.force_login(agent)
    client.post(reverse("escalations:new"), intake_from_the_page(client, customer))
    client.post(reverse("escalations:new"), intake_from_the_page(client, customer))
    assert Escalation.objects.count() == 2


# --- The case page's "add" forms ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "fields", "made"),
    [
        ("add_note", {"note-text": "Called their VP."}, lambda c: c.timeline.filter(kind="note")),
        (
            "add_interaction",
            {"interaction-contact_name": "Pat", "interaction-body": "Any news?"},
            lambda c: Interaction.objects.filter(escalation=c, body="Any news?"),
        ),
        (
            "add_step",
            {"step-action": "Cleared the cache", "step-result": "No change"},
            lambda c: c.troubleshooting_steps.filter(action="Cleared the cache"),
        ),
        (
            "add_artifact",
            {"artifact-kind": "log", "artifact-label": "Worker log", "artifact-content": "OOM"},
            lambda c: c.artifacts.filter(label="Worker log"),
        ),
    ],
)
def test_an_addition_submitted_twice_is_added_once(client, manager, name, fields, made):
    case = make_escalation(by=manager)
    client.force_login(manager)
    url = reverse(f"escalations:{name}", args=[case.pk])
    data = {**form_posting_to(page(client, case.get_absolute_url()), url), **fields}

    first, second = post_twice(client, url, data)

    assert first.status_code == 302
    assert ALREADY in second.content.decode()
    assert made(case).count() == 1


# --- Working the case: updates, approvals, acceptance, triage ------------------------------------


@pytest.fixture
def staffed(roster, agent):
    """A Sev-3 technical case at an EMEA account, its three people accepted, in diagnosis."""
    case = make_escalation(by=agent, customer=make_customer(region="EMEA"), severity=3)
    staff(case)
    for kind in RoleKind.values:
        held = current(case, kind)
        workflow.accept_assignment(held, by=held.person, now=NOW)
    case = Escalation.objects.get(pk=case.pk)
    workflow.change_status(case, "diagnose", by=roster.engineer, now=NOW)
    return case


def test_a_customer_update_sent_twice_goes_once(
    client, roster, staffed, django_capture_on_commit_callbacks
):
    client.force_login(roster.csm_emea)  # the comms lead
    url = reverse("escalations:compose_update", args=[staffed.pk])
    data = form_posting_to(page(client, f"{url}?template=progress"), "")
    assert data["subject"] and data["body"]  # filled from the template

    with django_capture_on_commit_callbacks(execute=True):
        first, second = post_twice(client, url, data)

    assert first.status_code == 302
    assert ALREADY in second.content.decode()
    assert CustomerUpdate.objects.filter(escalation=staffed).count() == 1
    assert [m.to for m in mail.outbox] == [["pat@example.com"]]


def test_an_approval_proposed_twice_is_one_approval_and_decided_twice_one_decision(
    client, roster, staffed
):
    client.force_login(roster.engineer)  # the owner proposes
    url = reverse("escalations:propose_approval", args=[staffed.pk])
    data = {
        **form_posting_to(page(client, staffed.get_absolute_url()), url),
        "proposal-kind": "credit",
        "proposal-amount": "1200",
        "proposal-reason": "Two nights of failed exports.",
        "proposal-customer_message": "We credit one month of the reporting add-on.",
    }
    first, second = post_twice(client, url, data)
    assert first.status_code == 302 and ALREADY in second.content.decode()
    approval = Approval.objects.get(escalation=staffed)

    client.force_login(roster.duty)  # the decision authority
    url = reverse("escalations:decide_approval", args=[staffed.pk, approval.pk])
    data = {
        **form_posting_to(page(client, staffed.get_absolute_url()), url),
        "decision-decision": "approve",
        "decision-reason": "Fair for two nights.",
    }
    first, second = post_twice(client, url, data)
    assert first.status_code == 302 and ALREADY in second.content.decode()
    assert staffed.timeline.filter(kind=TimelineEvent.Kind.DECISION).count() == 1
    approval.refresh_from_db()
    assert approval.status == Approval.Status.APPROVED


def test_an_acceptance_submitted_twice_is_accepted_once(client, roster, agent):
    case = make_escalation(by=agent, customer=make_customer(region="EMEA"), severity=3)
    owner = staff(case)[RoleKind.OWNER]
    client.force_login(roster.engineer)
    url = reverse("escalations:accept_assignment", args=[case.pk, owner.pk])
    data = form_posting_to(page(client, case.get_absolute_url()), url)

    first, second = post_twice(client, url, data)

    assert first.status_code == 302 and ALREADY in second.content.decode()
    assert case.timeline.filter(kind="status").count() == 1  # new → acknowledged, once


@pytest.fixture
def triaged(manager):
    case = make_escalation(by=manager, category="relationship", environment="")
    retriage(case, trigger="intake", by=manager, now=NOW)
    return Escalation.objects.get(pk=case.pk)


def test_a_triage_override_submitted_twice_is_one_override(client, manager, triaged):
    client.force_login(manager)
    url = reverse("escalations:override_triage", args=[triaged.pk])
    severity = "1" if triaged.severity != 1 else "2"
    data = {
        **form_posting_to(page(client, triaged.get_absolute_url()), url),
        "override-severity": severity,
        "override-reason": "Their CEO called our CRO this morning.",
    }

    first, second = post_twice(client, url, data)

    assert first.status_code == 302 and ALREADY in second.content.decode()
    assert TriageOverride.objects.count() == 1
    assert triaged.timeline.filter(kind="override").count() == 1


def test_triage_feedback_submitted_twice_is_recorded_once(client, manager, triaged):
    client.force_login(manager)
    run = triaged.triage_runs.get()
    url = reverse("escalations:triage_feedback", args=[triaged.pk, run.pk])
    data = {**form_posting_to(page(client, triaged.get_absolute_url()), url), "verdict": "right"}

    first, second = post_twice(client, url, data)

    assert first.status_code == 302 and ALREADY in second.content.decode()
    assert TriageFeedback.objects.count() == 1
    assert triaged.timeline.filter(kind="feedback").count() == 1


# --- Closing, moving, roles and declines ---------------------------------------------


def test_a_closeout_submitted_twice_closes_once(client, agent, manager, clock):
    case = resolved_case(agent, manager)
    clock.move_to(NOW + timedelta(hours=5))
    client.force_login(manager)
    url = reverse("escalations:close", args=[case.pk])
    data = {
        **form_posting_to(page(client, case.get_absolute_url()), url),
        "closeout-trigger": str(Trigger.objects.get(slug="outage-or-defect").pk),
        "closeout-root_cause": str(RootCause.objects.get(slug="product-bug").pk),
        "closeout-avoidable": "no",
        "closeout-exit_criteria_met": "yes",
    }

    first, second = post_twice(client, url, data)

    assert first.status_code == 302 and ALREADY in second.content.decode()
    assert CloseOut.objects.filter(escalation=case).count() == 1
    assert case.timeline.filter(summary="Resolved → Closed").count() == 1


def test_a_move_submitted_twice_moves_once(client, roster, staffed):
    client.force_login(roster.engineer)
    url = reverse("escalations:move", args=[staffed.pk])
    html = page(client, staffed.get_absolute_url())
    data = {**form_posting_to(html, url, **{"move-transition": "wait"}), "move-note": "Logs?"}

    first, second = post_twice(client, url, data)

    assert first.status_code == 302 and ALREADY in second.content.decode()
    assert staffed.timeline.filter(summary="Diagnose → Waiting on customer").count() == 1


def test_a_move_without_a_token_cannot_double_either(client, roster, staffed):
    client.force_login(roster.engineer)
    url = reverse("escalations:move", args=[staffed.pk])
    data = {"move-transition": "wait", "move-note": "Asked for their export logs."}

    first = client.post(url, data)
    second = client.post(url, data)

    assert first.status_code == 302
    assert second.status_code == 409
    assert "not possible while the case is waiting on customer; nothing was changed" in (
        second.content.decode()
    )
    assert staffed.timeline.filter(summary="Diagnose → Waiting on customer").count() == 1


def test_a_decline_submitted_twice_declines_once(client, roster, agent):
    case = make_escalation(by=agent, customer=make_customer(region="EMEA"), severity=3)
    comms = staff(case)[RoleKind.COMMS]
    client.force_login(roster.csm_emea)
    url = reverse("escalations:decline_assignment", args=[case.pk, comms.pk])
    html = page(client, case.get_absolute_url())
    data = {**form_posting_to(html, url), "decline-reason": "On leave from Friday"}

    first, second = post_twice(client, url, data)

    assert first.status_code == 302 and ALREADY in second.content.decode()
    assert Assignment.objects.filter(pk=comms.pk, status="declined").count() == 1
    assert case.timeline.filter(body__contains="On leave from Friday").count() == 1


def test_roles_saved_twice_are_assigned_once(client, roster, agent):
    case = make_escalation(by=agent, customer=make_customer(region="EMEA"), severity=3)
    staff(case)
    client.force_login(roster.duty)
    url = reverse("escalations:assign_roles", args=[case.pk])
    data = {
        **form_posting_to(page(client, case.get_absolute_url()), url),
        "roles-owner": str(roster.director.pk),
    }

    first, second = post_twice(client, url, data)

    assert first.status_code == 302
    # Told what happened, not that somebody else changed the role meanwhile.
    assert ALREADY in second.content.decode()
    assert "while you were deciding" not in second.content.decode()
    owners = Assignment.objects.filter(escalation=case, kind=RoleKind.OWNER, person=roster.director)
    assert owners.count() == 1
    assert case.timeline.filter(summary__startswith="Owner: Dora Director").count() == 1


# --- Reports: action items -------------------------------------------------------------------------


def test_an_action_item_raised_twice_is_one_item(client, manager):
    august = NOW.replace(month=8, day=15)
    for _ in range(5):
        closed_case("product-bug", august, by=manager)
    client.force_login(manager)
    url = reverse("reports:action_new")
    html = page(client, f"{url}?quarter=2026-Q3&root_cause=product-bug")
    data = {
        **form_posting_to(html, ""),
        "owner": str(manager.pk),
        "due_date": "2026-12-15",
    }

    first, second = post_twice(client, url, data)

    item = ActionItem.objects.get()
    assert first.url == item.get_absolute_url()
    assert ALREADY in second.content.decode()


# --- PostgreSQL: the same intake from two connections at the same moment -------------------------


def submit(cookies, data: dict):
    """One browser tab posting the intake: its own client, and (in its thread) connection."""
    tab = Client()
    tab.cookies = cookies
    return tab.post(reverse("escalations:new"), data)


@pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="needs two concurrent connections to PostgreSQL (DATABASE_URL=postgres://...)",
)
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_the_same_intake_from_two_connections_at_once_makes_one_case(agent):
    customer = make_customer()
    browser = Client()
    browser.force_login(agent)
    for _ in range(ROUNDS):
        data = intake_from_the_page(browser, customer)
        before = Escalation.objects.count()

        responses = at_once(
            partial(submit, browser.cookies, data), partial(submit, browser.cookies, data)
        )

        assert Escalation.objects.count() == before + 1
        case = Escalation.objects.order_by("-pk").first()
        assert [r.status_code for r in responses] == [302, 302]
        assert {r.url for r in responses} == {case.get_absolute_url()}
