"""config.auth.DeskModelBackend answers exactly what Django's ModelBackend answers."""

from __future__ import annotations

import pytest
from django.contrib.auth.backends import ModelBackend
from django.contrib.auth.models import AnonymousUser, Group, Permission, User
from django.db import connection
from django.test.utils import CaptureQueriesContext

from config.auth import DeskModelBackend


def fresh(user: User) -> User:
    return User.objects.get(pk=user.pk)  # no permission cache from an earlier ask


@pytest.fixture
def people(agent, manager, executive, deskadmin, outsider):
    direct = User.objects.create_user("direct", password="x")  # noqa: S106
    direct.user_permissions.add(Permission.objects.get(codename="view_customer"))
    both = User.objects.create_user("both", password="x")  # noqa: S106
    both.groups.add(Group.objects.get(name="Agent"))
    both.user_permissions.add(Permission.objects.get(codename="delete_escalation"))
    inactive = User.objects.create_user("gone", password="x", is_active=False)  # noqa: S106
    inactive.groups.add(Group.objects.get(name="Support Manager"))
    boss = User.objects.create_superuser("root", password="x")  # noqa: S106
    return [agent, manager, executive, deskadmin, outsider, direct, both, inactive, boss]


def test_every_kind_of_person_has_the_same_permissions_as_with_modelbackend(people):
    for person in people:
        expected = ModelBackend().get_all_permissions(fresh(person))
        assert DeskModelBackend().get_all_permissions(fresh(person)) == expected, person
    agent = people[0]
    assert "escalations.add_escalation" in DeskModelBackend().get_all_permissions(fresh(agent))
    assert DeskModelBackend().get_all_permissions(AnonymousUser()) == set()
    assert DeskModelBackend().get_all_permissions(fresh(agent), obj=agent) == set()


def test_a_persons_permissions_are_one_query_and_then_remembered_for_the_request(agent):
    user = fresh(agent)
    with CaptureQueriesContext(connection) as queries:
        assert user.has_perm("escalations.add_escalation")
        assert not user.has_perm("escalations.delete_escalation")
    assert len(queries) == 1


def test_a_group_change_shows_on_the_next_request(agent):
    assert not fresh(agent).has_perm("matrix.change_role")
    agent.groups.add(Group.objects.get(name="Desk Admin"))  # desk admins edit the roles
    assert fresh(agent).has_perm("matrix.change_role")
