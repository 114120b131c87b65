"""ARR at risk: each account counted once, however many of its cases are open or raised.

Open at the period's end: a case raised before the end and not resolved by then (so a past
month shows what was open on its last night, and the month in progress what is open now).
Escalated in the period: any case raised in it. The ARR is the account's ARR today (the desk
keeps no ARR history).
"""

from __future__ import annotations

from datetime import datetime

from django.db.models import Count, Exists, OuterRef, Q, Sum

from escalations.models import Customer, Escalation

from ..periods import Period
from .sql import money


def open_at(end: datetime) -> Exists:
    """The account had a case raised before `end` and not resolved by then. A case is closed
    only once resolved (escalations/transitions.py), so resolved_at alone decides: the check
    reads the account's cases from the (customer, created_at, resolved_at) index alone."""
    return Exists(
        Escalation.objects.filter(customer=OuterRef("pk"), created_at__lt=end).filter(
            Q(resolved_at__isnull=True) | Q(resolved_at__gte=end)
        )
    )


def raised_in(period: Period) -> Exists:
    return Exists(
        Escalation.objects.filter(
            customer=OuterRef("pk"), created_at__gte=period.start, created_at__lt=period.end
        )
    )


def arr_at_risk(period: Period, previous: Period) -> dict:
    """One pass over the accounts, four index probes each (there are far fewer accounts
    than cases)."""
    accounts = {
        "open": open_at(period.end),
        "escalated": raised_in(period),
        "open_before": open_at(previous.end),
        "escalated_before": raised_in(previous),
    }
    sums = Customer.objects.order_by().aggregate(
        **{f"{name}_arr": Sum("arr", filter=q) for name, q in accounts.items()},
        **{f"{name}_accounts": Count("pk", filter=q) for name, q in accounts.items()},
    )
    return {
        name: {"amount": money(sums[f"{name}_arr"]), "accounts": sums[f"{name}_accounts"]}
        for name in accounts
    }
