"""Changes to the case itself. Each is one transaction that also writes the case's timeline.

These touch only the case layer. A change other apps react to (triage re-scores, the matrix
re-suggests roles) is a case event in workflow.py, which calls these first.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from django.db import transaction

from . import timeline
from .choices import Direction
from .models import Artifact, Escalation, Interaction, TimelineEvent, TroubleshootingStep
from .refusals import Conflict

Kind = TimelineEvent.Kind

# The fields a manager edits on the brief form, in the order the timeline lists changes.
BRIEF_FIELDS = (
    "customer",
    "title",
    "summary",
    "entry_point",
    "category",
    "product_area",
    "desired_outcome",
    "recommended_next_step",
    "target_team",
    "environment",
    "reproduction_steps",
    "invoice_reference",
    "amount_in_dispute",
    "regulation_concerned",
    "suspected_root_cause",
    "refund_amount",
    "policy_exception_requested",
    "external_ticket_ids",
    "emotional_signals",
)


@transaction.atomic
def record_brief(
    brief: Escalation,
    *,
    steps: Sequence[TroubleshootingStep],
    interactions: Sequence[Interaction],
    by,
    now: datetime,
) -> Escalation:
    """Save a complete, validated brief with what was tried and the customer's words."""
    brief.created_by = by
    brief.created_at = brief.updated_at = now
    brief.save()
    for step in steps:
        step.escalation, step.created_by, step.created_at = brief, by, now
    TroubleshootingStep.objects.bulk_create(steps)
    for interaction in interactions:
        interaction.escalation, interaction.created_by, interaction.created_at = brief, by, now
    Interaction.objects.bulk_create(interactions)
    Escalation.objects.filter(pk=brief.pk).note_interactions()  # bulk_create skips save()
    timeline.record(
        brief,
        Kind.CREATED,
        f"Escalation raised for {brief.customer} ({brief.get_category_display().lower()}, "
        f"via {brief.get_entry_point_display()})",
        by=by,
        now=now,
        body=brief.summary,
    )
    return brief


@transaction.atomic
def brief_fingerprint(escalation: Escalation) -> str:
    """The brief's stored values as one short hash: what an edit form was drawn from.

    The edit form carries it; apply_brief_edit compares it with the row it has locked, so a
    change made meanwhile by anyone (another manager, the admin) is never silently overwritten.
    """
    raw = [escalation._meta.get_field(name).value_to_string(escalation) for name in BRIEF_FIELDS]
    return hashlib.sha256(json.dumps(raw).encode()).hexdigest()[:40]


class BriefChanged(Conflict):
    """The brief changed after the form was drawn: `current` is the case as it is now."""

    def __init__(self, current: Escalation, last_edit: TimelineEvent | None) -> None:
        super().__init__(
            "Somebody changed this brief after you opened it, so nothing of yours was saved. "
            "Their version is shown beside what you typed: check it, then save again."
        )
        self.current = current
        self.last_edit = last_edit


def apply_brief_edit(
    escalation: Escalation,
    values: dict[str, Any],
    *,
    by,
    now: datetime,
    drawn: str | None = None,
) -> list[dict]:
    """Apply edited brief fields; the timeline keeps each old and new value.

    `drawn` is brief_fingerprint() of the brief the form showed: when the locked row differs,
    BriefChanged is raised and nothing is written (the optimistic lock of the edit page).
    """
    current = Escalation.objects.select_for_update().get(pk=escalation.pk)
    if drawn is not None and brief_fingerprint(current) != drawn:
        last = (
            current.timeline.filter(kind=Kind.BRIEF_EDITED)
            .select_related("actor")
            .order_by("-at", "-id")
            .first()
        )
        raise BriefChanged(current, last)
    before = timeline.snapshot(current, BRIEF_FIELDS)
    for name, value in values.items():
        if name in BRIEF_FIELDS:
            setattr(current, name, value)
    changes = timeline.diff(before, current, BRIEF_FIELDS)
    if not changes:
        return []
    current.updated_at = now
    current.save()
    labels = ", ".join(change["label"] for change in changes)
    timeline.record(
        current, Kind.BRIEF_EDITED, f"Brief edited: {labels}", by=by, now=now, changes=changes
    )
    refresh(escalation, current)
    return changes


@transaction.atomic
def record_interaction(
    escalation: Escalation, interaction: Interaction, *, by, now: datetime
) -> Interaction:
    interaction.escalation, interaction.created_by, interaction.created_at = escalation, by, now
    interaction.save()
    direction = "from" if interaction.direction == Direction.INBOUND else "to"
    timeline.record(
        escalation,
        Kind.INTERACTION,
        f"{interaction.get_channel_display()} {direction} {interaction.contact_name}",
        by=by,
        now=now,
        body=interaction.body,
    )
    touch(escalation, now)
    return interaction


@transaction.atomic
def add_note(escalation: Escalation, text: str, *, by, now: datetime) -> TimelineEvent:
    event = timeline.record(escalation, Kind.NOTE, "Internal note", by=by, now=now, body=text)
    touch(escalation, now)
    return event


@transaction.atomic
def add_troubleshooting_step(
    escalation: Escalation, step: TroubleshootingStep, *, by, now: datetime
) -> TroubleshootingStep:
    step.escalation, step.created_by, step.created_at = escalation, by, now
    step.save()
    timeline.record(
        escalation,
        Kind.STEP,
        f"Tried: {step.action[:120]}",
        by=by,
        now=now,
        body=f"Result: {step.result}",
    )
    touch(escalation, now)
    return step


@transaction.atomic
def add_artifact(escalation: Escalation, artifact: Artifact, *, by, now: datetime) -> Artifact:
    artifact.escalation, artifact.created_by, artifact.created_at = escalation, by, now
    artifact.save()
    timeline.record(
        escalation,
        Kind.ARTIFACT,
        f"{artifact.get_kind_display()} added: {artifact.label}",
        by=by,
        now=now,
        body=artifact.url,
    )
    touch(escalation, now)
    return artifact


def touch(escalation: Escalation, now: datetime) -> None:
    """Record activity; last activity never moves backwards (a back-dated import must not
    hide later work)."""
    Escalation.objects.filter(pk=escalation.pk, updated_at__lt=now).update(updated_at=now)
    escalation.updated_at = max(escalation.updated_at, now)


def refresh(target: Escalation, source: Escalation) -> None:
    for field in Escalation._meta.concrete_fields:
        setattr(target, field.attname, getattr(source, field.attname))
