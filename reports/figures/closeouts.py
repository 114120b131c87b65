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
from .volume import current


def _closed(period: Period) -> Q:
    return Q(closed_at__gte=period.start, closed_at__lt=period.end)


def totals(period: Period, previous: Period) -> dict:
    """Close-outs, avoidable, within SLA and exit criteria met, and the close-outs per
    trigger, for the period (and the avoidable share of the one before): one grouped query
    over the two periods' close-outs, read through the closed_at index."""
    rows = (
        CloseOut.objects.filter(closed_at__gte=previous.start, closed_at__lt=period.end)
        .annotate(is_current=current("closed_at", period))
        .values("is_current", "trigger_id")
        .annotate(
            n=Count("pk"),
            avoidable_n=Count("pk", filter=Q(avoidable=True)),
            within_n=Count("pk", filter=Q(within_sla=True)),
            exit_n=Count("pk", filter=Q(exit_criteria_met=True)),
        )
        .order_by()
    )
    sums = {side: dict.fromkeys(("n", "avoidable_n", "within_n", "exit_n"), 0) for side in (0, 1)}
    by_trigger: dict[int, int] = {}
    for row in rows:
        for key in sums[row["is_current"]]:
            sums[row["is_current"]][key] += row[key]
        if row["is_current"]:
            by_trigger[row["trigger_id"]] = row["n"]
    now, before = sums[1], sums[0]
    return {
        "total": now["n"],
        "avoidable": now["avoidable_n"],
        "avoidable_share": share(now["avoidable_n"], now["n"]),
        "within_sla": now["within_n"],
        "within_sla_share": share(now["within_n"], now["n"]),
        "exit_criteria_met": now["exit_n"],
        "previous_avoidable_share": share(before["avoidable_n"], before["n"]),
        "by_trigger": by_trigger,
    }


def _scalar(queryset, function: str, field: str, output):
    # SUM/COUNT over the whole subquery: Func keeps Django from adding a GROUP BY.
    return Subquery(
        queryset.order_by()
        .annotate(v=Func(F(field), function=function, output_field=output))
        .values("v")
    )


def _count(queryset):
    # A correlated COUNT per row of the short list, through the close-outs' indexes; a
    # Count() over the join would read every close-out ever recorded.
    return _scalar(queryset, "COUNT", "pk", IntegerField())


def root_causes(period: Period) -> list[dict]:
    """Each active root cause (and any retired one still used), its close-outs in the period,
    and the distinct accounts behind them with their ARR (the quarterly page lists a
    systemic problem's cases: reports/systemic.py)."""
    accounts = Customer.objects.filter(
        pk__in=CloseOut.objects.filter(
            root_cause=OuterRef(OuterRef("pk")),
            closed_at__gte=period.start,
            closed_at__lt=period.end,
        ).values("escalation__customer_id")
    )
    rows = (
        RootCause.objects.annotate(
            n=_count(CloseOut.objects.filter(_closed(period), root_cause=OuterRef("pk"))),
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


def triggers(counts: dict[int, int]) -> list[dict]:
    """Each active trigger (and any retired one used in the period) with its close-outs."""
    rows = Trigger.objects.filter(Q(active=True) | Q(pk__in=list(counts))).order_by("order", "name")
    return [{"key": row.slug, "label": row.name, "count": counts.get(row.pk, 0)} for row in rows]
