from __future__ import annotations

import pytest
from django.urls import reverse

from escalations.workflow import retriage
from matrix import actions as matrix
from tests.conftest import NOW, make_escalation
from tests.escalations.intake import edit_post

CASE_URLS = ["escalations:detail", "escalations:edit"]
POST_URLS = [
    "escalations:add_interaction",
    "escalations:add_note",
    "escalations:add_step",
    "escalations:add_artifact",
]


@pytest.fixture
def critical(manager):
    return make_escalation(by=manager, title="Critical outage", severity=1)


@pytest.mark.parametrize(
    "name", ["escalations:queue", "escalations:new", "escalations:customer_list"]
)
def test_anonymous_users_are_sent_to_login(client, name):
    response = client.get(reverse(name))
    assert response.status_code == 302 and response["Location"].startswith("/login/")


@pytest.mark.parametrize("name", CASE_URLS)
def test_anonymous_users_cannot_open_a_case(client, critical, name):
    response = client.get(reverse(name, args=[critical.pk]))
    assert response.status_code == 302 and response["Location"].startswith("/login/")


@pytest.mark.parametrize("name", CASE_URLS)
def test_sev1_case_is_404_for_an_agent_who_is_not_involved(client, agent, critical, name):
    client.force_login(agent)
    assert client.get(reverse(name, args=[critical.pk])).status_code == 404


@pytest.mark.parametrize("name", POST_URLS)
def test_sev1_case_refuses_additions_from_others_with_404(client, agent, critical, name):
    client.force_login(agent)
    assert client.post(reverse(name, args=[critical.pk]), {}).status_code == 404


def test_sev1_case_is_hidden_from_the_queue_of_others(client, agent, critical):
    client.force_login(agent)
    queue = client.get(reverse("escalations:queue"), {"view": "all"})
    assert "Critical outage" not in queue.content.decode()


@pytest.mark.parametrize("who", ["executive", "deskadmin", "manager"])
def test_sev1_case_is_visible_to_executives_admins_and_its_creator(client, request, critical, who):
    client.force_login(request.getfixturevalue(who))
    assert client.get(critical.get_absolute_url()).status_code == 200
    queue = client.get(reverse("escalations:queue"), {"view": "all"})
    assert "Critical outage" in queue.content.decode()


def test_sev1_case_is_visible_to_its_owner(client, agent, manager, critical):
    client.force_login(agent)
    assert client.get(critical.get_absolute_url()).status_code == 404
    matrix.assign(critical, "owner", agent, role=None, by=manager, now=NOW)
    assert client.get(critical.get_absolute_url()).status_code == 200


def test_other_severities_are_visible_to_agents(client, agent, manager):
    case = make_escalation(by=manager, severity=2)
    client.force_login(agent)
    assert client.get(case.get_absolute_url()).status_code == 200


def test_missing_case_is_404(client, manager):
    client.force_login(manager)
    assert client.get(reverse("escalations:detail", args=[987654])).status_code == 404


def test_outsider_without_a_role_cannot_raise_or_add(client, outsider, manager):
    case = make_escalation(by=manager)
    client.force_login(outsider)
    assert client.get(reverse("escalations:new")).status_code == 403
    response = client.post(reverse("escalations:add_note", args=[case.pk]), {"note-text": "spam"})
    assert response.status_code == 403
    assert not case.timeline.filter(kind="note").exists()


# --- Reading needs a desk role (DESIGN.md "Visibility") ------------------------------------

NO_ROLE = "Your account has no role on the desk."


def _desk_pages(case) -> list[str]:
    return [
        reverse("escalations:queue"),
        reverse("escalations:new"),
        reverse("escalations:my_work"),
        reverse("escalations:customer_list"),
        reverse("escalations:customer_detail", args=[case.customer_id]),
        reverse("escalations:detail", args=[case.pk]),
        reverse("escalations:edit", args=[case.pk]),
        reverse("escalations:compose_update", args=[case.pk]),
        reverse("matrix:grid"),
    ]


def test_a_signed_in_user_in_no_desk_group_gets_a_clear_403_on_every_desk_page(
    client, outsider, manager
):
    # A routine case: before, anyone signed in read it with its notes and the account's ARR.
    case = make_escalation(by=manager, severity=3, title="Routine export question")
    client.force_login(outsider)
    for url in _desk_pages(case):
        response = client.get(url)
        assert response.status_code == 403, url
        page = response.content.decode()
        assert NO_ROLE in page, url
        assert "Escalation Desk" in page and "Log out" in page, "403 in the desk's layout"
        assert "Routine export question" not in page and "120,000" not in page


def test_a_user_removed_from_their_desk_group_loses_the_desk(client, agent, manager):
    case = make_escalation(by=manager, severity=3)
    client.force_login(agent)
    assert client.get(case.get_absolute_url()).status_code == 200
    agent.groups.clear()
    response = client.get(case.get_absolute_url())
    assert response.status_code == 403 and NO_ROLE in response.content.decode()
    assert client.get(reverse("escalations:queue")).status_code == 403


def test_a_refused_permission_keeps_the_general_403_message(client, executive):
    # An executive has a desk role but may not raise a case: the refusal is about the action.
    client.force_login(executive)
    response = client.get(reverse("escalations:new"))
    assert response.status_code == 403
    page = response.content.decode()
    assert "Your role does not include this action." in page and NO_ROLE not in page


# --- A manager whose own action hides the case lands on the queue --------------------------


@pytest.fixture
def agents_case(agent, manager):
    case = make_escalation(
        by=agent,
        category="relationship",
        environment="",
        reproduction_steps="",
        title="Routine renewal question",
    )
    retriage(case, trigger="intake", now=NOW)
    case.refresh_from_db()
    assert case.severity != 1
    return case


def test_a_manager_who_overrides_a_case_to_sev1_lands_on_the_queue_told_why(
    client, manager, agents_case
):
    client.force_login(manager)
    response = client.post(
        reverse("escalations:override_triage", args=[agents_case.pk]),
        {"override-severity": "1", "override-reason": "Their CEO called our CRO this morning."},
        follow=True,
    )
    assert response.redirect_chain[-1] == (reverse("escalations:queue"), 302)
    assert response.status_code == 200
    page = response.content.decode()
    assert f"{agents_case.reference} is now Sev-1" in page
    assert "Routine renewal question" not in page  # it left the manager's queue
    agents_case.refresh_from_db()
    assert agents_case.severity == 1
    assert client.get(agents_case.get_absolute_url()).status_code == 404


def test_a_manager_who_overrides_a_case_they_still_see_returns_to_it(client, manager, agents_case):
    client.force_login(manager)
    response = client.post(
        reverse("escalations:override_triage", args=[agents_case.pk]),
        {"override-severity": "2", "override-reason": "Their CEO called our CRO this morning."},
    )
    assert response.status_code == 302
    assert response["Location"] == f"{agents_case.get_absolute_url()}#triage"


def test_a_manager_whose_brief_edit_makes_the_case_sev1_lands_on_the_queue_told_why(
    client, manager, agents_case
):
    client.force_login(manager)
    response = client.post(
        reverse("escalations:edit", args=[agents_case.pk]),
        edit_post(
            agents_case,
            summary="Complete outage since 9am: nothing works for anyone at any site.",
        ),
        follow=True,
    )
    agents_case.refresh_from_db()
    assert agents_case.severity == 1, "the edit's re-triage must make the case Sev-1"
    assert response.redirect_chain[-1] == (reverse("escalations:queue"), 302)
    page = response.content.decode()
    assert f"{agents_case.reference} is now Sev-1" in page
    assert "Brief updated" in page


def test_csrf_is_enforced(manager):
    from django.test import Client

    case = make_escalation(by=manager)
    client = Client(enforce_csrf_checks=True)
    client.force_login(manager)
    response = client.post(reverse("escalations:add_note", args=[case.pk]), {"note-text": "x"})
    assert response.status_code == 403


def test_a_user_without_a_desk_role_is_not_offered_desk_links(client, outsider):
    client.force_login(outsider)
    response = client.get(reverse("escalations:queue"))
    assert response.status_code == 403
    page = response.content.decode()
    assert "no role on the desk" in page
    assert reverse("escalations:my_work") not in page and "Customers</a>" not in page
