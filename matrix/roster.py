"""Who the matrix suggests for a case: its cell, its executive row, and people from the roster."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from django.contrib.auth.models import User
from django.db.models import Count
from django.utils import timezone

from escalations.choices import OPEN_STATUSES
from escalations.models import Escalation

from .models import Assignment, ExecutiveRow, MatrixCell, Role, RoleKind, RosterEntry

# Until a case is triaged (or when an admin deleted its cell) the desk still gives a pending
# assignment a window: the Sev-3 acknowledge target, the matrix's middle ground.
DEFAULT_RESPOND = timedelta(hours=4)
LOAD_WINDOW = timedelta(days=7)


@dataclass(frozen=True)
class Suggestion:
    kind: str
    role: Role | None
    person: User | None

    @property
    def kind_label(self) -> str:
        return RoleKind(self.kind).label


def cell_for(escalation: Escalation) -> MatrixCell | None:
    if escalation.severity is None:
        return None
    return (
        MatrixCell.objects.select_related("owner_role", "authority_role", "comms_role")
        .filter(severity=escalation.severity, category=escalation.category)
        .first()
    )


def executive_row() -> ExecutiveRow | None:
    return ExecutiveRow.objects.select_related("owner_role").first()


def respond_window(escalation: Escalation, cell: MatrixCell | None = None) -> timedelta:
    """How long an assignee has to accept: the acknowledge target of the case's cell.

    Executive escalations are acknowledged within the executive row's window when it is tighter.
    """
    window = timedelta(minutes=cell.acknowledge_minutes) if cell else DEFAULT_RESPOND
    if escalation.executive and (row := executive_row()):
        window = min(window, timedelta(minutes=row.acknowledge_minutes))
    return window


def roles_for(escalation: Escalation, cell: MatrixCell | None) -> dict[str, Role | None]:
    if cell is None:
        return dict.fromkeys(RoleKind.values)
    roles = {
        RoleKind.OWNER: cell.owner_role,
        RoleKind.AUTHORITY: cell.authority_role,
        RoleKind.COMMS: cell.comms_role,
    }
    if escalation.executive and (row := executive_row()):
        # "Acknowledged personally by a support manager or director".
        roles[RoleKind.OWNER] = row.owner_role
    return roles


def holders(role: Role, region: str, entries: list[RosterEntry] | None = None) -> list[User]:
    """People who hold `role` and cover `region`, present first in roster order."""
    if entries is None:
        entries = list(RosterEntry.objects.filter(role=role).select_related("person"))
    entries = [e for e in entries if e.role_id == role.pk and not e.away and e.person.is_active]
    if role.regional:
        local = [e for e in entries if e.region.casefold() == region.casefold()]
        anywhere = [e for e in entries if not e.region]
        entries = local or anywhere
    return [e.person for e in sorted(entries, key=lambda e: (e.order, e.pk))]


def suggest(
    escalation: Escalation,
    cell: MatrixCell | None = None,
    *,
    balance: bool = True,
    now: datetime | None = None,
) -> list[Suggestion]:
    """One person per role from the roster (two queries whatever the roster's size).

    With `balance` the least-loaded holder is picked (fewest roles taken on in the last
    week), so one on-duty manager does not collect every new case; without it, the first in
    roster order — what a page shows as "the matrix suggests a <role>".
    """
    cell = cell if cell is not None else cell_for(escalation)
    region = escalation.customer.region
    roles = roles_for(escalation, cell)
    wanted = {role.pk for role in roles.values() if role is not None}
    entries = list(RosterEntry.objects.filter(role_id__in=wanted).select_related("person"))
    candidates = {
        kind: holders(role, region, entries) if role is not None else []
        for kind, role in roles.items()
    }
    load = {}
    if balance:
        since = (now or timezone.now()) - LOAD_WINDOW
        load = _load(sorted({p.pk for people in candidates.values() for p in people}), since)
    suggestions = []
    for kind, role in roles.items():
        people = candidates[kind]
        person = None
        if people:
            person = min(people, key=lambda p: (load.get(p.pk, 0), people.index(p)))
        suggestions.append(Suggestion(kind=kind, role=role, person=person))
    return suggestions


def _load(person_ids: list[int], since: datetime) -> dict[int, int]:
    """Roles each person took on since `since` and still holds on open cases: their recent load.

    Recent, not all-time: a VP who has owned 24,000 cases over the years would make the count
    read every one of them (380 ms at bench scale) for a choice that is about spreading this
    week's new work. The partial index `assignment_person_recent` answers it by range.
    """
    if len(person_ids) < 2:
        return {}
    rows = (
        Assignment.objects.filter(
            person_id__in=person_ids,
            ended_at__isnull=True,
            assigned_at__gte=since,
            escalation__status__in=OPEN_STATUSES,
        )
        .exclude(status=Assignment.Status.DECLINED)
        .values("person_id")
        .annotate(n=Count("pk"))
    )
    return {row["person_id"]: row["n"] for row in rows}


def decider_role(authority: Role | None, amount) -> Role | None:
    """The role that decides: the case's authority when the amount is within its limit, else
    the least senior role whose limit covers it (a support manager up to $5,000, the VP CS up
    to $25,000, the CRO above)."""
    if authority is not None and authority.may_approve(amount):
        return authority
    floor = authority.seniority if authority is not None else 0
    for role in Role.objects.filter(seniority__gte=floor).order_by("seniority", "pk"):
        if role.may_approve(amount):
            return role
    return None
