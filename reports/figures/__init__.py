"""Every figure of a monthly or quarterly report, computed in SQL, as plain JSON-ready data.

`compute(period, now=...)` is what the report page renders, what `monthly_report` prints and
what a snapshot stores; `for_viewer(figures, user)` is what one reader may read of it. Which
date puts a case in a period (the page says the same):
- raised (volume by severity, category, product area, entry point; Sev-1 cases; who raised
  them; triage override rate; ARR escalated): Escalation.created_at;
- closed (avoidable share, root cause, trigger): CloseOut.closed_at;
- SLA attainment: when each clock met or breached its target (figures/sla.py);
- time to acknowledge / resolve: when the case was acknowledged / resolved;
- triage feedback: when it was given; ARR open: open at the period's end.
Every boundary is local midnight in the desk's time zone (reports/periods.py).

Money is a string with cents ("120000.00"), durations are whole seconds, shares are floats
between 0 and 1, and a share or a change with nothing to divide by is None.
"""

from __future__ import annotations

import copy
from collections.abc import Iterator
from datetime import datetime
from decimal import Decimal

from django.conf import settings

from escalations.choices import Severity
from escalations.models import Escalation

from ..models import QuarterSnapshot, Snapshot
from ..periods import Period, trend
from . import closeouts, money, sla, volume
from .sql import share

VERSION = 1

BREAKDOWNS = (
    # name, title, what puts a case in the period
    ("severity", "Severity", "raised"),
    ("category", "Category", "raised"),
    ("root_cause", "Root cause", "closed"),
    ("trigger", "Trigger", "closed"),
    ("product_area", "Product area", "raised"),
    ("entry_point", "Entry point", "raised"),
)


def compute(period: Period, *, now: datetime) -> dict:
    """Every figure of the period, and the headlines of the period before for the change.

    A quarter whose previous quarter has its snapshot (stored on the 1st after it,
    reports/tasks.py) compares with that snapshot's headlines, the figures its own report
    published, and says when they were taken (`previous.published_at`); the previous
    quarter's times, volume, close-outs and ARR are then not counted again. Otherwise the
    period before is computed live.
    """
    previous = period.previous()
    published = published_quarter(previous)
    # With the previous quarter's snapshot, every headline's previous value is the published
    # one (_compared_with): the period before is not counted again for them.
    before = previous if published is None else None
    counted = volume.volume(period, before)
    raised, raised_before = counted["current"], counted["previous"]
    by = volume.breakdowns(raised)
    closed = closeouts.totals(period, before)
    by["root_cause"] = closeouts.root_causes(period)
    by["trigger"] = closeouts.triggers(closed.pop("by_trigger"))
    months = trend(period)
    stored = stored_trend(period, months)
    attainment = sla.attainment(period, previous, months, now=now, stored=stored)
    attained = attainment["trend"]
    times = sla.times(period, previous, rank_previous=published is None)
    arr = money.arr_at_risk(period, before)
    volumes = volume.volume_trend([m for m in months if m.label not in stored])
    volumes.update({label: entry["volume"] for label, entry in stored.items() if entry["volume"]})
    triage = {
        "cases": raised["total"],
        "overridden": raised["overridden"],
        "override_rate": share(raised["overridden"], raised["total"]),
        "feedback": volume.feedback(period),
    }
    sev1 = raised["severity"].get(Severity.SEV1, 0)
    headlines = [
        _headline(
            "volume",
            "Escalations raised",
            "count",
            raised["total"],
            raised_before["total"],
            better="lower",
        ),
        _headline(
            "sev1",
            "Sev-1 raised",
            "count",
            sev1,
            raised_before["severity"].get(Severity.SEV1, 0),
            better="lower",
        ),
        _headline(
            "sla_attainment",
            "SLA attainment",
            "share",
            attainment["overall"]["attainment"],
            attainment["previous_overall"]["attainment"],
            better="higher",
        ),
        _headline(
            "ack_median",
            "Median time to acknowledge",
            "seconds",
            times["acknowledge"]["overall"]["median"],
            times["previous"]["acknowledge"]["median"],
            better="lower",
        ),
        _headline(
            "resolve_median",
            "Median time to resolve",
            "seconds",
            times["resolve"]["overall"]["median"],
            times["previous"]["resolve"]["median"],
            better="lower",
        ),
        _headline(
            "arr_open",
            "ARR at risk: open at period end",
            "money",
            arr["open"]["amount"],
            arr["open_before"]["amount"],
            better="lower",
        ),
        _headline(
            "arr_escalated",
            "ARR escalated in the period",
            "money",
            arr["escalated"]["amount"],
            arr["escalated_before"]["amount"],
            better="lower",
        ),
        _headline(
            "avoidable_share",
            "Avoidable share of close-outs",
            "share",
            closed["avoidable_share"],
            closed["previous_avoidable_share"],
            better="lower",
        ),
        _headline(
            "override_rate",
            "Triage override rate",
            "share",
            triage["override_rate"],
            raised_before and share(raised_before["overridden"], raised_before["total"]),
            better="lower",
        ),
    ]
    about_previous = _period(previous)
    if published is not None:
        headlines = _compared_with(headlines, published.figures["headlines"])
        about_previous["published_at"] = published.taken_at.isoformat()
    return {
        "version": VERSION,
        "period": _period(period),
        "previous": about_previous,
        "computed_at": now.isoformat(),
        "time_zone": settings.TIME_ZONE,
        "complete": period.is_complete(now),
        "headlines": headlines,
        "breakdowns": [
            {
                "name": name,
                "title": title,
                "basis": basis,
                "rows": by[name],
                "total": sum(row["count"] for row in by[name]),
            }
            for name, title, basis in BREAKDOWNS
        ],
        "sla": {k: attainment[k] for k in ("rows", "by_kind", "overall")},
        "times": {"acknowledge": times["acknowledge"], "resolve": times["resolve"]},
        "arr": {"open": arr["open"], "escalated": arr["escalated"]},
        "closeouts": {k: v for k, v in closed.items() if not k.startswith("previous")},
        "agents": volume.agents(period),
        "triage": triage,
        "sev1": {"count": sev1, "cases": volume.sev1_cases(period)},
        "trend": [
            {
                "label": month.label,
                "title": month.title,
                "volume": volumes.get(month.label, 0),
                **attained.get(month.label, sla._tally(0, 0)),
            }
            for month in months
        ],
    }


def stored_trend(period: Period, months: list[Period]) -> dict[str, dict]:
    """The trend's months before the period as their snapshots tell them (label -> the
    snapshot's own entry: volume, met, breached), so a past month is not counted again on
    every page: one query, which reads only the snapshots' trends.

    A snapshot is what was published for its month (reports/tasks.py), and the desk keeps
    every complete month's from the 1st on, so the trend shows the same numbers as each
    month's own report. Only the oldest months are taken, up to the first without a
    snapshot: the months counted live stay consecutive (sla.attainment buckets its running
    clocks into them by their boundaries).
    """
    past = [m for m in months if m.end <= period.start]
    if not past:
        return {}
    trends = dict(
        Snapshot.objects.filter(month__in=[m.label for m in past]).values_list(
            "month", "figures__trend"
        )
    )
    stored = {}
    for month in past:
        own = [e for e in trends.get(month.label) or [] if e.get("label") == month.label]
        if not own:
            break
        stored[month.label] = own[-1]
    return stored


def published_quarter(period: Period) -> QuarterSnapshot | None:
    """The stored snapshot of `period` when it is a quarter that has one (one query)."""
    if period.is_month:
        return None
    return QuarterSnapshot.objects.filter(quarter=period.label).only("figures", "taken_at").first()


def _compared_with(headlines: list[dict], published: list[dict]) -> list[dict]:
    """The headlines with each one's `previous` (and change) the published value of the
    same headline: a headline the snapshot lacks compares with nothing."""
    before = {headline["key"]: headline["value"] for headline in published}
    return [
        _headline(
            h["key"], h["label"], h["unit"], h["value"], before.get(h["key"]), better=h["better"]
        )
        for h in headlines
    ]


def for_period(period: Period, *, now: datetime) -> tuple[dict, datetime | None]:
    """What the page and the command show: a month's stored snapshot when it has one (and
    when it was taken), otherwise the figures computed now."""
    if period.is_month:
        stored = Snapshot.objects.filter(month=period.label).only("figures", "taken_at").first()
        if stored is not None:
            return stored.figures, stored.taken_at
    return compute(period, now=now), None


def _period(period: Period) -> dict:
    return {
        "label": period.label,
        "kind": period.kind,
        "title": period.title,
        "start": period.start.isoformat(),
        "end": period.end.isoformat(),
    }


def _headline(key, label, unit, value, previous, *, better) -> dict:
    """A headline and its change: relative for counts, money and durations, in points for
    shares; None whenever there is nothing to compare with (no division by zero)."""
    change = None
    if value is not None and previous is not None:
        if unit == "share":
            change = value - previous
        elif Decimal(previous) != 0:
            change = float((Decimal(value) - Decimal(previous)) / Decimal(previous))
    return {
        "key": key,
        "label": label,
        "unit": unit,
        "value": value,
        "previous": previous,
        "change": change,
        "change_unit": "points" if unit == "share" else "relative",
        "better": better,
    }


def _cases(node) -> Iterator[dict]:
    """Every case listed anywhere in the figures (a dict with a reference and a severity)."""
    if isinstance(node, dict):
        if "reference" in node and "severity" in node and "id" in node:
            yield node
            return
        for value in node.values():
            yield from _cases(value)
    elif isinstance(node, list):
        for value in node:
            yield from _cases(value)


def for_viewer(figures: dict, user) -> dict:
    """The figures as this reader may read them: every case still counts, but a Sev-1 case
    they may not see keeps only its reference (no title, no customer). One query, none when
    nothing listed is Sev-1."""
    shown = copy.deepcopy(figures)
    sev1 = [case for case in _cases(shown) if case["severity"] == Severity.SEV1]
    if not sev1:
        return shown
    ids = {case["id"] for case in sev1}
    visible = set(
        Escalation.objects.visible_to(user).filter(pk__in=ids).values_list("pk", flat=True)
    )
    for case in sev1:
        if case["id"] not in visible:
            case.update(title=None, customer=None, hidden=True)
    return shown
