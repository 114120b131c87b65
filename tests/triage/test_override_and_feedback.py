from __future__ import annotations

from datetime import timedelta

import pytest
from django.urls import reverse

from escalations.workflow import retriage as triage_escalation
from tests.conftest import NOW, assert_timeline_has, make_escalation
from triage.models import TriageFeedback, TriageOverride


@pytest.fixture
def case(manager):
    case = make_escalation(
        by=manager,
        entry_point="csm",
        category="relationship",
        environment="",
        reproduction_steps="",
    )
    triage_escalation(case, trigger="intake", by=manager, now=NOW)
    return case


def override(client, case, **data):
    payload = {f"override-{k}": v for k, v in data.items()}
    return client.post(reverse("escalations:override_triage", args=[case.pk]), payload)


def test_manager_overrides_with_a_reason_on_the_decision_log(client, manager, case):
    client.force_login(manager)
    engine_severity = case.severity
    response = override(
        client, case, severity="1", lane="", reason="CEO called our CRO this morning."
    )
    assert response.status_code == 302
    case.refresh_from_db()
    assert case.severity == 1
    decision = TriageOverride.objects.get()
    assert (decision.old_severity, decision.new_severity, decision.by) == (
        engine_severity,
        1,
        manager,
    )
    event = assert_timeline_has(case, "override", "CEO called our CRO", actor=manager)
    assert event.changes[0]["new"] == "Sev-1 critical"


def test_override_without_a_reason_is_refused_and_keeps_the_choice(client, manager, case):
    client.force_login(manager)
    response = override(client, case, severity="1", lane="human_first", reason="")
    assert response.status_code == 400
    page = response.content.decode()
    assert "Say why: the reason goes to the decision log." in page
    assert '<option value="1" selected>' in page
    assert not TriageOverride.objects.exists()


def test_override_that_changes_nothing_is_refused(client, manager, case):
    client.force_login(manager)
    response = override(
        client, case, severity=str(case.severity), lane="", reason="Just checking this out."
    )
    assert response.status_code == 400
    assert "Choose a different severity or lane to override." in response.content.decode()


@pytest.mark.parametrize("who", ["agent", "executive"])
def test_only_managers_override(client, request, case, who):
    client.force_login(request.getfixturevalue(who))
    response = override(client, case, severity="1", reason="I think it is critical.")
    assert response.status_code == 403
    assert not TriageOverride.objects.exists()


def test_override_survives_a_retriage_that_finds_nothing_new(client, manager, case):
    client.force_login(manager)
    lowered = min(case.severity + 1, 4) if case.severity < 4 else 3
    override(client, case, severity=str(lowered), reason="Workaround accepted by the customer.")
    triage_escalation(case, trigger="customer_wrote", by=manager, now=NOW + timedelta(hours=1))
    case.refresh_from_db()
    assert case.severity == lowered


def test_a_worse_retriage_lifts_an_override(client, manager, case):
    client.force_login(manager)
    override(
        client, case, severity="4", lane="autonomous", reason="Routine question, nothing urgent."
    )
    case.interactions.create(
        occurred_at=NOW,
        contact_name="Pat",
        body="Complete outage: the entire platform is down for everyone.",
        created_by=manager,
        created_at=NOW,
    )
    triage_escalation(case, trigger="customer_wrote", by=manager, now=NOW + timedelta(hours=1))
    case.refresh_from_db()
    assert case.severity == 1 and case.lane == "human_first"


def test_feedback_is_recorded_once_per_manager_and_can_change(client, manager, case):
    client.force_login(manager)
    run = case.triage_runs.get()
    url = reverse("escalations:triage_feedback", args=[case.pk, run.pk])
    client.post(url, {"verdict": "too_high"})
    client.post(url, {"verdict": "right"})
    feedback = TriageFeedback.objects.get()
    assert feedback.verdict == "right" and feedback.by == manager
    assert_timeline_has(case, "feedback", "marked right (changed)", actor=manager)
    page = client.get(case.get_absolute_url()).content.decode()
    assert 'value="right" class="btn btn-sm btn-dark"' in page


def test_bad_feedback_is_refused_politely(client, manager, case):
    client.force_login(manager)
    run = case.triage_runs.get()
    response = client.post(
        reverse("escalations:triage_feedback", args=[case.pk, run.pk]),
        {"verdict": "meh"},
        follow=True,
    )
    assert "Choose right, too high or too low." in response.content.decode()
    assert not TriageFeedback.objects.exists()


def test_a_note_over_the_limit_is_refused_saying_it_is_too_long(client, manager, case):
    client.force_login(manager)
    run = case.triage_runs.get()
    response = client.post(
        reverse("escalations:triage_feedback", args=[case.pk, run.pk]),
        {"verdict": "too_high", "note": "x" * 612},
        follow=True,
    )
    page = response.content.decode()
    assert "Not recorded: The note is too long: keep it to 500 characters (it has 612)." in page
    assert "Choose right, too high or too low." not in page
    assert not TriageFeedback.objects.exists()


def test_a_note_at_the_limit_is_recorded(client, manager, case):
    client.force_login(manager)
    run = case.triage_runs.get()
    url = reverse("escalations:triage_feedback", args=[case.pk, run.pk])
    client.post(url, {"verdict": "too_high", "note": "x" * 500})
    assert TriageFeedback.objects.get().note == "x" * 500


def test_a_manager_not_involved_in_a_sev1_case_gets_404(client, manager):
    from django.contrib.auth.models import Group, User

    other_manager = User.objects.create_user("max", password="pw")
    other_manager.groups.add(Group.objects.get(name="Support Manager"))
    case = make_escalation(by=manager)
    case.interactions.create(
        occurred_at=NOW,
        contact_name="Pat",
        body="Complete outage: nothing works for anyone.",
        created_by=manager,
        created_at=NOW,
    )
    run = triage_escalation(case, trigger="intake", by=manager, now=NOW)
    case.refresh_from_db()
    assert case.severity == 1
    client.force_login(other_manager)
    assert override(client, case, severity="2", reason="Not that bad, honestly.").status_code == 404
    url = reverse("escalations:triage_feedback", args=[case.pk, run.pk])
    assert client.post(url, {"verdict": "right"}).status_code == 404
    assert not TriageOverride.objects.exists() and not TriageFeedback.objects.exists()
