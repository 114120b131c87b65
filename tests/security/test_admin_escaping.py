"""The admin's fields that render HTML escape user text (issue 11 item 3).

Django's admin escapes what it renders itself; what can go wrong is our own HTML:
format_html/mark_safe in */admin.py. Each such place is listed here with the user text it
shows, and rendered with a script tag in that text. A new one fails the first test until it
is looked at and added; mark_safe (which escapes nothing) is refused outright.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from django.contrib.auth.models import User
from django.test import Client
from django.urls import reverse

from escalations.models import Customer, Escalation
from matrix.models import UpdateTemplate
from reports.models import ActionItem, Snapshot
from tests.conftest import NOW, make_escalation

from .production import ROOT

SCRIPT = "<script>alert('xss')</script>"
ESCAPED = "&lt;script&gt;alert(&#x27;xss&#x27;)&lt;/script&gt;"
IMG = '<img src=x onerror="alert(1)">'

# Every HTML-building call in the admin modules, and the test below that renders it.
KNOWN = {
    ("matrix/admin.py", "_placeholder_help"): "constants only (PLACEHOLDERS)",
    ("matrix/admin.py", "preview"): "test_an_update_templates_preview_escapes_its_text",
    ("reports/admin.py", "on_the_desk"): "test_an_action_items_admin_escapes_its_text",
    ("reports/admin.py", "figures_shown"): "test_a_snapshots_figures_are_escaped",
}


def _html_builders() -> set[tuple[str, str]]:
    """(module, function) for every format_html/format_html_join/mark_safe in */admin.py."""
    found = set()
    for path in sorted(ROOT.glob("*/admin.py")):
        if path.parts[-2] in {".venv", "bench"}:
            continue
        function = "<module>"
        for line in path.read_text().splitlines():
            if match := re.match(r"\s*def (\w+)", line):
                function = match.group(1)
            if re.search(r"\b(format_html(_join)?|mark_safe|SafeString)\(", line):
                found.add((str(Path(path).relative_to(ROOT)), function))
            assert "mark_safe(" not in line and "|safe" not in line, f"{path}: {line.strip()}"
    return found


def test_every_html_building_admin_field_is_known_and_tested():
    unknown = _html_builders() - set(KNOWN)
    assert not unknown, (
        f"new HTML built in the admin: {sorted(unknown)}; escape user text with format_html "
        "and add a test here that renders it with a script tag"
    )


@pytest.fixture
def admin_client(db) -> Client:
    superuser = User.objects.create_superuser("root", "root@desk.test", "pw")
    client = Client()
    client.force_login(superuser)
    return client


def assert_escaped(response) -> None:
    page = response.content.decode()
    assert response.status_code == 200
    assert SCRIPT not in page and IMG not in page
    assert ESCAPED in page


def test_an_update_templates_preview_escapes_its_text(admin_client):
    template = UpdateTemplate.objects.order_by("pk").first()
    template.subject = f"{SCRIPT} update"
    template.body = f"{IMG}\nSecond line {SCRIPT}"
    template.save()
    response = admin_client.get(reverse("admin:matrix_updatetemplate_change", args=[template.pk]))
    assert_escaped(response)
    page = response.content.decode()
    assert "&lt;img src=x onerror=&quot;alert(1)&quot;&gt;<br>Second line" in page
    listing = admin_client.get(reverse("admin:matrix_updatetemplate_changelist"))
    assert_escaped(listing)


def test_a_snapshots_figures_are_escaped(admin_client):
    snapshot = Snapshot.objects.create(
        month="2026-09",
        figures={"systemic": [{"title": SCRIPT, "note": IMG}]},
        taken_at=NOW,
    )
    response = admin_client.get(reverse("admin:reports_snapshot_change", args=[snapshot.pk]))
    page = response.content.decode()
    assert response.status_code == 200
    assert SCRIPT not in page and IMG not in page
    assert "&lt;script&gt;" in page and "&lt;img src=x" in page


def test_an_action_items_admin_escapes_its_text(admin_client, world):
    item = ActionItem.objects.get(pk=world.action_item_id)
    ActionItem.objects.filter(pk=item.pk).update(title=SCRIPT, outcome=IMG)
    change = admin_client.get(reverse("admin:reports_actionitem_change", args=[item.pk]))
    assert_escaped(change)
    assert f'<a href="{item.get_absolute_url()}">Edit it on the desk</a>' in change.content.decode()
    assert_escaped(admin_client.get(reverse("admin:reports_actionitem_changelist")))


def test_user_text_in_the_admins_lists_and_forms_is_escaped(admin_client, agent):
    case = make_escalation(by=agent, title=SCRIPT, summary=IMG)
    Customer.objects.filter(pk=case.customer_id).update(name=f"{SCRIPT} Inc")
    for url in (
        reverse("admin:escalations_escalation_changelist"),
        reverse("admin:escalations_escalation_change", args=[case.pk]),
        reverse("admin:escalations_customer_changelist"),
        reverse("admin:escalations_timelineevent_changelist"),
        reverse("admin:escalations_escalation_changelist") + f"?q={SCRIPT}",
    ):
        assert_escaped(admin_client.get(url))
    assert Escalation.objects.filter(title=SCRIPT).exists()  # stored as typed, shown escaped


def test_the_admins_search_takes_hostile_text(admin_client):
    for value in (SCRIPT, "a\x00b", "'; DROP TABLE x; --", "99999999999999999999"):
        for url in (
            reverse("admin:escalations_escalation_changelist"),
            reverse("admin:triage_triggerphrase_changelist"),
            reverse("admin:reports_actionitem_changelist"),
        ):
            assert admin_client.get(url, {"q": value}).status_code == 200, (url, value)
