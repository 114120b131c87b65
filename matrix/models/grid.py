"""The matrix itself: roles and their roster, the severity × category cells, the executive row."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxLengthValidator, MinValueValidator
from django.db import models
from django.db.models import Q

from escalations.choices import Category, Severity

MONEY = {"max_digits": 14, "decimal_places": 2, "validators": [MinValueValidator(Decimal(0))]}
POSITIVE = [MinValueValidator(1)]


class Role(models.Model):
    """A job the matrix names ("Billing lead"), held by the people on its roster."""

    name = models.CharField(max_length=80, unique=True)
    regional = models.BooleanField(
        default=False,
        help_text="Suggest the holder from the customer's region (e.g. Regional CSM manager).",
    )
    seniority = models.PositiveSmallIntegerField(
        default=1, help_text="Higher is more senior; approvals above a limit go up this ladder."
    )
    approval_limit = models.DecimalField(
        "approves up to (USD)",
        null=True,
        blank=True,
        help_text="Largest refund or credit this role may approve. Empty: approves none.",
        **MONEY,
    )
    approves_any_amount = models.BooleanField(
        default=False, help_text="No limit (e.g. the CRO): decides whatever the amount."
    )
    escalates_to = models.ForeignKey(
        "self",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        help_text="The next level up, for hierarchical hand-offs and auto-escalation.",
    )

    class Meta:
        ordering = ["seniority", "name"]

    def __str__(self) -> str:
        return self.name

    def clean(self) -> None:
        if self.approves_any_amount and self.approval_limit is not None:
            raise ValidationError(
                {"approval_limit": "Leave the limit empty when the role approves any amount."}
            )
        if self.escalates_to_id and self.escalates_to_id == self.pk:
            raise ValidationError({"escalates_to": "A role cannot escalate to itself."})
        if self.escalates_to_id and self.seniority is not None:
            # Up the chain only: this also rules out loops (A → B → A) in the ladder.
            up = Role.objects.filter(pk=self.escalates_to_id).values_list("seniority", flat=True)
            if up and up[0] <= self.seniority:
                raise ValidationError(
                    {
                        "escalates_to": "Escalate to a more senior role "
                        f"(seniority above {self.seniority})."
                    }
                )

    def may_approve(self, amount: Decimal | None) -> bool:
        """Whether a holder of this role decides a proposal of `amount` (None: no money)."""
        if self.approves_any_amount:
            return True
        if self.approval_limit is None:
            return False
        return amount is None or amount <= self.approval_limit


class RosterEntry(models.Model):
    """One person holding one role, in a region where the role is regional."""

    role = models.ForeignKey(Role, on_delete=models.CASCADE, related_name="holders")
    person = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="roster_entries"
    )
    region = models.CharField(max_length=60, blank=True, help_text="Empty: covers every region.")
    away = models.BooleanField(
        default=False, help_text="Away people are skipped when the desk suggests roles."
    )
    order = models.PositiveSmallIntegerField(
        default=0, help_text="Lower is suggested first among holders of the same role."
    )

    class Meta:
        ordering = ["role", "order", "id"]
        verbose_name = "roster entry"
        verbose_name_plural = "roster"
        constraints = [
            models.UniqueConstraint(
                fields=["role", "person", "region"], name="roster_one_entry_per_region"
            )
        ]

    def __str__(self) -> str:
        where = f" ({self.region})" if self.region else ""
        return f"{self.role}{where}: {self.person.get_full_name() or self.person.username}"

    def clean(self) -> None:
        # The desk reads a region only for regional roles; on any other it would mislead.
        if self.region.strip() and self.role_id and not self.role.regional:
            raise ValidationError(
                {"region": f"{self.role} is not regional: leave the region empty."}
            )
        self.region = self.region.strip()


class MatrixCell(models.Model):
    """What a severity × category case gets: its team, its three roles, its clocks."""

    class AutoEscalation(models.TextChoices):
        RAISE = "raise", "Raise to the next level's people"
        NOTIFY = "notify", "Notify the next level only"

    severity = models.PositiveSmallIntegerField(choices=Severity.choices)
    category = models.CharField(max_length=20, choices=Category.choices)
    target_team = models.CharField(max_length=120)
    owner_role = models.ForeignKey(Role, on_delete=models.PROTECT, related_name="+")
    authority_role = models.ForeignKey(
        Role, on_delete=models.PROTECT, related_name="+", verbose_name="decision authority role"
    )
    comms_role = models.ForeignKey(
        Role, on_delete=models.PROTECT, related_name="+", verbose_name="comms lead role"
    )
    acknowledge_minutes = models.PositiveIntegerField(validators=POSITIVE)
    investigate_minutes = models.PositiveIntegerField(validators=POSITIVE)
    update_minutes = models.PositiveIntegerField(
        "customer update every (minutes)",
        null=True,
        blank=True,
        validators=POSITIVE,
        help_text="Empty: update on change only.",
    )
    resolve_minutes = models.PositiveIntegerField(validators=POSITIVE)
    auto_escalate_minutes = models.PositiveIntegerField(
        "auto-escalate if unacknowledged after (minutes)", validators=POSITIVE
    )
    auto_escalation = models.CharField(
        max_length=10, choices=AutoEscalation.choices, default=AutoEscalation.NOTIFY
    )
    update_cadence = models.CharField(max_length=80, help_text='As teams say it: "daily".')
    involve = models.CharField("who to involve", max_length=300)
    protocol = models.TextField(
        "communication protocol", validators=[MaxLengthValidator(2000)], blank=True
    )

    class Meta:
        ordering = ["severity", "category"]
        constraints = [
            models.UniqueConstraint(fields=["severity", "category"], name="matrix_one_cell"),
            models.CheckConstraint(
                condition=Q(acknowledge_minutes__lt=models.F("resolve_minutes")),
                name="matrix_acknowledge_before_resolve",
            ),
        ]

    def __str__(self) -> str:
        return f"{Severity(self.severity).label} × {Category(self.category).label}"

    def clean(self) -> None:
        errors = {}
        ack, investigate, resolve = (
            self.acknowledge_minutes,
            self.investigate_minutes,
            self.resolve_minutes,
        )
        # Each check names the field to fix, so the admin shows its message next to that field.
        if ack and resolve and ack >= resolve:
            errors["resolve_minutes"] = "Resolve must be later than acknowledge."
        if ack and investigate and investigate <= ack:
            errors["investigate_minutes"] = "Investigate must be later than acknowledge."
        elif investigate and resolve and investigate > resolve:
            errors["investigate_minutes"] = "Investigate cannot be later than resolve."
        auto = self.auto_escalate_minutes
        if ack and auto and auto < ack:
            # Auto-escalation is what happens when the acknowledge target is missed.
            errors["auto_escalate_minutes"] = (
                "Auto-escalate when the acknowledge target is missed: not before acknowledge."
            )
        if errors:
            raise ValidationError(errors)

    def targets(self) -> dict[str, timedelta | None]:
        minutes = {
            "acknowledge": self.acknowledge_minutes,
            "investigate": self.investigate_minutes,
            "update": self.update_minutes,
            "resolve": self.resolve_minutes,
            "auto_escalate": self.auto_escalate_minutes,
        }
        return {k: timedelta(minutes=v) if v else None for k, v in minutes.items()}


class ExecutiveRow(models.Model):
    """Executive escalations' own row of the matrix (one row; DESIGN.md "Severity matrix")."""

    owner_role = models.ForeignKey(
        Role,
        on_delete=models.PROTECT,
        related_name="+",
        help_text="Acknowledged personally by a holder of this role.",
    )
    acknowledge_minutes = models.PositiveIntegerField(default=120, validators=POSITIVE)
    full_update_minutes = models.PositiveIntegerField(
        "full customer update within (minutes of acknowledgement)",
        default=480,
        validators=POSITIVE,
    )
    follow_up_days = models.PositiveSmallIntegerField(
        "CSM follow-up after closure (days)", default=7, validators=POSITIVE
    )
    guidance = models.TextField(validators=[MaxLengthValidator(2000)])

    class Meta:
        verbose_name = "executive escalation row"

    def __str__(self) -> str:
        return "Executive escalations"

    def clean(self) -> None:
        if self.acknowledge_minutes and self.full_update_minutes:
            if self.full_update_minutes <= 0:
                raise ValidationError({"full_update_minutes": "Give a positive window."})
        if not self.pk and ExecutiveRow.objects.exists():
            raise ValidationError("There is one executive row; edit it instead.")
