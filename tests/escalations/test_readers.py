"""Escalation.objects.readers(): who among many people may see each case, for the sweeps.

Expected sets are written from DESIGN.md "Visibility": Sev-1 is seen by executives, desk admins,
its three assignees (pending or accepted) and its creator; other cases by anyone with a desk role;
nobody without a desk role sees anything. The last test checks agreement with visible_to.
"""

from __future__ import annotations

import pytest
from django.contrib.auth.models import Group, User

from escalations.models import Escalation
from matrix.models import Assignment, RoleKind
from tests.conftest import NOW, make_escalation


def _assign(case, person, kind, status=Assignment.Status.PENDING, ended=False):
    return Assignment.objects.create(
        escalation=case,
        kind=kind,
        person=person,
        status=status,
        assigned_at=NOW,
        respond_by=NOW,
        ended_at=NOW if ended else None,
    )


@pytest.fixture
def desk(db, agent, manager, executive, deskadmin, outsider):
    agents = Group.objects.get(name="Agent")
    owner = User.objects.create_user("owen", "owen@desk.test", "pw")
    owner.groups.add(agents)
    declined = User.objects.create_user("dex", "dex@desk.test", "pw")
    declined.groups.add(agents)
    former = User.objects.create_user("fay", "fay@desk.test", "pw")
    former.groups.add(agents)
    root = User.objects.create_superuser("root", "root@desk.test", "pw")
    critical = make_escalation(by=manager, title="Outage", severity=1)
    high = make_escalation(by=agent, title="Invoice", severity=2)
    _assign(critical, owner, RoleKind.OWNER)
    _assign(critical, declined, RoleKind.COMMS, status=Assignment.Status.DECLINED)
    _assign(critical, former, RoleKind.AUTHORITY, status=Assignment.Status.ACCEPTED, ended=True)
    people = {
        "agent": agent,
        "manager": manager,
        "executive": executive,
        "deskadmin": deskadmin,
        "outsider": outsider,
        "owner": owner,
        "declined": declined,
        "former": former,
        "root": root,
    }
    return critical, high, people


def test_a_sev1_case_is_read_by_executives_admins_its_assignees_and_its_creator(desk):
    critical, high, people = desk
    readers = Escalation.objects.filter(pk__in=[critical.pk, high.pk]).readers(
        p.pk for p in people.values()
    )
    names = {pk: name for name, p in people.items() for pk in [p.pk]}
    assert {names[pk] for pk in readers[critical.pk]} == {
        "manager",  # its creator
        "executive",
        "deskadmin",
        "root",
        "owner",  # pending assignee
    }
    assert {names[pk] for pk in readers[high.pk]} == set(people) - {"outsider"}


def test_unknown_and_missing_people_are_nobody(desk):
    critical, _high, _people = desk
    assert Escalation.objects.filter(pk=critical.pk).readers([None, 987654]) == {critical.pk: set()}


def test_readers_agree_with_visible_to_for_every_person_and_case(
    desk, django_assert_max_num_queries
):
    critical, high, people = desk
    cases = Escalation.objects.filter(pk__in=[critical.pk, high.pk])
    with django_assert_max_num_queries(3):
        readers = cases.readers(p.pk for p in people.values())
    for person in people.values():
        person = User.objects.get(pk=person.pk)  # a fresh user: no cached groups
        seen = set(Escalation.objects.visible_to(person).values_list("pk", flat=True))
        for case in (critical, high):
            assert (person.pk in readers[case.pk]) == (case.pk in seen), (person, case)


def test_readers_from_cases_the_caller_has_read_ask_two_queries_and_agree(
    desk, django_assert_num_queries
):
    # The SLA sweep passes the cases' severity and creator it read with its due clocks.
    critical, high, people = desk
    cases = Escalation.objects.filter(pk__in=[critical.pk, high.pk])
    everyone = [p.pk for p in people.values()]
    known = [(c.pk, c.severity, c.created_by_id) for c in (critical, high)]
    with django_assert_num_queries(2):
        given = cases.readers(everyone, cases=known)
    assert given == cases.readers(everyone)
