"""The desk's other pages, and the admin's, load in Chromium with no console error and no CSP
violation (issue 11 item 1: "every page visited"), for the people who use them."""

from __future__ import annotations

import pytest

from .world import busy_desk

pytestmark = [
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.xdist_group("browser"),
]


def test_the_other_desk_and_admin_pages_raise_no_console_error(
    open_desk, roster, agent, executive, deskadmin
):
    case = busy_desk(agent)[0]
    manager = open_desk(roster.duty)
    for path in (
        "/customers/",
        f"/customers/{case.customer_id}/",
        "/matrix/",
        "/reports/2026-10/",
        "/reports/2026-Q4/",
        "/reports/actions/",
        "/reports/actions/new/",
        "/notifications/settings/",
        f"/escalations/{case.pk}/edit/",
        f"/escalations/{case.pk}/?timeline=decisions",
        f"/escalations/{case.pk}/updates/new/",
        "/?view=all&sla=amber",
        "/?q=report",
    ):
        manager.visit(path)
    open_desk(executive).visit("/reports/")  # redirects to the latest complete month
    admin = open_desk(deskadmin)
    for path in (
        "/admin/",
        "/admin/triage/triageconfig/",
        "/admin/triage/triggerphrase/",
        "/admin/triage/triggerphrase/add/",
        "/admin/escalations/escalation/",
        f"/admin/escalations/escalation/{case.pk}/change/",
    ):
        admin.visit(path)
