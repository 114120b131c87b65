"""Desk admins edit the matrix, its roles, roster, executive row and update templates in the
admin; a bad value is refused with its message next to the field and what was typed is kept.
Other staff may at most look.
"""

from __future__ import annotations

import html as html_lib
import re

import pytest
from django.contrib.auth.models import Group, User
from django.urls import reverse

from matrix.models import ExecutiveRow, MatrixCell, Role, RosterEntry, UpdateTemplate
from tests.matrix.conftest import desk_person, hold

CELL_FIELDS = (
    "target_team",
    "owner_role",
    "authority_role",
    "comms_role",
    "acknowledge_minutes",
    "investigate_minutes",
    "resolve_minutes",
    "update_minutes",
    "auto_escalate_minutes",
    "auto_escalation",
    "update_cadence",
    "involve",
    "protocol",
)


def field_row(page: str, name: str) -> str:
    """The admin's form row of one field: its label, input, message and help."""
    match = re.search(rf'<div class="form-row[^"]*\bfield-{name}\b', page)
    assert match, f"no form row for {name}"
    end = page.find('<div class="form-row', match.end())
    return page[match.start() : end if end != -1 else len(page)]


def errors_in(row: str) -> list[str]:
    return [html_lib.unescape(e) for e in re.findall(r"<li>(.*?)</li>", row)]


def sev1_technical() -> MatrixCell:
    return MatrixCell.objects.get(severity=1, category="technical")


def cell_data(cell: MatrixCell, **changes) -> dict[str, str]:
    data = {}
    for name in CELL_FIELDS:
        value = getattr(cell, f"{name}_id" if name.endswith("_role") else name)
        data[name] = "" if value is None else str(value)
    data.update({k: str(v) for k, v in changes.items()})
    return data


def post_cell(client, cell: MatrixCell, **changes):
    url = reverse("admin:matrix_matrixcell_change", args=[cell.pk])
    return client.post(url, cell_data(cell, **changes))


@pytest.fixture
def admin_client_(client, deskadmin):
    client.force_login(deskadmin)
    return client


# --- the lists -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "model", ["role", "rosterentry", "matrixcell", "executiverow", "updatetemplate"]
)
def test_desk_admins_open_every_matrix_list(admin_client_, model):
    assert admin_client_.get(reverse(f"admin:matrix_{model}_changelist")).status_code == 200


def test_the_cell_list_shows_targets_as_people_say_them(admin_client_):
    page = admin_client_.get(reverse("admin:matrix_matrixcell_changelist")).content.decode()
    row = next(r for r in page.split("<tr") if "Sev-1 critical × Technical" in r)
    for expected in (
        "Engineering / Tier 2",
        "Engineering lead (Tier 2)",
        "VP Customer Success",
        "Regional CSM manager",
        "15 min",
        "4 h",
    ):
        assert expected in row, expected


def test_the_role_list_shows_limits_and_the_ladder(admin_client_):
    page = admin_client_.get(reverse("admin:matrix_role_changelist")).content.decode()
    rows = {r.split("</a>")[0].rsplit(">", 1)[-1]: r for r in page.split("<tr")[1:]}
    assert "up to $5,000" in rows["Support manager on duty"]
    assert "Support director" in rows["Support manager on duty"]
    assert "any amount" in rows["CRO"]
    assert "none" in rows["Engineering lead (Tier 2)"]


# --- matrix cells --------------------------------------------------------------------------


def test_a_valid_change_is_saved(admin_client_):
    cell = sev1_technical()
    response = post_cell(admin_client_, cell, acknowledge_minutes=10, update_minutes="")
    assert response.status_code == 302
    cell.refresh_from_db()
    assert cell.acknowledge_minutes == 10
    assert cell.update_minutes is None  # the update interval is optional: "on change"


def test_acknowledge_after_resolve_is_refused_next_to_resolve_and_the_typing_kept(admin_client_):
    cell = sev1_technical()
    response = post_cell(
        admin_client_, cell, acknowledge_minutes=300, investigate_minutes=320, involve="Typed"
    )
    assert response.status_code == 200
    page = response.content.decode()
    assert "Resolve must be later than acknowledge." in errors_in(
        field_row(page, "resolve_minutes")
    )
    assert 'value="300"' in field_row(page, "acknowledge_minutes")
    assert 'value="Typed"' in field_row(page, "involve")
    cell.refresh_from_db()
    assert cell.acknowledge_minutes == 15


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        ({"investigate_minutes": 15}, "investigate_minutes", "later than acknowledge"),
        ({"investigate_minutes": 241}, "investigate_minutes", "cannot be later than resolve"),
        ({"auto_escalate_minutes": 10}, "auto_escalate_minutes", "not before acknowledge"),
        ({"acknowledge_minutes": 0}, "acknowledge_minutes", "greater than or equal to 1"),
        ({"resolve_minutes": -5}, "resolve_minutes", "greater than or equal to"),
        ({"update_minutes": 0}, "update_minutes", "greater than or equal to 1"),
        ({"auto_escalate_minutes": ""}, "auto_escalate_minutes", "This field is required."),
        ({"owner_role": ""}, "owner_role", "This field is required."),
        ({"authority_role": ""}, "authority_role", "This field is required."),
        ({"comms_role": ""}, "comms_role", "This field is required."),
    ],
)
def test_bad_targets_and_missing_roles_are_refused_next_to_the_field(
    admin_client_, changes, field, message
):
    cell = sev1_technical()
    before = cell_data(cell)
    response = post_cell(admin_client_, cell, **changes)
    assert response.status_code == 200
    row_errors = errors_in(field_row(response.content.decode(), field))
    assert any(message in e for e in row_errors), row_errors
    assert cell_data(MatrixCell.objects.get(pk=cell.pk)) == before


def test_a_cells_place_in_the_grid_cannot_move_or_be_deleted(admin_client_):
    cell = sev1_technical()
    post_cell(admin_client_, cell, severity=4, category="billing")
    cell.refresh_from_db()
    assert (cell.severity, cell.category) == (1, "technical")
    delete = reverse("admin:matrix_matrixcell_delete", args=[cell.pk])
    assert admin_client_.post(delete, {"post": "yes"}).status_code == 403
    assert MatrixCell.objects.filter(pk=cell.pk).exists()


# --- roles and roster ----------------------------------------------------------------------


def role_data(role: Role, **changes) -> dict[str, str]:
    data = {
        "name": role.name,
        "seniority": str(role.seniority),
        "regional": "on" if role.regional else "",
        "escalates_to": str(role.escalates_to_id or ""),
        "approval_limit": "" if role.approval_limit is None else str(role.approval_limit),
        "approves_any_amount": "on" if role.approves_any_amount else "",
        "holders-TOTAL_FORMS": "0",
        "holders-INITIAL_FORMS": "0",
        "holders-MIN_NUM_FORMS": "0",
        "holders-MAX_NUM_FORMS": "1000",
    }
    data.update({k: str(v) for k, v in changes.items()})
    return {k: v for k, v in data.items() if v != ""}


def test_a_limit_with_any_amount_is_refused_next_to_the_limit(admin_client_):
    cro = Role.objects.get(name="CRO")
    url = reverse("admin:matrix_role_change", args=[cro.pk])
    response = admin_client_.post(url, role_data(cro, approval_limit="50000"))
    assert response.status_code == 200
    row = field_row(response.content.decode(), "approval_limit")
    assert "Leave the limit empty when the role approves any amount." in errors_in(row)
    assert 'value="50000"' in row
    cro.refresh_from_db()
    assert cro.approval_limit is None


def test_a_role_escalates_only_to_a_more_senior_one(admin_client_):
    vpcs = Role.objects.get(name="VP Customer Success")
    duty = Role.objects.get(name="Support manager on duty")
    url = reverse("admin:matrix_role_change", args=[vpcs.pk])
    response = admin_client_.post(url, role_data(vpcs, escalates_to=duty.pk))
    assert response.status_code == 200
    row_errors = errors_in(field_row(response.content.decode(), "escalates_to"))
    assert any("more senior role" in e for e in row_errors), row_errors
    vpcs.refresh_from_db()
    assert vpcs.escalates_to.name == "CRO"


def test_the_role_page_lists_its_holders_and_adds_one(admin_client_, manager):
    duty = Role.objects.get(name="Support manager on duty")
    hold(manager, "Support manager on duty")
    sam = desk_person("sam", "Support Manager", "Sam", "Second")
    url = reverse("admin:matrix_role_change", args=[duty.pk])
    page = admin_client_.get(url).content.decode()
    assert "Molly Manager (molly)" in page

    entry = RosterEntry.objects.get(role=duty, person=manager)
    data = role_data(duty)
    data.update(
        {
            "holders-TOTAL_FORMS": "2",
            "holders-INITIAL_FORMS": "1",
            "holders-0-id": str(entry.pk),
            "holders-0-role": str(duty.pk),
            "holders-0-person": str(manager.pk),
            "holders-0-order": "0",
            "holders-0-away": "on",
            "holders-1-role": str(duty.pk),
            "holders-1-person": str(sam.pk),
            "holders-1-order": "1",
        }
    )
    assert admin_client_.post(url, data).status_code == 302
    holders = {e.person.username: e.away for e in RosterEntry.objects.filter(role=duty)}
    assert holders == {"molly": True, "sam": False}


def test_the_roster_offers_only_desk_people(admin_client_, manager, outsider):
    page = admin_client_.get(reverse("admin:matrix_rosterentry_add")).content.decode()
    person = field_row(page, "person")
    assert "Molly Manager (molly)" in person
    assert "oscar" not in person


def test_a_region_on_a_role_that_is_not_regional_is_refused(admin_client_, manager):
    billing = Role.objects.get(name="Billing lead")
    data = {"role": billing.pk, "person": manager.pk, "region": "EMEA", "order": 0}
    response = admin_client_.post(reverse("admin:matrix_rosterentry_add"), data)
    assert response.status_code == 200
    row = field_row(response.content.decode(), "region")
    assert "Billing lead is not regional: leave the region empty." in errors_in(row)
    assert 'value="EMEA"' in row
    assert not RosterEntry.objects.exists()


def test_the_roster_list_filters_by_role_region_and_away(admin_client_, manager):
    rhea = desk_person("rhea", "Support Manager", "Rhea", "Regional")
    rick = desk_person("rick", "Support Manager", "Rick", "Regional")
    hold(rhea, "Regional CSM manager", region="EMEA")
    RosterEntry.objects.filter(pk=hold(rick, "Regional CSM manager", region="NA").pk).update(
        away=True
    )
    hold(manager, "Support manager on duty")
    url = reverse("admin:matrix_rosterentry_changelist")

    away = admin_client_.get(url, {"away__exact": "1"}).content.decode()
    assert "Rick Regional" in away and "Rhea Regional" not in away
    emea = admin_client_.get(url, {"region": "EMEA"}).content.decode()
    assert "Rhea Regional" in emea and "Rick Regional" not in emea
    role = Role.objects.get(name="Support manager on duty")
    duty = admin_client_.get(url, {"role__id__exact": role.pk}).content.decode()
    assert "Molly Manager" in duty and "Rhea Regional" not in duty


# --- the executive row ---------------------------------------------------------------------


def test_there_is_one_executive_row_to_edit_never_to_add_or_delete(admin_client_):
    row = ExecutiveRow.objects.get()
    assert admin_client_.get(reverse("admin:matrix_executiverow_add")).status_code == 403
    delete = reverse("admin:matrix_executiverow_delete", args=[row.pk])
    assert admin_client_.post(delete, {"post": "yes"}).status_code == 403
    url = reverse("admin:matrix_executiverow_change", args=[row.pk])
    data = {
        "owner_role": row.owner_role_id,
        "acknowledge_minutes": 90,
        "full_update_minutes": 480,
        "follow_up_days": 7,
        "guidance": row.guidance,
    }
    assert admin_client_.post(url, data).status_code == 302
    assert ExecutiveRow.objects.get().acknowledge_minutes == 90

    response = admin_client_.post(url, data | {"full_update_minutes": 0})
    assert response.status_code == 200
    errors = errors_in(field_row(response.content.decode(), "full_update_minutes"))
    assert any("greater than or equal to 1" in e for e in errors)


# --- update templates ----------------------------------------------------------------------


def test_the_template_page_lists_the_placeholders(admin_client_):
    template = UpdateTemplate.objects.get(purpose="progress")
    page = admin_client_.get(
        reverse("admin:matrix_updatetemplate_change", args=[template.pk])
    ).content.decode()
    for name in ("{contact}", "{committed_time}", "{previous_lead}"):
        assert f"<code>{name}</code>" in page


def test_unknown_placeholders_are_refused_by_name_and_the_text_kept(admin_client_):
    template = UpdateTemplate.objects.get(purpose="progress")
    url = reverse("admin:matrix_updatetemplate_change", args=[template.pk])
    body = "Dear {contct},\n\nNext: {Next_Step}. Yours, {sender}"
    response = admin_client_.post(
        url, {"purpose": "progress", "subject": template.subject, "body": body}
    )
    assert response.status_code == 200
    row = field_row(response.content.decode(), "body")
    errors = errors_in(row)
    assert "Unknown placeholder {contct}." in errors
    assert "Unknown placeholder {Next_Step}." in errors
    assert not any("{sender}" in e and "Unknown" in e for e in errors)
    assert html_lib.escape("Dear {contct},") in row
    template.refresh_from_db()
    assert "{contct}" not in template.body


def test_the_preview_fills_sample_values_and_escapes_the_text(admin_client_):
    template = UpdateTemplate.objects.get(purpose="progress")
    template.body = "Dear {contact},\n<script>alert(1)</script> next: {next_step}"
    template.save()
    page = admin_client_.get(
        reverse("admin:matrix_updatetemplate_change", args=[template.pk])
    ).content.decode()
    preview = field_row(page, "preview")
    assert "Dear Pat Jordan,<br>" in preview
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in preview and "<script>" not in preview
    assert "replaying last night" in preview


# --- who may edit --------------------------------------------------------------------------


@pytest.fixture
def staff_manager(db) -> User:
    """A support manager who was given admin access (is_staff) for other reasons."""
    user = User.objects.create_user("stan", password="pw", is_staff=True)
    user.groups.add(Group.objects.get(name="Support Manager"))
    return user


def test_a_staff_support_manager_may_look_at_cells_but_not_change_them(client, staff_manager):
    client.force_login(staff_manager)
    cell = sev1_technical()
    url = reverse("admin:matrix_matrixcell_change", args=[cell.pk])
    page = client.get(url)
    assert page.status_code == 200
    assert 'name="acknowledge_minutes"' not in page.content.decode()  # view only
    assert client.post(url, cell_data(cell, acknowledge_minutes=1)).status_code == 403
    cell.refresh_from_db()
    assert cell.acknowledge_minutes == 15
    assert client.get(reverse("admin:matrix_matrixcell_add")).status_code == 403


@pytest.mark.parametrize("model", ["rosterentry", "executiverow", "updatetemplate"])
def test_a_staff_support_manager_cannot_open_the_rest(client, staff_manager, model):
    client.force_login(staff_manager)
    assert client.get(reverse(f"admin:matrix_{model}_changelist")).status_code == 403


def test_a_staff_support_manager_cannot_change_a_role_or_its_limit(client, staff_manager):
    client.force_login(staff_manager)
    duty = Role.objects.get(name="Support manager on duty")
    url = reverse("admin:matrix_role_change", args=[duty.pk])
    assert client.post(url, role_data(duty, approval_limit="999999")).status_code == 403
    duty.refresh_from_db()
    assert duty.approval_limit == 5000


# --- a changed target reaches open cases (issue 9 item 1) ----------------------------------


def test_a_changed_target_retargets_open_cases_from_now_and_says_so(admin_client_, roster, agent):
    from datetime import timedelta

    from escalations.models import TimelineEvent
    from matrix import clocks
    from matrix.models import Clock
    from tests.conftest import NOW, assert_timeline_has, make_customer, make_escalation
    from tests.matrix.conftest import staff

    case = make_escalation(by=agent, severity=1, customer=make_customer(region="EMEA"))
    staff(case)
    clocks.start(case, now=NOW)
    cell = sev1_technical()
    response = post_cell(admin_client_, cell, resolve_minutes=360)
    assert response.status_code == 302
    # Sev-1 resolve 4 h → 6 h, counted from the case's start (no time has passed at NOW).
    resolve = Clock.objects.get(escalation=case, kind="resolve")
    assert resolve.due_at == NOW + timedelta(hours=6)
    assert_timeline_has(case, TimelineEvent.Kind.SLA, "Resolve: 4 h → 6 h")
    # A save that changes no target leaves the cases alone.
    post_cell(admin_client_, sev1_technical(), update_cadence="daily")
    assert TimelineEvent.objects.filter(escalation=case, kind="sla").count() == 1
