"""The queue's count: every case its filters keep minus those hidden from the reader.

escalations/queue.py counts the plain queue as a whole count minus `hidden_from(user)` (the
Sev-1 rule's complement) rather than testing the rule on each case; the figure must be what
the list shows, for every kind of reader and filter.
"""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.urls import reverse

from escalations.models import Escalation
from escalations.queue import queue_count, queue_queryset
from matrix.models import Assignment, RoleKind
from tests.conftest import NOW, make_escalation


def on_case(case, person, *, kind=RoleKind.OWNER, status="accepted", ended=False):
    return Assignment.objects.create(
        escalation=case,
        kind=kind,
        person=person,
        status=status,
        assigned_at=NOW,
        respond_by=NOW + timedelta(hours=1),
        ended_at=NOW if ended else None,
    )


@pytest.fixture
def cases(agent, manager, deskadmin):
    """Eight cases: five Sev-1 the agent relates to differently, three others."""
    return {
        "sev1_raised_by_agent": make_escalation(by=agent, severity=1),
        "sev1_agent_owns": on_case(make_escalation(by=manager, severity=1), agent).escalation,
        "sev1_agent_pending": on_case(
            make_escalation(by=manager, severity=1), agent, kind=RoleKind.COMMS, status="pending"
        ).escalation,
        "sev1_agent_declined": on_case(
            make_escalation(by=manager, severity=1), agent, status="declined"
        ).escalation,
        "sev1_agent_handed_off": on_case(
            make_escalation(by=deskadmin, severity=1, status="resolved"), agent, ended=True
        ).escalation,
        "sev2": make_escalation(by=manager, severity=2),
        "untriaged": make_escalation(by=manager, severity=None, status="new"),
        "sev4_closed": make_escalation(by=manager, severity=4, status="closed"),
    }


def test_hidden_from_is_what_visible_to_leaves_out(cases, agent, manager, executive, outsider):
    every = set(Escalation.objects.values_list("pk", flat=True))
    hidden_from_agent = {
        cases[name].pk for name in ("sev1_agent_declined", "sev1_agent_handed_off")
    }
    # The manager raised three Sev-1 cases (and is on none of the others).
    hidden_from_manager = {cases["sev1_raised_by_agent"].pk, cases["sev1_agent_handed_off"].pk}
    expected = {
        agent: hidden_from_agent,
        manager: hidden_from_manager,
        executive: set(),
        outsider: every,
    }
    for user, hidden in expected.items():
        assert set(Escalation.objects.hidden_from(user).values_list("pk", flat=True)) == hidden
        visible = set(Escalation.objects.visible_to(user).values_list("pk", flat=True))
        assert visible == every - hidden


@pytest.mark.parametrize(
    ("filters", "agent_sees"),
    [
        ({"view": "all"}, 6),  # 8 minus a declined and a handed-off Sev-1
        ({"view": "all", "severity": 1}, 3),
        ({"view": "all", "status": "open"}, 5),  # the closed Sev-4 goes too
        ({"view": "all", "status": "resolved"}, 0),  # the only resolved case is hidden
        ({"view": "all", "severity": 2}, 1),
        ({"view": "all", "owner": "none"}, 6),  # make_escalation sets no owner
        ({"view": "all", "mine": True}, 2),  # the Sev-1 they own and the one pending
        ({"view": "attention", "sort": "newest"}, 0),  # no running clock anywhere
    ],
)
def test_the_count_is_what_the_agent_may_see(cases, agent, filters, agent_sees):
    assert queue_count(agent, filters, now=NOW) == agent_sees
    assert queue_queryset(agent, filters, now=NOW).count() == agent_sees


def test_the_mine_filter_counts_pending_roles_too(cases, agent):
    # `mine`: the cases they own or hold a role on (pending or accepted, not declined).
    filters = {"view": "all", "mine": True}
    listed = {case.pk for case in queue_queryset(agent, filters, now=NOW)}
    assert listed == {cases["sev1_agent_owns"].pk, cases["sev1_agent_pending"].pk}
    assert queue_count(agent, filters, now=NOW) == 2


def test_executives_and_outsiders_counts(cases, executive, outsider):
    assert queue_count(executive, {"view": "all"}, now=NOW) == 8
    assert queue_count(outsider, {"view": "all"}, now=NOW) == 0


def test_an_empty_desk_counts_nothing(agent):
    assert queue_count(agent, {"view": "all"}, now=NOW) == 0


def test_a_search_is_counted_by_the_search(agent):
    with pytest.raises(ValueError):
        queue_count(agent, {"view": "all", "q": "outage"}, now=NOW)


def test_the_page_says_how_many_it_lists(client, cases, agent):
    client.force_login(agent)
    page = client.get(reverse("escalations:queue"), {"view": "all"}).content.decode()
    assert "6 escalations" in page
    page = client.get(reverse("escalations:queue"), {"view": "all", "severity": 1})
    assert "3 escalations match the filters" in page.content.decode()
