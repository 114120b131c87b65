"""Working time on a business-hours calendar (matrix/calendar.py), without a database.

Every expected instant below is worked out by hand from the rules in the module's docstring
(09:00–17:00, Monday to Friday, unless a test says otherwise) and written as the UTC instant
it must be, so a wrong offset around a daylight-saving change cannot hide behind a local time.
Zone changes in 2026: Europe/Berlin springs forward on Sunday 29 March (02:00 → 03:00) and
falls back on Sunday 25 October (03:00 → 02:00); America/Chicago springs forward on Sunday
8 March and falls back on Sunday 1 November (both at 02:00 local).
"""

from __future__ import annotations

import subprocess
import sys
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from matrix.calendar import ALWAYS, WorkingHours

BERLIN = ZoneInfo("Europe/Berlin")
CHICAGO = ZoneInfo("America/Chicago")
HOUR = 3600
WEEKDAYS = frozenset({1, 2, 3, 4, 5})
# EMEA holidays: Good Friday, Easter Monday, Christmas, Boxing Day, New Year 2027 (as shipped).
EMEA_2026 = frozenset(
    {date(2026, 12, 25), date(2026, 12, 26), date(2027, 1, 1), date(2026, 4, 3), date(2026, 4, 6)}
)


def office(
    tz: ZoneInfo = BERLIN, holidays=(), *, days=WEEKDAYS, starts=time(9), ends=time(17)
) -> WorkingHours:
    return WorkingHours(tz, starts, ends, frozenset(days), frozenset(holidays))


def local(tz: ZoneInfo, *args: int) -> datetime:
    return datetime(*args, tzinfo=tz)


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)


# --- a weekend ------------------------------------------------------------------------------


def test_eight_working_hours_from_friday_afternoon_end_on_monday_afternoon():
    # Friday 16:00–17:00 is one hour; Monday 09:00–16:00 the other seven.
    friday = local(BERLIN, 2026, 11, 6, 16)
    assert office().add(friday, 8 * HOUR) == utc(2026, 11, 9, 15)  # Monday 16:00 CET


def test_a_deadline_that_uses_the_last_second_of_friday_is_friday_at_closing():
    assert office().add(local(BERLIN, 2026, 11, 6, 16), HOUR) == utc(2026, 11, 6, 16)


def test_the_weekend_counts_nothing():
    hours = office()
    assert hours.between(local(BERLIN, 2026, 11, 6, 17), local(BERLIN, 2026, 11, 9, 9)) == 0
    assert hours.between(local(BERLIN, 2026, 11, 6, 16), local(BERLIN, 2026, 11, 9, 16)) == 8 * HOUR


def test_results_are_in_utc():
    due = office().add(local(BERLIN, 2026, 11, 6, 16), 8 * HOUR)
    assert due.tzinfo is UTC


# --- a holiday ------------------------------------------------------------------------------


def test_christmas_and_boxing_day_are_skipped():
    # Thursday 24 December 16:00–17:00, then Friday 25th and the weekend, Monday 28th 09:00–10:00.
    hours = office(holidays=EMEA_2026)
    assert hours.add(local(BERLIN, 2026, 12, 24, 16), 2 * HOUR) == utc(2026, 12, 28, 9)


def test_thanksgiving_is_skipped_in_chicago():
    # Wednesday 15:00–17:00, Thursday 26 November off, Friday 09:00–11:00 CST (UTC−6).
    hours = office(CHICAGO, holidays={date(2026, 11, 26)})
    assert hours.add(local(CHICAGO, 2026, 11, 25, 15), 4 * HOUR) == utc(2026, 11, 27, 17)


def test_seventy_two_working_hours_across_the_holiday_season():
    # Nine working days from Monday 21 December: 21–23, 28–30 December, 4–6 January.
    hours = office(holidays=EMEA_2026 | {date(2026, 12, 24), date(2026, 12, 31)})
    due = hours.add(local(BERLIN, 2026, 12, 21, 9), 72 * HOUR)
    assert due == utc(2027, 1, 6, 16)  # Wednesday 6 January 17:00 CET
    assert hours.between(local(BERLIN, 2026, 12, 21, 9), due) == 72 * HOUR


# --- daylight saving, both directions, two zones ---------------------------------------------


def test_berlin_spring_forward_weekend_keeps_eight_hour_days():
    # Friday 12:00 CET (11:00 UTC) + 5 h Friday + 3 h Monday = Monday 12:00 CEST (10:00 UTC):
    # 71 hours of real time later, not 72.
    start = local(BERLIN, 2026, 3, 27, 12)
    assert start == utc(2026, 3, 27, 11)
    assert office().add(start, 8 * HOUR) == utc(2026, 3, 30, 10)


def test_berlin_fall_back_weekend_keeps_eight_hour_days():
    # Friday 12:00 CEST (10:00 UTC) → Monday 12:00 CET (11:00 UTC): 73 hours of real time.
    start = local(BERLIN, 2026, 10, 23, 12)
    assert start == utc(2026, 10, 23, 10)
    assert office().add(start, 8 * HOUR) == utc(2026, 10, 26, 11)


def test_chicago_spring_forward_weekend_keeps_eight_hour_days():
    # Friday 14:00 CST (20:00 UTC) + 3 h + Monday 3 h = Monday 12:00 CDT (17:00 UTC).
    assert office(CHICAGO).add(local(CHICAGO, 2026, 3, 6, 14), 6 * HOUR) == utc(2026, 3, 9, 17)


def test_chicago_fall_back_weekend_keeps_eight_hour_days():
    # Friday 14:00 CDT (19:00 UTC) + 3 h + Monday 3 h = Monday 12:00 CST (18:00 UTC).
    assert office(CHICAGO).add(local(CHICAGO, 2026, 10, 30, 14), 6 * HOUR) == utc(2026, 11, 2, 18)


@pytest.mark.parametrize(
    ("tz", "monday_before", "monday_after"),
    [
        (BERLIN, date(2026, 3, 23), date(2026, 3, 30)),
        (BERLIN, date(2026, 10, 19), date(2026, 10, 26)),
        (CHICAGO, date(2026, 3, 2), date(2026, 3, 9)),
        (CHICAGO, date(2026, 10, 26), date(2026, 11, 2)),
    ],
)
def test_the_week_spanning_a_change_holds_forty_working_hours(tz, monday_before, monday_after):
    a = datetime.combine(monday_before, time(9), tz)
    b = datetime.combine(monday_after, time(9), tz)
    assert abs((b - a.astimezone(UTC)).total_seconds() - 7 * 24 * HOUR) == HOUR  # a real change
    assert office(tz).between(a, b) == 40 * HOUR
    assert office(tz).add(a, 40 * HOUR) == datetime.combine(
        monday_after - timedelta(days=3), time(17), tz
    ).astimezone(UTC)


@pytest.mark.parametrize("sunday", [date(2026, 3, 29), date(2026, 10, 25)])
def test_a_seven_day_calendar_works_eight_hours_on_the_change_sundays(sunday):
    # The Sunday itself lasts 23 or 25 hours; its 09:00–17:00 still holds 8 working hours.
    hours = office(days=range(1, 8))
    midnight, next_midnight = (
        datetime.combine(sunday, time(0), BERLIN),
        datetime.combine(sunday + timedelta(days=1), time(0), BERLIN),
    )
    assert (next_midnight.astimezone(UTC) - midnight.astimezone(UTC)) != timedelta(days=1)
    assert hours.between(midnight, next_midnight) == 8 * HOUR


@pytest.mark.parametrize(("sunday", "worked"), [(date(2026, 3, 29), 5), (date(2026, 10, 25), 7)])
def test_a_night_shift_through_the_change_counts_real_hours(sunday, worked):
    # 00:00–06:00 on the wall clock: the skipped hour is not worked, the repeated one twice.
    hours = office(days=range(1, 8), starts=time(0), ends=time(6))
    day = datetime.combine(sunday, time(0), BERLIN)
    assert hours.between(day, day + timedelta(hours=12)) == worked * HOUR


def test_an_opening_inside_the_skipped_hour_shifts_forward_by_the_gap():
    # 02:30 does not exist on 29 March in Berlin: it is read as 03:30 CEST (01:30 UTC).
    hours = office(days=range(1, 8), starts=time(2, 30), ends=time(6))
    assert hours.add(local(BERLIN, 2026, 3, 29, 0), 0) == utc(2026, 3, 29, 1, 30)
    assert (
        hours.between(local(BERLIN, 2026, 3, 29, 0), local(BERLIN, 2026, 3, 29, 12)) == 2.5 * HOUR
    )


# --- a case raised outside hours ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("raised", "due"),
    [
        ((2026, 11, 9, 7), utc(2026, 11, 9, 9)),  # Monday before opening → Monday 10:00 CET
        ((2026, 11, 9, 18), utc(2026, 11, 10, 9)),  # Monday after closing → Tuesday 10:00
        ((2026, 11, 9, 17), utc(2026, 11, 10, 9)),  # at the closing instant: already closed
        ((2026, 11, 7, 12), utc(2026, 11, 9, 9)),  # Saturday → Monday 10:00
        ((2026, 12, 25, 10), utc(2026, 12, 28, 9)),  # Christmas Day → Monday 28th 10:00
    ],
    ids=["before-opening", "after-closing", "at-closing", "saturday", "holiday"],
)
def test_a_case_raised_outside_hours_starts_counting_at_the_next_opening(raised, due):
    assert office(holidays=EMEA_2026).add(local(BERLIN, *raised), HOUR) == due


@pytest.mark.parametrize(
    ("at", "starts"),
    [
        ((2026, 11, 7, 12), utc(2026, 11, 9, 8)),  # Saturday → Monday 09:00 CET
        ((2026, 11, 6, 17), utc(2026, 11, 9, 8)),  # Friday's closing instant → Monday 09:00
        ((2026, 11, 9, 9), utc(2026, 11, 9, 8)),  # the opening instant itself
        ((2026, 11, 9, 10), utc(2026, 11, 9, 9)),  # inside hours: the instant itself
    ],
)
def test_adding_nothing_gives_the_moment_counting_starts(at, starts):
    assert office().add(local(BERLIN, *at), 0) == starts


def test_time_before_opening_counts_nothing():
    hours = office()
    assert hours.between(local(BERLIN, 2026, 11, 7, 12), local(BERLIN, 2026, 11, 9, 10)) == HOUR


# --- going back -----------------------------------------------------------------------------


def test_negative_seconds_go_back_in_working_time():
    monday = local(BERLIN, 2026, 11, 9, 10)
    assert office().add(monday, -HOUR) == utc(2026, 11, 9, 8)  # Monday 09:00, the opening
    assert office().add(monday, -2 * HOUR) == utc(2026, 11, 6, 15)  # Friday 16:00 CET


def test_going_back_skips_easter():
    # Tuesday 7 April 10:00 CEST back 2 h: 09:00–10:00, then Easter Monday and Good Friday off,
    # Thursday 2 April 16:00–17:00 → Thursday 16:00 CEST (14:00 UTC).
    hours = office(holidays=EMEA_2026)
    assert hours.add(local(BERLIN, 2026, 4, 7, 10), -2 * HOUR) == utc(2026, 4, 2, 14)


def test_going_back_from_a_saturday_starts_at_friday_closing():
    assert office().add(local(BERLIN, 2026, 11, 7, 12), -HOUR) == utc(2026, 11, 6, 15)


def test_between_is_negative_backwards():
    a, b = local(BERLIN, 2026, 11, 6, 16), local(BERLIN, 2026, 11, 9, 16)
    assert office().between(b, a) == -8 * HOUR


# --- the edges of the API -------------------------------------------------------------------


def test_naive_instants_are_refused():
    with pytest.raises(ValueError, match="aware"):
        office().add(datetime(2026, 11, 9, 10), HOUR)  # noqa: DTZ001 - the point of the test
    with pytest.raises(ValueError, match="aware"):
        ALWAYS.between(datetime(2026, 11, 9, 10), utc(2026, 11, 9, 11))  # noqa: DTZ001


@pytest.mark.parametrize(
    "bad",
    [
        {"starts": time(17), "ends": time(9)},
        {"starts": time(9), "ends": time(9)},
        {"days": ()},
        {"days": (0, 1)},
    ],
)
def test_a_calendar_that_could_never_count_is_refused(bad):
    with pytest.raises(ValueError):
        office(**bad)


def test_always_counts_every_second_and_answers_in_utc():
    friday = local(BERLIN, 2026, 11, 6, 16)
    assert ALWAYS.add(friday, 8 * HOUR) == utc(2026, 11, 6, 23)  # 16:00 CET is 15:00 UTC
    assert ALWAYS.add(friday, 8 * HOUR).tzinfo is UTC
    assert ALWAYS.add(friday, -HOUR) == utc(2026, 11, 6, 14)
    assert ALWAYS.between(friday, local(BERLIN, 2026, 11, 9, 16)) == 72 * HOUR


def test_ten_years_are_counted_day_by_day_not_minute_by_minute():
    # 522 weeks of 40 hours: a loop per minute would take minutes here, per day it is 3,654 steps.
    monday = local(CHICAGO, 2026, 1, 5, 9)
    end = datetime.combine(date(2026, 1, 5) + timedelta(weeks=522), time(9), CHICAGO)
    hours = office(CHICAGO)
    assert hours.between(monday, end) == 522 * 40 * HOUR
    last_friday = datetime.combine(end.date() - timedelta(days=3), time(17), CHICAGO)
    assert hours.add(monday, 522 * 40 * HOUR) == last_friday.astimezone(UTC)


def test_the_module_loads_without_django():
    code = (
        "import sys, matrix.calendar\n"
        "print(','.join(sorted(m for m in sys.modules if m.split('.')[0] == 'django')))\n"
    )
    result = subprocess.run(  # noqa: S603 - our own interpreter on our own code
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    )
    assert result.stdout.strip() == ""


# --- properties -----------------------------------------------------------------------------

ZONES = st.sampled_from(
    [ZoneInfo(name) for name in ("Europe/Berlin", "America/Chicago", "Asia/Singapore", "UTC")]
    + [ZoneInfo("America/Sao_Paulo")]
)
HOLIDAYS = st.frozensets(st.dates(date(2025, 12, 1), date(2028, 1, 31)), max_size=40)


@st.composite
def calendars(draw) -> WorkingHours:
    starts = draw(st.integers(0, 23 * 60 - 1))
    ends = draw(st.integers(starts + 1, 24 * 60 - 1))
    return WorkingHours(
        draw(ZONES),
        time(starts // 60, starts % 60),
        time(ends // 60, ends % 60),
        draw(st.frozensets(st.integers(1, 7), min_size=1)),
        draw(HOLIDAYS),
    )


INSTANTS = st.datetimes(datetime(2026, 1, 1), datetime(2027, 12, 31), timezones=st.just(UTC))  # noqa: DTZ001
SECONDS = st.floats(0, 60 * 24 * HOUR, allow_nan=False)


@settings(max_examples=300, deadline=None)
@given(calendars(), INSTANTS, SECONDS)
def test_working_time_to_the_deadline_is_the_time_added(hours, start, seconds):
    due = hours.add(start, seconds)
    assert due >= start
    assert abs(hours.between(start, due) - seconds) < 1
    if timedelta(seconds=seconds) == timedelta(0):
        return  # under a microsecond is nothing: when counting starts, checked above (rule 5)
    back = hours.add(start, -seconds)
    assert back <= start
    assert abs(hours.between(back, start) - seconds) < 1


@settings(max_examples=300, deadline=None)
@given(calendars(), INSTANTS, INSTANTS, SECONDS, SECONDS)
def test_add_never_goes_backwards(hours, a, b, s, t):
    (a, b), (s, t) = sorted((a, b)), sorted((s, t))
    assert hours.add(a, s) <= hours.add(a, t)
    assert hours.add(a, s) <= hours.add(b, s)
    assert hours.add(a, -t) <= hours.add(a, -s)


@settings(max_examples=200, deadline=None)
@given(calendars(), INSTANTS, INSTANTS, INSTANTS)
def test_between_adds_up_over_any_split(hours, a, b, c):
    assert abs(hours.between(a, b) + hours.between(b, c) - hours.between(a, c)) < 1e-3
