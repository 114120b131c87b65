"""Cases change only through the desk, so the timeline and triage see every change."""

from __future__ import annotations

import pytest
from django.apps import apps
from django.contrib.auth.models import Group, User
from django.urls import reverse

from escalations import workflow
from escalations.models import Artifact
from tests.conftest import NOW, make_escalation
from triage import actions as triage
from triage.models import TriageRun


@pytest.mark.parametrize(
    "model", ["escalation", "interaction", "troubleshootingstep", "artifact", "timelineevent"]
)
def test_desk_admins_read_case_records_but_cannot_add_them_in_the_admin(
    client, deskadmin, manager, model
):
    make_escalation(by=manager)
    client.force_login(deskadmin)
    assert client.get(reverse(f"admin:escalations_{model}_changelist")).status_code == 200
    assert client.get(reverse(f"admin:escalations_{model}_add")).status_code == 403


def test_an_admin_post_cannot_rewrite_a_brief(client, deskadmin, manager):
    case = make_escalation(by=manager, title="Original title")
    client.force_login(deskadmin)
    url = reverse("admin:escalations_escalation_change", args=[case.pk])
    assert client.get(url).status_code == 200  # viewable
    client.post(url, {"title": "Rewritten quietly"})
    case.refresh_from_db()
    assert case.title == "Original title"


# --- Visibility (DESIGN.md "Visibility"): admin lists apply the desk's Sev-1 rule -------------

CASE_MODELS = [
    ("escalations", "escalation"),
    ("escalations", "interaction"),
    ("escalations", "troubleshootingstep"),
    ("escalations", "timelineevent"),
    ("escalations", "artifact"),
    ("triage", "triagerun"),
    ("triage", "triageoverride"),
    ("triage", "triagefeedback"),
]


@pytest.fixture
def staff_manager(db):
    user = User.objects.create_user("stan", "stan@desk.test", "pw", is_staff=True)
    user.groups.add(Group.objects.get(name="Support Manager"))
    return user


def _worked_case(*, by, title: str, severity: int):
    """A case with one record of every kind the admin lists: parts, triage run, override,
    feedback. The override, by a desk admin, sets the severity the test needs."""
    case = make_escalation(by=by, title=title)
    Artifact.objects.create(
        escalation=case, label=f"{title} log", content="stack trace", created_by=by, created_at=NOW
    )
    workflow.retriage(case, trigger=TriageRun.Trigger.SEED, now=NOW)
    workflow.override_triage(
        case, severity=severity, lane=None, reason=f"{title}: set by hand", by=by, now=NOW
    )
    triage.give_feedback(case.triage_runs.first(), verdict="right", by=by, now=NOW)
    case.refresh_from_db()
    assert case.severity == severity
    return case


@pytest.fixture
def two_cases(deskadmin):
    hidden = _worked_case(by=deskadmin, title="Hidden breach", severity=1)
    shown = _worked_case(by=deskadmin, title="Shown slowness", severity=2)
    return hidden, shown


def _changelist(client, app: str, model: str):
    response = client.get(reverse(f"admin:{app}_{model}_changelist"))
    assert response.status_code == 200
    return response


@pytest.mark.parametrize(("app", "model"), CASE_MODELS)
def test_a_staff_manager_does_not_find_a_sev1_case_they_are_not_on_in_admin_lists(
    client, staff_manager, two_cases, app, model
):
    hidden, shown = two_cases
    client.force_login(staff_manager)
    response = _changelist(client, app, model)
    # The list and its count ("N results") hold only the visible case's records.
    assert response.context["cl"].full_result_count == _rows_of(app, model, shown)
    rows = {
        getattr(obj, "escalation_id", None) or _case_of(obj)
        for obj in response.context["cl"].result_list
    }
    assert rows == {shown.pk}
    assert hidden.reference not in response.content.decode()


def _rows_of(app: str, model: str, case) -> int:
    if model == "escalation":
        return 1
    path = "run__escalation" if model == "triagefeedback" else "escalation"
    return apps.get_model(app, model).objects.filter(**{path: case}).count()


def _case_of(obj) -> int:
    if hasattr(obj, "run"):
        return obj.run.escalation_id
    return obj.pk


@pytest.mark.parametrize(("app", "model"), CASE_MODELS)
def test_a_desk_admin_finds_every_case_in_admin_lists(client, deskadmin, two_cases, app, model):
    hidden, shown = two_cases
    client.force_login(deskadmin)
    result = _changelist(client, app, model).context["cl"].result_list
    assert {getattr(obj, "escalation_id", None) or _case_of(obj) for obj in result} == {
        hidden.pk,
        shown.pk,
    }


@pytest.mark.parametrize(("app", "model"), CASE_MODELS)
def test_a_hidden_case_record_change_page_is_as_missing(
    client, staff_manager, two_cases, app, model
):
    hidden, shown = two_cases
    Model = apps.get_model(app, model)
    path = "run__escalation" if model == "triagefeedback" else "escalation"
    if model == "escalation":
        hidden_row, shown_row = hidden, shown
    else:
        hidden_row = Model.objects.filter(**{path: hidden}).first()
        shown_row = Model.objects.filter(**{path: shown}).first()
    client.force_login(staff_manager)
    assert (
        client.get(reverse(f"admin:{app}_{model}_change", args=[shown_row.pk])).status_code == 200
    )
    response = client.get(reverse(f"admin:{app}_{model}_change", args=[hidden_row.pk]))
    # Django's admin answers a row outside its queryset as a missing one: back to the index
    # with "doesn't exist", never the page.
    assert response.status_code == 302 and response["Location"] == reverse("admin:index")
    assert "Hidden breach" not in client.get(response["Location"]).content.decode()


def test_the_sev1_case_creator_finds_it_in_the_admin(client, staff_manager):
    hidden = _worked_case(by=staff_manager, title="My own breach", severity=1)
    client.force_login(staff_manager)
    assert (
        client.get(reverse("admin:escalations_escalation_change", args=[hidden.pk])).status_code
        == 200
    )
