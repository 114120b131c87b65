from __future__ import annotations

from datetime import date, timedelta

import pytest
from django.urls import reverse

from escalations import once
from escalations.models import TimelineEvent
from tests.conftest import NOW, assert_timeline_has, make_customer, make_escalation
from tests.escalations.intake import edit_post


@pytest.fixture
def case(manager):
    customer = make_customer(
        name="Initech",
        arr=300000,
        renewal_date=date(2026, 11, 23),
        customer_since=date(2017, 11, 1),
    )
    make_escalation(by=manager, customer=customer, at=NOW - timedelta(days=30), title="Earlier")
    make_escalation(by=manager, customer=customer, at=NOW - timedelta(days=200), title="Long ago")
    return make_escalation(by=manager, customer=customer, title="Exports broken")


def test_case_page_shows_the_brief_and_account_context(client, manager, case):
    client.force_login(manager)
    page = client.get(case.get_absolute_url()).content.decode()
    for text in (
        "Exports broken",
        "Nightly exports have failed since Monday.",
        "Engineering to inspect the export worker.",  # recommended next step
        "Restarted the export job",  # troubleshooting log
        "Our month-end close is blocked.",  # the customer's words
        "Strategic",  # ARR tier
        "in 21 days",  # days to renewal
        "9 yr",  # tenure
        "Escalation raised",  # timeline
    ):
        assert text in page, text
    counts = client.get(case.get_absolute_url()).context["counts"]
    assert counts["prior_90d"] == 1  # "Earlier", not "Long ago"
    assert counts["open"] == 2


def test_days_to_renewal_follow_the_suites_clock(client, manager, case, clock):
    client.force_login(manager)
    assert "in 21 days" in client.get(case.get_absolute_url()).content.decode()
    clock.move_to(NOW + timedelta(days=20))
    client.force_login(manager)  # the first session has expired: they last two weeks
    assert "in 1 day" in client.get(case.get_absolute_url()).content.decode()


def test_case_page_query_count_is_bounded(client, manager, case, django_assert_max_num_queries):
    client.force_login(manager)
    for i in range(15):
        client.post(
            reverse("escalations:add_note", args=[case.pk]),
            {"once": once.issue(), "note-text": f"Note {i}"},
        )
    # session, user, groups, case+customer+owner+creator, account counts, interactions,
    # steps, artifacts, timeline+actors, triage runs+config, their feedback+managers,
    # last override, permissions (user, group); the matrix panel: assignments+people+roles,
    # the matrix cell, roster holders, their load, desk people for the roles form,
    # approvals with whether this reader decides each, customer updates; the clocks panel (one
    # query: every clock of the case, issue 9); the nav's My work counts.
    # (tests/matrix/test_work_pages.py shows the count is the same with roles and events.)
    with django_assert_max_num_queries(20):
        response = client.get(case.get_absolute_url())
    assert response.content.decode().count("Internal note") >= 15


def test_adding_an_interaction_writes_the_timeline(client, manager, case):
    client.force_login(manager)
    response = client.post(
        reverse("escalations:add_interaction", args=[case.pk]),
        {
            "once": once.issue(),
            "interaction-contact_name": "Pat Contact",
            "interaction-channel": "call",
            "interaction-direction": "inbound",
            "interaction-occurred_at": "",
            "interaction-body": "We are losing patience.",
        },
        follow=True,
    )
    assert "Interaction added." in response.content.decode()
    assert case.interactions.filter(body="We are losing patience.").exists()
    assert_timeline_has(case, "interaction", "We are losing patience.", actor=manager)


def test_adding_a_note_step_and_artifact(client, manager, case):
    client.force_login(manager)
    client.post(
        reverse("escalations:add_note", args=[case.pk]),
        {"once": once.issue(), "note-text": "Called their VP."},
    )
    client.post(
        reverse("escalations:add_step", args=[case.pk]),
        {"once": once.issue(), "step-action": "Cleared the cache", "step-result": "No change"},
    )
    client.post(
        reverse("escalations:add_artifact", args=[case.pk]),
        {
            "once": once.issue(),
            "artifact-kind": "log",
            "artifact-label": "Worker log",
            "artifact-content": "ERROR 42",
        },
    )
    assert_timeline_has(case, "note", "Called their VP.", actor=manager)
    assert_timeline_has(case, "step", "Cleared the cache")
    assert_timeline_has(case, "artifact", "Worker log")
    page = client.get(case.get_absolute_url()).content.decode()
    assert "Cleared the cache" in page and "ERROR 42" in page


def test_a_refused_addition_keeps_what_was_typed(client, manager, case):
    client.force_login(manager)
    response = client.post(
        reverse("escalations:add_artifact", args=[case.pk]),
        {
            "once": once.issue(),
            "artifact-kind": "link",
            "artifact-label": "Status page ✓",
            "artifact-url": "not a url",
        },
    )
    assert response.status_code == 400
    page = response.content.decode()
    assert "Enter a valid URL." in page
    assert 'value="Status page ✓"' in page
    assert not case.artifacts.exists()


def test_artifact_needs_a_link_or_content(client, manager, case):
    client.force_login(manager)
    response = client.post(
        reverse("escalations:add_artifact", args=[case.pk]),
        {"once": once.issue(), "artifact-kind": "log", "artifact-label": "Empty"},
    )
    assert response.status_code == 400
    assert "Give a link or paste the excerpt." in response.content.decode()


def test_executive_reads_but_cannot_add(client, executive, case):
    client.force_login(executive)
    assert client.get(case.get_absolute_url()).status_code == 200
    response = client.post(
        reverse("escalations:add_note", args=[case.pk]), {"once": once.issue(), "note-text": "Hi"}
    )
    assert response.status_code == 302
    assert not TimelineEvent.objects.filter(kind="note").exists()


def test_get_on_an_add_url_is_refused(client, manager, case):
    client.force_login(manager)
    assert client.get(reverse("escalations:add_note", args=[case.pk])).status_code == 405


def test_editing_the_brief_records_old_and_new_values(client, manager, case):
    client.force_login(manager)
    response = client.post(
        reverse("escalations:edit", args=[case.pk]),
        edit_post(case, title="Exports broken for all EU accounts", product_area="Data exports"),
        follow=True,
    )
    assert "Brief updated (2 field(s) changed)." in response.content.decode()
    event = assert_timeline_has(case, "brief_edited", "Title", actor=manager)
    assert {
        "field": "title",
        "label": "Title",
        "old": "Exports broken",
        "new": "Exports broken for all EU accounts",
    } in event.changes
    assert {
        "field": "product_area",
        "label": "Affected product area",
        "old": "Reporting",
        "new": "Data exports",
    } in event.changes
