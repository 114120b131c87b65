"""Hostile input across every form and every filter of the desk: no 500, nothing half-stored.

Every `<form>` of the desk's pages is read from the page as each kind of user sees it (the
case page as its creator, its comms lead and a desk admin; intake, the brief's edit page,
the customer update, close-out, My work, the bell's settings, action items, the login), then
submitted with hostile values: script tags, `javascript:` links, SQL-looking strings, NUL
bytes, bidi controls, wrong types, a 1 MB field, invalid UTF-8 and lone surrogates in the
raw body, a field sent twice, and tampered formset counts. The filters are
tests/security/test_hostile_filters.py, the commands test_hostile_commands.py.

What must hold (issue 11 item 3, DESIGN.md): never a 500; a refusal (4xx, or the form shown
again, or a redirect with an error message) changes no table; what is accepted is shown
escaped wherever it appears.
"""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.test import Client
from django.urls import reverse

from escalations.models import Escalation
from tests.conftest import NOW, make_customer
from tests.escalations.closeout import resolved_case
from tests.escalations.intake import intake_post

from .hostile import _SEEN, STATS, fuzz_page

LATER = NOW + timedelta(hours=5)  # after resolved_case's resolution at NOW + 4 h


@pytest.fixture(autouse=True)
def _fresh_seen():
    _SEEN.clear()
    STATS.clear()


def _client(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def accepted(fragment: str) -> int:
    return sum(n for action, _, n in STATS if fragment in action)


def test_every_form_on_the_case_page(world):
    problems = []
    for role in ("creator", "assignee", "deskadmin"):
        problems += fuzz_page(_client(world.people[role]), world.case.get_absolute_url())
    assert not problems, "\n".join(problems)
    # Hostile text did reach the database (and the page shows it escaped, checked above).
    assert accepted("/notes/") and accepted("/interactions/") and accepted("/steps/")


def test_the_intake_form(agent):
    make_customer()
    problems = fuzz_page(_client(agent), reverse("escalations:new"))
    assert not problems, "\n".join(problems)
    assert Escalation.objects.exists()  # some hostile briefs were complete, and raised


def test_the_brief_edit_form(world):
    url = reverse("escalations:edit", args=[world.case.pk])
    problems = fuzz_page(_client(world.people["creator"]), url)
    assert not problems, "\n".join(problems)


def test_the_customer_update_form(world):
    url = reverse("escalations:compose_update", args=[world.case.pk])
    problems = fuzz_page(_client(world.people["assignee"]), url)
    assert not problems, "\n".join(problems)


def test_the_close_out_form(agent, manager, clock):
    case = resolved_case(agent, manager)
    clock.move_to(LATER)
    # The case page's other forms are the first test's; here only the close-out form.
    problems = fuzz_page(_client(manager), case.get_absolute_url(), only="/close/")
    assert not problems, "\n".join(problems)


def test_my_work_the_bell_and_its_settings(world):
    client = _client(world.people["assignee"])
    problems = fuzz_page(client, reverse("escalations:my_work"))
    problems += fuzz_page(client, reverse("escalations:notifications"), megabyte=False)
    problems += fuzz_page(client, reverse("escalations:notification_settings"))
    assert not problems, "\n".join(problems)


def test_the_action_item_forms(world):
    client = _client(world.people["manager"])
    problems = fuzz_page(client, reverse("reports:action_new"))
    problems += fuzz_page(client, reverse("reports:action_detail", args=[world.action_item_id]))
    assert not problems, "\n".join(problems)


def test_the_login_form(db):
    problems = fuzz_page(Client(), reverse("login"), megabyte=False)
    assert not problems, "\n".join(problems)


def test_an_intake_refused_for_its_steps_stores_no_case(agent):
    # The half-way case: the brief is valid, a formset row is not; nothing may be kept.
    customer = make_customer()
    client = _client(agent)
    data = intake_post(customer, **{"steps-0-performed_at": "2026-02-30T10:00"})
    response = client.post(reverse("escalations:new"), data)
    assert response.status_code == 400
    assert not Escalation.objects.exists()
