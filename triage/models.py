from __future__ import annotations

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q

from escalations.choices import Lane, Severity
from escalations.models import Escalation

from .phrases import CATEGORIES, MAX_PATTERN_LENGTH, PhraseRule, validate_pattern


class TriggerPhrase(models.Model):
    """A phrase or word pattern that raises the score (and may force a lane or severity)."""

    label = models.CharField(
        max_length=120, help_text='Shown on the case, e.g. "mentions lawyers".'
    )
    pattern = models.CharField(
        max_length=MAX_PATTERN_LENGTH,
        help_text=(
            "A regular expression over lower-cased text, matched on word boundaries, e.g. "
            "<code>(our|my) (lawyers?|attorneys?)</code>. A match right after a negation "
            '("not", "no", "never", …) in the same clause is ignored.'
        ),
    )
    category = models.CharField(
        max_length=20, choices=[(c, c.replace("_", " ")) for c in CATEGORIES]
    )
    weight = models.PositiveSmallIntegerField(validators=[MaxValueValidator(100)])
    forced_lane = models.CharField(max_length=20, choices=Lane.choices, blank=True)
    min_severity = models.PositiveSmallIntegerField(
        "impact floor",
        choices=Severity.choices,
        null=True,
        blank=True,
        help_text="This phrase's own floor. Blank: its category's floor from the active "
        "configuration.",
    )
    unless = models.CharField(
        max_length=MAX_PATTERN_LENGTH,
        blank=True,
        help_text="Optional pattern naming harmless uses: a match in a clause that also "
        "matches this is ignored (e.g. <code>last year|handled well</code>).",
    )
    is_active = models.BooleanField("active", default=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["category", "label"]

    def __str__(self) -> str:
        return self.label

    def clean(self) -> None:
        problems = {}
        if self.pattern and (problem := validate_pattern(self.pattern)):
            problems["pattern"] = problem
        if self.unless and (problem := validate_pattern(self.unless)):
            problems["unless"] = problem
        if problems:
            raise ValidationError(problems)

    def as_rule(self) -> PhraseRule:
        return PhraseRule(
            pattern=self.pattern,
            category=self.category,
            weight=self.weight,
            forced_lane=self.forced_lane or None,
            min_severity=self.min_severity,
            label=self.label,
            unless=self.unless or None,
        )


class TriageConfigQuerySet(models.QuerySet):
    def active(self) -> TriageConfig | None:
        return self.filter(is_active=True).first()


class TriageConfig(models.Model):
    """One version of the triage weights and thresholds. Versions are never edited in place:
    saving a change in the admin writes the next version, so every run can name the exact
    numbers that produced it."""

    version = models.PositiveIntegerField(unique=True, editable=False)
    values = models.JSONField(default=dict, help_text="Weights and thresholds (see the form).")
    is_active = models.BooleanField("active", default=False)
    note = models.CharField(max_length=300, blank=True, help_text="Why this version exists.")
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True
    )
    created_at = models.DateTimeField()

    objects = TriageConfigQuerySet.as_manager()

    class Meta:
        ordering = ["-version"]
        verbose_name = "triage configuration"
        constraints = [
            # At most one active version: the engine must never have to guess.
            models.UniqueConstraint(
                fields=["is_active"], condition=Q(is_active=True), name="one_active_triage_config"
            )
        ]

    def __str__(self) -> str:
        return f"Triage configuration v{self.version}{' (active)' if self.is_active else ''}"


class TriageRun(models.Model):
    """What the engine said about a case at one moment, with the version that said it."""

    class Trigger(models.TextChoices):
        INTAKE = "intake", "Intake"
        CUSTOMER_WROTE = "customer_wrote", "The customer wrote"
        BRIEF_CHANGED = "brief_changed", "Brief changed"
        REOPENED = "reopened", "Reopened"
        SEED = "seed", "Demo data"

    escalation = models.ForeignKey(Escalation, on_delete=models.PROTECT, related_name="triage_runs")
    config = models.ForeignKey(TriageConfig, on_delete=models.PROTECT, related_name="runs")
    at = models.DateTimeField()
    trigger = models.CharField(max_length=20, choices=Trigger.choices)
    score = models.PositiveSmallIntegerField(validators=[MaxValueValidator(100)])
    severity = models.PositiveSmallIntegerField(choices=Severity.choices)
    lane = models.CharField(max_length=20, choices=Lane.choices)
    flags = models.JSONField(default=list)
    factors = models.JSONField(default=list)  # [{"name", "points", "reason"}]
    hard_rules = models.JSONField(default=list)
    compound = models.FloatField(
        "sentiment", validators=[MinValueValidator(-1), MaxValueValidator(1)], null=True
    )
    # Which step decided the severity, in one line ("Sev-1: complete outage (impact floor)"),
    # and the floor, band and raise behind it.
    why = models.CharField(max_length=300, blank=True)
    decision = models.JSONField(default=dict, blank=True)

    class Meta:
        ordering = ["-at", "-id"]
        indexes = [models.Index(fields=["escalation", "-at", "-id"], name="triagerun_case")]

    def __str__(self) -> str:
        return f"{self.escalation.reference} scored {self.score} at {self.at:%Y-%m-%d %H:%M}"


class TriageOverride(models.Model):
    """A manager's decision to set severity or lane by hand, with the reason (decision log)."""

    escalation = models.ForeignKey(
        Escalation, on_delete=models.PROTECT, related_name="triage_overrides"
    )
    run = models.ForeignKey(TriageRun, on_delete=models.PROTECT, related_name="overrides")
    by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT)
    at = models.DateTimeField()
    old_severity = models.PositiveSmallIntegerField(choices=Severity.choices, null=True)
    new_severity = models.PositiveSmallIntegerField(choices=Severity.choices, null=True)
    old_lane = models.CharField(max_length=20, choices=Lane.choices, blank=True)
    new_lane = models.CharField(max_length=20, choices=Lane.choices, blank=True)
    reason = models.TextField()

    class Meta:
        ordering = ["-at", "-id"]

    def __str__(self) -> str:
        return f"Override on {self.escalation.reference} by {self.by}"


class TriageFeedback(models.Model):
    """A manager's verdict on one triage run: right, too high or too low."""

    class Verdict(models.TextChoices):
        RIGHT = "right", "Right"
        TOO_HIGH = "too_high", "Too high"
        TOO_LOW = "too_low", "Too low"

    run = models.ForeignKey(TriageRun, on_delete=models.PROTECT, related_name="feedback")
    by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT)
    at = models.DateTimeField()
    verdict = models.CharField(max_length=10, choices=Verdict.choices)
    note = models.CharField(max_length=500, blank=True)

    class Meta:
        ordering = ["-at", "-id"]
        verbose_name_plural = "triage feedback"
        constraints = [
            # One verdict per manager per run; a changed mind replaces it (see actions).
            models.UniqueConstraint(fields=["run", "by"], name="one_feedback_per_manager_per_run")
        ]

    def __str__(self) -> str:
        return f"{self.get_verdict_display()} by {self.by}"


class GoldenSet(models.Model):
    """A golden set a desk admin uploaded: labelled briefs to score a configuration against.
    The desk's own sets ship as files in triage/golden/ (see `triage.golden_sets`)."""

    name = models.CharField(max_length=120, unique=True)
    briefs = models.TextField(help_text="The set as uploaded: a JSON list of {id, brief, expect}.")
    cases = models.PositiveIntegerField(editable=False)
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True
    )
    uploaded_at = models.DateTimeField()

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return f"{self.name} ({self.cases} briefs)"
