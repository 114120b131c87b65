"""SLA attainment from the matrix's Clock rows, and time to acknowledge and to resolve.

When a clock counts, and in which period (shown on the report page, reports/views):
- met: it stopped within its target; it counts when it stopped;
- breached: it ran past its target; it counts when it breached (when the sweep recorded it,
  or, if no sweep saw it, when it stopped late, or its due instant once that has passed, or
  when it was paused already overdue);
- a clock still running within its target, or paused with time left, is not counted yet.
Each case has one clock of each kind; the update clock restarts with every update the comms
lead sends, so the report sees only its current window.

Time to acknowledge runs from the case being raised to its acknowledge clock stopping, and
counts in the period it was acknowledged; time to resolve runs from raised to resolved and
counts in the period it was resolved. Both are calendar time, pauses included.
"""

from __future__ import annotations

from datetime import datetime

from django.db.models import Case, Count, DateTimeField, F, IntegerField, Q, Value, When
from django.db.models.functions import Coalesce, TruncMonth

from escalations.choices import Severity
from escalations.models import Escalation
from matrix.models import Clock, ClockKind

from ..periods import Period, desk_zone, month_of
from .sql import Seconds, percentiles, share
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


def attainment(period: Period, previous: Period, *, now: datetime) -> dict:
    """Met and breached clocks per kind and severity for the period, and the overall
    attainment of the period before it, in one grouped query."""
    rows = (
        _clocks(previous.start, period.end, now)
        .annotate(is_current=current("counted", period))
        .values("is_current", "kind", "escalation__severity")
        .annotate(met=Count("pk", filter=Q(met=True)), n=Count("pk"))
    )
    cells: dict[tuple, list[int]] = {}
    sides = {0: [0, 0], 1: [0, 0]}
    for row in rows:
        met, breached = row["met"], row["n"] - row["met"]
        sides[row["is_current"]][0] += met
        sides[row["is_current"]][1] += breached
        if row["is_current"]:
            cell = cells.setdefault((row["kind"], row["escalation__severity"]), [0, 0])
            cell[0] += met
            cell[1] += breached
    severities = [*Severity, None] if any(sev is None for _, sev in cells) else list(Severity)
    table = []
    for kind in ClockKind:
        kind_met = kind_breached = 0
        for severity in severities:
            met, breached = cells.get((kind.value, severity and severity.value), (0, 0))
            kind_met, kind_breached = kind_met + met, kind_breached + breached
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
    return {
        "rows": table,
        "by_kind": by_kind,
        "overall": _tally(*sides[1]),
        "previous_overall": _tally(*sides[0]),
    }


def attainment_trend(months: list[Period], *, now: datetime) -> dict[str, dict]:
    rows = (
        _clocks(months[0].start, months[-1].end, now)
        .annotate(month=TruncMonth("counted", tzinfo=desk_zone()))
        .values("month")
        .annotate(met=Count("pk", filter=Q(met=True)), n=Count("pk"))
    )
    return {month_of(r["month"]).label: _tally(r["met"], r["n"] - r["met"]) for r in rows}


def _group(severity_field: str):
    return Coalesce(severity_field, Value(UNTRIAGED), output_field=IntegerField())


def _times(values, severity_field: str) -> tuple[dict, dict]:
    """Median and p90 per severity and overall, for the period and (overall) the one before."""
    parts = values.annotate(grp=_group(severity_field)).values("is_current", "grp", "v")
    whole = values.annotate(grp=Value(OVERALL, output_field=IntegerField())).values(
        "is_current", "grp", "v"
    )
    found = {
        (row["is_current"], row["grp"]): row
        for row in percentiles(
            parts.order_by().union(whole.order_by(), all=True), ("is_current", "grp")
        )
    }

    def stats(side: int, grp: int) -> dict:
        row = found.get((side, grp))
        if row is None:
            return {"count": 0, "median": None, "p90": None}
        return {"count": row["count"], "median": round(row["median"]), "p90": round(row["p90"])}

    rows = [
        {"severity": sev.value, "severity_label": sev.label, **stats(1, sev.value)}
        for sev in Severity
    ]
    if (1, UNTRIAGED) in found:
        rows.append({"severity": None, "severity_label": NOT_TRIAGED, **stats(1, UNTRIAGED)})
    return {"rows": rows, "overall": stats(1, OVERALL)}, stats(0, OVERALL)


def times(period: Period, previous: Period) -> dict:
    acknowledged = Clock.objects.filter(
        kind=ClockKind.ACKNOWLEDGE,
        stopped_at__gte=previous.start,
        stopped_at__lt=period.end,
    ).annotate(
        is_current=current("stopped_at", period),
        v=Seconds("stopped_at", "escalation__created_at"),
    )
    resolved = Escalation.objects.filter(
        resolved_at__gte=previous.start, resolved_at__lt=period.end
    ).annotate(is_current=current("resolved_at", period), v=Seconds("resolved_at", "created_at"))
    ack, ack_before = _times(acknowledged, "escalation__severity")
    res, res_before = _times(resolved, "severity")
    return {
        "acknowledge": {"label": "Time to acknowledge", **ack},
        "resolve": {"label": "Time to resolve", **res},
        "previous": {"acknowledge": ack_before, "resolve": res_before},
    }
