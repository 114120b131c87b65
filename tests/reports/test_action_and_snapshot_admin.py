"""Action items and snapshots in the admin: desk admins read them there, nobody edits them
there (action items are edited on the desk, under the lock; snapshots never change)."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from django.urls import reverse

from escalations.models import RootCause
from reports import actions
from reports.periods import parse
from reports.tasks import take_monthly_snapshot, take_quarter_snapshot
from tests.conftest import NOW, make_escalation

pytestmark = pytest.mark.django_db


@pytest.fixture
def item(manager):
    return actions.raise_item(
        period=parse("2026-Q3"),
        root_cause=RootCause.objects.get(slug="product-bug"),
        title="Fix <b>export</b> retry",
        function="engineering",
        owner=manager,
        due_date=date(2026, 12, 15),
        by=manager,
        now=NOW,
    )


def test_a_desk_admin_reads_action_items_in_the_admin_and_is_sent_to_the_desk_to_edit(
    client, deskadmin, item
):
    client.force_login(deskadmin)

    listing = client.get(reverse("admin:reports_actionitem_changelist"))
    page = client.get(reverse("admin:reports_actionitem_change", args=[item.pk]))

    assert (
        listing.status_code == 200
        and "Fix &lt;b&gt;export&lt;/b&gt; retry" in listing.content.decode()
    )
    html = page.content.decode()
    assert page.status_code == 200
    assert f'href="/reports/actions/{item.pk}/"' in html
    assert 'name="title"' not in html  # no form field: read-only
    assert client.get(reverse("admin:reports_actionitem_add")).status_code == 403


def test_a_snapshot_is_read_only_in_the_admin_and_its_text_escaped(client, agent, deskadmin):
    make_escalation(
        by=agent,
        at=datetime.fromisoformat("2026-10-14T09:00:00+00:00"),
        severity=1,
        title="<script>alert(1)</script>",
    )
    snapshot = take_monthly_snapshot(datetime.fromisoformat("2026-11-01T00:05:00+00:00"))
    client.force_login(deskadmin)

    page = client.get(reverse("admin:reports_snapshot_change", args=[snapshot.pk]))

    html = page.content.decode()
    assert page.status_code == 200
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "<script>alert(1)</script>" not in html
    assert 'name="figures"' not in html
    delete = reverse("admin:reports_snapshot_delete", args=[snapshot.pk])
    assert client.post(delete, {"post": "yes"}).status_code == 403


def test_a_quarter_snapshot_is_read_only_in_the_admin_for_a_desk_admin(client, agent, deskadmin):
    from reports.models import QuarterSnapshot

    make_escalation(
        by=agent,
        at=datetime.fromisoformat("2026-08-14T09:00:00+00:00"),
        severity=1,
        title="<b>Exports</b> fail",
    )
    # The 1st of October closes Q3: the schedule stores its figures after September's.
    quarter = take_quarter_snapshot(datetime.fromisoformat("2026-10-01T00:05:00+00:00"))
    assert quarter == QuarterSnapshot.objects.get(quarter="2026-Q3")
    client.force_login(deskadmin)

    listing = client.get(reverse("admin:reports_quartersnapshot_changelist"))
    page = client.get(reverse("admin:reports_quartersnapshot_change", args=[quarter.pk]))

    assert listing.status_code == 200 and "2026-Q3" in listing.content.decode()
    html = page.content.decode()
    assert page.status_code == 200
    assert "&lt;b&gt;Exports&lt;/b&gt; fail" in html and "<b>Exports</b>" not in html
    assert 'name="figures"' not in html
    assert client.get(reverse("admin:reports_quartersnapshot_add")).status_code == 403
    delete = reverse("admin:reports_quartersnapshot_delete", args=[quarter.pk])
    assert client.post(delete, {"post": "yes"}).status_code == 403
    assert QuarterSnapshot.objects.filter(pk=quarter.pk).exists()
