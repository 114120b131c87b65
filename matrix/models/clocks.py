"""SLA clocks: the business-hours calendars they run on, the clocks, and what the sweeps saw."""

from __future__ import annotations

from datetime import datetime, time

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q

from escalations.models import Escalation, validate_time_zone


class BusinessCalendar(models.Model):
    """Working hours in one region: Sev-3/4 clocks count only these (Sev-1/2 run 24×7)."""

    region = models.CharField(
        max_length=60,
        unique=True,
        blank=True,
        help_text="The customer region it serves (NA, EMEA…). Empty: regions without their own.",
    )
    name = models.CharField(max_length=80)
    time_zone = models.CharField(
        max_length=60, validators=[validate_time_zone], help_text="IANA name: Europe/Berlin."
    )
    day_starts = models.TimeField(default=time(9, 0))
    day_ends = models.TimeField(default=time(17, 0))
    working_days = models.CharField(
        max_length=7,
        default="12345",
        help_text="ISO weekday digits: 1 is Monday, 7 Sunday. 12345 is Monday to Friday.",
    )

    class Meta:
        ordering = ["region"]

    def __str__(self) -> str:
        return self.name

    def clean(self) -> None:
        errors = {}
        if self.day_starts and self.day_ends and self.day_ends <= self.day_starts:
            errors["day_ends"] = "The working day must end after it starts."
        days = (self.working_days or "").strip()
        if not days or any(c not in "1234567" for c in days) or len(set(days)) != len(days):
            errors["working_days"] = (
                "Give each working weekday once as a digit from 1 (Monday) to 7 (Sunday)."
            )
        else:
            self.working_days = "".join(sorted(days))
        if errors:
            raise ValidationError(errors)


class Holiday(models.Model):
    calendar = models.ForeignKey(
        BusinessCalendar, on_delete=models.CASCADE, related_name="holidays"
    )
    date = models.DateField()
    name = models.CharField(max_length=80)

    class Meta:
        ordering = ["date"]
        constraints = [
            models.UniqueConstraint(fields=["calendar", "date"], name="holiday_once_per_day")
        ]

    def __str__(self) -> str:
        return f"{self.date:%Y-%m-%d} {self.name}"


class ClockKind(models.TextChoices):
    ACKNOWLEDGE = "acknowledge", "Acknowledge"
    UPDATE = "update", "Next customer update"
    RESOLVE = "resolve", "Resolve"
    FULL_UPDATE = "full_update", "Executive full update"


class ClockState(models.TextChoices):
    GREEN = "green", "On track"
    AMBER = "amber", "At risk"
    RED = "red", "Breached"
    PAUSED = "paused", "Paused"
    MET = "met", "Met"
    MISSED = "missed", "Missed"


AMBER_SHARE = 0.75  # DESIGN.md: amber once 75 % of the window is used.


class Clock(models.Model):
    """One SLA clock of one case, kept by matrix/clocks.py.

    A running clock has `due_at`; a paused one keeps the working seconds it had left; a stopped
    one keeps whether it was met. `cycle` counts restarts (each customer update starts a new
    update window; a severity change is a new commitment): what the sweeps record is once per
    case, clock, cycle and kind. `history` is the clock's own explanation, newest last.
    """

    escalation = models.ForeignKey(Escalation, on_delete=models.CASCADE, related_name="clocks")
    kind = models.CharField(max_length=20, choices=ClockKind.choices)
    cycle = models.PositiveIntegerField(default=1)
    target_minutes = models.PositiveIntegerField()
    # None: the clock runs 24×7. Protected: deleting a calendar that running clocks count
    # would silently turn their business hours into 24×7.
    calendar = models.ForeignKey(
        BusinessCalendar, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    started_at = models.DateTimeField()
    due_at = models.DateTimeField(null=True, blank=True)
    amber_at = models.DateTimeField(null=True, blank=True)
    paused_at = models.DateTimeField(null=True, blank=True)
    remaining_seconds = models.IntegerField(null=True, blank=True)
    stopped_at = models.DateTimeField(null=True, blank=True)
    met = models.BooleanField(null=True, blank=True)
    amber_warned_at = models.DateTimeField(null=True, blank=True)
    breached_at = models.DateTimeField(null=True, blank=True)
    # The acknowledge clock only: when the matrix cell's auto-escalation falls due.
    escalate_at = models.DateTimeField(null=True, blank=True)
    escalated_at = models.DateTimeField(null=True, blank=True)
    history = models.JSONField(default=list, blank=True)

    class Meta:
        ordering = ["escalation", "kind"]
        constraints = [
            models.UniqueConstraint(fields=["escalation", "kind"], name="clock_one_per_kind")
        ]
        indexes = [
            # sla_sweep's three selections (matrix/tasks.py): partial, so each holds only the
            # running clocks not yet flagged — a handful among 100k open cases.
            models.Index(
                fields=["amber_at"],
                name="clock_amber_due",
                condition=Q(due_at__isnull=False, amber_warned_at__isnull=True),
            ),
            models.Index(
                fields=["due_at"],
                name="clock_breach_due",
                condition=Q(due_at__isnull=False, breached_at__isnull=True),
            ),
            models.Index(
                fields=["escalate_at"],
                name="clock_escalate_due",
                condition=Q(escalate_at__isnull=False, escalated_at__isnull=True),
            ),
            # The reports (reports/figures/sla.py): outcomes by when a clock stopped or
            # breached, and time to acknowledge, as range reads holding the columns they read.
            models.Index(
                fields=["kind", "stopped_at", "met", "breached_at", "started_at", "escalation"],
                name="clock_stopped",
                condition=Q(stopped_at__isnull=False),
            ),
            models.Index(
                fields=["kind", "breached_at", "met", "escalation"],
                name="clock_breached",
                condition=Q(breached_at__isnull=False),
            ),
            models.Index(
                fields=["paused_at"], name="clock_paused", condition=Q(paused_at__isnull=False)
            ),
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} clock of {self.escalation_id}"

    @property
    def running(self) -> bool:
        return self.due_at is not None

    def state(self, now: datetime) -> str:
        if self.stopped_at is not None:
            return ClockState.MET if self.met else ClockState.MISSED
        if self.paused_at is not None:
            return ClockState.PAUSED
        if self.due_at is None:
            return ClockState.GREEN
        if now >= self.due_at:
            return ClockState.RED
        if self.amber_at is not None and now >= self.amber_at:
            return ClockState.AMBER
        return ClockState.GREEN


class CheckEvent(models.Model):
    """What a sweep recorded: each breach, amber warning, auto-escalation and stall, once.

    The unique key (case, clock, kind, which occurrence) is the exactly-once guarantee: of two
    workers sweeping the same due case, the second INSERT fails and that worker moves on.
    """

    class Kind(models.TextChoices):
        AMBER = "amber", "Amber warning"
        BREACH = "breach", "Breached"
        AUTO_ESCALATED = "auto_escalated", "Auto-escalated"
        NO_ACTIVITY = "no_activity", "No activity within the update cadence"
        UNACCEPTED = "unaccepted", "Assignment not accepted in its window"
        MANY_INTERACTIONS = "many_interactions", "Five or more interactions without resolution"
        REPEAT_CONTACT = "repeat_contact", "Repeat contact within 72 h of a resolution"
        FOLLOW_UP = "follow_up", "Post-closure follow-up due"

    escalation = models.ForeignKey(
        Escalation, on_delete=models.CASCADE, related_name="check_events"
    )
    kind = models.CharField(max_length=20, choices=Kind.choices)
    # Blank for the stalled checks, which are about the case, not one clock.
    clock = models.CharField(max_length=20, choices=ClockKind.choices, blank=True)
    # Which occurrence: the clock's cycle, the assignment's id, the silence's start.
    key = models.CharField(max_length=60)
    at = models.DateTimeField()
    detail = models.CharField(max_length=300, blank=True)

    class Meta:
        ordering = ["-at", "-id"]
        constraints = [
            models.UniqueConstraint(
                fields=["escalation", "clock", "kind", "key"], name="check_event_once"
            )
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} ({self.escalation_id})"
