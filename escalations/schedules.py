"""The desk's django-q2 schedules, created (or brought back in line) on every migrate.

The functions they name are the same plain functions the management commands call; each takes
`now` and reads the clock itself only when a schedule calls it without one.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from django.conf import settings
from django.utils import timezone

from .digest import send_daily_digests

# At 00:05 desk time on the 1st of each month (see monthly_next_run).
MONTHLY = "monthly"

# name: (function, minutes between runs or MONTHLY). The digest runs every 15 minutes and sends
# each manager theirs once their local day has reached 08:00 (escalations/digest.py), so every
# time zone gets it at 08:00–08:15 local. Functions of the reports app are named by string
# only: nothing imports reports.
SCHEDULES = {
    "sla_sweep": ("matrix.tasks.sla_sweep", 1),
    "stalled_sweep": ("matrix.tasks.stalled_sweep", 15),
    "daily_digest": ("escalations.schedules.daily_digest", 15),
    "housekeeping": ("escalations.schedules.housekeeping", 24 * 60),
    "monthly_snapshot": ("reports.tasks.monthly_snapshot", MONTHLY),
}


def daily_digest(now: datetime | None = None) -> int:
    return send_daily_digests(now or timezone.now())


def housekeeping(now: datetime | None = None) -> dict[str, int]:
    from .housekeeping import housekeeping as keep_house

    return keep_house(now or timezone.now())


def monthly_next_run(now: datetime) -> datetime:
    """The next 00:05 on the 1st of a month, in the desk's time zone, after `now`.

    Five minutes past midnight, so the month before is complete in the desk's time zone.
    """
    zone = ZoneInfo(settings.TIME_ZONE)
    local = now.astimezone(zone)
    run = datetime(local.year, local.month, 1, 0, 5, tzinfo=zone)
    if run <= local:
        year, month = (local.year + 1, 1) if local.month == 12 else (local.year, local.month + 1)
        run = datetime(year, month, 1, 0, 5, tzinfo=zone)
    return run


def is_monthly_slot(instant: datetime) -> bool:
    local = instant.astimezone(ZoneInfo(settings.TIME_ZONE))
    return (local.day, local.hour, local.minute, local.second) == (1, 0, 5, 0)


def ensure_schedules(**_signal) -> list[str]:
    """Create each schedule once, and repair one an admin broke; returns the names created.

    Idempotent: keyed by name, so migrating twice (or on two hosts) leaves one row each. A
    monthly schedule whose next run is not 00:05 on a 1st (desk time) is put back on it:
    django-q2 adds a month to the UTC instant, which east of UTC drifts off the 1st.
    """
    from django_q.models import Schedule

    now = timezone.now()
    created = []
    for name, (func, every) in SCHEDULES.items():
        if every == MONTHLY:
            wanted = {"func": func, "schedule_type": Schedule.MONTHLY, "minutes": None}
            next_run = monthly_next_run(now)
        else:
            wanted = {"func": func, "schedule_type": Schedule.MINUTES, "minutes": every}
            next_run = now
        schedule, made = Schedule.objects.get_or_create(
            name=name, defaults={**wanted, "repeats": -1, "next_run": next_run}
        )
        if made:
            created.append(name)
            continue
        broken = any(getattr(schedule, field) != value for field, value in wanted.items())
        drifted = every == MONTHLY and not (
            schedule.next_run and is_monthly_slot(schedule.next_run)
        )
        if (broken and every == MONTHLY) or drifted:
            schedule.next_run, broken = next_run, True
        if broken:
            for field, value in wanted.items():
                setattr(schedule, field, value)
            schedule.repeats = -1
            schedule.save()
    return created
