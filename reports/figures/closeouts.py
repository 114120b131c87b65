"""What the period's close-outs say (by CloseOut.closed_at): avoidable share, and volume by
root cause (with the ARR of the accounts behind it) and by trigger."""

from __future__ import annotations

from django.db.models import (
    Count,
    DecimalField,
    F,
    Func,
    IntegerField,
    OuterRef,
    Q,
    Subquery,
)

from escalations.models import CloseOut, Customer, Function, RootCause, Trigger

from ..periods import Period
from .sql import money, share


def _closed(period: Period) -> Q:
    return Q(closed_at__gte=period.start, closed_at__lt=period.end)


def totals(period: Period, previous: Period) -> dict:
    found = CloseOut.objects.filter(
        closed_at__gte=previous.start, closed_at__lt=period.end
    ).aggregate(
        n_total=Count("pk", filter=_closed(period)),
        n_avoidable=Count("pk", filter=_closed(period) & Q(avoidable=True)),
        n_within_sla=Count("pk", filter=_closed(period) & Q(within_sla=True)),
        n_exit_met=Count("pk", filter=_closed(period) & Q(exit_criteria_met=True)),
        n_total_before=Count("pk", filter=_closed(previous)),
        n_avoidable_before=Count("pk", filter=_closed(previous) & Q(avoidable=True)),
    )
    return {
        "total": found["n_total"],
        "avoidable": found["n_avoidable"],
        "avoidable_share": share(found["n_avoidable"], found["n_total"]),
        "within_sla": found["n_within_sla"],
        "within_sla_share": share(found["n_within_sla"], found["n_total"]),
        "exit_criteria_met": found["n_exit_met"],
        "previous_avoidable_share": share(found["n_avoidable_before"], found["n_total_before"]),
    }


def _scalar(queryset, function: str, field: str, output):
    # SUM/COUNT over the whole subquery: Func keeps Django from adding a GROUP BY.
    return Subquery(
        queryset.order_by()
        .annotate(v=Func(F(field), function=function, output_field=output))
        .values("v")
    )


def root_causes(period: Period) -> list[dict]:
    """Each active root cause (and any retired one still used), its close-outs in the period,
    and the distinct accounts behind them with their ARR (the quarterly page lists a
    systemic problem's cases: reports/systemic.py)."""
    closed = {"closeouts__closed_at__gte": period.start, "closeouts__closed_at__lt": period.end}
    accounts = Customer.objects.filter(
        pk__in=CloseOut.objects.filter(
            root_cause=OuterRef(OuterRef("pk")),
            closed_at__gte=period.start,
            closed_at__lt=period.end,
        ).values("escalation__customer_id")
    )
    rows = (
        RootCause.objects.annotate(
            n=Count("closeouts", filter=Q(**closed)),
            arr=_scalar(accounts, "SUM", "arr", DecimalField(max_digits=20, decimal_places=2)),
            accounts=_scalar(accounts, "COUNT", "pk", IntegerField()),
        )
        .filter(Q(active=True) | Q(n__gt=0))
        .order_by("order", "name")
    )
    return [
        {
            "key": row.slug,
            "label": row.name,
            "count": row.n,
            "function": row.function,
            "function_label": Function(row.function).label,
            "arr_at_risk": money(row.arr),
            "accounts": row.accounts or 0,
        }
        for row in rows
    ]


def triggers(period: Period) -> list[dict]:
    closed = {"closeouts__closed_at__gte": period.start, "closeouts__closed_at__lt": period.end}
    rows = (
        Trigger.objects.annotate(n=Count("closeouts", filter=Q(**closed)))
        .filter(Q(active=True) | Q(n__gt=0))
        .order_by("order", "name")
    )
    return [{"key": row.slug, "label": row.name, "count": row.n} for row in rows]
