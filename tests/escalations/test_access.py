from __future__ import annotations

import pytest
from django.urls import reverse

from matrix import actions as matrix
from tests.conftest import NOW, make_escalation

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
    assert "Critical outage" not in client.get(reverse("escalations:queue")).content.decode()


@pytest.mark.parametrize("who", ["executive", "deskadmin", "manager"])
def test_sev1_case_is_visible_to_executives_admins_and_its_creator(client, request, critical, who):
    client.force_login(request.getfixturevalue(who))
    assert client.get(critical.get_absolute_url()).status_code == 200
    assert "Critical outage" in client.get(reverse("escalations:queue")).content.decode()


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
    client.post(reverse("escalations:add_note", args=[case.pk]), {"note-text": "spam"})
    assert not case.timeline.filter(kind="note").exists()


def test_csrf_is_enforced(manager):
    from django.test import Client

    case = make_escalation(by=manager)
    client = Client(enforce_csrf_checks=True)
    client.force_login(manager)
    response = client.post(reverse("escalations:add_note", args=[case.pk]), {"note-text": "x"})
    assert response.status_code == 403
