"""SLA clocks on the scratch database's open cases while the queue is measured, then undone.

The cases go in through `executemany` (bench/build_db.py), which starts no clock, so
"Needs attention" (open cases by their nearest due clock) would have nothing to sort. The
clocks are not kept in the scratch database: bench/bench_sweep.py gives every case its own
clocks (one per case and kind) in its rolled-back transaction, and would collide with kept
ones. So `running_clocks()` inserts them in a transaction that the queue's measurements run
inside and that is rolled back at the end (~1 s for ~11,000 cases).

Each open, triaged case gets the clocks matrix/clocks.py would have started when it was
raised, with the same targets (`targets_for`: its matrix cell, the executive row, business
hours for Sev-3/4 in its region's calendar) and the same arithmetic (`hours_for(...).add`):

1. acknowledge, update and resolve, started at the case's creation;
2. unless the case is still new, the acknowledge clock stopped 20 minutes later (met), and an
   executive case's full-update clock started then;
3. a case waiting on the customer has its running clocks paused at its last update.

What is past at the current time is marked as the sweeps would have marked it (amber warned,
breached, escalated), so the backlog is red, amber, green and paused as a live desk's is.
The clocks' explanations (`history`) are left empty: no benchmarked page shows them.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime, timedelta
from types import SimpleNamespace

ACKNOWLEDGED_AFTER = timedelta(minutes=20)
COLUMNS = (
    "escalation_id", "kind", "cycle", "target_minutes", "calendar_id", "started_at", "due_at",
    "amber_at", "paused_at", "remaining_seconds", "stopped_at", "met", "amber_warned_at",
    "breached_at", "escalate_at", "escalated_at", "history",
)  # fmt: skip


@contextmanager
def running_clocks(*, now: datetime, say: Callable[[str], None] = print) -> Iterator[int]:
    """Clocks on every open, triaged case inside a transaction rolled back on exit."""
    from django.db import transaction

    with transaction.atomic():
        started = time.perf_counter()
        cases = _insert(now)
        say(f"build_clocks: clocks on {cases:,} open cases ({time.perf_counter() - started:.1f} s)")
        yield cases
        transaction.set_rollback(True)


def _insert(now: datetime) -> int:
    from django.db import connection

    from bench.build_db import _Inserter
    from escalations.choices import Status
    from escalations.models import Escalation
    from matrix.calendars import calendar_for_region, hours_for
    from matrix.clocks import targets_for
    from matrix.models import Clock, ClockKind, MatrixCell
    from matrix.models.clocks import AMBER_SHARE
    from matrix.roster import executive_row

    db_time = connection.ops.adapt_datetimefield_value
    cells = {(cell.severity, cell.category): cell for cell in MatrixCell.objects.all()}
    row = executive_row()
    calendars: dict[str, object] = {}
    targets: dict[tuple, object] = {}
    hours: dict[int | None, object] = {}
    clocks = _Inserter(Clock, COLUMNS)
    summaries = []
    open_cases = (
        Escalation.objects.open()
        .filter(severity__isnull=False)
        .values_list(
            "pk",
            "severity",
            "category",
            "executive",
            "customer__region",
            "status",
            "created_at",
            "updated_at",
        )  # fmt: skip
    )
    for pk, severity, category, executive, region, status, created, updated in open_cases:
        key = (severity, category, executive, region)
        if key not in targets:
            if region not in calendars:
                calendars[region] = calendar_for_region(region)
            case = SimpleNamespace(
                severity=severity, executive=executive, customer=SimpleNamespace(region=region)
            )
            # targets_for asks calendar_for_region itself for Sev-3/4: once per combination.
            targets[key] = targets_for(case, cell=cells.get((severity, category)), row=row)
        promised = targets[key]
        if promised is None:
            continue
        acknowledged = created + ACKNOWLEDGED_AFTER if status != Status.NEW else None
        paused = max(updated, created + ACKNOWLEDGED_AFTER)
        paused = paused if status == Status.WAITING_ON_CUSTOMER else None
        due_all, amber_all, paused_all = [], [], []
        for kind, minutes in promised.minutes.items():
            start = created
            if kind == ClockKind.FULL_UPDATE:
                if acknowledged is None:
                    continue  # starts at acknowledgement
                start = acknowledged
            calendar = promised.calendar_of(kind)
            calendar_id = calendar.pk if calendar else None
            if calendar_id not in hours:
                hours[calendar_id] = hours_for(calendar)
            working = hours[calendar_id]
            window = minutes * 60
            due = working.add(start, window)
            amber = working.add(start, window * AMBER_SHARE)
            escalate = None
            if kind == ClockKind.ACKNOWLEDGE and promised.escalate_minutes:
                escalate = working.add(start, promised.escalate_minutes * 60)
            stopped = met = remaining = None
            if kind == ClockKind.ACKNOWLEDGE and acknowledged is not None:
                stopped, met = acknowledged, acknowledged <= due
                due = amber = escalate = None
            elif paused is not None:
                remaining = round(working.between(paused, due))
                due = amber = None
            warned = amber if amber is not None and amber <= now else None
            breached = due if due is not None and due <= now else None
            escalated = escalate if escalate is not None and escalate <= now else None
            clocks.add(
                *(pk, kind, 1, minutes, calendar_id, db_time(start), db_time(due)),
                *(db_time(amber), db_time(paused if stopped is None else None), remaining),
                *(db_time(stopped), met, db_time(warned), db_time(breached), db_time(escalate)),
                *(db_time(escalated), json.dumps([])),
            )
            if due is not None:
                due_all.append(due)
                amber_all.append(amber)
            if paused is not None and stopped is None:
                paused_all.append(paused)
        summaries.append(
            (
                db_time(min(due_all, default=None)),
                db_time(min(amber_all, default=None)),
                db_time(min(paused_all, default=None)),
                pk,
            )
        )
    clocks.flush()
    with connection.cursor() as cursor:
        cursor.executemany(
            "UPDATE escalations_escalation SET sla_due_at = %s, sla_amber_at = %s, "
            "sla_paused_at = %s WHERE id = %s",
            summaries,
        )
    return len(summaries)
