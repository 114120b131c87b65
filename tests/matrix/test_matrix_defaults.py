"""The matrix a fresh desk ships with (matrix/migrations/0002_defaults.py) is DESIGN.md's table.

Expected values are written from DESIGN.md "Severity matrix" and issue 8, not read from the
migration.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from django.contrib.auth.models import Group

from matrix.models import ExecutiveRow, MatrixCell, Role, UpdateTemplate

pytestmark = pytest.mark.django_db

HOUR, DAY = 60, 24 * 60

# severity: acknowledge, resolve, auto-escalate if not acknowledged, update cadence as said,
# update interval (None: on change), who to involve — DESIGN.md's table.
LEVELS = {
    1: (15, 4 * HOUR, 30, "daily", DAY, "CEO, CRO, VP CS, VP Sales"),
    2: (1 * HOUR, 8 * HOUR, 2 * HOUR, "every 2 days", 2 * DAY, "VP CS, global CSM lead"),
    3: (4 * HOUR, 24 * HOUR, 8 * HOUR, "weekly", 7 * DAY, "regional CSM manager"),
    4: (24 * HOUR, 72 * HOUR, 48 * HOUR, "on change", None, "account manager, CSM"),
}
TEAMS = {
    "technical": "Engineering / Tier 2",
    "billing": "Billing",
    "compliance": "Legal & Compliance",
    "relationship": "Customer Success",
}


def cells() -> dict[tuple[int, str], MatrixCell]:
    return {(c.severity, c.category): c for c in MatrixCell.objects.all()}


def test_every_severity_and_category_has_one_cell():
    assert sorted(cells()) == sorted((s, c) for s in LEVELS for c in TEAMS)


@pytest.mark.parametrize("severity", LEVELS)
def test_each_level_has_the_designed_targets(severity):
    ack, resolve, auto, cadence, update, involve = LEVELS[severity]
    for category in TEAMS:
        cell = cells()[severity, category]
        assert (cell.acknowledge_minutes, cell.resolve_minutes) == (ack, resolve), category
        assert cell.auto_escalate_minutes == auto, category
        assert cell.update_minutes == update, category
        assert cell.update_cadence.startswith(cadence), category
        assert cell.involve.casefold() == involve.casefold(), category
        # Investigate sits between acknowledge and resolve.
        assert ack < cell.investigate_minutes <= resolve, category


@pytest.mark.parametrize("category", TEAMS)
def test_each_category_goes_to_its_team(category):
    for severity in LEVELS:
        assert cells()[severity, category].target_team == TEAMS[category]


def test_every_cell_names_three_roles_and_passes_the_admins_validation():
    for cell in MatrixCell.objects.select_related("owner_role", "authority_role", "comms_role"):
        assert cell.owner_role and cell.authority_role and cell.comms_role, cell
        cell.full_clean()  # what the admin runs on save: the shipped data must pass it


def test_executive_escalations_follow_their_own_row():
    row = ExecutiveRow.objects.select_related("owner_role").get()
    assert (row.acknowledge_minutes, row.full_update_minutes) == (2 * HOUR, 8 * HOUR)
    assert row.follow_up_days == 7
    # "acknowledged personally by a support manager or director"
    assert row.owner_role.name.casefold().startswith("support")
    assert "2 hours" in row.guidance and "8 hours" in row.guidance
    row.full_clean()


def test_approval_limits_climb_from_the_support_manager_to_the_cro():
    # Issue 8: a support manager up to $5,000, the VP CS up to $25,000, the CRO above.
    assert Role.objects.get(name="Support manager on duty").approval_limit == Decimal(5000)
    assert Role.objects.get(name="VP Customer Success").approval_limit == Decimal(25000)
    cro = Role.objects.get(name="CRO")
    assert cro.approves_any_amount and cro.may_approve(Decimal("1000000"))


def test_every_role_escalates_up_the_chain_and_passes_validation():
    for role in Role.objects.select_related("escalates_to"):
        role.full_clean()
        if role.escalates_to:
            assert role.escalates_to.seniority > role.seniority, role


def test_the_update_templates_cover_each_purpose_and_use_known_placeholders():
    templates = {t.purpose: t for t in UpdateTemplate.objects.all()}
    assert set(templates) == set(UpdateTemplate.Purpose.values)
    for template in templates.values():
        template.full_clean()
    first = templates["executive_first"].body
    assert "My name is {sender}" in first and "personally taking responsibility" in first


def test_only_desk_admins_may_change_the_matrix():
    def codenames(group: str) -> set[str]:
        return set(
            Group.objects.get(name=group)
            .permissions.filter(content_type__app_label="matrix")
            .values_list("codename", flat=True)
        )

    admin = codenames("Desk Admin")
    for model in ("role", "rosterentry", "matrixcell", "executiverow", "updatetemplate"):
        assert f"change_{model}" in admin
    for group in ("Agent", "Support Manager", "Executive"):
        assert not {c for c in codenames(group) if not c.startswith("view_")}, group
