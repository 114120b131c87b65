"""Which business hours a case's clocks count: the Django side of matrix/calendar.py.

A customer's region picks its calendar row; a region without its own takes the default row
(region ""); with no row at all the clocks run 24×7. No cache: a caller looks the calendar up
once per case event and passes the result down, and an admin's edit applies at the next one.
"""

from __future__ import annotations

from zoneinfo import ZoneInfo

from .calendar import ALWAYS, AlwaysOpen, WorkingHours
from .models import BusinessCalendar


def calendar_for_region(region: str) -> BusinessCalendar | None:
    """The region's calendar, else the default one, with its holidays: two queries."""
    # Both candidates in one query; the region's own sorts before the default's "".
    return (
        BusinessCalendar.objects.filter(region__in={region, ""})
        .order_by("-region")
        .prefetch_related("holidays")
        .first()
    )


def hours_for(calendar: BusinessCalendar | None) -> WorkingHours | AlwaysOpen:
    """The calendar's working hours (None: 24×7); one query for holidays unless prefetched."""
    if calendar is None:
        return ALWAYS
    return WorkingHours(
        tz=ZoneInfo(calendar.time_zone),
        day_starts=calendar.day_starts,
        day_ends=calendar.day_ends,
        days=frozenset(int(day) for day in calendar.working_days),
        # .all() reads the prefetch of calendar_for_region when there is one.
        holidays=frozenset(holiday.date for holiday in calendar.holidays.all()),
    )
