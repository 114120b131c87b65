"""The desk's django-q2 schedules, created (or brought back in line) on every migrate.

The functions they name are the same plain functions the management commands call; each takes
`now` and reads the clock itself only when a schedule calls it without one.
"""

from __future__ import annotations

from datetime import datetime

from django.utils import timezone

from .digest import send_daily_digests

# name: (function, minutes between runs). The digest runs every 15 minutes and sends each
# manager theirs once their local day has reached 08:00 (escalations/digest.py), so every time
# zone gets it at 08:00–08:15 local.
SCHEDULES = {
    "sla_sweep": ("matrix.tasks.sla_sweep", 1),
    "stalled_sweep": ("matrix.tasks.stalled_sweep", 15),
    "daily_digest": ("escalations.schedules.daily_digest", 15),
}


def daily_digest(now: datetime | None = None) -> int:
    return send_daily_digests(now or timezone.now())


def ensure_schedules(**_signal) -> list[str]:
    """Create each schedule once, and repair one an admin broke; returns the names created.

    Idempotent: keyed by name, so migrating twice (or on two hosts) leaves one row each.
    """
    from django_q.models import Schedule

    created = []
    for name, (func, minutes) in SCHEDULES.items():
        schedule, made = Schedule.objects.get_or_create(
            name=name,
            defaults={
                "func": func,
                "schedule_type": Schedule.MINUTES,
                "minutes": minutes,
                "repeats": -1,
                "next_run": timezone.now(),
            },
        )
        if made:
            created.append(name)
        elif (schedule.func, schedule.minutes, schedule.schedule_type) != (
            func,
            minutes,
            Schedule.MINUTES,
        ):
            schedule.func, schedule.minutes = func, minutes
            schedule.schedule_type, schedule.repeats = Schedule.MINUTES, -1
            schedule.save()
    return created
