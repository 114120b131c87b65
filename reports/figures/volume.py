"""What was raised in the period (by created_at): volume per breakdown, triage overrides,
who raised it, the Sev-1 cases, and the 12-month volume trend."""

from __future__ import annotations

from statistics import median

from django.contrib.auth import get_user_model
from django.db import connection
from django.db.models import Case, Count, Exists, IntegerField, OuterRef, Q, Value, When

from escalations.choices import Category, EntryPoint, Severity
from escalations.models import Escalation
from triage.models import TriageFeedback, TriageOverride

from ..periods import Period
from .sql import money, share

NOT_TRIAGED = "Not triaged"
SEV1_LISTED = 25  # the Sev-1 cases a report lists, biggest accounts first (all are counted)
# An agent is flagged at twice the team's median (DESIGN.md "Reports").
AGENT_FACTOR = 2
AGENT_COLUMNS = ("created_by", "created_by__username", "created_by__first_name",
                 "created_by__last_name", "n")  # fmt: skip


def current(field: str, period: Period) -> Case:
    """1 for rows of the period, 0 for rows of the one before (queries span both)."""
    return Case(
        When(**{f"{field}__gte": period.start}, then=Value(1)),
        default=Value(0),
        output_field=IntegerField(),
    )


def raised(period: Period, previous: Period | None = None):
    return Escalation.objects.filter(
        created_at__gte=(previous or period).start, created_at__lt=period.end
    )


def volume(period: Period, previous: Period | None) -> dict:
    """Counts by severity, category, entry point and product area and the overrides for the
    period, and for the one before only what the change needs (total, Sev-1, overrides),
    in one query. Without `previous` (the caller has its figures), only the period's.

    Both parts are ranges of esc_report_raised, which holds every column grouped on; the
    period before needs no GROUP BY at all, which at 100,000 cases is what costs (SQLite
    sorts every row grouped: grouping both periods' rows cost twice as much).
    """
    overridden = Exists(TriageOverride.objects.filter(escalation=OuterRef("pk")))
    dimensions = ("severity", "category", "entry_point", "product_area")
    grouped = (
        raised(period)
        .values(*dimensions)
        .annotate(n=Count("pk"), overridden=Count("pk", filter=overridden))
        .order_by()
    )
    now_sql, now_params = grouped.query.sql_with_params()
    columns = ", ".join(dimensions)
    sql = f"SELECT 1, {columns}, n, overridden, 0 FROM ({now_sql}) AS now"  # noqa: S608
    params: tuple = now_params
    if previous is not None:
        before_sql, before_params = _before(previous, overridden).query.sql_with_params()
        # Two statements of the ORM's own, side by side; only our own column names are added.
        sql += (
            " UNION ALL SELECT 0, NULL, NULL, NULL, NULL, n, overridden, sev1 "  # noqa: S608
            f"FROM ({before_sql}) AS b"
        )
        params = (*now_params, *before_params)
    tallies = {
        1: {"total": 0, "overridden": 0, **{name: {} for name in dimensions}},
        0: {"total": 0, "overridden": 0, "severity": {}},
    }
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        for is_current, *keys, n, n_overridden, sev1 in cursor.fetchall():
            tally = tallies[is_current]
            tally["total"] += n
            tally["overridden"] += n_overridden
            if is_current:
                for name, key in zip(dimensions, keys, strict=True):
                    tally[name][key] = tally[name].get(key, 0) + n
            elif sev1:
                tally["severity"][Severity.SEV1] = sev1
    return {"current": tallies[1], "previous": tallies[0]}


def _before(previous: Period, overridden):
    """The period before's total, overrides and Sev-1 cases as one row."""
    return (
        raised(previous)
        .order_by()
        # A constant to "group by": no GROUP BY, one row over the whole period.
        .annotate(_all=Value(1))
        .values("_all")
        .annotate(
            n=Count("pk"),
            overridden=Count("pk", filter=overridden),
            sev1=Count("pk", filter=Q(severity=Severity.SEV1)),
        )
        .values("n", "overridden", "sev1")
    )


def _rows(counts: dict, choices) -> list[dict]:
    rows = [{"key": c.value, "label": c.label, "count": counts.get(c.value, 0)} for c in choices]
    known = {c.value for c in choices}
    for key, n in counts.items():
        if key not in known:
            # A value retired from the choices, or a case not yet triaged: still counted.
            rows.append({"key": key, "label": NOT_TRIAGED if key is None else str(key), "count": n})
    return rows


def breakdowns(tally: dict) -> dict[str, list[dict]]:
    areas = sorted(tally["product_area"].items(), key=lambda item: (-item[1], item[0]))
    return {
        "severity": _rows(tally["severity"], Severity),
        "category": _rows(tally["category"], Category),
        "entry_point": _rows(tally["entry_point"], EntryPoint),
        "product_area": [{"key": a, "label": a, "count": n} for a, n in areas],
    }


def agents(period: Period) -> dict:
    """Escalations raised per person in the period; those at >= 2x the median of everyone who
    raised any are listed (a team where one person raised everything flags nobody)."""
    # Counted per raiser first, then joined to their names: grouping the period's rows by
    # the id alone (esc_report_raised holds it) rather than by id and three names joined
    # to every row sorts a third as much (~13 ms -> ~4 ms for a quarter at 100,000 cases).
    counted, params = (
        raised(period).order_by().values("created_by").annotate(n=Count("pk")).query
    ).sql_with_params()
    users = connection.ops.quote_name(get_user_model()._meta.db_table)
    sql = (
        "SELECT g.created_by, u.username, u.first_name, u.last_name, g.n "  # noqa: S608
        f"FROM ({counted}) AS g JOIN {users} u ON u.id = g.created_by "
        "ORDER BY g.n DESC, u.username"
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        rows = [dict(zip(AGENT_COLUMNS, row, strict=True)) for row in cursor.fetchall()]
    middle = median(row["n"] for row in rows) if rows else None
    threshold = AGENT_FACTOR * middle if middle is not None else None
    flagged = [
        {
            "id": row["created_by"],
            "name": " ".join(
                part
                for part in (row["created_by__first_name"], row["created_by__last_name"])
                if part
            )
            or row["created_by__username"],
            "count": row["n"],
            "ratio": row["n"] / middle,
        }
        for row in rows
        if threshold is not None and row["n"] >= threshold
    ]
    return {"raisers": len(rows), "median": middle, "threshold": threshold, "flagged": flagged}


def feedback(period: Period) -> dict:
    counts = dict(
        TriageFeedback.objects.filter(at__gte=period.start, at__lt=period.end)
        .values_list("verdict")
        .annotate(n=Count("pk"))
        .order_by()
    )
    total = sum(counts.values())
    rows = [
        {
            "key": v.value,
            "label": v.label,
            "count": counts.get(v.value, 0),
            "share": share(counts.get(v.value, 0), total),
        }
        for v in TriageFeedback.Verdict
    ]
    return {"total": total, "rows": rows}


def case_row(*, pk: int, title: str, severity: int | None, arr, customer: str) -> dict:
    """A case as the figures list it; for_viewer hides the title of a Sev-1 the reader may not see."""
    return {
        "id": pk,
        "reference": f"ESC-{pk:05d}",
        "title": title,
        "severity": severity,
        "customer": customer,
        "arr": money(arr),
    }


def sev1_cases(period: Period) -> list[dict]:
    rows = (
        raised(period)
        .filter(severity=Severity.SEV1)
        .values_list("pk", "title", "severity", "customer__arr", "customer__name")
        .order_by("-customer__arr", "pk")[:SEV1_LISTED]
    )
    return [
        case_row(pk=pk, title=title, severity=sev, arr=arr, customer=name)
        for pk, title, sev, arr, name in rows
    ]


def volume_trend(months: list[Period]) -> dict[str, int]:
    """Escalations raised per month (label -> count, months with none left out), month
    boundaries in the desk's zone.

    One count per month, each a range read of the created_at index, in one statement: at
    100,000 cases a tenth of the time of bucketing a year of rows into months and grouping
    them (~35 ms, most of it the sort of GROUP BY).
    """
    table = connection.ops.quote_name(Escalation._meta.db_table)
    column = connection.ops.quote_name(Escalation._meta.get_field("created_at").column)
    count = f"(SELECT COUNT(*) FROM {table} WHERE {column} >= %s AND {column} < %s)"  # noqa: S608
    adapt = connection.ops.adapt_datetimefield_value
    params = [adapt(instant) for month in months for instant in (month.start, month.end)]
    with connection.cursor() as cursor:
        cursor.execute("SELECT " + ", ".join([count] * len(months)), params)
        row = cursor.fetchone()
    return {month.label: n for month, n in zip(months, row, strict=True) if n}
