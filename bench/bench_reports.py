"""The monthly and quarterly reports at 100,000 escalations (issue 10 item 8).

    .venv/bin/python bench/run.py --only floor,monthly_report,quarterly_report

The scratch database (bench/build_db.py) holds cases but none of what a report reads besides
them, so each measurement first gives it, in a transaction rolled back afterwards (the scratch
database is left as it was; ~5 s):

1. a close-out on every closed case (~84,000): root cause, trigger, avoidable one in three,
   within SLA four in five, from the case's id so the spread is even, closed when the case was;
2. acknowledge and resolve clocks, stopped, on every resolved or closed triaged case: the
   acknowledgement 0-119 minutes after raising (met when within the Sev target), the resolve
   clock stopped at the resolution (met when within it, breached at the target otherwise);
3. running clocks on the open cases, as the queue's measurements have them
   (bench/build_clocks.py: green, amber, red, paused);
4. a triage run on every case of the last six months, an override on one in twelve and a
   manager's feedback on one in four.

5. the snapshots of the twelve months before the latest complete one, as the monthly job
   stores them on the 1st (the trend reads past months from them: figures.stored_trend), and
   of the quarters they close (a quarter's headlines compare with the previous quarter's).

Then GET /reports/<latest complete month>/ and /reports/<its quarter>/ as the benchmark's
support manager, each request taking turns with the floor's (bench/harness.py). The month
itself has no snapshot, so its figures (and the quarter's) are computed live. `monthly_report_snapshot` is the month
page as readers get it once the 1st-of-the-month snapshot is stored: the figures read from it. Targets: <= 25 queries whatever the data
size, <= 20x the floor.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bench.harness import Bench

MAX_QUERIES = 25
MAX_X_FLOOR = 20
TARGET = f"≤ {MAX_X_FLOOR}× floor, ≤ {MAX_QUERIES} queries"
# Minutes per severity: acknowledge and resolve (DESIGN.md's matrix defaults).
ACK_MINUTES = {1: 15, 2: 60, 3: 240, 4: 1440}
RESOLVE_MINUTES = {1: 240, 2: 480, 3: 1440, 4: 4320}

CLOSEOUTS = """
WITH causes AS (SELECT id, ROW_NUMBER() OVER (ORDER BY id) - 1 AS n FROM escalations_rootcause),
     triggers AS (SELECT id, ROW_NUMBER() OVER (ORDER BY id) - 1 AS n FROM escalations_trigger)
INSERT INTO escalations_closeout (escalation_id, trigger_id, root_cause_id, avoidable,
    resolution_summary, exit_criteria_met, within_sla, closed_by_id, closed_at)
SELECT e.id, triggers.id, causes.id,
    e.id %% 3 = 0, 'Fixed and confirmed with the customer.', 1, e.id %% 5 != 0,
    e.created_by_id, e.closed_at
FROM escalations_escalation e
JOIN triggers ON triggers.n = e.id %% %(triggers)s
JOIN causes ON causes.n = (e.id * 7) %% %(causes)s
WHERE e.closed_at IS NOT NULL
"""


def _case_minutes(table: dict[int, int]) -> str:
    whens = " ".join(f"WHEN {sev} THEN {minutes}" for sev, minutes in table.items())
    return f"CASE e.severity {whens} END"


# SQLite only (the scratch database): datetime() writes the text Django stores.
ACK_CLOCKS = f"""
INSERT INTO matrix_clock (escalation_id, kind, cycle, target_minutes, started_at, stopped_at,
    met, breached_at, history)
SELECT e.id, 'acknowledge', 1, {_case_minutes(ACK_MINUTES)}, e.created_at,
    datetime(e.created_at, '+' || (e.id % 120) || ' minutes'),
    (e.id % 120) <= {_case_minutes(ACK_MINUTES)},
    CASE WHEN (e.id % 120) > {_case_minutes(ACK_MINUTES)}
        THEN datetime(e.created_at, '+' || {_case_minutes(ACK_MINUTES)} || ' minutes') END,
    '[]'
FROM escalations_escalation e
WHERE e.resolved_at IS NOT NULL AND e.severity IS NOT NULL
"""  # noqa: S608 - only our own constants are spelled in
RESOLVE_CLOCKS = f"""
INSERT INTO matrix_clock (escalation_id, kind, cycle, target_minutes, started_at, stopped_at,
    met, breached_at, history)
SELECT e.id, 'resolve', 1, {_case_minutes(RESOLVE_MINUTES)}, e.created_at, e.resolved_at,
    (julianday(e.resolved_at) - julianday(e.created_at)) * 1440 <= {_case_minutes(RESOLVE_MINUTES)},
    CASE WHEN (julianday(e.resolved_at) - julianday(e.created_at)) * 1440
            > {_case_minutes(RESOLVE_MINUTES)}
        THEN datetime(e.created_at, '+' || {_case_minutes(RESOLVE_MINUTES)} || ' minutes') END,
    '[]'
FROM escalations_escalation e
WHERE e.resolved_at IS NOT NULL AND e.severity IS NOT NULL
"""  # noqa: S608 - only our own constants are spelled in
RUNS = """
INSERT INTO triage_triagerun (escalation_id, config_id, at, "trigger", score, severity, lane,
    flags, factors, hard_rules, why, decision)
SELECT e.id, %(config)s, e.created_at, 'intake', 50, COALESCE(e.severity, 4), 'guardrailed',
    '[]', '[]', '[]', '', '{}'
FROM escalations_escalation e
WHERE e.created_at >= %(since)s
"""
OVERRIDES = """
INSERT INTO triage_triageoverride (escalation_id, run_id, by_id, at, old_severity,
    new_severity, old_lane, new_lane, reason)
SELECT r.escalation_id, r.id, %(by)s, r.at, 4, r.severity, '', '', 'Seen worse.'
FROM triage_triagerun r WHERE r.escalation_id %% 12 = 0 AND r.config_id = %(config)s
"""
FEEDBACK = """
INSERT INTO triage_triagefeedback (run_id, by_id, at, verdict, note)
SELECT r.id, %(by)s, r.at,
    CASE r.escalation_id %% 3 WHEN 0 THEN 'right' WHEN 1 THEN 'too_high' ELSE 'too_low' END, ''
FROM triage_triagerun r WHERE r.escalation_id %% 4 = 0 AND r.config_id = %(config)s
"""


@contextmanager
def report_history(*, now: datetime, say=print) -> Iterator[dict]:
    """Close-outs, clocks and triage verdicts on the scratch cases, rolled back on exit."""
    from datetime import timedelta

    from django.contrib.auth.models import User
    from django.db import connection, transaction

    from bench.build_clocks import running_clocks
    from bench.build_db import BENCH_MANAGER
    from escalations.models import CloseOut, RootCause, Trigger
    from triage.models import TriageConfig

    started = time.perf_counter()
    with transaction.atomic():
        manager = User.objects.get(username=BENCH_MANAGER)
        config = TriageConfig.objects.create(
            version=(
                TriageConfig.objects.order_by("-version").values_list("version", flat=True).first()
                or 0
            )
            + 1,
            values={},
            created_at=now,
        )
        counts = {}
        with connection.cursor() as cursor:
            cursor.execute(
                CLOSEOUTS,
                {"triggers": Trigger.objects.count(), "causes": RootCause.objects.count()},
            )
            # rowcount is -1 after an INSERT with a WITH clause on SQLite: count them.
            counts["closeouts"] = CloseOut.objects.count()
            cursor.execute(ACK_CLOCKS)
            cursor.execute(RESOLVE_CLOCKS)
            counts["stopped_clocks"] = cursor.rowcount * 2
            since = connection.ops.adapt_datetimefield_value(now - timedelta(days=183))
            cursor.execute(RUNS, {"config": config.pk, "since": since})
            counts["triage_runs"] = cursor.rowcount
            cursor.execute(OVERRIDES, {"config": config.pk, "by": manager.pk})
            counts["overrides"] = cursor.rowcount
            cursor.execute(FEEDBACK, {"config": config.pk, "by": manager.pk})
            counts["feedback"] = cursor.rowcount
        with running_clocks(now=now, say=say) as open_cases:
            counts["open_cases_with_clocks"] = open_cases
            say(
                f"bench_reports: {counts['closeouts']:,} close-outs, "
                f"{counts['stopped_clocks']:,} stopped clocks, {counts['triage_runs']:,} triage "
                f"runs ({time.perf_counter() - started:.1f} s)"
            )
            yield counts
        transaction.set_rollback(True)


def _measure(bench: Bench, which: str) -> dict:
    from django.utils import timezone

    from reports.figures import compute
    from reports.models import Snapshot
    from reports.periods import latest_complete_month

    now = timezone.now()
    month = latest_complete_month(now)
    period = month if which == "month" else month.quarter()
    with report_history(now=now) as counts:
        if Snapshot.objects.filter(month=month.label).exists():
            raise RuntimeError(f"the scratch database holds a snapshot of {month.label}")
        # The desk stores every complete month's snapshot on the 1st (reports/tasks.py), and
        # a report's trend reads the months before the period from them
        # (figures.stored_trend): the twelve months before the latest complete one get theirs,
        # oldest first, each computed as the monthly job computes it.
        counts["snapshots"] = past_snapshots(month, now=now)
        if which == "snapshot":
            # What readers get once the 1st-of-the-month snapshot is taken (reports/tasks).
            period = month
            Snapshot.objects.create(
                month=month.label, figures=compute(month, now=now), taken_at=now
            )
        entry = bench.time_get(f"/reports/{period.label}/", expect=period.title)
        cases = _cases_in(period)
    ok = entry["queries"] <= MAX_QUERIES and entry["x_floor"] <= MAX_X_FLOOR
    how = (
        "from its snapshot"
        if which == "snapshot"
        else f"computed live, the {counts['snapshots']} months before (and the quarter "
        "before) from their snapshots"
    )
    return {
        **entry,
        "target": f"{TARGET}: **{'met' if ok else 'MISSED'}**",
        "note": (
            f"{period.title}: {cases['raised']:,} raised, {cases['closed']:,} close-outs, "
            f"{how}; whole history {counts['closeouts']:,} close-outs, "
            f"{counts['stopped_clocks']:,} stopped clocks"
        ),
    }


def past_snapshots(month, *, now: datetime) -> int:
    """Snapshots of the twelve months before `month`, oldest first, and of each quarter one
    of them closes, stored right after its last month's as the 1st-of-the-month job does
    (reports/tasks.py); how many months."""
    from reports.figures import compute
    from reports.models import QuarterSnapshot, Snapshot
    from reports.periods import trend

    past = trend(month.previous())
    for each in past:
        Snapshot.objects.create(month=each.label, figures=compute(each, now=now), taken_at=now)
        if each.number % 3 == 0:
            quarter = each.quarter()
            QuarterSnapshot.objects.create(
                quarter=quarter.label, figures=compute(quarter, now=now), taken_at=now
            )
    return len(past)


def _cases_in(period) -> dict:
    from escalations.models import CloseOut, Escalation

    return {
        "raised": Escalation.objects.filter(
            created_at__gte=period.start, created_at__lt=period.end
        ).count(),
        "closed": CloseOut.objects.filter(
            closed_at__gte=period.start, closed_at__lt=period.end
        ).count(),
    }


def monthly_report(bench: Bench) -> dict:
    return _measure(bench, "month")


def quarterly_report(bench: Bench) -> dict:
    return _measure(bench, "quarter")


def monthly_report_snapshot(bench: Bench) -> dict:
    return _measure(bench, "snapshot")


MEASUREMENTS = {
    "monthly_report": monthly_report,
    "quarterly_report": quarterly_report,
    "monthly_report_snapshot": monthly_report_snapshot,
}
