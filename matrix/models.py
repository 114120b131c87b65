"""The severity matrix, the roster of people who hold its roles, and the work it hands out.

Matrix cells, roles and update templates are admin-edited rows (STYLE.md item 8). Assignments
and approvals are the case's working state; their timeline entries are the decision log.
"""

from __future__ import annotations

import re
from datetime import timedelta
from decimal import Decimal

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxLengthValidator, MinValueValidator
from django.db import models
from django.db.models import Exists, OuterRef, Q

from escalations.choices import Category, Severity
from escalations.models import Escalation, Interaction

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


class RoleKind(models.TextChoices):
    OWNER = "owner", "Owner"
    AUTHORITY = "authority", "Decision authority"
    COMMS = "comms", "Comms lead"


class AssignmentQuerySet(models.QuerySet):
    def current(self) -> AssignmentQuerySet:
        return self.filter(ended_at__isnull=True)

    def holding(self) -> AssignmentQuerySet:
        """Current and not declined: the people who hold the case's roles right now."""
        return self.current().exclude(status=Assignment.Status.DECLINED)


class Assignment(models.Model):
    """One person in one of a case's three roles, from assignment until replaced."""

    class Status(models.TextChoices):
        PENDING = "pending", "Waiting for acceptance"
        ACCEPTED = "accepted", "Accepted"
        DECLINED = "declined", "Declined"

    class Temperature(models.TextChoices):
        WARM = "warm", "Warm (the old and new holder talk)"
        COLD = "cold", "Cold (the note is the hand-off)"

    class Direction(models.TextChoices):
        FUNCTIONAL = "functional", "Functional (sideways to an expert team)"
        HIERARCHICAL = "hierarchical", "Hierarchical (up the chain)"

    escalation = models.ForeignKey(Escalation, on_delete=models.PROTECT, related_name="assignments")
    kind = models.CharField(max_length=10, choices=RoleKind.choices)
    person = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="assignments"
    )
    role = models.ForeignKey(
        Role,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        help_text="The matrix role the person was picked for, when from the roster.",
    )
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.PENDING)
    assigned_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        help_text="Empty: suggested by the desk from the matrix.",
    )
    assigned_at = models.DateTimeField()
    # The pending assignment's own clock: the acknowledge window of the case's matrix cell.
    respond_by = models.DateTimeField()
    responded_at = models.DateTimeField(null=True, blank=True)
    decline_reason = models.CharField(max_length=500, blank=True)
    ended_at = models.DateTimeField(null=True, blank=True)
    previous = models.OneToOneField(
        "self", on_delete=models.PROTECT, null=True, blank=True, related_name="next"
    )
    handoff_note = models.TextField(blank=True, validators=[MaxLengthValidator(2000)])
    handoff_temperature = models.CharField(max_length=10, choices=Temperature.choices, blank=True)
    handoff_direction = models.CharField(max_length=12, choices=Direction.choices, blank=True)

    objects = AssignmentQuerySet.as_manager()

    class Meta:
        ordering = ["escalation", "kind", "-assigned_at", "-id"]
        constraints = [
            # Exactly one current holder per role: a second concurrent reassignment of the same
            # role fails here even when both requests passed their checks at the same moment.
            models.UniqueConstraint(
                fields=["escalation", "kind"],
                condition=Q(ended_at__isnull=True),
                name="assignment_one_current_per_role",
            )
        ]
        indexes = [
            # My work: a person's current assignments (pending first) — and the visibility
            # rule's EXISTS (escalation, person) for Sev-1 cases.
            models.Index(fields=["person", "ended_at", "status"], name="assignment_person"),
            models.Index(
                fields=["escalation", "person", "ended_at"], name="assignment_case_person"
            ),
            # The matrix's suggestions balance new work by each holder's recent roles
            # (matrix/roster.py `_load`): a range read per person.
            models.Index(
                fields=["person", "assigned_at"],
                condition=Q(ended_at__isnull=True),
                name="assignment_person_recent",
            ),
            # The stalled sweep (issue 9): pending assignments past their window.
            models.Index(
                fields=["respond_by"],
                condition=Q(ended_at__isnull=True, status="pending"),
                name="assignment_pending_due",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()}: {self.person_name}"

    @property
    def person_name(self) -> str:
        return self.person.get_full_name() or self.person.username

    @property
    def is_current(self) -> bool:
        return self.ended_at is None


class ApprovalQuerySet(models.QuerySet):
    def waiting_for(self, user) -> ApprovalQuerySet:
        """Pending proposals `user` may decide (one query; the rule of matrix.actions.may_decide).

        The case's decision authority when the proposal needs the authority's own role; or a
        person on the roster holding that role, or a more senior one ("a higher role", issue 8)
        whose limit covers the amount — a peer role of the same seniority in another function
        (the Billing lead for a duty manager's case) does not; never the person who proposed it.
        """
        if not user.is_authenticated:
            return self.none()
        covers = Q(role__approves_any_amount=True) | Q(
            role__approval_limit__isnull=False, role__approval_limit__gte=OuterRef("amount")
        )
        covers_no_amount = Q(role__approves_any_amount=True) | Q(role__approval_limit__isnull=False)
        senior_enough = RosterEntry.objects.filter(
            person=user, role__seniority__gt=OuterRef("decider_role__seniority")
        )
        return (
            self.filter(status=Approval.Status.PENDING)
            .exclude(proposed_by=user)
            .filter(
                Exists(
                    Assignment.objects.filter(
                        escalation=OuterRef("escalation"),
                        kind=RoleKind.AUTHORITY,
                        person=user,
                        role=OuterRef("decider_role"),
                        ended_at__isnull=True,
                    ).exclude(status=Assignment.Status.DECLINED)
                )
                | Exists(RosterEntry.objects.filter(person=user, role=OuterRef("decider_role")))
                | (Q(amount__isnull=False) & Exists(senior_enough.filter(covers)))
                | (Q(amount__isnull=True) & Exists(senior_enough.filter(covers_no_amount)))
            )
        )


class Approval(models.Model):
    """A refund, credit or exception the owner proposes and an authority decides."""

    class Kind(models.TextChoices):
        REFUND = "refund", "Refund"
        CREDIT = "credit", "Service credit"
        POLICY_EXCEPTION = "policy_exception", "Policy exception"
        CONTRACT_CHANGE = "contract_change", "Contract change"

    class Status(models.TextChoices):
        PENDING = "pending", "Waiting for a decision"
        APPROVED = "approved", "Approved"
        REJECTED = "rejected", "Rejected"

    MONEY_KINDS = (Kind.REFUND, Kind.CREDIT)

    escalation = models.ForeignKey(Escalation, on_delete=models.PROTECT, related_name="approvals")
    kind = models.CharField(max_length=20, choices=Kind.choices)
    amount = models.DecimalField("amount (USD)", null=True, blank=True, **MONEY)
    reason = models.TextField(validators=[MaxLengthValidator(2000)])
    customer_message = models.TextField(
        "what the customer is told", validators=[MaxLengthValidator(2000)]
    )
    proposed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    proposed_at = models.DateTimeField()
    # Who may decide: holders of this role (or a more senior one that covers the amount), or the
    # case's decision authority when this is the authority's own role.
    decider_role = models.ForeignKey(Role, on_delete=models.PROTECT, related_name="+")
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.PENDING)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    decided_at = models.DateTimeField(null=True, blank=True)
    decision_reason = models.TextField(blank=True, validators=[MaxLengthValidator(2000)])
    resume_status = models.CharField(max_length=20, blank=True)

    objects = ApprovalQuerySet.as_manager()

    class Meta:
        ordering = ["-proposed_at", "-id"]
        constraints = [
            models.CheckConstraint(
                condition=~Q(kind__in=["refund", "credit"]) | Q(amount__isnull=False),
                name="approval_money_has_amount",
            )
        ]
        indexes = [
            models.Index(fields=["status", "decider_role"], name="approval_waiting"),
            models.Index(fields=["escalation", "status"], name="approval_case"),
        ]

    def __str__(self) -> str:
        amount = f" ${self.amount:,.2f}" if self.amount is not None else ""
        return f"{self.get_kind_display()}{amount}"


PLACEHOLDER = re.compile(r"\{([a-z_]+)\}")
PLACEHOLDERS = {
    "contact": "the customer's contact name",
    "customer": "the account's name",
    "reference": "the case reference (ESC-00042)",
    "title": "the case title",
    "sender": "the comms lead's name (you)",
    "owner": "the owner's name",
    "next_step": "the recommended next step",
    "committed_time": "the next committed update, in the customer's time zone",
    "previous_lead": "the previous comms lead (hand-off)",
}


def template_problems(text: str) -> list[str]:
    unknown = sorted({name for name in PLACEHOLDER.findall(text) if name not in PLACEHOLDERS})
    return [f"Unknown placeholder {{{name}}}." for name in unknown]


class UpdateTemplate(models.Model):
    """A customer update the comms lead starts from; admins edit the words."""

    class Purpose(models.TextChoices):
        EXECUTIVE_FIRST = "executive_first", "Personal first response (executive escalation)"
        HANDOFF = "handoff", "Hand-off"
        EMPATHETIC = "empathetic", "Empathetic reply (negative tone)"
        PROGRESS = "progress", "Progress update"
        CLOSURE = "closure", "Closure"

    purpose = models.CharField(max_length=20, choices=Purpose.choices, unique=True)
    subject = models.CharField(max_length=200)
    body = models.TextField(validators=[MaxLengthValidator(5000)])

    class Meta:
        ordering = ["id"]

    def __str__(self) -> str:
        return self.get_purpose_display()

    def clean(self) -> None:
        errors = {}
        for field in ("subject", "body"):
            text = getattr(self, field) or ""
            # Also "{Contact}" or "{next step}": the desk would send them to the customer as typed.
            loose = sorted(
                {
                    f"Unknown placeholder {{{name}}}."
                    for name in re.findall(r"\{([^{}\n]{1,40})\}", text)
                    if name not in PLACEHOLDERS and not PLACEHOLDER.fullmatch(f"{{{name}}}")
                }
            )
            if problems := template_problems(text) + loose:
                errors[field] = [
                    *problems,
                    "Use one of: " + ", ".join(f"{{{p}}}" for p in PLACEHOLDERS) + ".",
                ]
        if errors:
            raise ValidationError(errors)

    def fill(self, values: dict[str, str]) -> tuple[str, str]:
        def sub(text: str) -> str:
            return PLACEHOLDER.sub(lambda m: values.get(m.group(1), m.group(0)), text)

        return sub(self.subject), sub(self.body)


class CustomerUpdate(models.Model):
    """An update the comms lead sent: what the SLA clocks count as "our update"."""

    escalation = models.ForeignKey(
        Escalation, on_delete=models.PROTECT, related_name="customer_updates"
    )
    interaction = models.OneToOneField(Interaction, on_delete=models.PROTECT, related_name="+")
    template = models.ForeignKey(
        UpdateTemplate, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    to_email = models.EmailField(max_length=254)
    subject = models.CharField(max_length=200)
    sent_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    sent_at = models.DateTimeField()

    class Meta:
        ordering = ["-sent_at", "-id"]
        indexes = [models.Index(fields=["escalation", "-sent_at"], name="update_case")]

    def __str__(self) -> str:
        return self.subject
