"""Report periods: a calendar month or quarter in the desk's time zone (settings.TIME_ZONE).

A period is half-open, [start, end), from local midnight on its first day to local midnight on
the first day after it. The boundaries are built from the local date and then made aware, so a
month that contains a daylight-saving change is still exactly that month on the wall clock
(November in Los Angeles is 30 days and one hour long).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

from django.conf import settings

MONTH_NAMES = (
    "January February March April May June July August September October November December"
).split()

_MONTH = re.compile(r"^(\d{4})-(0[1-9]|1[0-2])$")
_QUARTER = re.compile(r"^(\d{4})-Q([1-4])$")
# Years a report can name: before the desk existed or far ahead is a typo, not a period.
FIRST_YEAR, LAST_YEAR = 2000, 2999


def desk_zone() -> ZoneInfo:
    # Read at call time (STYLE.md item 8): tests override TIME_ZONE.
    return ZoneInfo(settings.TIME_ZONE)


@dataclass(frozen=True, order=True)
class Period:
    kind: str  # "month" | "quarter"
    year: int
    number: int  # 1-12 for a month, 1-4 for a quarter

    def __post_init__(self) -> None:
        top = {"month": 12, "quarter": 4}.get(self.kind)
        if top is None or not 1 <= self.number <= top:
            raise ValueError(f"not a period: {self.kind} {self.year}/{self.number}")

    @property
    def is_month(self) -> bool:
        return self.kind == "month"

    @property
    def label(self) -> str:
        """What the URL and the snapshot say: 2026-11 or 2026-Q4."""
        if self.is_month:
            return f"{self.year}-{self.number:02d}"
        return f"{self.year}-Q{self.number}"

    @property
    def title(self) -> str:
        """What a reader reads: November 2026 or Q4 2026."""
        if self.is_month:
            return f"{MONTH_NAMES[self.number - 1]} {self.year}"
        return f"Q{self.number} {self.year}"

    @property
    def _first_month(self) -> int:
        return self.number if self.is_month else 3 * self.number - 2

    @property
    def start(self) -> datetime:
        return datetime(self.year, self._first_month, 1, tzinfo=desk_zone())

    @property
    def end(self) -> datetime:
        return self.next().start

    def next(self) -> Period:
        top = 12 if self.is_month else 4
        if self.number == top:
            return Period(self.kind, self.year + 1, 1)
        return Period(self.kind, self.year, self.number + 1)

    def previous(self) -> Period:
        top = 12 if self.is_month else 4
        if self.number == 1:
            return Period(self.kind, self.year - 1, top)
        return Period(self.kind, self.year, self.number - 1)

    def months(self) -> list[Period]:
        """The months of a quarter (a month is its own only month)."""
        if self.is_month:
            return [self]
        first = self._first_month
        return [Period("month", self.year, m) for m in range(first, first + 3)]

    def quarter(self) -> Period:
        """The quarter a month falls in (a quarter is its own)."""
        if not self.is_month:
            return self
        return Period("quarter", self.year, (self.number - 1) // 3 + 1)

    def is_future(self, now: datetime) -> bool:
        """Nothing of it has happened yet."""
        return self.start > now

    def is_complete(self, now: datetime) -> bool:
        return self.end <= now


def parse(text: str) -> Period | None:
    """'2026-11' or '2026-Q4' (a lower-case q too); None for anything else."""
    text = (text or "").strip()
    if match := _MONTH.match(text):
        year, number, kind = int(match[1]), int(match[2]), "month"
    elif match := _QUARTER.match(text.upper()):
        year, number, kind = int(match[1]), int(match[2]), "quarter"
    else:
        return None
    if not FIRST_YEAR <= year <= LAST_YEAR:
        return None
    return Period(kind, year, number)


def month_of(instant: datetime) -> Period:
    local = instant.astimezone(desk_zone())
    return Period("month", local.year, local.month)


def latest_complete_month(now: datetime) -> Period:
    """The month before the one `now` falls in, in the desk's time zone."""
    return month_of(now).previous()


def trend(period: Period, n: int = 12) -> list[Period]:
    """The n months ending with the period's last month, oldest first."""
    last = period.months()[-1]
    months = [last]
    while len(months) < n:
        months.append(months[-1].previous())
    return months[::-1]
