"""The close-out: what a case taught us, recorded when it is closed.

The close event (escalations/workflow.py) writes it, so it sits in the case layer; the reports app
reads it. Root causes and triggers are admin-edited lists (shipped by a data migration).
"""

from __future__ import annotations

from django.conf import settings
from django.core.validators import MaxLengthValidator
from django.db import models

from .cases import Escalation


class Function(models.TextChoices):
    """Who fixes a systemic problem with this root cause (DESIGN.md "Reports")."""

    ENGINEERING = "engineering", "Engineering"
    SUPPORT_OPS = "support_ops", "Support Ops"
    SUPPORT_VP = "support_vp", "Support VP"
    TRAINING = "training", "Training"


class ChoiceRow(models.Model):
    """A row of an admin-edited list: retired rows stay for the cases that used them."""

    slug = models.SlugField(max_length=60, unique=True)
    name = models.CharField(max_length=120, unique=True)
    description = models.CharField(max_length=300, blank=True)
    active = models.BooleanField(
        default=True, help_text="Offered at close-out. Retire a row instead of deleting it."
    )
    order = models.PositiveSmallIntegerField(default=0)

    class Meta:
        abstract = True
        ordering = ["order", "name"]

    def __str__(self) -> str:
        return self.name


class RootCause(ChoiceRow):
    function = models.CharField(
        max_length=20,
        choices=Function.choices,
        help_text="Where an action item for a systemic problem with this root cause goes.",
    )

    class Meta(ChoiceRow.Meta):
        verbose_name = "root cause"


class Trigger(ChoiceRow):
    """What set the escalation off, as the manager sees it once the case is understood."""

    class Meta(ChoiceRow.Meta):
        verbose_name = "trigger"


class CloseOut(models.Model):
    escalation = models.OneToOneField(Escalation, on_delete=models.CASCADE, related_name="closeout")
    trigger = models.ForeignKey(Trigger, on_delete=models.PROTECT, related_name="closeouts")
    root_cause = models.ForeignKey(RootCause, on_delete=models.PROTECT, related_name="closeouts")
    avoidable = models.BooleanField(help_text="Could we have prevented this escalation?")
    resolution_summary = models.TextField(validators=[MaxLengthValidator(3000)])
    exit_criteria_met = models.BooleanField()
    # Computed from the clocks at close, never typed: every clock of the case met its target.
    within_sla = models.BooleanField()
    closed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    closed_at = models.DateTimeField()

    class Meta:
        indexes = [
            models.Index(fields=["closed_at"], name="closeout_closed"),
            models.Index(fields=["root_cause", "closed_at"], name="closeout_cause"),
            # The reports' close-out totals (reports/figures/closeouts.py): a period's
            # close-outs with every column they count, read from the index alone.
            models.Index(
                fields=[
                    "closed_at",
                    "trigger",
                    "root_cause",
                    "avoidable",
                    "within_sla",
                    "exit_criteria_met",
                    "escalation",
                ],
                name="closeout_report",
            ),
        ]

    def __str__(self) -> str:
        return f"Close-out of {self.escalation}"
