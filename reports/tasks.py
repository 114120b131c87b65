"""The reports' scheduled work: the monthly snapshot (django-q2 schedule `monthly_snapshot`).

take_monthly_snapshot(now) -> Snapshot | None
    1. The month before the one `now` falls in, in the desk's time zone. A snapshot of it
       already stored: nothing to do (one query), None.
    2. Its figures, computed as the page computes them (reports.figures.compute).
    3. One transaction: insert the snapshot, in a savepoint. The unique month is the guarantee
       that two workers store one: the second insert fails (on PostgreSQL it waits for the
       first to commit, then fails) and that worker returns None, telling nobody.
    4. In the same transaction the executives' notifications are recorded; their e-mails go
       after commit (reports/snapshots.py). A rolled-back insert tells nobody.

take_quarter_snapshot(now) -> QuarterSnapshot | None
    On the 1st after a quarter (the month before `now` is a quarter's last): that quarter's
    figures, computed as its page computes them, stored once (the unique quarter, in a
    savepoint, as for the month); None in any other month or when it is stored already.
    The next quarter's headlines compare with it (figures.compute). Nobody is told: the
    month's snapshot tells the executives.

monthly_snapshot(now=None) is what the schedule calls, on the 1st at 00:05 desk time: the
month's snapshot, then the quarter's when the month closed one.
"""

from __future__ import annotations

import logging
from datetime import datetime

from django.db import IntegrityError, transaction
from django.utils import timezone

from escalations.schedules import monthly_next_run

from . import figures
from .models import QuarterSnapshot, Snapshot
from .periods import latest_complete_month
from .snapshots import tell_executives

logger = logging.getLogger(__name__)
SCHEDULE = "monthly_snapshot"  # its name in escalations/schedules.py


def take_monthly_snapshot(now: datetime) -> Snapshot | None:
    """Store the previous complete month's figures once and tell the executives; None if
    it was stored before (by an earlier run or another worker)."""
    period = latest_complete_month(now)
    if Snapshot.objects.filter(month=period.label).exists():
        return None
    data = figures.compute(period, now=now)
    with transaction.atomic():
        try:
            with transaction.atomic():
                snapshot = Snapshot.objects.create(month=period.label, figures=data, taken_at=now)
        except IntegrityError:
            return None  # another worker stored it first: it tells the executives
        tell_executives(snapshot, now=now)
    return snapshot


def take_quarter_snapshot(now: datetime) -> QuarterSnapshot | None:
    """Store the quarter that the previous complete month closed, once; None if that month
    closes no quarter or the quarter was stored before (by an earlier run or another worker)."""
    month = latest_complete_month(now)
    if month.number % 3:
        return None
    quarter = month.quarter()
    if QuarterSnapshot.objects.filter(quarter=quarter.label).exists():
        return None
    data = figures.compute(quarter, now=now)
    try:
        with transaction.atomic():
            return QuarterSnapshot.objects.create(quarter=quarter.label, figures=data, taken_at=now)
    except IntegrityError:
        return None  # another worker stored it first


def monthly_snapshot(now: datetime | None = None) -> str:
    """The schedule's entry point: take the snapshots, then keep the schedule on the 1st."""
    now = now or timezone.now()
    snapshot = take_monthly_snapshot(now)
    # After the month's: a run killed between the two stores the quarter on its next try
    # (the month found taken, the quarter not).
    quarter = take_quarter_snapshot(now)
    realign_schedule(now)
    said = f"{latest_complete_month(now).label}: already taken"
    if snapshot is not None:
        logger.info("Snapshot of %s taken at %s", snapshot.month, now.isoformat())
        said = f"{snapshot.month}: taken"
    if quarter is not None:
        logger.info("Snapshot of %s taken at %s", quarter.quarter, now.isoformat())
        said += f"; {quarter.quarter}: taken"
    return said


def realign_schedule(now: datetime) -> int:
    """Put the schedule's next run back on 00:05 of the next 1st, desk time.

    django-q2 moves a MONTHLY schedule on by a month of the UTC instant: east of UTC the 1st
    at 00:05 local is the 30th or 31st in UTC, and the next run drifts onto the last day of
    the month (where the month before is still not complete). Set after each run, so at
    worst one run lands off the 1st, finds the snapshot taken, and puts the next one back.
    """
    from django_q.models import Schedule

    return Schedule.objects.filter(name=SCHEDULE, schedule_type=Schedule.MONTHLY).update(
        next_run=monthly_next_run(now)
    )
