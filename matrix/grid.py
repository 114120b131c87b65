"""The severity matrix as teams share it: every cell with the people who hold its roles.

Built in four queries whatever the number of cells, roles and roster entries (pinned in
tests/matrix/test_matrix_page.py): roles, roster with its people, cells, the executive row.
Roles and people are joined in Python from the first two, so a cell never fetches its own.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from escalations.choices import Category, Severity

from .models import ExecutiveRow, MatrixCell, Role, RoleKind, RosterEntry


def spoken(minutes: int | None) -> str:
    """A target as people say it: "15 min", "4 h", "72 h", "7 days" (DESIGN.md's table).

    Up to three days in hours, as the matrix is written ("resolve 72 h", "auto-escalate 48 h");
    longer windows in days.
    """
    if minutes is None:
        return "—"
    if minutes < 60:
        return f"{minutes} min"
    if minutes <= 72 * 60:
        hours, rest = divmod(minutes, 60)
        return f"{hours} h" + (f" {rest} min" if rest else "")
    days, rest = divmod(minutes, 24 * 60)
    hours, rest = divmod(rest, 60)
    parts = [f"{days} day{'s' if days != 1 else ''}"]
    parts += [f"{hours} h"] if hours else []
    parts += [f"{rest} min"] if rest else []
    return " ".join(parts)


@dataclass
class Holder:
    name: str
    region: str
    away: bool


@dataclass
class RoleRow:
    role: Role
    escalates_to: str
    holders: list[Holder] = field(default_factory=list)

    @property
    def limit(self) -> str:
        if self.role.approves_any_amount:
            return "any amount"
        if self.role.approval_limit is None:
            return "approves none"
        return f"up to ${self.role.approval_limit:,.0f}"

    @property
    def present(self) -> list[Holder]:
        return [h for h in self.holders if not h.away]


@dataclass
class CellRow:
    cell: MatrixCell
    category: str
    roles: list[tuple[str, RoleRow]]
    acknowledge: str
    investigate: str
    resolve: str
    update: str
    auto_escalate: str


@dataclass
class SeverityTable:
    severity: int
    label: str
    rows: list[CellRow]


def grid_context() -> dict:
    roles = {
        role.pk: RoleRow(role=role, escalates_to="")
        for role in Role.objects.order_by("seniority", "name")
    }
    for row in roles.values():
        up = roles.get(row.role.escalates_to_id)
        row.escalates_to = up.role.name if up else ""
    entries = RosterEntry.objects.select_related("person").order_by("role", "order", "id")
    for entry in entries:
        person = entry.person
        if not person.is_active:
            continue
        roles[entry.role_id].holders.append(
            Holder(
                name=person.get_full_name() or person.username,
                region=entry.region,
                away=entry.away,
            )
        )
    categories = dict(Category.choices)
    order = {value: i for i, value in enumerate(Category.values)}
    cells = sorted(MatrixCell.objects.all(), key=lambda c: (c.severity, order.get(c.category, 99)))
    tables = {s: SeverityTable(s, label, []) for s, label in Severity.choices}
    for cell in cells:
        tables[cell.severity].rows.append(
            CellRow(
                cell=cell,
                category=categories.get(cell.category, cell.category),
                roles=[
                    (RoleKind.OWNER.label, roles[cell.owner_role_id]),
                    (RoleKind.AUTHORITY.label, roles[cell.authority_role_id]),
                    (RoleKind.COMMS.label, roles[cell.comms_role_id]),
                ],
                acknowledge=spoken(cell.acknowledge_minutes),
                investigate=spoken(cell.investigate_minutes),
                resolve=spoken(cell.resolve_minutes),
                update=spoken(cell.update_minutes) if cell.update_minutes else "on change",
                auto_escalate=spoken(cell.auto_escalate_minutes),
            )
        )
    executive = ExecutiveRow.objects.first()
    return {
        "tables": [t for t in tables.values() if t.rows],
        "executive": executive,
        "executive_owner": roles.get(executive.owner_role_id) if executive else None,
        "executive_acknowledge": spoken(executive.acknowledge_minutes) if executive else "",
        "executive_update": spoken(executive.full_update_minutes) if executive else "",
        "roles": list(roles.values()),
    }
