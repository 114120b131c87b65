"""The work the matrix hands out on a case: its three people and the approvals it asks for."""

from __future__ import annotations

from django.conf import settings
from django.core.validators import MaxLengthValidator
from django.db import models
from django.db.models import Exists, OuterRef, Q

from escalations.models import Escalation

from .grid import MONEY, Role, RosterEntry


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
            # With status, so the EXISTS (current, not declined) reads no assignment row: the
            # queue's Sev-1 rule and My work's counts probe it once per case they look at.
            models.Index(
                fields=["escalation", "person", "ended_at", "status"],
                name="assignment_case_person",
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
