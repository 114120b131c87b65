"""The close-out on the case page (issue 10 item 1): the form where the Close move is, a refused
close-out back with every problem next to its field and everything typed kept, the read-only
close-out once closed, the access rules of the other moves, and no input that gives a 500."""

from __future__ import annotations

import re
from datetime import timedelta
from html import unescape

import pytest
from django.urls import reverse
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from escalations import once, workflow
from escalations.actions import add_note
from escalations.models import CloseOut, Escalation, Trigger
from tests.conftest import NOW, make_escalation
from tests.escalations.closeout import SUMMARY, closeout_post, closeout_values, resolved_case

LATER = NOW + timedelta(hours=5)  # after resolved_case's resolution at NOW + 4 h


@pytest.fixture
def case(agent, manager, clock) -> Escalation:
    resolved = resolved_case(agent, manager)
    clock.move_to(LATER)
    return resolved


def close_url(case: Escalation) -> str:
    return reverse("escalations:close", args=[case.pk])


def page_of(client, case: Escalation) -> str:
    return client.get(case.get_absolute_url()).content.decode()


def field_errors(html: str, name: str) -> str:
    """The error text crispy renders under the field `closeout-<name>`."""
    found = re.search(rf'id="id_closeout-{name}_error"[^>]*>(.*?)</div>', html, re.S)
    return unescape(re.sub(r"<[^>]+>", " ", found.group(1))) if found else ""


def test_a_resolved_case_offers_the_closeout_with_within_sla_computed(client, manager, case):
    client.force_login(manager)
    html = page_of(client, case)

    assert f'action="{close_url(case)}"' in html
    for label in ("Trigger", "Root cause", "Avoidable", "Resolution summary", "Exit criteria met"):
        assert label in html, label
    # Computed, not a field: acknowledged in 30 min and resolved in 4 h of Sev-2's 1 h and 8 h.
    assert "Within SLA" in html and "every clock met its target" in html
    assert 'name="closeout-within_sla"' not in html
    # The summary written at resolve is there to confirm or edit.
    assert SUMMARY in html
    # Nothing is chosen for the person: no radio checked, no trigger selected.
    assert "checked" not in re.search(r'name="closeout-avoidable".*?</fieldset>', html, re.S)[0]
    assert '<option value="" selected>— pick one —</option>' in html


def test_retired_rows_are_not_offered(client, manager, case):
    Trigger.objects.filter(slug="relationship").update(active=False)
    client.force_login(manager)
    html = page_of(client, case)
    assert "Outage or defect" in html and ">Relationship<" not in html


def test_closing_from_the_page(client, manager, case):
    client.force_login(manager)

    response = client.post(close_url(case), closeout_post(avoidable="yes"), follow=True)

    assert response.status_code == 200
    html = response.content.decode()
    assert "is closed (within SLA)" in html
    assert "The CSM follow-up is due Mon 09 Nov" in html  # closed Mon 2 Nov, 15:00 UTC
    record = CloseOut.objects.get(escalation=case)
    assert record.avoidable is True and record.closed_by == manager
    # The read-only close-out replaces the form.
    assert 'id="closeout"' in html and f'action="{close_url(case)}"' not in html
    for shown in ("Outage or defect", "Product bug", "Exit criteria met", SUMMARY):
        assert shown in html, shown


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("trigger", "", "Say what triggered the escalation."),
        ("root_cause", "", "Pick the root cause."),
        ("avoidable", "", "Say whether the escalation was avoidable"),
        ("resolution_summary", "   ", "Write the resolution summary"),
        ("exit_criteria_met", "", "Say whether the exit criteria are met."),
        ("exit_criteria_met", "no", "A case closes only once its exit criteria are met."),
        ("trigger", "999999", "That trigger is no longer offered"),
        ("avoidable", "maybe", "Say whether the escalation was avoidable"),
    ],
)
def test_a_refused_closeout_names_the_problem_at_its_field_and_keeps_the_rest(
    client, manager, case, field, value, message
):
    client.force_login(manager)
    typed = "Rolled back the 4.12 query change & re-ran <every> export."
    data = closeout_post(resolution_summary=typed, avoidable="yes")
    data[f"closeout-{field}"] = value

    response = client.post(close_url(case), data)

    assert response.status_code == 400
    html = response.content.decode()
    assert message in field_errors(html, field)
    assert not CloseOut.objects.exists()
    assert Escalation.objects.get(pk=case.pk).status == "resolved"
    # The close-out is open again, with what was typed.
    assert re.search(r'<details class="move closeout" id="closeout" open>', html)
    if field != "resolution_summary":
        assert "Rolled back the 4.12 query change &amp; re-ran &lt;every&gt; export." in html
    if field != "trigger":
        trigger = Trigger.objects.get(slug="outage-or-defect").pk
        assert f'<option value="{trigger}" selected>' in html
    if field != "avoidable":
        assert re.search(r'name="closeout-avoidable" value="yes"[^>]*checked', html)


def test_an_empty_closeout_names_every_field(client, manager, case):
    client.force_login(manager)

    html = client.post(close_url(case), {"once": once.issue()}).content.decode()

    for name in ("trigger", "root_cause", "avoidable", "exit_criteria_met"):
        assert field_errors(html, name), name
    # An empty summary posted is empty, not the prefill: the person cleared it.
    assert "Write the resolution summary" in field_errors(html, "resolution_summary")


def test_a_closeout_without_its_one_time_token_is_refused_with_values_kept(client, manager, case):
    client.force_login(manager)
    data = closeout_post(resolution_summary="Typed before the token went missing.")
    del data["once"]

    response = client.post(close_url(case), data)

    assert response.status_code == 400
    html = response.content.decode()
    assert "no valid one-time token" in html
    assert "Typed before the token went missing." in html
    assert not CloseOut.objects.exists()


def test_a_double_submitted_closeout_closes_once(client, manager, case):
    client.force_login(manager)
    data = closeout_post()

    first = client.post(close_url(case), data)
    second = client.post(close_url(case), data, follow=True)

    assert first.status_code == 302
    assert "already submitted" in second.content.decode()
    assert CloseOut.objects.count() == 1
    assert case.timeline.filter(summary="Resolved → Closed").count() == 1


def test_people_who_may_not_move_the_case_get_no_form_and_are_refused(client, agent, case):
    client.force_login(agent)
    assert f'action="{close_url(case)}"' not in page_of(client, case)

    response = client.post(close_url(case), closeout_post())

    assert response.status_code == 409
    assert "Only the case&#x27;s owner or a support manager moves the case." in (
        response.content.decode()
    )
    assert not CloseOut.objects.exists()


def test_a_sev1_case_hidden_from_the_reader_is_404(client, agent, manager, django_user_model):
    other = django_user_model.objects.create_user("mo", "mo@desk.test", "pw")
    other.groups.add(*manager.groups.all())
    hidden = resolved_case(agent, other, severity=1)
    client.force_login(manager)

    assert client.post(close_url(hidden), closeout_post()).status_code == 404
    assert not CloseOut.objects.exists()


def test_the_bare_close_move_is_refused_on_the_page(client, manager, case):
    client.force_login(manager)

    response = client.post(
        reverse("escalations:move", args=[case.pk]),
        {"move-transition": "close", "move-resolution": SUMMARY},
    )

    assert response.status_code == 409
    assert "fill in the close-out form" in response.content.decode()
    assert Escalation.objects.get(pk=case.pk).status == "resolved"


def test_a_closeout_after_somebody_else_closed_is_told_and_changes_nothing(
    client, manager, case, deskadmin
):
    client.force_login(manager)
    data = closeout_post()  # the page was drawn; then the desk admin closed it
    workflow.close_escalation(case, closeout_values(), by=deskadmin, now=NOW)

    response = client.post(close_url(case), data)

    assert response.status_code == 409
    assert "not possible while the case is closed" in response.content.decode()
    assert CloseOut.objects.get().closed_by == deskadmin


def test_reopen_and_close_again_from_the_page(client, manager, case):
    client.force_login(manager)
    client.post(close_url(case), closeout_post())
    workflow.change_status(
        Escalation.objects.get(pk=case.pk), "reopen", by=manager, now=NOW, note="Failed again."
    )
    html = page_of(client, case)
    assert 'class="closeout-record' not in html  # open again: no close-out shown
    workflow.change_status(
        Escalation.objects.get(pk=case.pk), "resolve", by=manager, now=NOW, resolution="Again."
    )

    response = client.post(close_url(case), closeout_post(resolution_summary="Fixed at last."))

    assert response.status_code == 302
    assert CloseOut.objects.get().resolution_summary == "Fixed at last."


# --- A constant number of queries (the case page's count is pinned in test_case_page.py) -------


def _busy(case: Escalation, manager) -> None:
    for i in range(10):
        add_note(case, f"Note {i}", by=manager, now=NOW + timedelta(minutes=i))


def test_the_resolved_case_page_asks_a_constant_number_of_queries(
    client, manager, agent, django_assert_max_num_queries
):
    # The case page of a worked case (22 here: test_case_page.py pins a new one at 20) plus the
    # close-out's three: the clock kinds with a breach recorded, the active triggers, the
    # active root causes.
    quiet = resolved_case(agent, manager)
    busy = resolved_case(agent, manager, title="Busy")
    _busy(busy, manager)
    client.force_login(manager)
    client.get(quiet.get_absolute_url())
    with django_assert_max_num_queries(25) as small:
        client.get(quiet.get_absolute_url())
    with django_assert_max_num_queries(25) as large:
        client.get(busy.get_absolute_url())
    assert len(small) == len(large)


def test_the_closed_case_page_asks_one_query_for_the_closeout(
    client, manager, agent, django_assert_max_num_queries
):
    quiet = resolved_case(agent, manager)
    busy = resolved_case(agent, manager, title="Busy")
    _busy(busy, manager)
    for case in (quiet, busy):
        workflow.close_escalation(case, closeout_values(), by=manager, now=NOW)
    client.force_login(manager)
    client.get(quiet.get_absolute_url())
    # The worked case page's 22, and the close-out with its trigger, root cause and closer.
    with django_assert_max_num_queries(23) as small:
        client.get(quiet.get_absolute_url())
    with django_assert_max_num_queries(23) as large:
        client.get(busy.get_absolute_url())
    assert len(small) == len(large)


# --- No input gives a 500 ----------------------------------------------------------------------

TEXT = st.text(max_size=60) | st.sampled_from(["", " ", "0", "-1", "1e9", "²", "9" * 30, "\x00"])
# Ids of the shipped rows, so some examples are complete and close the case.
IDS = st.integers(min_value=1, max_value=12).map(str)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    trigger=TEXT | IDS,
    root_cause=TEXT | IDS,
    avoidable=TEXT | st.sampled_from(["yes", "no"]),
    summary=TEXT,
    exit_met=TEXT | st.sampled_from(["yes", "no"]),
)
def test_no_closeout_post_gives_a_500(
    client, manager, agent, trigger, root_cause, avoidable, summary, exit_met
):
    case = make_escalation(by=agent, severity=2, status="resolved", resolution_summary="Fixed.")
    client.force_login(manager)
    data = {
        "once": once.issue(),
        "closeout-trigger": trigger,
        "closeout-root_cause": root_cause,
        "closeout-avoidable": avoidable,
        "closeout-resolution_summary": summary,
        "closeout-exit_criteria_met": exit_met,
    }

    response = client.post(close_url(case), data)

    assert response.status_code in (302, 400)
    closed = CloseOut.objects.filter(escalation=case).exists()
    assert closed == (response.status_code == 302)
    if closed:
        record = CloseOut.objects.get(escalation=case)
        assert record.trigger.active and record.root_cause.active and record.exit_criteria_met
