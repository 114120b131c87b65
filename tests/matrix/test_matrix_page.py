"""/matrix/: the whole grid, read-only, for managers, executives and desk admins; printable.

Decided for issue 8: agents get a 403 that says who the grid is shared with (the targets of
their own cases are on the case page); users with no desk role get the desk's 403.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.auth.models import User
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from matrix.models import MatrixCell, Role, RosterEntry
from tests.matrix.conftest import desk_person, hold

URL = "/matrix/"


def page(client, user) -> str:
    client.force_login(user)
    response = client.get(URL)
    assert response.status_code == 200
    return response.content.decode()


def text(html: str) -> str:
    """What a reader sees: tags dropped, whitespace collapsed."""
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))


def section(html: str, heading_id: str) -> str:
    start = html.index(f'id="{heading_id}"')
    end = html.find("</section>", start)
    return text(html[start:end])


def test_the_url_is_named_matrix_grid():
    assert reverse("matrix:grid") == URL


@pytest.mark.parametrize("who", ["manager", "executive", "deskadmin"])
def test_managers_executives_and_desk_admins_read_the_grid(db, client, request, who):
    html = page(client, request.getfixturevalue(who))
    seen = text(html)
    for label in ("Sev-1 critical", "Sev-2 high", "Sev-3 medium", "Sev-4 low"):
        assert label in seen
    assert "Executive escalations" in seen
    assert "<form" not in html.split('id="main"')[1]  # read-only: nothing to submit


def test_agents_are_told_who_the_grid_is_shared_with(client, agent):
    client.force_login(agent)
    response = client.get(URL)
    assert response.status_code == 403
    assert "shared with support managers, executives and desk admins" in text(
        response.content.decode()
    )


def test_a_user_without_a_desk_role_is_refused(client, outsider):
    client.force_login(outsider)
    response = client.get(URL)
    assert response.status_code == 403
    assert "no role on the desk" in text(response.content.decode())
    assert "Sev-1 critical" not in response.content.decode()


def test_anonymous_visitors_are_sent_to_sign_in(client):
    response = client.get(URL)
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("login"))


def test_the_navigation_offers_the_matrix_only_to_those_who_may_read_it(client, manager, agent):
    link = f'href="{URL}"'
    client.force_login(manager)
    assert link in client.get(reverse("escalations:queue")).content.decode()
    client.force_login(agent)
    assert link not in client.get(reverse("escalations:queue")).content.decode()


def test_sev1_technical_reads_as_people_say_it(client, manager):
    seen = section(page(client, manager), "sev-1")
    row = seen[seen.index("Technical") : seen.index("Billing")]
    # DESIGN.md: acknowledge 15 min, resolve 4 h, auto-escalate at 30 min, daily updates,
    # involve the CEO, CRO, VP CS and VP Sales; technical goes to Engineering / Tier 2.
    for expected in (
        "Engineering / Tier 2",
        "15 min",
        "4 h",
        "30 min",
        "daily",
        "CEO, CRO, VP CS, VP Sales",
    ):
        assert expected in row, expected


def test_longer_targets_read_in_hours_and_days(client, manager):
    html = page(client, manager)
    sev3, sev4 = section(html, "sev-3"), section(html, "sev-4")
    assert "24 h" in sev3 and "8 h" in sev3 and "weekly" in sev3
    assert "every 7 days" in sev3  # the interval behind "weekly"
    assert "72 h" in sev4 and "48 h" in sev4 and "on change" in sev4


def test_each_role_shows_who_holds_it_with_region_and_away(client, manager, roster):
    RosterEntry.objects.filter(person=roster.rcm_na).update(away=True)
    seen = section(page(client, manager), "sev-1")
    row = seen[seen.index("Technical") : seen.index("Billing")]
    assert "Engineering lead (Tier 2)" in row and "Eli Engineer" in row
    assert "VP Customer Success" in row and "Vic Vpcs" in row
    assert "Rhea Regional (EMEA)" in row
    assert "Rick Regional (NA) away" in row


def test_a_role_nobody_holds_says_so(client, manager):
    # The roster ships empty: every role reads as unfilled until a desk admin fills it.
    assert "nobody on the roster" in section(page(client, manager), "sev-2")


def test_the_executive_row_and_its_guidance(client, manager, roster):
    seen = section(page(client, manager), "executive-row")
    assert "Support manager on duty" in seen and "Molly Manager" in seen
    assert "2 h" in seen and "8 h after acknowledgement" in seen
    assert "7 days after closure" in seen
    assert "acknowledged personally by a support manager or director" in seen


def test_approval_limits_per_role(client, manager):
    seen = section(page(client, manager), "roles")
    assert re.search(r"Support manager on duty 2 up to \$5,000", seen)
    assert re.search(r"VP Customer Success 4 up to \$25,000", seen)
    assert re.search(r"CRO 5 any amount", seen)
    assert re.search(r"Engineering lead \(Tier 2\) 2 approves none VP Engineering", seen)


def test_names_typed_in_the_admin_are_escaped(client, manager):
    role = Role.objects.get(name="Billing lead")
    role.name = "<b>Billing</b> lead"
    role.save()
    person = User.objects.create_user("x", first_name="<i>Ivy</i>", last_name="Ink")
    hold(person, "<b>Billing</b> lead")
    html = page(client, manager)
    assert "<b>Billing</b>" not in html and "&lt;b&gt;Billing&lt;/b&gt; lead" in html
    assert "<i>Ivy</i>" not in html and "&lt;i&gt;Ivy&lt;/i&gt; Ink" in html


def test_the_page_links_a_print_stylesheet_and_has_no_inline_style_or_script(client, manager):
    html = page(client, manager)
    assert re.search(r'<link rel="stylesheet" href="/static/css/print\.css" media="print">', html)
    assert " style=" not in html
    assert not re.search(r"<script(?![^>]*\bsrc=)[^>]*>", html)


def test_the_print_stylesheet_is_a4_landscape_without_navigation_and_with_borders():
    css = (Path(settings.BASE_DIR) / "static/css/print.css").read_text()
    assert re.search(r"@page\s*\{[^}]*size:\s*A4 landscape", css)
    hidden = re.search(r"([^{}]*)\{\s*display:\s*none", css).group(1)
    assert "nav" in hidden and "footer" in hidden and "button" in hidden
    assert re.search(r"\.matrix-table th, \.matrix-table td \{[^}]*border: 1px solid #000", css)


def _count_queries(client) -> int:
    with CaptureQueriesContext(connection) as queries:
        assert client.get(URL).status_code == 200
    return len(queries)


def test_the_query_count_does_not_grow_with_cells_roles_or_roster(
    client, manager, django_assert_max_num_queries
):
    client.force_login(manager)
    client.get(URL)  # warm the session
    small = _count_queries(client)

    for n in range(12):
        role = Role.objects.create(name=f"Extra role {n}", seniority=3)
        for m in range(3):
            person = desk_person(f"p{n}-{m}", "Agent", f"P{n}", f"M{m}")
            RosterEntry.objects.create(role=role, person=person, region="EMEA", away=m == 2)
        MatrixCell.objects.filter(pk=MatrixCell.objects.order_by("pk")[n].pk).update(
            owner_role=role, authority_role=role, comms_role=role
        )

    # 1 session, 2 user, 3 the user's groups (desk role); the grid: 4 roles, 5 roster with its
    # people, 6 cells, 7 the executive row; 8 the navigation bar's My work counts; 9-10 the
    # user's and the groups' permissions (the "New escalation" and "Edit the matrix" links).
    with django_assert_max_num_queries(10):
        assert client.get(URL).status_code == 200
    assert _count_queries(client) == small
