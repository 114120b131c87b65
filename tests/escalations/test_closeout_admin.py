"""Root causes and triggers are admin-edited lists (DESIGN.md "Close-out": "admin-editable");
a row a close-out uses is retired, never deleted; close-outs are read-only in the admin."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import User
from django.urls import reverse

from escalations import workflow
from escalations.forms import CloseOutForm
from escalations.models import CloseOut, RootCause, Trigger
from tests.conftest import NOW
from tests.escalations.closeout import closeout_values, resolved_case


@pytest.fixture
def superuser(db) -> User:
    return User.objects.create_superuser("root", "root@desk.test", "pw")


@pytest.fixture
def closed(agent, manager):
    case = resolved_case(agent, manager)
    workflow.close_escalation(case, closeout_values(), by=manager, now=NOW)
    return case


def change_url(row) -> str:
    return reverse(f"admin:escalations_{row._meta.model_name}_change", args=[row.pk])


def _post_row(client, row, **changes):
    data = {
        "name": row.name,
        "description": row.description,
        "active": "on" if row.active else "",
        "order": row.order,
    }
    if isinstance(row, RootCause):
        data["function"] = row.function
    data.update(changes)
    return client.post(change_url(row), {k: v for k, v in data.items() if v != ""})


def test_desk_admins_list_root_causes_with_function_active_order_and_use(client, deskadmin, closed):
    client.force_login(deskadmin)
    html = client.get(reverse("admin:escalations_rootcause_changelist")).content.decode()
    for text in ("Product bug", "Engineering", "Knowledge-base gap", "Support Ops", "Close-outs"):
        assert text in html, text
    assert client.get(reverse("admin:escalations_trigger_changelist")).status_code == 200


def test_a_desk_admin_edits_and_adds_rows(client, deskadmin):
    client.force_login(deskadmin)
    bug = RootCause.objects.get(slug="product-bug")

    response = _post_row(client, bug, name="Product defect", description="A defect we shipped.")

    assert response.status_code == 302
    bug.refresh_from_db()
    assert bug.name == "Product defect" and bug.slug == "product-bug"  # the slug stays
    response = client.post(
        reverse("admin:escalations_trigger_add"),
        {"name": "Security review", "slug": "security-review", "order": 10, "active": "on"},
    )
    assert response.status_code == 302
    assert Trigger.objects.get(slug="security-review").active


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("   ", "This field is required."),
        ("PRODUCT bug", "“Product bug” already exists"),
        ("  knowledge-base   GAP ", "“Knowledge-base gap” already exists"),
    ],
)
def test_names_must_be_given_and_differ_by_more_than_capitals(client, deskadmin, name, message):
    client.force_login(deskadmin)
    process = RootCause.objects.get(slug="process-failure")

    response = _post_row(client, process, name=name)

    assert response.status_code == 200
    assert message in response.content.decode()
    process.refresh_from_db()
    assert process.name == "Process failure"


def test_retiring_takes_a_row_off_the_closeout_form_and_keeps_it_on_the_cases(
    client, deskadmin, closed
):
    client.force_login(deskadmin)
    bug = RootCause.objects.get(slug="product-bug")

    response = client.post(
        reverse("admin:escalations_rootcause_changelist"),
        {"action": "retire", "_selected_action": [bug.pk]},
        follow=True,
    )

    assert "1 retired" in response.content.decode()
    bug.refresh_from_db()
    assert bug.active is False
    assert CloseOut.objects.get(escalation=closed).root_cause == bug
    offered = CloseOutForm(escalation=closed).fields["root_cause"].queryset
    assert bug not in offered and offered.exists()


def test_the_last_offered_row_cannot_be_retired(client, deskadmin):
    client.force_login(deskadmin)
    everyone = list(Trigger.objects.values_list("pk", flat=True))

    response = client.post(
        reverse("admin:escalations_trigger_changelist"),
        {"action": "retire", "_selected_action": everyone},
        follow=True,
    )

    assert "At least one trigger must stay offered" in response.content.decode()
    assert Trigger.objects.filter(active=True).count() == len(everyone)


def test_a_used_root_cause_is_not_deleted_and_the_admin_says_retire(client, superuser, closed):
    client.force_login(superuser)
    bug = RootCause.objects.get(slug="product-bug")
    delete = reverse("admin:escalations_rootcause_delete", args=[bug.pk])

    for response in (
        client.get(delete, follow=True),
        client.post(delete, {"post": "yes"}, follow=True),
        client.post(
            reverse("admin:escalations_rootcause_changelist"),
            {"action": "delete_selected", "_selected_action": [bug.pk], "post": "yes"},
            follow=True,
        ),
    ):
        assert response.status_code == 200
        html = response.content.decode()
        assert "Not deleted: close-outs use “Product bug”" in html
        assert "Retire it instead" in html
    assert RootCause.objects.filter(pk=bug.pk).exists()


def test_an_unused_row_can_be_deleted(client, superuser, closed):
    client.force_login(superuser)
    unused = RootCause.objects.get(slug="policy-ambiguity")

    response = client.post(
        reverse("admin:escalations_rootcause_delete", args=[unused.pk]), {"post": "yes"}
    )

    assert response.status_code == 302
    assert not RootCause.objects.filter(pk=unused.pk).exists()


def test_closeouts_are_read_only_in_the_admin(client, deskadmin, closed):
    client.force_login(deskadmin)
    record = CloseOut.objects.get(escalation=closed)

    assert client.get(reverse("admin:escalations_closeout_changelist")).status_code == 200
    assert client.get(change_url(record)).status_code == 200
    assert client.get(reverse("admin:escalations_closeout_add")).status_code == 403
    client.post(change_url(record), {"avoidable": "on", "exit_criteria_met": ""})
    record.refresh_from_db()
    assert record.avoidable is False and record.exit_criteria_met is True
