"""Changes the matrix makes to a case: roles, hand-offs, approvals and customer updates.

Each function is one transaction that writes its timeline entry. Two people acting on the same
role or approval at once are kept apart by conditional UPDATEs (exactly one row changes for the
winner) and by the one-current-holder constraint; the loser gets `Conflict` with what happened.
Status changes that follow (acknowledged, awaiting approval) are the workflow's
(escalations/workflow.py), which calls these.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

from django.conf import settings
from django.core.mail import EmailMessage
from django.db import IntegrityError, transaction
from django.utils import formats

from escalations import timeline
from escalations.choices import Channel, Direction, Severity
from escalations.models import Escalation, Interaction, TimelineEvent
from escalations.refusals import Conflict, Refused

from .models import Approval, Assignment, CustomerUpdate, MatrixCell, Role, RoleKind, UpdateTemplate
from .roster import cell_for, decider_role, respond_window, suggest

Kind = TimelineEvent.Kind


@dataclass(frozen=True)
class Handoff:
    note: str
    temperature: str  # Assignment.Temperature
    direction: str  # Assignment.Direction


def name_of(user) -> str:
    return user.get_full_name() or user.username


def needs_warm_handoff(escalation: Escalation) -> bool:
    """Warm for Sev-1/2 and when triage flagged frustration (DESIGN.md "Roles on every case")."""
    return (escalation.severity or 4) <= Severity.SEV2 or escalation.frustrated


def needs_handoff(current: Assignment | None) -> bool:
    """Replacing someone is a hand-off; replacing the desk's own unanswered suggestion is not."""
    if current is None:
        return False
    return not (current.assigned_by_id is None and current.status == Assignment.Status.PENDING)


def check_handoff(escalation: Escalation, handoff: Handoff | None) -> None:
    if handoff is None or not handoff.note.strip():
        raise Refused("A hand-off needs a note for the new holder.")
    if handoff.temperature not in Assignment.Temperature.values:
        raise Refused("Choose a warm or a cold hand-off.")
    if handoff.direction not in Assignment.Direction.values:
        raise Refused("Say whether the hand-off is functional or hierarchical.")
    if handoff.temperature == Assignment.Temperature.COLD and needs_warm_handoff(escalation):
        why = "Sev-1/2 cases" if (escalation.severity or 4) <= 2 else "a frustrated customer"
        raise Refused(f"Hand-offs must be warm for {why}: talk to the new holder first.")


@dataclass(frozen=True)
class Seen:
    """A role as the manager's form showed it: its assignment (0: vacant) and that one's status.

    The status matters too: a holder who accepted or declined after the page was drawn changes
    what replacing them means (a hand-off, or filling a vacancy), so the form is refused."""

    assignment: int
    status: str = ""


def answered_while_deciding(kind: str, current: Assignment) -> str:
    """What a person is told when the holder answered after their form was drawn."""
    return (
        f"{name_of(current.person)} {current.get_status_display().lower()} the "
        f"{RoleKind(kind).label.lower()} role while you were deciding. Nothing was changed; "
        "check and try again."
    )


def changed_while_deciding(kind: str, current: Assignment | None) -> str:
    """What a person is told when the role changed after their form was drawn."""
    holder = f"{name_of(current.person)} now holds it" if current else "it is vacant now"
    return (
        f"Somebody changed the {RoleKind(kind).label.lower()} role while you were deciding: "
        f"{holder}. Nothing was changed; check and try again."
    )


@transaction.atomic
def assign(
    escalation: Escalation,
    kind: str,
    person,
    *,
    role: Role | None,
    by,
    now: datetime,
    expected: int | Seen | None = None,
    handoff: Handoff | None = None,
    cell: MatrixCell | None = None,
) -> Assignment | None:
    """Put `person` in role `kind`; None when they already hold it.

    `expected` is the current assignment the person saw on the page (0 for none), or a Seen
    with its status then too: when someone else changed the role since, or its holder answered,
    nothing happens and `Conflict` says who holds it now.
    """
    seen = expected if isinstance(expected, Seen) else None
    if seen is not None:
        expected = seen.assignment
    current = escalation.assignments.current().filter(kind=kind).select_related("person").first()
    if expected is not None and (current.pk if current else 0) != expected:
        raise Conflict(changed_while_deciding(kind, current))
    if seen is not None and seen.status and current is not None and current.status != seen.status:
        raise Conflict(answered_while_deciding(kind, current))
    if current and current.person_id == person.pk and current.status != Assignment.Status.DECLINED:
        return None
    reassigning = needs_handoff(current)
    if reassigning:
        check_handoff(escalation, handoff)
    if current is not None:
        # Guarded by the status seen too: when the holder accepted or declined in the meantime,
        # the hand-off decision above (and the manager's view of the role) is out of date.
        ended = Assignment.objects.filter(
            pk=current.pk, ended_at__isnull=True, status=current.status
        ).update(ended_at=now)
        if ended != 1:
            fresh = Assignment.objects.get(pk=current.pk)
            if fresh.ended_at is None:
                raise Conflict(
                    f"{name_of(current.person)} {fresh.get_status_display().lower()} the "
                    f"{RoleKind(kind).label.lower()} role at the same moment; nothing was "
                    "changed. Check and try again."
                )
            raise Conflict(
                f"Somebody reassigned the {RoleKind(kind).label.lower()} role at the same "
                "moment; their change stands."
            )
    try:
        with transaction.atomic():
            assignment = Assignment.objects.create(
                escalation=escalation,
                kind=kind,
                person=person,
                role=role,
                assigned_by=by,
                assigned_at=now,
                respond_by=now + respond_window(escalation, cell or cell_for(escalation)),
                previous=current,
                handoff_note=handoff.note if reassigning else "",
                handoff_temperature=handoff.temperature if reassigning else "",
                handoff_direction=handoff.direction if reassigning else "",
            )
    except IntegrityError:
        raise Conflict(
            f"Somebody assigned the {RoleKind(kind).label.lower()} role at the same moment; "
            "their change stands."
        ) from None
    label = RoleKind(kind).label
    as_role = f" ({role})" if role else ""
    if reassigning:
        timeline.record(
            escalation,
            Kind.REASSIGNMENT,
            f"{label} handed off from {name_of(current.person)} to {name_of(person)}{as_role}: "
            f"{assignment.get_handoff_temperature_display().split(' (')[0].lower()}, "
            f"{assignment.get_handoff_direction_display().split(' (')[0].lower()}",
            by=by,
            now=now,
            body=handoff.note,
        )
    else:
        who = "suggested by the matrix" if by is None else "assigned"
        timeline.record(
            escalation,
            Kind.ASSIGNMENT,
            f"{label}: {name_of(person)}{as_role} {who}, waiting for acceptance",
            by=by,
            now=now,
        )
    if kind == RoleKind.OWNER:
        Escalation.objects.filter(pk=escalation.pk).update(owner=person)
        escalation.owner = person
    return assignment


def assign_suggested(escalation: Escalation, *, now: datetime) -> list[Assignment]:
    """Fill every vacant role with the matrix's suggestion (at intake, or after a change)."""
    cell = cell_for(escalation)
    vacant = set(RoleKind.values) - set(
        escalation.assignments.current().values_list("kind", flat=True)
    )
    made = []
    for suggestion in suggest(escalation, cell, now=now):
        if suggestion.kind in vacant and suggestion.person is not None:
            made.append(
                assign(
                    escalation,
                    suggestion.kind,
                    suggestion.person,
                    role=suggestion.role,
                    by=None,
                    now=now,
                    cell=cell,
                )
            )
    return [a for a in made if a is not None]


def note_new_suggestions(escalation: Escalation, *, now: datetime) -> list[str]:
    """After severity or category changed: vacant roles are filled; where the matrix now names
    another role than the holder was picked for, the timeline says whom it suggests."""
    made = assign_suggested(escalation, now=now)
    cell = cell_for(escalation)
    current = {a.kind: a for a in escalation.assignments.current().select_related("role")}
    lines = []
    for suggestion in suggest(escalation, cell, now=now):
        held = current.get(suggestion.kind)
        if held is None or held in made or suggestion.role is None:
            continue
        if held.role_id != suggestion.role.pk and suggestion.person is not None:
            if suggestion.person.pk != held.person_id:
                lines.append(
                    f"{suggestion.kind_label}: {suggestion.role} — {name_of(suggestion.person)}"
                )
    # A pending assignment's window follows the case's new acknowledge target.
    window = respond_window(escalation, cell)
    for assignment in current.values():
        if assignment.status == Assignment.Status.PENDING:
            Assignment.objects.filter(pk=assignment.pk, ended_at__isnull=True).update(
                respond_by=assignment.assigned_at + window
            )
    if lines:
        timeline.record(
            escalation,
            Kind.MATRIX,
            f"The matrix suggests other people for {cell}" if cell else "New role suggestions",
            by=None,
            now=now,
            body="\n".join(lines),
        )
    return lines


@transaction.atomic
def accept(assignment: Assignment, *, by, now: datetime) -> Assignment:
    _respond(assignment, by=by, status=Assignment.Status.ACCEPTED, now=now)
    timeline.record(
        assignment.escalation,
        Kind.ASSIGNMENT,
        f"{name_of(by)} accepted the {assignment.get_kind_display().lower()} role",
        by=by,
        now=now,
    )
    return assignment


@transaction.atomic
def decline(assignment: Assignment, *, reason: str, by, now: datetime) -> Assignment:
    if not reason.strip():
        raise Refused("Say why you decline, so the manager can pick the right person.")
    _respond(assignment, by=by, status=Assignment.Status.DECLINED, now=now, reason=reason)
    timeline.record(
        assignment.escalation,
        Kind.ASSIGNMENT,
        f"{name_of(by)} declined the {assignment.get_kind_display().lower()} role",
        by=by,
        now=now,
        body=f"Reason: {reason}",
    )
    return assignment


def _respond(assignment: Assignment, *, by, status: str, now: datetime, reason: str = "") -> None:
    if assignment.person_id != by.pk:
        raise Refused("Only the person assigned answers an assignment.")
    changed = Assignment.objects.filter(
        pk=assignment.pk, ended_at__isnull=True, status=Assignment.Status.PENDING
    ).update(status=status, responded_at=now, decline_reason=reason[:500])
    if changed != 1:
        fresh = Assignment.objects.select_related("next__person").get(pk=assignment.pk)
        if fresh.ended_at is not None:
            successor = getattr(fresh, "next", None)
            who = f" to {name_of(successor.person)}" if successor else ""
            raise Conflict(f"This role was reassigned{who} before your answer; nothing changed.")
        raise Conflict(f"You already answered this assignment ({fresh.get_status_display()}).")
    assignment.status, assignment.responded_at, assignment.decline_reason = status, now, reason


# --- Approvals ---------------------------------------------------------------------------------


def authority_role(escalation: Escalation) -> Role | None:
    held = (
        escalation.assignments.holding()
        .filter(kind=RoleKind.AUTHORITY)
        .select_related("role")
        .first()
    )
    if held and held.role:
        return held.role
    cell = cell_for(escalation)
    return cell.authority_role if cell else None


@transaction.atomic
def propose(
    escalation: Escalation,
    *,
    kind: str,
    amount: Decimal | None,
    reason: str,
    customer_message: str,
    by,
    now: datetime,
    resume_status: str,
) -> Approval:
    role = decider_role(authority_role(escalation), amount)
    if role is None:
        raise Refused("No role in the matrix may approve this amount; ask a desk admin.")
    approval = Approval.objects.create(
        escalation=escalation,
        kind=kind,
        amount=amount,
        reason=reason,
        customer_message=customer_message,
        proposed_by=by,
        proposed_at=now,
        decider_role=role,
        resume_status=resume_status,
    )
    timeline.record(
        escalation,
        Kind.PROPOSAL,
        f"{approval} proposed; decided by the {role}",
        by=by,
        now=now,
        body=f"Reason: {reason}\nThe customer is told: {customer_message}",
    )
    return approval


def may_decide(approval: Approval, user) -> bool:
    """The case's decision authority, or a holder of a role senior enough for the amount;
    never the person who proposed it (the rule lives in Approval.objects.waiting_for)."""
    return Approval.objects.waiting_for(user).filter(pk=approval.pk).exists()


@transaction.atomic
def decide(approval: Approval, *, approve: bool, reason: str, by, now: datetime) -> Approval:
    if not reason.strip():
        raise Refused("Give the reason for your decision: it goes into the decision log.")
    if not may_decide(approval, by):
        if not Approval.objects.filter(pk=approval.pk, status=Approval.Status.PENDING).exists():
            fresh = Approval.objects.select_related("decided_by").get(pk=approval.pk)
            raise Conflict(
                f"Already {fresh.get_status_display().lower()} by {name_of(fresh.decided_by)}; "
                "their decision stands."
            )
        raise Refused(
            f"This needs the {approval.decider_role} (or a more senior role), and not the "
            "person who proposed it."
        )
    status = Approval.Status.APPROVED if approve else Approval.Status.REJECTED
    changed = Approval.objects.filter(pk=approval.pk, status=Approval.Status.PENDING).update(
        status=status, decided_by=by, decided_at=now, decision_reason=reason
    )
    if changed != 1:
        fresh = Approval.objects.select_related("decided_by").get(pk=approval.pk)
        raise Conflict(
            f"Already {fresh.get_status_display().lower()} by {name_of(fresh.decided_by)}; "
            "their decision stands."
        )
    approval.status, approval.decided_by, approval.decided_at = status, by, now
    approval.decision_reason = reason
    timeline.record(
        approval.escalation,
        Kind.DECISION,
        f"{approval} {approval.get_status_display().lower()} by {name_of(by)}",
        by=by,
        now=now,
        body=f"Reason: {reason}",
    )
    return approval


# --- Customer updates --------------------------------------------------------------------------


def comms_lead(escalation: Escalation) -> Assignment | None:
    return (
        escalation.assignments.holding()
        .filter(kind=RoleKind.COMMS)
        .select_related("person")
        .first()
    )


def template_values(escalation: Escalation, *, sender, now: datetime) -> dict[str, str]:
    holders = {
        a.kind: a for a in escalation.assignments.current().select_related("person", "previous")
    }
    owner = holders.get(RoleKind.OWNER)
    comms = holders.get(RoleKind.COMMS)
    previous = comms.previous if comms and comms.previous_id else None
    cell = cell_for(escalation)
    return {
        "contact": escalation.customer.primary_contact_name,
        "customer": escalation.customer.name,
        "reference": escalation.reference,
        "title": escalation.title,
        "sender": name_of(sender),
        "owner": name_of(owner.person) if owner else name_of(sender),
        "next_step": escalation.recommended_next_step,
        "committed_time": committed_time(escalation, cell, now),
        "previous_lead": name_of(previous.person) if previous else "my colleague",
    }


def committed_time(escalation: Escalation, cell: MatrixCell | None, now: datetime) -> str:
    """The next update we commit to, written in the customer's own time zone."""
    minutes = (cell.update_minutes if cell else None) or (cell.resolve_minutes if cell else 1440)
    zone = ZoneInfo(escalation.customer.time_zone or "UTC")
    when = (now + timedelta(minutes=minutes)).astimezone(zone)
    return f"{formats.date_format(when, 'l j F, H:i')} ({escalation.customer.time_zone})"


_UNSET = object()


def suggested_template(escalation: Escalation, *, lead=_UNSET, last_sent=_UNSET) -> str:
    """Which template a comms lead most likely wants now.

    `lead` (the current comms assignment) and `last_sent` (when our latest update went out) are
    read from the database unless the caller already has them.
    """
    if lead is _UNSET:
        lead = comms_lead(escalation)
    if last_sent is _UNSET:
        latest = escalation.customer_updates.order_by("-sent_at").first()
        last_sent = latest.sent_at if latest else None
    if escalation.status in ("resolved", "closed"):
        return UpdateTemplate.Purpose.CLOSURE
    if last_sent is None and escalation.executive:
        return UpdateTemplate.Purpose.EXECUTIVE_FIRST
    if lead and lead.previous_id and (last_sent is None or last_sent < lead.assigned_at):
        return UpdateTemplate.Purpose.HANDOFF
    if last_sent is None and escalation.frustrated:
        return UpdateTemplate.Purpose.EMPATHETIC
    return UpdateTemplate.Purpose.PROGRESS


@transaction.atomic
def send_update(
    escalation: Escalation,
    *,
    subject: str,
    body: str,
    template: UpdateTemplate | None,
    by,
    now: datetime,
) -> CustomerUpdate:
    """Send the comms lead's update to the customer's contact and record it as ours."""
    lead = comms_lead(escalation)
    if lead is None or lead.person_id != by.pk:
        holder = f" ({name_of(lead.person)})" if lead else ""
        raise Refused(f"Only the case's comms lead{holder} writes to the customer.")
    customer = escalation.customer
    interaction = Interaction.objects.create(
        escalation=escalation,
        occurred_at=now,
        channel=Channel.EMAIL,
        direction=Direction.OUTBOUND,
        contact_name=customer.primary_contact_name,
        body=body,
        created_by=by,
        created_at=now,
    )
    update = CustomerUpdate.objects.create(
        escalation=escalation,
        interaction=interaction,
        template=template,
        to_email=customer.primary_contact_email,
        subject=subject,
        sent_by=by,
        sent_at=now,
    )
    timeline.record(
        escalation,
        Kind.CUSTOMER_UPDATE,
        f"Update sent to {customer.primary_contact_name}: {subject}",
        by=by,
        now=now,
        body=body,
    )
    message = EmailMessage(
        subject=subject,
        body=body,
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[customer.primary_contact_email],
        reply_to=[by.email] if by.email else None,
        headers={"X-Escalation": escalation.reference},
    )
    # Only once the update is recorded: a rolled-back send must not reach the customer.
    transaction.on_commit(message.send)
    return update
