"""ARR at risk: each account counted once, however many of its cases are open or raised.

Open at the period's end: a case raised before the end and neither resolved nor closed by
then (so a past month shows what was open on its last night, and the month in progress what
is open now). Escalated in the period: any case raised in it. The ARR is the account's ARR
today (the desk keeps no ARR history).
"""

from __future__ import annotations

from datetime import datetime

from django.db.models import Count, Q, Sum

from escalations.models import Customer, Escalation

from ..periods import Period
from .sql import money
from .volume import raised


def open_at(end: datetime):
    return (
        Escalation.objects.filter(created_at__lt=end)
        .filter(Q(resolved_at__isnull=True) | Q(resolved_at__gte=end))
        .filter(Q(closed_at__isnull=True) | Q(closed_at__gte=end))
        .values("customer_id")
    )


def arr_at_risk(period: Period, previous: Period) -> dict:
    accounts = {
        "open": Q(pk__in=open_at(period.end)),
        "escalated": Q(pk__in=raised(period).values("customer_id")),
        "open_before": Q(pk__in=open_at(previous.end)),
        "escalated_before": Q(pk__in=raised(previous).values("customer_id")),
    }
    sums = Customer.objects.aggregate(
        **{f"{name}_arr": Sum("arr", filter=q) for name, q in accounts.items()},
        **{f"{name}_accounts": Count("pk", filter=q) for name, q in accounts.items()},
    )
    return {
        name: {"amount": money(sums[f"{name}_arr"]), "accounts": sums[f"{name}_accounts"]}
        for name in accounts
    }
