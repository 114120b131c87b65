"""Auto-escalation: a case not acknowledged within its cell's delay goes to the next level."""

from __future__ import annotations

from datetime import datetime

from escalations import notifications
from escalations.models import Escalation
from escalations.refusals import Conflict, Refused

from . import actions
from .models import Assignment, MatrixCell, Role, RoleKind
from .roster import holders
from .sla import duration
from .sweep_record import Unit


def auto_escalate(unit: Unit, *, now: datetime) -> int:
    """The cell says raise (the next level takes the owner role) or notify the next level."""
    escalation = Escalation.objects.select_related("customer").get(pk=unit.escalation_id)
    cell = MatrixCell.objects.filter(
        severity=escalation.severity, category=escalation.category
    ).first()
    current = escalation.assignments.current().filter(kind=RoleKind.OWNER).first()
    role = current.role if current and current.role_id else (cell.owner_role if cell else None)
    up = Role.objects.filter(pk=role.escalates_to_id).first() if role else None
    if cell is None or up is None:
        return 0
    people = holders(up, escalation.customer.region)
    if not people:
        return 0
    if cell.auto_escalation == MatrixCell.AutoEscalation.RAISE:
        try:
            actions.assign(
                escalation,
                RoleKind.OWNER,
                people[0],
                role=up,
                by=None,
                now=now,
                cell=cell,
                handoff=actions.Handoff(
                    note=(
                        f"Raised by the desk: not acknowledged within "
                        f"{duration(cell.auto_escalate_minutes * 60)}."
                    ),
                    temperature=Assignment.Temperature.WARM,
                    direction=Assignment.Direction.HIERARCHICAL,
                ),
            )
        except (Conflict, Refused):
            # Somebody reassigned or acknowledged at the same moment: their change stands.
            return 0
        told = [people[0].pk]
    else:
        told = [p.pk for p in people]
    readers = Escalation.objects.filter(pk=escalation.pk).readers(told).get(escalation.pk, set())
    created = notifications.notify_many(
        [
            notifications.Message(
                recipient_id=person,
                escalation_id=escalation.pk,
                key=f"escalated_to:{escalation.pk}:{unit.key}:{person}",
                subject=f"{escalation.reference}: not acknowledged — escalated to you ({up})",
                body=f"{escalation.title}\n\n{unit.detail}",
                url=escalation.get_absolute_url(),
                severity=escalation.severity,
            )
            for person in told
            if person in readers
        ],
        now=now,
    )
    return 1 if created or cell.auto_escalation == MatrixCell.AutoEscalation.RAISE else 0
