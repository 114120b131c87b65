"""What the reports app owns: action items against systemic problems, and monthly snapshots."""

from __future__ import annotations

from django.conf import settings
from django.core.exceptions import ValidationError
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
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+", null=True
    )
    # The quarter's bounds in the desk's time zone, fixed when the item is raised: the item's
    # ARR at risk is read from the close-outs between them, in SQL, whichever quarter it is
    # for (reports/actions.py ranks open items by it in one query).
    starts_at = models.DateTimeField()
    ends_at = models.DateTimeField()
    # Optimistic lock: an edit is saved only if nobody saved the item since the form was
    # drawn (reports/actions.py update_item), so two managers never overwrite each other.
    version = models.PositiveIntegerField(default=1)

    OPEN_STATUSES = (Status.OPEN, Status.IN_PROGRESS)

    class Meta:
        ordering = ["due_date", "id"]
        indexes = [
            models.Index(fields=["quarter", "root_cause"], name="action_quarter_cause"),
            models.Index(fields=["status", "quarter"], name="action_status_quarter"),
        ]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        from django.urls import reverse

        return reverse("reports:action_detail", kwargs={"item_id": self.pk})

    @property
    def is_open(self) -> bool:
        return self.status in self.OPEN_STATUSES

    def is_overdue(self, today) -> bool:
        return self.is_open and self.due_date < today


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

    def save(self, *args, **kwargs) -> None:
        """Insert once; afterwards only `emailed_at` may change.

        A snapshot is what the month's figures were when it was taken; rewriting them would
        make the page's "as of" a lie. The database refuses it too (migration 0002's trigger),
        for writes that do not come through here (QuerySet.update, raw SQL).
        """
        if self.pk is not None and not kwargs.get("force_insert"):
            fields = kwargs.get("update_fields")
            if fields is None or set(fields) - {"emailed_at"}:
                raise ValidationError(IMMUTABLE)
        super().save(*args, **kwargs)


IMMUTABLE = "A snapshot does not change once taken: its figures are the month as it stood then."


class QuarterSnapshot(models.Model):
    """A quarter's figures as they stood when its last month's snapshot was taken (on the 1st
    after the quarter, reports/tasks.py): the next quarter's headlines compare with them.

    Medians do not add up across months, so the quarter's own figures are stored, not
    derived from its months' snapshots. Immutable like a month's (save refuses any change,
    migration 0003's trigger refuses it in the database).
    """

    quarter = models.CharField(max_length=7, unique=True, validators=[QUARTER])
    figures = models.JSONField()
    taken_at = models.DateTimeField()

    class Meta:
        ordering = ["-quarter"]

    def __str__(self) -> str:
        return f"Snapshot of {self.quarter}"

    def save(self, *args, **kwargs) -> None:
        """Insert once; never changed afterwards (the page says the change is against it)."""
        if self.pk is not None and not kwargs.get("force_insert"):
            raise ValidationError(QUARTER_IMMUTABLE)
        super().save(*args, **kwargs)


QUARTER_IMMUTABLE = (
    "A quarter's snapshot does not change once taken: its figures are the quarter as it stood then."
)
