"""ARR at risk: each account counted once, however many of its cases are open or raised.

Open at the period's end: a case raised before the end and not resolved by then (so a past
month shows what was open on its last night, and the month in progress what is open now).
Escalated in the period: any case raised in it. The ARR is the account's ARR today (the desk
keeps no ARR history).
"""

from __future__ import annotations

from datetime import datetime

from django.db.models import Count, Sum, Value

from escalations.models import Customer, Escalation

from ..periods import Period
from .sql import money


def open_cases(end: datetime):
    """The accounts with a case raised before `end` and not resolved by then. A case is
    closed only once resolved (escalations/transitions.py), so resolved_at alone decides.
    Two ranges of esc_report_resolved (not resolved; resolved at or after `end`), which
    holds created_at and the account: no case row is read. (An OR of the two makes SQLite
    merge two index reads by rowid, a third slower.)"""
    cases = Escalation.objects.filter(created_at__lt=end).order_by()
    return (
        cases.filter(resolved_at__isnull=True)
        .values("customer_id")
        .union(cases.filter(resolved_at__gte=end).values("customer_id"), all=True)
    )


def raised_cases(period: Period):
    """The accounts with a case raised in the period (a range of esc_report_raised)."""
    return (
        Escalation.objects.filter(created_at__gte=period.start, created_at__lt=period.end)
        .order_by()
        .values("customer_id")
    )


def arr_at_risk(period: Period, previous: Period | None) -> dict:
    """The four sums, each over the accounts in its set of cases, as four rows of one query;
    each set of cases is read once (a SUM and a COUNT over `pk__in` would read it twice).
    Without `previous` (the caller has its figures), the two of the period before are None.
    """
    sets = {"open": open_cases(period.end), "escalated": raised_cases(period)}
    if previous is None:
        none = {"amount": None, "accounts": None}
        return {**_sums(sets), "open_before": none, "escalated_before": none}
    sets["open_before"] = open_cases(previous.end)
    sets["escalated_before"] = raised_cases(previous)
    return _sums(sets)


def _sums(sets: dict) -> dict:
    parts = [
        Customer.objects.filter(pk__in=cases)
        .order_by()
        # A constant to "group by": no GROUP BY, one row per set.
        .annotate(which=Value(i))
        .values("which")
        .annotate(amount=Sum("arr"), accounts=Count("pk"))
        .values("which", "amount", "accounts")
        for i, cases in enumerate(sets.values())
    ]
    found = {row["which"]: row for row in parts[0].union(*parts[1:], all=True)}
    return {
        name: {"amount": money(found[i]["amount"]), "accounts": found[i]["accounts"]}
        for i, name in enumerate(sets)
    }
