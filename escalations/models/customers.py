"""The accounts escalations come from: tier, ARR, renewal, region, contacts."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models
from django.db.models import Count, Exists, Max, OuterRef, Q, Value
from django.urls import reverse

from ..choices import (
    OPEN_STATUSES,
    SlaLevel,
)
from ..tiers import Tier, tier_for_arr


def validate_time_zone(value: str) -> None:
    try:
        ZoneInfo(value)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValidationError(
            f"{value!r} is not a time zone name; use one like Europe/Berlin or America/New_York."
        ) from None


MONEY = {"max_digits": 14, "decimal_places": 2, "validators": [MinValueValidator(Decimal(0))]}


class Customer(models.Model):
    name = models.CharField(max_length=200, unique=True)
    arr = models.DecimalField("ARR (USD)", **MONEY)
    # Stored (not computed on read) so the customer list can filter and sort by it through an
    # index; save() keeps it in step with ARR.
    tier = models.CharField(
        max_length=20, choices=[(t.value, t.label) for t in Tier], editable=False
    )
    plan = models.CharField(max_length=100)
    region = models.CharField(max_length=60)
    renewal_date = models.DateField()
    customer_since = models.DateField()
    sla_level = models.CharField("SLA level", max_length=20, choices=SlaLevel.choices)
    primary_contact_name = models.CharField(max_length=120)
    primary_contact_email = models.EmailField(max_length=254)
    time_zone = models.CharField(
        max_length=60,
        default="UTC",
        validators=[validate_time_zone],
        help_text="IANA name (Europe/Berlin): committed times in updates are written in it.",
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["name"]
        indexes = [
            models.Index(fields=["tier", "name"], name="customer_tier_name"),
            models.Index(fields=["renewal_date"], name="customer_renewal"),
            models.Index(fields=["-arr"], name="customer_arr_desc"),
        ]

    def __str__(self) -> str:
        return self.name

    def save(self, *args, **kwargs) -> None:
        self.tier = tier_for_arr(self.arr).value
        if kwargs.get("update_fields") is not None and "arr" in kwargs["update_fields"]:
            kwargs["update_fields"] = {*kwargs["update_fields"], "tier"}
        super().save(*args, **kwargs)

    def get_absolute_url(self) -> str:
        return reverse("escalations:customer_detail", args=[self.pk])

    def clean(self) -> None:
        if self.renewal_date and self.customer_since and self.renewal_date <= self.customer_since:
            raise ValidationError(
                {
                    "renewal_date": "The renewal date must come after the date they became a customer."
                }
            )

    @property
    def tier_label(self) -> str:
        return Tier(self.tier).label if self.tier else ""

    def days_to_renewal(self, today: date) -> int:
        return (self.renewal_date - today).days

    def tenure_days(self, today: date) -> int:
        return (today - self.customer_since).days

    def escalation_counts(
        self, before: datetime, *, visible: models.QuerySet, excluding: int | None = None
    ) -> dict:
        """What one reader may count of this account's escalations, in one query.

        `visible` is the reader's `Escalation.objects.visible_to(user)`: a count shown to a
        person counts only the cases that person may see (DESIGN.md "Visibility"). Returns the
        visible escalations raised in the 90 days before `before` (prior_90d), open ones and
        all; and, so the triage panel knows when a reason counted cases the reader may not
        see, the latest hidden case raised before `before` (hidden_latest) and the last
        resolution before `before` of a hidden and of a visible earlier case.
        """
        cases = self.escalations.order_by()
        if excluding is not None:
            cases = cases.exclude(pk=excluding)
        if visible.query.is_empty():
            # No desk role: nothing to count (an empty subquery would not compile).
            seen = Value(False)
        else:
            seen = Exists(visible.filter(pk=OuterRef("pk")))
        # The account's cases in two groups, those the reader sees and those hidden from them,
        # with the same five figures for each: the visibility subquery is compiled once, where
        # a filter on it in each figure compiled it six times (~60 % of this call).
        earlier = Q(created_at__lt=before)
        groups = (
            cases.annotate(seen=seen)
            .values("seen")
            .annotate(
                prior_90d=Count(
                    "pk", filter=earlier & Q(created_at__gte=before - timedelta(days=90))
                ),
                open=Count("pk", filter=Q(status__in=OPEN_STATUSES)),
                total=Count("pk"),
                latest=Max("created_at", filter=earlier),
                last_resolved=Max("resolved_at", filter=earlier & Q(resolved_at__lt=before)),
            )
        )
        by_seen = {bool(group["seen"]): group for group in groups}
        shown, hidden = by_seen.get(True, {}), by_seen.get(False, {})
        return {
            "prior_90d": shown.get("prior_90d", 0),
            "open": shown.get("open", 0),
            "total": shown.get("total", 0),
            "hidden_latest": hidden.get("latest"),
            "hidden_last_resolved": hidden.get("last_resolved"),
            "seen_last_resolved": shown.get("last_resolved"),
        }
