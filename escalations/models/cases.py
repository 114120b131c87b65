"""The case and its brief's parts: interactions, troubleshooting steps, artifacts."""

from __future__ import annotations

from collections.abc import Iterable

from django.apps import apps
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.core.validators import MaxLengthValidator
from django.db import models
from django.db.models import Case, Exists, F, OuterRef, Q, Subquery, When
from django.urls import reverse

from ..brief import count_sentences
from ..choices import (
    CATEGORY_REQUIRED_FIELDS,
    OPEN_STATUSES,
    ArtifactKind,
    Category,
    Channel,
    Direction,
    EntryPoint,
    Lane,
    Severity,
    Status,
)
from .customers import MONEY, Customer, validate_time_zone  # noqa: F401 - migrations name cases.validate_time_zone


class EscalationQuerySet(models.QuerySet):
    def open(self) -> EscalationQuerySet:
        return self.filter(status__in=OPEN_STATUSES)

    def visible_to(self, user) -> EscalationQuerySet:
        """The one place the Sev-1 visibility rule lives (DESIGN.md "Visibility").

        Sev-1 cases are seen only by executives, desk admins, their three assignees (pending or
        accepted) and their creator; a user with no desk role sees no case at all.
        """
        from ..access import has_desk_role, sees_all_cases

        if sees_all_cases(user):
            return self
        if not has_desk_role(user):
            return self.none()
        return self.filter(
            ~Q(severity=Severity.SEV1)
            | Q(severity__isnull=True)
            | Q(created_by=user)
            | Exists(self._on_case(user))
        )

    def hidden_from(self, user) -> EscalationQuerySet:
        """The cases of this queryset that visible_to(user) leaves out: its exact complement.

        Written as the Sev-1 cases `user` neither raised nor is on, so that the database reads
        the Sev-1 range of an index (esc_queue_count) instead of testing every case: a count
        of what someone sees is then the whole count minus this one (escalations/queue.py).
        """
        from ..access import has_desk_role, sees_all_cases

        if sees_all_cases(user):
            return self.none()
        if not has_desk_role(user):
            return self
        return (
            self.filter(severity=Severity.SEV1)
            .exclude(created_by=user)
            .exclude(Exists(self._on_case(user)))
        )

    @staticmethod
    def _on_case(user) -> models.QuerySet:
        # `user`'s current assignments on the outer case, declined ones aside. By name: the
        # case layer does not import the matrix app that owns assignments.
        return (
            apps.get_model("matrix", "Assignment")
            .objects.filter(escalation=OuterRef("pk"), person=user, ended_at__isnull=True)
            .exclude(status="declined")
        )

    def note_interactions(self) -> int:
        """Store on each case of this queryset whether the customer wrote last, and when.

        `customer_wrote_last_at` becomes the instant of the case's latest interaction (by
        occurred_at, then id: the order the case page lists them) when that one is inbound,
        and empty otherwise. Read from the interactions themselves, so calling it again is
        harmless. Interaction.save() and delete() call it for their case; code that writes
        interactions in bulk (bulk_create, raw inserts) calls it for the cases it wrote to.
        One UPDATE; returns the number of cases.
        """
        latest = Interaction.objects.filter(escalation=OuterRef("pk")).order_by(
            "-occurred_at", "-id"
        )
        inbound = Case(When(direction=Direction.INBOUND, then=F("occurred_at")))
        return self.update(
            customer_wrote_last_at=Subquery(latest.annotate(at=inbound).values("at")[:1])
        )

    def readers(
        self, people: Iterable[int], *, cases: Iterable[tuple] | None = None
    ) -> dict[int, set[int]]:
        """Which of `people` may see each case of this queryset: visible_to's rule, for many
        people at once (the sweeps tell a Sev-1 case only to its readers). Three queries;
        two when the caller passes the queryset's `cases` as (pk, severity, created_by_id),
        read with its own rows already (the SLA sweep's due clocks bring them).
        """
        from ..access import DESK_ADMIN, DESK_GROUPS, EXECUTIVE

        people = set(people) - {None}
        sees_all: set[int] = set()
        desk: set[int] = set()
        for pk, superuser, group in (
            get_user_model()
            .objects.filter(pk__in=people)
            .values_list("pk", "is_superuser", "groups__name")
        ):
            if superuser or group in (EXECUTIVE, DESK_ADMIN):
                sees_all.add(pk)
            if superuser or group in DESK_GROUPS:
                desk.add(pk)
        cases = list(
            self.values_list("pk", "severity", "created_by_id") if cases is None else cases
        )
        sev1 = [pk for pk, severity, _creator in cases if severity == Severity.SEV1]
        on_case: dict[int, set[int]] = {pk: set() for pk in sev1}
        if sev1 and desk - sees_all:
            for case, person in (
                apps.get_model("matrix", "Assignment")
                .objects.filter(
                    escalation_id__in=sev1, person_id__in=desk - sees_all, ended_at__isnull=True
                )
                .exclude(status="declined")
                .values_list("escalation_id", "person_id")
            ):
                on_case[case].add(person)
        return {
            pk: set(desk)
            if severity != Severity.SEV1
            else (desk & (sees_all | on_case[pk] | {creator}))
            for pk, severity, creator in cases
        }


class Escalation(models.Model):
    customer = models.ForeignKey(Customer, on_delete=models.PROTECT, related_name="escalations")
    title = models.CharField(max_length=200)
    summary = models.TextField(
        help_text="One to three sentences: what happened and why it is an escalation.",
        validators=[MaxLengthValidator(1000)],
    )
    entry_point = models.CharField(max_length=20, choices=EntryPoint.choices)
    category = models.CharField(max_length=20, choices=Category.choices)
    product_area = models.CharField("affected product area", max_length=120)
    desired_outcome = models.TextField(validators=[MaxLengthValidator(2000)])
    recommended_next_step = models.TextField(validators=[MaxLengthValidator(2000)])
    target_team = models.CharField(max_length=120)

    # Category-specific parts of the brief (see CATEGORY_REQUIRED_FIELDS).
    environment = models.CharField(
        max_length=200, blank=True, help_text="Technical: where it happens (e.g. EU prod, v4.2)."
    )
    reproduction_steps = models.TextField(blank=True, validators=[MaxLengthValidator(5000)])
    invoice_reference = models.CharField("invoice / order reference", max_length=100, blank=True)
    amount_in_dispute = models.DecimalField(null=True, blank=True, **MONEY)
    regulation_concerned = models.CharField(
        "data or regulation concerned", max_length=200, blank=True
    )

    # Optional context.
    suspected_root_cause = models.TextField(blank=True, validators=[MaxLengthValidator(2000)])
    refund_amount = models.DecimalField("refund / credit requested", null=True, blank=True, **MONEY)
    policy_exception_requested = models.BooleanField(
        "contract or policy exception requested", default=False
    )
    external_ticket_ids = models.CharField(
        "external ticket ids", max_length=300, blank=True, help_text="Comma-separated."
    )
    emotional_signals = models.TextField(blank=True, validators=[MaxLengthValidator(1000)])

    # Workflow and triage outcome (denormalised here so the queue filters and sorts by index).
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.NEW)
    severity = models.PositiveSmallIntegerField(choices=Severity.choices, null=True, blank=True)
    lane = models.CharField(max_length=20, choices=Lane.choices, blank=True)
    triage_score = models.PositiveSmallIntegerField(null=True, blank=True)
    reopened_count = models.PositiveSmallIntegerField(default=0)
    # Written by the workflow from the entry point and triage's flags, so the matrix reads the
    # case (not triage's code): an executive escalation follows its own matrix row, and a
    # frustrated customer needs warm hand-offs.
    executive = models.BooleanField("executive escalation", default=False)
    frustrated = models.BooleanField("customer frustrated", default=False)
    # Where "waiting on customer" and "awaiting approval" return to.
    resume_status = models.CharField(max_length=20, choices=Status.choices, blank=True)
    resolution_summary = models.TextField(blank=True, validators=[MaxLengthValidator(3000)])

    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="owned_escalations",
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="created_escalations"
    )
    created_at = models.DateTimeField()
    updated_at = models.DateTimeField()
    resolved_at = models.DateTimeField(null=True, blank=True)
    closed_at = models.DateTimeField(null=True, blank=True)

    # The case's clocks in brief, kept by matrix/clocks.py from its Clock rows so the queue
    # filters and sorts by "what needs me now" through an index, without computing per row:
    # the nearest due instant and the earliest amber instant of its running clocks, and since
    # when they are paused (waiting on the customer).
    sla_due_at = models.DateTimeField("next clock due", null=True, blank=True)
    sla_amber_at = models.DateTimeField(null=True, blank=True)
    sla_paused_at = models.DateTimeField("clocks paused since", null=True, blank=True)
    # When the customer's latest message arrived, while it is the case's latest interaction
    # (nobody has written to them since); empty when we wrote last or nobody wrote. Kept from
    # the interactions by EscalationQuerySet.note_interactions (Interaction.save calls it), so
    # My work's "the customer wrote last" is a range of the index esc_customer_waiting rather
    # than a look at every open case's latest interaction (matrix/my_work.py).
    customer_wrote_last_at = models.DateTimeField(null=True, blank=True, editable=False)
    # Set and cleared by the stalled sweep (matrix/stalls.py).
    stalled_at = models.DateTimeField(null=True, blank=True)
    stalled_reason = models.CharField(max_length=300, blank=True)
    # The CSM's check-in after closure (DESIGN.md "Executive escalations": 7 days); the stalled
    # sweep tells them when it falls due, and doing it (issue 10) clears it.
    follow_up_due_at = models.DateTimeField(null=True, blank=True)

    objects = EscalationQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [
            # Each queue sort order has its index: SQLite sorts 100k rows in ~50 ms without one.
            models.Index(fields=["-created_at", "-id"], name="esc_created"),
            models.Index(fields=["-updated_at", "-id"], name="esc_updated"),
            models.Index(fields=["severity", "-created_at", "-id"], name="esc_severity"),
            models.Index(fields=["-triage_score", "-created_at", "-id"], name="esc_score"),
            models.Index(fields=["status", "-created_at", "-id"], name="esc_status"),
            models.Index(fields=["category", "-created_at", "-id"], name="esc_category"),
            models.Index(fields=["lane", "-created_at", "-id"], name="esc_lane"),
            # Account context and triage signals (triage/signals.py): one customer's earlier
            # cases and their last resolution, answered from the index alone.
            models.Index(
                fields=["customer", "created_at", "resolved_at"], name="esc_customer_history"
            ),
            # The reports (reports/figures): cases resolved in a period, with what time to
            # resolve and ARR open at the period's end read (created_at, severity, account),
            # and cases raised in a period with what the volume, agents and ARR escalated
            # group by, so each is a range of one index and reads no case row.
            models.Index(
                fields=["resolved_at", "created_at", "severity", "customer"],
                name="esc_report_resolved",
            ),
            models.Index(
                fields=[
                    "created_at",
                    "severity",
                    "category",
                    "entry_point",
                    "product_area",
                    "created_by",
                    "customer",
                ],
                name="esc_report_raised",
            ),
            # A case's severity and account by its id, for the reports' per-clock and
            # per-close-out lookups (reports/figures/sla.py, closeouts.py): SQLite reads a
            # rowid lookup from the wide row itself, so those queries name this index
            # (INDEXED BY), a few narrow pages instead of one page per case.
            models.Index(fields=["id", "severity", "customer"], name="esc_by_id"),
            # The queue's pagination COUNT(*): the Sev-1 visibility rule (severity, owner,
            # created_by) plus the queue's filter columns, so the count reads this narrow index
            # instead of 100k wide rows (38 ms -> 5 ms at 100k; docs/benchmarks.md). Leading
            # with severity also makes severity + status/category/lane counts a range read.
            models.Index(
                fields=["severity", "status", "category", "lane", "owner", "created_by"],
                name="esc_queue_count",
            ),
            # "Needs attention": open cases with a running clock, nearest due first. The page
            # reads it in (sla_due_at, id) order; the columns after those are what its COUNT
            # tests (the clock parts, open, the Sev-1 rule), so the count of ~10,000 running
            # cases reads this index alone instead of each case's row (queue.AttentionPaginator).
            models.Index(
                fields=["sla_due_at", "id", "sla_amber_at", "status", "severity", "created_by"],
                name="esc_attention",
                condition=Q(sla_due_at__isnull=False),
            ),
            # My work's "the customer wrote last" (matrix/my_work.py): open cases by status,
            # then when the customer wrote; the id is for PostgreSQL's index-only scan.
            models.Index(
                fields=["status", "customer_wrote_last_at", "id"],
                name="esc_customer_waiting",
                condition=Q(customer_wrote_last_at__isnull=False),
            ),
            models.Index(
                fields=["sla_paused_at"],
                name="esc_paused",
                condition=Q(sla_paused_at__isnull=False),
            ),
            # The stalled sweep: open cases quiet for longer than their cadence, and follow-ups.
            models.Index(
                fields=["updated_at"],
                name="esc_open_activity",
                condition=Q(status__in=OPEN_STATUSES),
            ),
            models.Index(
                fields=["follow_up_due_at"],
                name="esc_follow_up_due",
                condition=Q(follow_up_due_at__isnull=False),
            ),
            # The stalled filter, and the stalled sweep clearing cases that moved again.
            models.Index(
                fields=["stalled_at"], name="esc_stalled", condition=Q(stalled_at__isnull=False)
            ),
        ]

    def __str__(self) -> str:
        return f"{self.reference} {self.title}"

    def get_absolute_url(self) -> str:
        return reverse("escalations:detail", args=[self.pk])

    @property
    def reference(self) -> str:
        return self.reference_for(self.pk) if self.pk else "ESC-new"

    @staticmethod
    def reference_for(pk: int) -> str:
        """ESC-00042: what people call case 42 (for code that holds only the id)."""
        return f"ESC-{pk:05d}"

    @property
    def is_open(self) -> bool:
        return self.status in OPEN_STATUSES

    def clean(self) -> None:
        errors: dict[str, str] = {}
        if self.summary and not 1 <= count_sentences(self.summary) <= 3:
            errors["summary"] = "Keep the summary to one to three sentences."
        for field in CATEGORY_REQUIRED_FIELDS.get(self.category, ()):
            if getattr(self, field) in (None, ""):
                label = self._meta.get_field(field).verbose_name
                errors[field] = f"A {self.get_category_display().lower()} brief needs the {label}."
        if errors:
            raise ValidationError(errors)


class Interaction(models.Model):
    """One exchange with the customer; inbound ones are the customer's own words."""

    escalation = models.ForeignKey(
        Escalation, on_delete=models.PROTECT, related_name="interactions"
    )
    occurred_at = models.DateTimeField()
    channel = models.CharField(max_length=20, choices=Channel.choices, default=Channel.EMAIL)
    direction = models.CharField(
        max_length=10, choices=Direction.choices, default=Direction.INBOUND
    )
    contact_name = models.CharField("who", max_length=120)
    body = models.TextField("words", validators=[MaxLengthValidator(10000)])
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT)
    created_at = models.DateTimeField()

    class Meta:
        ordering = ["occurred_at", "id"]
        indexes = [models.Index(fields=["escalation", "occurred_at"], name="interaction_case")]

    def __str__(self) -> str:
        return f"{self.contact_name} via {self.get_channel_display()}"

    def save(self, *args, **kwargs) -> None:
        # Who wrote last is stored on the case (Escalation.customer_wrote_last_at).
        super().save(*args, **kwargs)
        Escalation.objects.filter(pk=self.escalation_id).note_interactions()

    def delete(self, *args, **kwargs):
        deleted = super().delete(*args, **kwargs)
        Escalation.objects.filter(pk=self.escalation_id).note_interactions()
        return deleted


class TroubleshootingStep(models.Model):
    escalation = models.ForeignKey(
        Escalation, on_delete=models.PROTECT, related_name="troubleshooting_steps"
    )
    action = models.TextField("what was tried", validators=[MaxLengthValidator(2000)])
    result = models.TextField("result", validators=[MaxLengthValidator(2000)])
    performed_at = models.DateTimeField(null=True, blank=True)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT)
    created_at = models.DateTimeField()

    class Meta:
        ordering = ["created_at", "id"]
        indexes = [models.Index(fields=["escalation", "created_at"], name="step_case")]

    def __str__(self) -> str:
        return self.action[:60]


class Artifact(models.Model):
    escalation = models.ForeignKey(Escalation, on_delete=models.PROTECT, related_name="artifacts")
    kind = models.CharField(max_length=20, choices=ArtifactKind.choices, default=ArtifactKind.LOG)
    label = models.CharField(max_length=200)
    url = models.URLField("link", max_length=500, blank=True)
    content = models.TextField(blank=True, validators=[MaxLengthValidator(20000)])
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT)
    created_at = models.DateTimeField()

    class Meta:
        ordering = ["created_at", "id"]
        indexes = [models.Index(fields=["escalation", "created_at"], name="artifact_case")]

    def __str__(self) -> str:
        return self.label

    def clean(self) -> None:
        if not self.url and not self.content:
            raise ValidationError("Give a link or paste the excerpt.")
