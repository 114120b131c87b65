"""The case's append-only timeline (database triggers refuse UPDATE and DELETE)."""

from __future__ import annotations

from django.conf import settings
from django.db import models


class TimelineQuerySet(models.QuerySet):
    """The timeline is the case's audit log: rows are only ever added."""

    def update(self, **kwargs):
        raise TypeError("Timeline events are append-only and cannot be updated.")

    def delete(self):
        raise TypeError("Timeline events are append-only and cannot be deleted.")

    def bulk_update(self, *args, **kwargs):
        raise TypeError("Timeline events are append-only and cannot be updated.")


class TimelineEvent(models.Model):
    class Kind(models.TextChoices):
        CREATED = "created", "Escalation raised"
        BRIEF_EDITED = "brief_edited", "Brief edited"
        INTERACTION = "interaction", "Interaction added"
        NOTE = "note", "Internal note"
        STEP = "step", "Troubleshooting step added"
        ARTIFACT = "artifact", "Artifact added"
        STATUS = "status", "Status changed"
        ASSIGNMENT = "assignment", "Assignment"
        TRIAGE = "triage", "Triaged"
        OVERRIDE = "override", "Triage overridden"
        FEEDBACK = "feedback", "Triage feedback"
        REASSIGNMENT = "reassignment", "Role handed off"
        PROPOSAL = "proposal", "Approval proposed"
        DECISION = "decision", "Approval decided"
        CUSTOMER_UPDATE = "customer_update", "Customer update sent"
        MATRIX = "matrix", "Matrix"
        SLA = "sla", "SLA clock"

    # The decision log (DESIGN.md "Workflow"): who decided what, and why.
    DECISION_KINDS = (Kind.OVERRIDE, Kind.REASSIGNMENT, Kind.PROPOSAL, Kind.DECISION)

    escalation = models.ForeignKey(
        "escalations.Escalation", on_delete=models.PROTECT, related_name="timeline"
    )
    at = models.DateTimeField()
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True
    )
    kind = models.CharField(max_length=20, choices=Kind.choices)
    summary = models.CharField(max_length=300)
    body = models.TextField(blank=True)
    # [{"field": ..., "label": ..., "old": ..., "new": ...}] — values as displayed strings.
    changes = models.JSONField(default=list, blank=True)

    objects = TimelineQuerySet.as_manager()

    class Meta:
        ordering = ["at", "id"]
        indexes = [models.Index(fields=["escalation", "at", "id"], name="timeline_case")]

    def __str__(self) -> str:
        return f"{self.at:%Y-%m-%d %H:%M} {self.summary}"

    def save(self, *args, **kwargs) -> None:
        if not self._state.adding:
            raise TypeError("Timeline events are append-only and cannot be edited.")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise TypeError("Timeline events are append-only and cannot be deleted.")
