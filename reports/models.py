"""What the reports app owns: action items against systemic problems, and monthly snapshots."""

from __future__ import annotations

from django.conf import settings
from django.core.validators import RegexValidator
from django.db import models

from escalations.models import Function, RootCause

QUARTER = RegexValidator(r"^\d{4}-Q[1-4]$", "Write a quarter as YYYY-Qn, like 2026-Q4.")
MONTH = RegexValidator(r"^\d{4}-(0[1-9]|1[0-2])$", "Write a month as YYYY-MM, like 2026-11.")


class ActionItem(models.Model):
    """What a manager decided to do about a systemic problem: a root cause with >= 5 cases in a quarter."""

    class Status(models.TextChoices):
        OPEN = "open", "Open"
        IN_PROGRESS = "in_progress", "In progress"
        DONE = "done", "Done"
        DROPPED = "dropped", "Dropped"

    root_cause = models.ForeignKey(RootCause, on_delete=models.PROTECT, related_name="action_items")
    quarter = models.CharField(max_length=7, validators=[QUARTER])
    title = models.CharField(max_length=200)
    function = models.CharField(max_length=20, choices=Function.choices)
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="action_items"
    )
    due_date = models.DateField()
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.OPEN)
    outcome = models.TextField("what was done", blank=True, max_length=3000)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    created_at = models.DateTimeField()
    updated_at = models.DateTimeField()

    class Meta:
        ordering = ["due_date", "id"]
        indexes = [models.Index(fields=["quarter", "root_cause"], name="action_quarter_cause")]

    def __str__(self) -> str:
        return self.title


class Snapshot(models.Model):
    """A month's figures as they stood when it was taken: later edits to cases do not change it."""

    month = models.CharField(max_length=7, unique=True, validators=[MONTH])
    figures = models.JSONField()
    taken_at = models.DateTimeField()
    emailed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-month"]

    def __str__(self) -> str:
        return f"Snapshot of {self.month}"
