"""What the period's close-outs say (by CloseOut.closed_at): avoidable share, and volume by
root cause (with the ARR of the accounts behind it) and by trigger."""

from __future__ import annotations

from django.db import connection
from django.db.models import Count, Q

from escalations.models import CloseOut, Customer, Function, RootCause, Trigger

from ..periods import Period
from .sql import cases_by_id, money, share, summed_decimal
from .volume import current


def totals(period: Period, previous: Period | None) -> dict:
    """Close-outs, avoidable, within SLA and exit criteria met, and the close-outs per
    trigger, for the period (and the avoidable share of the one before, unless `previous`
    is None: the caller has it): one grouped query over the periods' close-outs, read
    through the closed_at index."""
    rows = (
        CloseOut.objects.filter(closed_at__gte=(previous or period).start, closed_at__lt=period.end)
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


# Each root cause with its close-outs in the period, grouped twice: by root cause and account
# (each account once), then by root cause. Raw SQL because the ORM cannot aggregate over a
# grouped subquery; the tables are our own constants, the values parameters.
ROOT_CAUSES_SQL = """
SELECT r.id, r.slug, r.name, r.function, p.cases, p.accounts, p.arr
FROM {rootcause} r
LEFT JOIN (
    SELECT pair.root_cause_id, SUM(pair.n) AS cases, COUNT(*) AS accounts,
           CAST(SUM(c.arr) AS NUMERIC) AS arr
    FROM (
        SELECT co.root_cause_id, e.customer_id, COUNT(*) AS n
        FROM {closeout} co
        JOIN {escalation} ON e.id = co.escalation_id
        WHERE co.closed_at >= %s AND co.closed_at < %s
        GROUP BY co.root_cause_id, e.customer_id
    ) pair
    JOIN {customer} c ON c.id = pair.customer_id
    GROUP BY pair.root_cause_id
) p ON p.root_cause_id = r.id
WHERE r.active OR p.cases > 0
ORDER BY r."order", r.name
"""


def root_causes(period: Period) -> list[dict]:
    """Each active root cause (and any retired one still used), its close-outs in the period,
    and the distinct accounts behind them with their ARR (the quarterly page lists a
    systemic problem's cases: reports/systemic.py). One query, one pass over the period's
    close-outs, each one's account looked up once (a scalar subquery per root cause for
    the ARR and another for the accounts looked each close-out's case up twice)."""
    tables = {
        "rootcause": RootCause._meta.db_table,
        "closeout": CloseOut._meta.db_table,
        # Each close-out's account through esc_by_id, not the case's row (sql.cases_by_id).
        "escalation": cases_by_id("e"),
        "customer": Customer._meta.db_table,
    }
    adapt = connection.ops.adapt_datetimefield_value
    with connection.cursor() as cursor:
        cursor.execute(ROOT_CAUSES_SQL.format(**tables), [adapt(period.start), adapt(period.end)])
        rows = cursor.fetchall()
    return [
        {
            "key": slug,
            "label": name,
            # PostgreSQL sums integers as numeric: back to a count.
            "count": int(cases or 0),
            "function": function,
            "function_label": Function(function).label,
            "arr_at_risk": money(summed_decimal(arr)),
            "accounts": accounts or 0,
        }
        for _pk, slug, name, function, cases, accounts, arr in rows
    ]


def triggers(counts: dict[int, int]) -> list[dict]:
    """Each active trigger (and any retired one used in the period) with its close-outs."""
    rows = Trigger.objects.filter(Q(active=True) | Q(pk__in=list(counts))).order_by("order", "name")
    return [{"key": row.slug, "label": row.name, "count": counts.get(row.pk, 0)} for row in rows]
