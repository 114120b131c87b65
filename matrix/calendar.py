"""Working time on a business-hours calendar, and 24×7 time, as two small value objects.

Pure: no Django, only the standard library's datetime and zoneinfo. The Django side
(matrix/calendars.py) turns a BusinessCalendar row into a WorkingHours; Sev-1/2 clocks use ALWAYS.

How WorkingHours counts:

1. Each local calendar date d that is a working weekday (ISO 1 = Monday … 7 = Sunday) and not a
   holiday has one working interval, [d day_starts, d day_ends) on the wall clock of `tz`. Both
   ends are turned into real instants (UTC) first and every length is measured between those
   instants, so working time is real elapsed time. With a 09:00–17:00 day the daylight-saving
   change (always at night) falls outside the interval: the spring-forward Sunday's 23-hour day
   and the fall-back Sunday's 25-hour day still leave every working day its 8 hours, and the
   week around the change its 40. Only a calendar working through the change's hour would see
   a 7- or 9-hour day, which is what the clock on the wall shows.
2. A wall-clock time the change skips (02:30 on a spring-forward night) is read the way PEP 495
   reads fold=0: shifted forward by the gap (03:30). A time that occurs twice (fall back) is its
   first occurrence. A day whose shifted ends leave nothing is not worked.
3. `between(a, b)` is the measure of the working intervals inside [a, b): seconds, negative when
   b is before a. Boundaries cost nothing, so a closed or half-open reading gives the same sum.
4. `add(start, s)` for s > 0 is the earliest instant t with between(start, t) == s: the moment the
   last working second is used. It may be a closing time: 1 working hour from Friday 16:00 is
   Friday 17:00, not Monday's opening; 8 hours from Friday 16:00 (09:00–17:00, Mon–Fri) is
   Monday 16:00. From outside working hours counting starts at the next opening.
5. `add(start, 0)` is when counting starts: `start` itself inside working hours, otherwise the
   next opening (a Saturday instant gives Monday 09:00; Friday 17:00, the closing instant, is
   already outside). This is the right-hand limit of rule 4, so add stays monotonic in both
   arguments and between(start, add(start, 0)) == 0. Seconds are rounded to the microsecond
   first, so anything shorter (or -0.0) is 0 here.
6. `add(start, -s)` goes back: the latest instant t with between(t, start) == s. It may be an
   opening: 1 working hour back from Monday 10:00 is Monday 09:00; 2 hours back is Friday 16:00.
7. Cost: one step per calendar day (two zone conversions each), never per hour or minute; a
   whole day is consumed in one subtraction. Whole weeks are not jumped over: a week's real
   working length depends on whether a zone change falls inside its working hours, and finding
   that out costs the same conversions as stepping its days. 72 working hours across Christmas
   and New Year is about 20 steps.

ALWAYS counts every second: plain arithmetic on aware datetimes. Both return UTC-aware
datetimes and refuse naive ones (a naive instant has no meaning in a time zone).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from typing import Protocol

ONE_DAY = timedelta(days=1)
NOTHING = timedelta(0)


class Hours(Protocol):
    """What a clock needs from its hours: WorkingHours and ALWAYS both provide it."""

    def add(self, start: datetime, seconds: float) -> datetime: ...

    def between(self, a: datetime, b: datetime) -> float: ...


def _utc(moment: datetime) -> datetime:
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError(f"an aware datetime is needed, not the naive {moment.isoformat()}")
    return moment.astimezone(UTC)


@dataclass(frozen=True)
class WorkingHours:
    tz: tzinfo
    day_starts: time
    day_ends: time
    days: frozenset[int]
    holidays: frozenset[date] = frozenset()

    def __post_init__(self) -> None:
        # Checked here as well as in the model's clean(): with no working day `add` would
        # never find the working time it looks for.
        if self.day_starts.tzinfo is not None or self.day_ends.tzinfo is not None:
            raise ValueError("day_starts and day_ends are wall-clock times without a zone")
        if self.day_ends <= self.day_starts:
            raise ValueError("the working day must end after it starts")
        if not self.days or not self.days <= frozenset(range(1, 8)):
            raise ValueError("days are ISO weekdays, 1 (Monday) to 7 (Sunday), at least one")

    def _span(self, day: date) -> tuple[datetime, datetime] | None:
        """The working interval of one local date, as UTC instants (rules 1 and 2)."""
        if day.isoweekday() not in self.days or day in self.holidays:
            return None
        opens = datetime.combine(day, self.day_starts, self.tz).astimezone(UTC)
        closes = datetime.combine(day, self.day_ends, self.tz).astimezone(UTC)
        return (opens, closes) if closes > opens else None

    def _local_date(self, moment: datetime) -> date:
        return moment.astimezone(self.tz).date()

    def add(self, start: datetime, seconds: float) -> datetime:
        """The instant `seconds` of working time after `start` (before it when negative)."""
        moment = _utc(start)
        # timedelta keeps the arithmetic exact to the microsecond, however many days it spans.
        wanted = timedelta(seconds=seconds)
        if wanted >= NOTHING:
            return self._forward(moment, wanted)
        return self._backward(moment, -wanted)

    def _forward(self, moment: datetime, wanted: timedelta) -> datetime:
        # Start a day early: a shifted closing time (rule 2) may reach past local midnight.
        day = self._local_date(moment) - ONE_DAY
        while True:
            span = self._span(day)
            if span is not None and moment < span[1]:
                begin = max(moment, span[0])
                available = span[1] - begin
                # `<=`: the deadline may be the closing instant itself (rule 4); with nothing
                # wanted it is where counting begins (rule 5).
                if wanted <= available:
                    return begin + wanted
                wanted -= available
            day += ONE_DAY

    def _backward(self, moment: datetime, wanted: timedelta) -> datetime:
        # Later dates open after `moment` (rule 2 only ever shifts a time forward).
        day = self._local_date(moment)
        while True:
            span = self._span(day)
            if span is not None and span[0] < moment:
                end = min(moment, span[1])
                available = end - span[0]
                if wanted <= available:
                    return end - wanted
                wanted -= available
            day -= ONE_DAY

    def between(self, a: datetime, b: datetime) -> float:
        """Working seconds from a to b; negative when b is before a."""
        first, last = _utc(a), _utc(b)
        if last < first:
            return -self.between(last, first)
        total = NOTHING
        day, final = self._local_date(first) - ONE_DAY, self._local_date(last)
        while day <= final:
            span = self._span(day)
            if span is not None:
                overlap = min(last, span[1]) - max(first, span[0])
                if overlap > NOTHING:
                    total += overlap
            day += ONE_DAY
        return total.total_seconds()


class AlwaysOpen:
    """24×7: every second counts (Sev-1/2 clocks)."""

    def __repr__(self) -> str:
        return "ALWAYS"

    def add(self, start: datetime, seconds: float) -> datetime:
        return _utc(start) + timedelta(seconds=seconds)

    def between(self, a: datetime, b: datetime) -> float:
        return (_utc(b) - _utc(a)).total_seconds()


ALWAYS = AlwaysOpen()
