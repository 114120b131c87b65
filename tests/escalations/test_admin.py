"""Cases change only through the desk, so the timeline and triage see every change."""

from __future__ import annotations

import pytest
from django.urls import reverse

from tests.conftest import make_escalation


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
