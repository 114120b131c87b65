"""SLA attainment from the matrix's Clock rows, and time to acknowledge and to resolve.

When a clock counts, and in which period (shown on the report page, reports/views):
- met: it stopped within its target; it counts when it stopped;
- breached: it ran past its target; it counts when it breached (when the sweep recorded it,
  or, if no sweep saw it, when it stopped late, or its due instant once that has passed, or
  when it was paused already overdue);
- a clock still running within its target, or paused with time left, is not counted yet.
Each case has one clock of each kind; the update clock restarts with every update the comms
lead sends, so the report sees only its current window.

Time to acknowledge runs from the acknowledge clock starting (when the case is raised and
triaged) to its stopping, and counts in the period it was acknowledged; time to resolve runs
from raised to resolved and counts in the period it was resolved. Both are calendar time,
pauses included.
"""

from __future__ import annotations

from datetime import datetime

from django.db import connection
from django.db.models import Case, DateTimeField, F, IntegerField, Value, When
from django.db.models.expressions import RawSQL
from django.db.models.functions import Coalesce

from escalations.choices import Severity
from escalations.models import Escalation
from matrix.models import Clock, ClockKind

from ..periods import Period
from .sql import Seconds, cases_by_id, percentiles, share
from .volume import NOT_TRIAGED, current

OVERALL, UNTRIAGED = 0, 5  # group keys beside the severities 1-4


def counted_at(now: datetime) -> Case:
    """The instant a clock's outcome counts at (see the module docstring); NULL: not yet."""
    return Case(
        When(met=True, then=F("stopped_at")),
        When(breached_at__isnull=False, then=F("breached_at")),
        When(stopped_at__isnull=False, then=F("stopped_at")),
        When(due_at__lte=now, then=F("due_at")),
        When(paused_at__isnull=False, remaining_seconds__lt=0, then=F("paused_at")),
        default=None,
        output_field=DateTimeField(),
    )


def _clocks(start: datetime, end: datetime, now: datetime):
    return (
        Clock.objects.annotate(counted=counted_at(now))
        .filter(counted__gte=start, counted__lt=end)
        .order_by()
    )


def _tally(met: int, breached: int) -> dict:
    return {"met": met, "breached": breached, "attainment": share(met, met + breached)}


# A clock's outcome, by which of its instants it counts at (counted_at's cases, in order):
# stopped (met, or stopped late with no breach recorded), breached, overdue and still running,
# paused already overdue. Each is a range read of an index on that instant (matrix migration
# 0006: clock_stopped and clock_breached hold the columns read here, clock_breach_due and
# clock_paused the running ones), so no clock outside the months is read.
_NOT_MET = "(met IS NULL OR NOT met)"
_STOPPED = "kind = %s AND stopped_at >= %s AND stopped_at < %s AND (met OR breached_at IS NULL)"
_BREACHED = f"kind = %s AND breached_at >= %s AND breached_at < %s AND {_NOT_MET}"
_UNSTOPPED = f"{_NOT_MET} AND breached_at IS NULL AND stopped_at IS NULL"
_OVERDUE = f"{_UNSTOPPED} AND due_at >= %s AND due_at < %s AND due_at <= %s"
_PAUSED_OVERDUE = (
    f"{_UNSTOPPED} AND paused_at >= %s AND paused_at < %s AND remaining_seconds < 0 "
    "AND (due_at IS NULL OR due_at > %s)"
)


def _outcomes(period: Period, months: list[Period], now: datetime) -> list[tuple]:
    """(month number, kind, severity, clocks met, clocks counted) over the trend's months;
    severity only for the period's own months (None for the others, or not triaged).

    One statement of small parts, each a range read of an index: per month and kind, the
    clocks that stopped and those that breached in it (a count, no sort); for the period's
    own months, the same grouped by their case's severity (looked up per clock of the period
    only); the few clocks still running or paused overdue, bucketed by month. Reading every
    clock and grouping ~110,000 of them into months (the way before: no index served "when
    did it count") cost ~110-150 ms at 100,000 cases.
    """
    adapt = connection.ops.adapt_datetimefield_value
    clocks = connection.ops.quote_name(Clock._meta.db_table)
    kinds = list(ClockKind.values)
    at = {id(m): (adapt(m.start), adapt(m.end)) for m in months}
    # Our own table names and constants only; every value is a parameter.
    by_id = cases_by_id("c")
    severity = f"COALESCE((SELECT c.severity FROM {by_id} WHERE c.id = {clocks}.escalation_id), {UNTRIAGED})"  # noqa: S608, E501
    met = "SUM(CASE WHEN met THEN 1 ELSE 0 END)"
    parts, params = [], []
    for i, month in enumerate(months):
        start, end = at[id(month)]
        ours = month.start >= period.start
        for code, kind in enumerate(kinds):
            for where in (_STOPPED, _BREACHED):
                if ours:
                    parts.append(
                        # Joined, not a scalar subquery: SQLite evaluates a grouped
                        # subquery twice per row (for the group and for the output).
                        f"SELECT {i}, {code}, COALESCE(c.severity, {UNTRIAGED}) AS sev, "  # noqa: S608
                        f"{met}, COUNT(*) FROM {clocks} LEFT JOIN {by_id} "
                        f"ON c.id = {clocks}.escalation_id WHERE {where} GROUP BY sev"
                    )
                else:
                    parts.append(
                        f"SELECT {i}, {code}, 0, {met}, COUNT(*) FROM {clocks} WHERE {where}"  # noqa: S608
                    )
                params += [kind, start, end]
    # Running overdue (counted at the due instant) or paused overdue (at the pause): few
    # clocks, bucketed into the months.
    kind_code = " ".join(f"WHEN %s THEN {code}" for code in range(len(kinds)))
    first, last = adapt(months[0].start), adapt(months[-1].end)
    for column, where in (("due_at", _OVERDUE), ("paused_at", _PAUSED_OVERDUE)):
        bounds = " ".join(f"WHEN {column} < %s THEN {i}" for i in range(len(months)))
        parts.append(
            f"SELECT month, code, sev, {met}, COUNT(*) FROM ("  # noqa: S608
            f"SELECT (CASE {bounds} END) AS month, (CASE kind {kind_code} END) AS code, "
            f"CASE WHEN {column} >= %s THEN {severity} ELSE 0 END AS sev, met "
            f"FROM {clocks} WHERE {where}) AS running GROUP BY month, code, sev"
        )
        params += [at[id(m)][1] for m in months]
        params += [*kinds, adapt(period.start), first, last, adapt(now)]
    with connection.cursor() as cursor:
        cursor.execute(" UNION ALL ".join(parts), params)
        rows = cursor.fetchall()
    # One row per (month, kind, severity), in that order, as a GROUP BY on them would give.
    tally: dict[tuple, list[int]] = {}
    for month, code, sev, n_met, n in rows:
        if n:
            cell = tally.setdefault((month, code, sev), [0, 0])
            cell[0] += n_met or 0
            cell[1] += n
    return [
        (month, kinds[code], None if sev in (0, UNTRIAGED) else sev, n_met, n)
        for (month, code, sev), (n_met, n) in sorted(tally.items())
    ]


def attainment(
    period: Period,
    previous: Period,
    months: list[Period],
    *,
    now: datetime,
    stored: dict[str, dict] | None = None,
) -> dict:
    """Met and breached clocks per month over the trend's months and per kind and severity
    in the period: the trend, the period's table and the previous period's total all come
    from one query (the trend's twelve months reach back past the previous quarter).

    `stored` is the trend's entries of months before the period read from their snapshots
    (figures.stored_trend: the oldest months, consecutive); only the other months are
    counted from the clocks.
    """
    stored = stored or {}
    ours = {m.label for m in period.months()}
    before = {m.label for m in previous.months()}
    cells: dict[tuple, list[int]] = {}
    per_month: dict[str, list[int]] = {
        label: [entry["met"], entry["breached"]] for label, entry in stored.items()
    }
    live = [m for m in months if m.label not in stored]
    for month, kind, severity, met, n in _outcomes(period, live, now):
        label = live[month].label
        breached = n - met
        tally = per_month.setdefault(label, [0, 0])
        tally[0], tally[1] = tally[0] + met, tally[1] + breached
        if label in ours:
            cell = cells.setdefault((kind, severity), [0, 0])
            cell[0], cell[1] = cell[0] + met, cell[1] + breached
    severities = [*Severity, None] if any(sev is None for _, sev in cells) else list(Severity)
    table = []
    for kind in ClockKind:
        for severity in severities:
            met, breached = cells.get((kind.value, severity and severity.value), (0, 0))
            table.append(
                {
                    "kind": kind.value,
                    "kind_label": kind.label,
                    "severity": severity and severity.value,
                    "severity_label": severity.label if severity else NOT_TRIAGED,
                    **_tally(met, breached),
                }
            )
    by_kind = []
    for kind in ClockKind:
        met = sum(r["met"] for r in table if r["kind"] == kind.value)
        breached = sum(r["breached"] for r in table if r["kind"] == kind.value)
        by_kind.append({"kind": kind.value, "kind_label": kind.label, **_tally(met, breached)})

    def total(labels: set[str]) -> dict:
        return _tally(
            sum(per_month.get(m, [0, 0])[0] for m in labels),
            sum(per_month.get(m, [0, 0])[1] for m in labels),
        )

    return {
        "rows": table,
        "by_kind": by_kind,
        "overall": total(ours),
        "previous_overall": total(before),
        "trend": {label: _tally(*tally) for label, tally in per_month.items()},
    }


def _severity_in(period: Period, field: str, severity) -> Case:
    """The case's severity for the period's own rows (the previous period is ranked overall
    only): for a clock, a lookup of its case per row of the period, none for the others."""
    return Case(
        When(**{f"{field}__gte": period.start}, then=Coalesce(severity, Value(UNTRIAGED))),
        default=Value(UNTRIAGED),
        output_field=IntegerField(),
    )


ACKNOWLEDGE, RESOLVE = 1, 2  # which measure a percentile row is about


def times(period: Period, previous: Period, *, rank_previous: bool = True) -> dict:
    """Median and p90 to acknowledge and to resolve, per severity and overall, for the period
    and (overall) the one before (sql.percentiles: one query on PostgreSQL, three on SQLite).
    Without `rank_previous` (the caller has the previous period's figures stored) only the
    period's own values are ranked, and the previous period's come out empty.

    Neither side reads a case row: the acknowledge clock starts when the case is raised, and
    its clocks come from clock_stopped, with a lookup of the case's severity for the
    period's own clocks only; the resolved cases are a range of esc_report_resolved
    (resolved_at, created_at, severity), which holds all they need.
    """

    def measure(values, tag: int):
        return (
            values.annotate(measure=Value(tag, output_field=IntegerField()))
            .values("measure", "is_current", "grp", "v")
            .order_by()
        )

    since = previous.start if rank_previous else period.start
    acknowledged = Clock.objects.filter(
        kind=ClockKind.ACKNOWLEDGE,
        stopped_at__gte=since,
        stopped_at__lt=period.end,
    ).annotate(
        is_current=current("stopped_at", period),
        grp=_severity_in(
            period,
            "stopped_at",
            RawSQL(  # noqa: S611 - our own table names, no value spelled in
                # The case's severity through esc_by_id (sql.cases_by_id), not its row.
                f"SELECT c.severity FROM {cases_by_id('c')} "  # noqa: S608 - our names
                f"WHERE c.id = {connection.ops.quote_name(Clock._meta.db_table)}.escalation_id",
                (),
                output_field=IntegerField(),
            ),
        ),
        v=Seconds("stopped_at", "started_at"),
    )
    resolved = Escalation.objects.filter(
        resolved_at__gte=since, resolved_at__lt=period.end
    ).annotate(
        is_current=current("resolved_at", period),
        # The case's own severity: esc_report_resolved holds it, so no row is read.
        grp=_severity_in(period, "resolved_at", F("severity")),
        v=Seconds("resolved_at", "created_at"),
    )
    both = measure(acknowledged, ACKNOWLEDGE).union(measure(resolved, RESOLVE), all=True)
    found = {
        (row["measure"], row["is_current"], row["grp"]): row
        for row in percentiles(
            both, ("measure", "is_current", "grp"), overall="grp", detail="is_current"
        )
    }

    def stats(measure: int, side: int, grp: int) -> dict:
        row = found.get((measure, side, grp))
        if row is None:
            return {"count": 0, "median": None, "p90": None}
        return {"count": row["count"], "median": round(row["median"]), "p90": round(row["p90"])}

    def table(measure: int, label: str) -> dict:
        rows = [
            {"severity": sev.value, "severity_label": sev.label, **stats(measure, 1, sev.value)}
            for sev in Severity
        ]
        if (measure, 1, UNTRIAGED) in found:
            rows.append(
                {"severity": None, "severity_label": NOT_TRIAGED, **stats(measure, 1, UNTRIAGED)}
            )
        return {"label": label, "rows": rows, "overall": stats(measure, 1, OVERALL)}

    return {
        "acknowledge": table(ACKNOWLEDGE, "Time to acknowledge"),
        "resolve": table(RESOLVE, "Time to resolve"),
        "previous": {
            "acknowledge": stats(ACKNOWLEDGE, 0, OVERALL),
            "resolve": stats(RESOLVE, 0, OVERALL),
        },
    }
