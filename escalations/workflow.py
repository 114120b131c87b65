"""A case's events, each one function and one transaction (DESIGN.md "Layers").

Every event calls, in a fixed order, the apps that react to it: the case layer records it,
triage re-scores when the evidence changed, the workflow writes the outcome (it is the one
writer of severity, lane and status), and the matrix re-suggests roles and re-targets its
clocks. Views, commands, tasks and the demo call these functions; none re-implements them.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime, timedelta
from decimal import Decimal
from typing import Any

from django.db import transaction
from django.utils import timezone

from matrix import actions as matrix
from matrix import clocks
from matrix.actions import Handoff, Seen
from matrix.models import Approval, Assignment, CustomerUpdate, RoleKind, UpdateTemplate
from matrix.roster import executive_row
from triage import actions as triage
from triage.models import TriageRun

from . import actions, closeout, timeline
from .access import is_manager
from .choices import Category, EntryPoint, Severity, Status
from .models import CloseOut, Escalation, Interaction, TimelineEvent, TroubleshootingStep
from .refusals import Conflict, Refused
from .transitions import TRANSITIONS, Transition, allowed, target_of

Kind = TimelineEvent.Kind
EXECUTIVE_ENTRY_POINTS = (EntryPoint.EXECUTIVE_EMAIL, EntryPoint.CC_EXECUTIVE)
Trigger = TriageRun.Trigger


# --- Raised, the customer wrote, brief edited, override ----------------------------------------


@transaction.atomic
def raise_escalation(
    brief: Escalation,
    *,
    steps: Sequence[TroubleshootingStep],
    interactions: Sequence[Interaction],
    by,
    now: datetime,
    trigger: str = Trigger.INTAKE,
    **engine,
) -> Escalation:
    """A complete brief arrives: record it, triage it, give it the matrix's three people.

    `engine` (config, rules) lets a bulk caller (the demo) load the configuration once.
    """
    escalation = actions.record_brief(brief, steps=steps, interactions=interactions, by=by, now=now)
    _triage(escalation, trigger=trigger, now=now, at_intake=trigger == Trigger.SEED, **engine)
    matrix.assign_suggested(escalation, now=now)
    clocks.start(escalation, now=now)
    return escalation


@transaction.atomic
def customer_wrote(
    escalation: Escalation, interaction: Interaction, *, by, now: datetime, **engine
) -> Interaction:
    """An interaction is logged. The customer's own words re-score the case and end a wait."""
    actions.record_interaction(escalation, interaction, by=by, now=now)
    if interaction.direction == "inbound":
        if escalation.status == Status.WAITING_ON_CUSTOMER:
            _move(escalation, TRANSITIONS["resume"], by=None, now=now, note="The customer replied.")
        _triage(escalation, trigger=Trigger.CUSTOMER_WROTE, now=now, **engine)
    return interaction


@transaction.atomic
def edit_brief(
    escalation: Escalation,
    values: dict[str, Any],
    *,
    by,
    now: datetime,
    drawn: str | None = None,
) -> list[dict]:
    """`drawn`: the fingerprint the edit form was drawn from (actions.BriefChanged if stale)."""
    category = escalation.category
    changes = actions.apply_brief_edit(escalation, values, by=by, now=now, drawn=drawn)
    if changes:
        _triage(
            escalation,
            trigger=Trigger.BRIEF_CHANGED,
            now=now,
            category_changed=escalation.category != category,
        )
    return changes


@transaction.atomic
def override_triage(
    escalation: Escalation, *, severity: int | None, lane: str | None, reason: str, by, now
) -> None:
    outcome = triage.record_override(
        escalation, severity=severity, lane=lane, reason=reason, by=by, now=now
    )
    _apply(escalation, outcome, now=now)
    actions.touch(escalation, now)


@transaction.atomic
def retriage(
    escalation: Escalation, *, trigger: str, now: datetime, by=None, **engine
) -> TriageRun:
    """Score the case again (a new configuration, the demo, a test) and apply the outcome."""
    return _triage(escalation, trigger=trigger, now=now, **engine)


def _triage(
    escalation: Escalation,
    *,
    trigger: str,
    now: datetime,
    at_intake: bool = False,
    category_changed: bool = False,
    **engine,
) -> TriageRun:
    outcome = triage.score_case(escalation, trigger=trigger, now=now, at_intake=at_intake, **engine)
    _apply(escalation, outcome, now=now, category_changed=category_changed)
    return outcome.run


def _apply(
    escalation: Escalation,
    outcome: triage.Outcome,
    *,
    now: datetime,
    category_changed: bool = False,
) -> None:
    """The one writer of severity and lane; the matrix reacts when the cell may have changed."""
    before = (escalation.severity, escalation.lane)
    executive = escalation.entry_point in EXECUTIVE_ENTRY_POINTS or outcome.executive
    cell_changed = (
        category_changed or before[0] != outcome.severity or executive != escalation.executive
    )
    fields = {
        "severity": outcome.severity,
        "lane": outcome.lane,
        "executive": executive,
        "frustrated": outcome.frustrated,
    }
    if outcome.score is not None:
        fields["triage_score"] = outcome.score
    Escalation.objects.filter(pk=escalation.pk).update(**fields)
    for name, value in fields.items():
        setattr(escalation, name, value)
    if before != (outcome.severity, outcome.lane) or outcome.always_record:
        timeline.record(
            escalation,
            outcome.kind,
            outcome.summary,
            by=outcome.by,
            now=now,
            body=outcome.body,
            changes=outcome.changes(before),
        )
    if cell_changed and before[0] is not None:
        matrix.note_new_suggestions(escalation, now=now)
        cell = f"{Severity(escalation.severity).label} × {Category(escalation.category).label}"
        if escalation.executive:
            cell += ", executive escalation"
        lines = clocks.retarget(escalation, now=now, why=f"now {cell}", new_cycle=True)
        if lines:
            timeline.record(
                escalation,
                Kind.SLA,
                f"Clocks re-targeted for {cell}",
                by=outcome.by,
                now=now,
                body="\n".join(lines),
            )


# --- Roles -------------------------------------------------------------------------------------


@transaction.atomic
def assign_roles(
    escalation: Escalation,
    picks: dict[str, tuple[Any, Any, int | Seen | None]],
    *,
    handoff: Handoff | None,
    by,
    now: datetime,
) -> list[Assignment]:
    """A manager confirms or changes the three people in one form.

    `picks` maps a role kind to (person, matrix role or None, the assignment the manager saw:
    its id, or a matrix.actions.Seen with its status then).
    """
    if not is_manager(by):
        raise Refused("Only support managers and desk admins assign a case's roles.")
    made = []
    for kind in RoleKind.values:
        if kind not in picks:
            continue
        person, role, expected = picks[kind]
        assignment = matrix.assign(
            escalation, kind, person, role=role, by=by, now=now, expected=expected, handoff=handoff
        )
        if assignment is not None:
            made.append(assignment)
    if made:
        actions.touch(escalation, now)
    return made


@transaction.atomic
def accept_assignment(assignment: Assignment, *, by, now: datetime) -> Assignment:
    """The assignee takes the role. The owner accepting is the case's acknowledgement."""
    matrix.accept(assignment, by=by, now=now)
    escalation = assignment.escalation
    if assignment.kind == RoleKind.OWNER and escalation.status == Status.NEW:
        _move(escalation, TRANSITIONS["acknowledge"], by=by, now=now)
    actions.touch(escalation, now)
    return assignment


@transaction.atomic
def decline_assignment(assignment: Assignment, *, reason: str, by, now: datetime) -> Assignment:
    matrix.decline(assignment, reason=reason, by=by, now=now)
    actions.touch(assignment.escalation, now)
    return assignment


# --- Status ------------------------------------------------------------------------------------


def current_holder(escalation: Escalation, kind: str) -> Assignment | None:
    return escalation.assignments.holding().filter(kind=kind).first()


def may_move(user, escalation: Escalation) -> bool:
    """The case's owner and the desk's managers move a case through its states."""
    if is_manager(user):
        return True
    owner = current_holder(escalation, RoleKind.OWNER)
    return owner is not None and owner.person_id == user.pk


def moves_for(user, escalation: Escalation) -> list[Transition]:
    """What the case page offers this person now."""
    if not may_move(user, escalation):
        return []
    return allowed(escalation.status)


CLOSE_NEEDS_CLOSEOUT = (
    "Closing needs the close-out (trigger, root cause, avoidable, resolution summary, exit "
    "criteria): fill in the close-out form on the case page; nothing was changed."
)
NOT_A_MOVER = "Only the case's owner or a support manager moves the case."


@transaction.atomic
def change_status(
    escalation: Escalation, name: str, *, by, now: datetime, note: str = "", resolution: str = ""
) -> str:
    transition = TRANSITIONS.get(name)
    if transition is None or not transition.by_hand:
        raise Refused("That is not a move you can make from the case page.")
    if not may_move(by, escalation):
        raise Refused(NOT_A_MOVER)
    if transition.needs == "closeout":
        # A case closes only with its close-out (close_escalation), never by a bare move.
        _check_source(escalation, transition)
        raise Refused(CLOSE_NEEDS_CLOSEOUT)
    if transition.needs == "note" and not note.strip():
        raise Refused(f"{transition.label}: say why, for the timeline.")
    resolution = resolution.strip()
    if transition.needs == "resolution" and not resolution:
        raise Refused(f"{transition.label}: write the resolution summary first.")
    details = ""
    if name == "reopen":
        previous = CloseOut.objects.filter(escalation=escalation).only("closed_at").first()
        if previous is not None:
            closed = timezone.localtime(previous.closed_at)
            details = (
                f"The close-out of {closed:%d %b %Y %H:%M} no longer counts: the case is open "
                "again. Its entry on this timeline keeps what it said."
            )
    target = _move(
        escalation, transition, by=by, now=now, note=note, resolution=resolution, details=details
    )
    if name == "reopen":
        # Reports count closed cases from their close-out rows: an open case has none. The next
        # close writes a fresh one.
        CloseOut.objects.filter(escalation=escalation).delete()
        _triage(escalation, trigger=Trigger.REOPENED, now=now)
    return target


@transaction.atomic
def close_escalation(
    escalation: Escalation, values: Mapping[str, Any], *, by, now: datetime
) -> CloseOut:
    """A resolved case is closed with its close-out, in one transaction.

    1. Only those who move the case close it; the close-out must be complete (escalations/
       closeout.py says what that is) or nothing happens and every gap is named.
    2. "Within SLA" is computed from the case's clocks (matrix.clocks.sla_verdict), never given.
    3. The status moves through the guarded `_move`: of two people closing at once, one wins
       and the other is told (Conflict) before anything of theirs is written. The move stops
       any clock still running and schedules the CSM follow-up 7 days out.
    4. The close-out row is written, and the move's timeline entry carries the close-out in
       words, so the append-only timeline keeps it even if the case is reopened later.
    """
    if not may_move(by, escalation):
        raise Refused(NOT_A_MOVER)
    problems = closeout.problems(values)
    if problems:
        raise closeout.Incomplete(problems)
    transition = TRANSITIONS["close"]
    _check_source(escalation, transition)
    sla = clocks.sla_verdict(escalation, now=now)
    record = CloseOut(
        escalation=escalation,
        trigger=values["trigger"],
        root_cause=values["root_cause"],
        avoidable=values["avoidable"],
        resolution_summary=values["resolution_summary"].strip(),
        exit_criteria_met=values["exit_criteria_met"],
        within_sla=sla.within,
        closed_by=by,
        closed_at=now,
    )
    _move(
        escalation,
        transition,
        by=by,
        now=now,
        resolution=record.resolution_summary,
        details=closeout.timeline_lines(record, sla.text),
    )
    record.save()
    return record


def _check_source(escalation: Escalation, transition: Transition) -> None:
    if escalation.status not in transition.sources:
        raise Refused(
            f"{transition.label} is not possible while the case is "
            f"{Status(escalation.status).label.lower()}; nothing was changed."
        )


def _move(
    escalation: Escalation,
    transition: Transition,
    *,
    by,
    now: datetime,
    note: str = "",
    resolution: str = "",
    details: str = "",
) -> str:
    """Move the case, guarded by its status: of two people moving it at once, one wins.

    `details` opens the timeline entry's text (the close-out, when closing).
    """
    source = escalation.status
    _check_source(escalation, transition)
    target = target_of(transition, resume_status=escalation.resume_status)
    fields: dict[str, Any] = {"status": target, "updated_at": max(escalation.updated_at, now)}
    if target in (Status.WAITING_ON_CUSTOMER, Status.AWAITING_APPROVAL):
        fields["resume_status"] = source
    elif source in (Status.WAITING_ON_CUSTOMER, Status.AWAITING_APPROVAL):
        fields["resume_status"] = ""
    if target == Status.RESOLVED:
        fields["resolved_at"] = now
    if target == Status.CLOSED:
        fields["closed_at"] = now
        # The CSM checks in after closure (DESIGN.md: 7 days); the stalled sweep says when.
        row = executive_row()
        fields["follow_up_due_at"] = now + timedelta(days=row.follow_up_days if row else 7)
    if resolution:
        fields["resolution_summary"] = resolution
    if transition.name == "reopen":
        fields.update(
            reopened_count=escalation.reopened_count + 1,
            resolved_at=None,
            closed_at=None,
            follow_up_due_at=None,
        )
    moved = Escalation.objects.filter(pk=escalation.pk, status=source).update(**fields)
    if moved != 1:
        fresh = Escalation.objects.only("status").get(pk=escalation.pk)
        raise Conflict(
            f"Somebody moved the case to {fresh.get_status_display().lower()} first; "
            "nothing was changed."
        )
    for name, value in fields.items():
        setattr(escalation, name, value)
    _move_clocks(escalation, source, target, transition, by=by, now=now, note=note)
    timeline.record(
        escalation,
        Kind.STATUS,
        f"{Status(source).label} → {Status(target).label}"
        + ("" if transition.target is None or transition.by_hand else f" ({transition.label})"),
        by=by,
        now=now,
        body="\n".join(part for part in (details, note, resolution) if part),
        changes=[
            {
                "field": "status",
                "label": "Status",
                "old": Status(source).label,
                "new": Status(target).label,
            }
        ],
    )
    return target


def _move_clocks(
    escalation: Escalation, source: str, target: str, transition: Transition, *, by, now, note
) -> None:
    if source == Status.NEW:
        clocks.acknowledged(escalation, now=now, by=by)
    if target == Status.WAITING_ON_CUSTOMER:
        clocks.paused(escalation, now=now)
    elif source == Status.WAITING_ON_CUSTOMER:
        why = "the customer replied" if by is None else f"back to {Status(target).label.lower()}"
        clocks.resumed(escalation, now=now, why=why)
    if target in (Status.RESOLVED, Status.CLOSED):
        clocks.resolved(escalation, now=now, why=f"the case was {Status(target).label.lower()}")
    if transition.name == "reopen":
        clocks.reopened(escalation, now=now)


# --- Approvals ---------------------------------------------------------------------------------


@transaction.atomic
def propose_approval(
    escalation: Escalation,
    *,
    kind: str,
    amount: Decimal | None,
    reason: str,
    customer_message: str,
    by,
    now: datetime,
) -> Approval:
    """The owner proposes a refund, credit or exception; the case waits for the decision."""
    owner = current_holder(escalation, RoleKind.OWNER)
    if owner is None or owner.person_id != by.pk:
        raise Refused("Only the case's owner proposes a refund, credit or exception.")
    if owner.status != Assignment.Status.ACCEPTED:
        raise Refused("Accept the owner role first, then propose.")
    waiting = escalation.status == Status.AWAITING_APPROVAL
    if not waiting and escalation.status not in TRANSITIONS["request_approval"].sources:
        raise Refused(
            f"Proposals are made while the case is worked, not while it is "
            f"{escalation.get_status_display().lower()}."
        )
    approval = matrix.propose(
        escalation,
        kind=kind,
        amount=amount,
        reason=reason,
        customer_message=customer_message,
        by=by,
        now=now,
        resume_status=escalation.resume_status if waiting else escalation.status,
    )
    if not waiting:
        _move(escalation, TRANSITIONS["request_approval"], by=by, now=now)
    actions.touch(escalation, now)
    return approval


@transaction.atomic
def decide_approval(
    approval: Approval, *, approve: bool, reason: str, by, now: datetime
) -> Approval:
    """Approved moves the case on to execute; rejected returns it to where it was.

    With several proposals pending, the case waits until the last one is decided.
    """
    matrix.decide(approval, approve=approve, reason=reason, by=by, now=now)
    escalation = Escalation.objects.get(pk=approval.escalation_id)
    still_pending = escalation.approvals.filter(status=Approval.Status.PENDING).exists()
    if escalation.status == Status.AWAITING_APPROVAL and not still_pending:
        # Any proposal approved while the case waited (not only the one decided now) sends it on
        # to execute: the approved refund still has to be carried out.
        waits = escalation.timeline.filter(kind=Kind.STATUS).order_by("-at", "-id")
        entered = next(
            (
                event.at
                for event in waits.only("at", "changes")
                if event.changes and event.changes[0].get("new") == Status.AWAITING_APPROVAL.label
            ),
            now,
        )
        approved_any = escalation.approvals.filter(
            status=Approval.Status.APPROVED, proposed_at__gte=entered
        ).exists()
        name = "approved" if approve or approved_any else "rejected"
        _move(escalation, TRANSITIONS[name], by=by, now=now)
    actions.touch(escalation, now)
    approval.escalation = escalation
    return approval


# --- Customer communication --------------------------------------------------------------------


@transaction.atomic
def send_customer_update(
    escalation: Escalation,
    *,
    subject: str,
    body: str,
    template: UpdateTemplate | None,
    by,
    now: datetime,
) -> CustomerUpdate:
    update = matrix.send_update(
        escalation, subject=subject, body=body, template=template, by=by, now=now
    )
    clocks.update_sent(escalation, now=now, by=by)
    actions.touch(escalation, now)
    return update
