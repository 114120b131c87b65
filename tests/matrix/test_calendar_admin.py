"""Business-hours calendars: what matrix/migrations/0005 ships, how a case's region finds one,
and how desk admins edit them (a bad value is refused next to its field, nothing saved;
anyone else may not open them).
"""

from __future__ import annotations

import html as html_lib
import re
from datetime import UTC, date, datetime, time
from zoneinfo import ZoneInfo

import pytest
from django.contrib.auth.models import Group, User
from django.urls import reverse

from matrix.calendar import ALWAYS, WorkingHours
from matrix.calendars import calendar_for_region, hours_for
from matrix.models import BusinessCalendar, Holiday

SHIPPED = {
    "": "UTC",
    "NA": "America/Chicago",
    "EMEA": "Europe/Berlin",
    "APAC": "Asia/Singapore",
    "LATAM": "America/Sao_Paulo",
}


# --- what the migration ships ---------------------------------------------------------------


@pytest.mark.django_db
def test_each_demo_region_and_the_default_have_a_nine_to_five_weekday_calendar():
    calendars = {c.region: c for c in BusinessCalendar.objects.all()}
    assert {region: c.time_zone for region, c in calendars.items()} == SHIPPED
    for calendar in calendars.values():
        assert (calendar.day_starts, calendar.day_ends) == (time(9), time(17))
        assert calendar.working_days == "12345"
        calendar.full_clean()  # what the admin would accept


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("region", "day", "name"),
    [
        ("NA", date(2026, 11, 26), "Thanksgiving"),
        ("NA", date(2026, 7, 3), "Independence Day"),  # 4 July 2026 is a Saturday
        ("NA", date(2027, 5, 31), "Memorial Day"),
        ("EMEA", date(2026, 4, 3), "Good Friday"),
        ("EMEA", date(2027, 3, 29), "Easter Monday"),
        ("EMEA", date(2026, 12, 26), "Boxing Day"),
        ("APAC", date(2026, 2, 17), "Chinese New Year"),
        ("APAC", date(2026, 8, 10), "National Day"),  # 9 August 2026 is a Sunday
        ("LATAM", date(2026, 4, 21), "Tiradentes"),
        ("LATAM", date(2027, 11, 20), "Black Consciousness"),
        ("", date(2026, 12, 25), "Christmas"),
    ],
)
def test_public_holidays_of_2026_and_2027_are_shipped(region, day, name):
    holiday = Holiday.objects.get(calendar__region=region, date=day)
    assert name in holiday.name


@pytest.mark.django_db
def test_every_shipped_holiday_is_in_2026_or_2027_and_each_region_has_both_years():
    for region in SHIPPED:
        years = set(
            Holiday.objects.filter(calendar__region=region).values_list("date__year", flat=True)
        )
        assert years == {2026, 2027}, region


# --- from a region to working hours -----------------------------------------------------------


@pytest.mark.django_db
def test_a_region_gets_its_own_calendar():
    assert calendar_for_region("EMEA").time_zone == "Europe/Berlin"
    assert calendar_for_region("NA").time_zone == "America/Chicago"


@pytest.mark.django_db
def test_a_region_without_its_own_calendar_falls_back_to_the_default():
    calendar = calendar_for_region("Antarctica")
    assert calendar.region == ""
    assert calendar.time_zone == "UTC"


@pytest.mark.django_db
def test_without_any_calendar_the_clocks_run_around_the_clock():
    BusinessCalendar.objects.filter(region__in=["", "NA"]).delete()
    assert calendar_for_region("Antarctica") is None
    assert calendar_for_region("NA") is None
    assert hours_for(None) is ALWAYS


@pytest.mark.django_db
def test_looking_up_a_region_and_its_hours_costs_two_queries(django_assert_num_queries):
    # 1. the region's calendar or the default; 2. its holidays (prefetched).
    with django_assert_num_queries(2):
        hours = hours_for(calendar_for_region("EMEA"))
    assert isinstance(hours, WorkingHours)
    assert hours.tz == ZoneInfo("Europe/Berlin")
    assert hours.days == frozenset({1, 2, 3, 4, 5})
    assert date(2026, 12, 25) in hours.holidays


@pytest.mark.django_db
def test_the_shipped_emea_hours_skip_easter():
    # Thursday 2 April 2026 16:00 CEST + 2 working hours: 16:00–17:00, Good Friday, the weekend
    # and Easter Monday off, Tuesday 09:00–10:00 CEST = 08:00 UTC.
    hours = hours_for(calendar_for_region("EMEA"))
    start = datetime(2026, 4, 2, 16, tzinfo=ZoneInfo("Europe/Berlin"))
    assert hours.add(start, 2 * 3600) == datetime(2026, 4, 7, 8, tzinfo=UTC)


# --- the admin ------------------------------------------------------------------------------


def calendar_data(calendar: BusinessCalendar | None = None, *holidays, **changes) -> dict:
    """The admin form as a browser posts it: the calendar, its saved holidays, new ones."""
    data = {
        "name": "Nordics (Oslo)",
        "region": "NORDICS",
        "time_zone": "Europe/Oslo",
        "day_starts": "08:00",
        "day_ends": "16:00",
        "working_days": "12345",
    }
    saved = []
    if calendar is not None:
        data.update(
            name=calendar.name,
            region=calendar.region,
            time_zone=calendar.time_zone,
            day_starts=f"{calendar.day_starts:%H:%M}",
            day_ends=f"{calendar.day_ends:%H:%M}",
            working_days=calendar.working_days,
        )
        saved = list(calendar.holidays.all())
    data.update(changes)
    rows = [(h.pk, f"{h.date:%Y-%m-%d}", h.name) for h in saved]
    rows += [(None, day, name) for day, name in holidays]
    data.update(
        {
            "holidays-TOTAL_FORMS": str(len(rows)),
            "holidays-INITIAL_FORMS": str(len(saved)),
            "holidays-MIN_NUM_FORMS": "0",
            "holidays-MAX_NUM_FORMS": "1000",
        }
    )
    for i, (pk, day, name) in enumerate(rows):
        data[f"holidays-{i}-id"] = "" if pk is None else str(pk)
        data[f"holidays-{i}-calendar"] = "" if calendar is None else str(calendar.pk)
        data[f"holidays-{i}-date"] = day
        data[f"holidays-{i}-name"] = name
    return data


def field_row(page: str, name: str) -> str:
    """The admin's form row of one calendar field: its label, input, message and help."""
    match = re.search(rf'<div class="form-row[^"]*\bfield-{name}\b', page)
    assert match, f"no form row for {name}"
    end = page.find('<div class="form-row', match.end())
    return page[match.start() : end if end != -1 else len(page)]


def holiday_cell(page: str, row: int, name: str) -> str:
    """One cell of one holiday row in the inline table."""
    start = page.index(f'id="holidays-{row}"')
    end = page.index("</tr>", start)
    cell = re.search(rf'<td class="field-{name}">(.*?)</td>', page[start:end], re.S)
    assert cell, f"no {name} cell in holiday row {row}"
    return cell.group(1)


def errors_in(fragment: str) -> list[str]:
    return [html_lib.unescape(e) for e in re.findall(r"<li>(.*?)</li>", fragment)]


ADD = reverse("admin:matrix_businesscalendar_add")


def change_url(calendar: BusinessCalendar) -> str:
    return reverse("admin:matrix_businesscalendar_change", args=[calendar.pk])


@pytest.fixture
def admin_client_(client, deskadmin):
    client.force_login(deskadmin)
    return client


def test_the_list_shows_each_calendars_region_hours_days_and_holidays(admin_client_):
    page = admin_client_.get(reverse("admin:matrix_businesscalendar_changelist"))
    assert page.status_code == 200
    text = page.content.decode()
    assert "(default for other regions)" in text
    assert "09:00–17:00" in text
    assert "Mon, Tue, Wed, Thu, Fri" in text
    assert "America/Chicago" in text


def test_the_change_page_lists_the_holidays_with_their_weekday(admin_client_):
    emea = BusinessCalendar.objects.get(region="EMEA")
    page = admin_client_.get(change_url(emea)).content.decode()
    christmas = list(emea.holidays.values_list("date", flat=True)).index(date(2026, 12, 25))
    assert "Fri" in holiday_cell(page, christmas, "weekday")  # 25 December 2026
    assert "Spelled as on the customers it serves" in field_row(page, "region")


def test_a_new_calendar_with_holidays_is_saved(admin_client_):
    response = admin_client_.post(
        ADD,
        calendar_data(
            None,
            ("2026-12-24", "Christmas Eve"),
            ("2026-05-17", "Constitution Day"),
            working_days="54321",
        ),
    )
    assert response.status_code == 302
    nordics = BusinessCalendar.objects.get(region="NORDICS")
    assert (nordics.time_zone, nordics.day_starts, nordics.day_ends) == (
        "Europe/Oslo",
        time(8),
        time(16),
    )
    assert nordics.working_days == "12345"  # stored in weekday order
    assert list(nordics.holidays.values_list("date", "name")) == [
        (date(2026, 5, 17), "Constitution Day"),
        (date(2026, 12, 24), "Christmas Eve"),
    ]
    assert calendar_for_region("NORDICS") == nordics


@pytest.mark.parametrize(
    ("field", "changes", "message"),
    [
        ("day_ends", {"day_ends": "07:00"}, "The working day must end after it starts."),
        ("day_ends", {"day_ends": "08:00"}, "The working day must end after it starts."),  # = start
        ("working_days", {"working_days": "1238"}, "Give each working weekday once"),
        ("working_days", {"working_days": "1123"}, "Give each working weekday once"),
        ("working_days", {"working_days": "Mon-Fri"}, "Give each working weekday once"),
        ("time_zone", {"time_zone": "Mars/Olympus"}, "is not a time zone name"),
        ("day_starts", {"day_starts": "9 o'clock"}, "Enter a valid time."),
        ("region", {"region": "EMEA"}, "already exists"),
        ("region", {"region": ""}, "already exists"),  # a second default
    ],
)
def test_a_bad_value_is_refused_next_to_its_field_and_nothing_saved(
    admin_client_, field, changes, message
):
    before = BusinessCalendar.objects.count()
    response = admin_client_.post(ADD, calendar_data(None, ("2026-12-24", "Eve"), **changes))
    assert response.status_code == 200
    page = response.content.decode()
    assert any(message in error for error in errors_in(field_row(page, field))), field
    assert BusinessCalendar.objects.count() == before
    assert not Holiday.objects.filter(name="Eve").exists()


def test_the_same_holiday_twice_is_refused_next_to_the_second_date(admin_client_):
    response = admin_client_.post(
        ADD, calendar_data(None, ("2026-12-24", "Christmas Eve"), ("2026-12-24", "Eve again"))
    )
    assert response.status_code == 200
    page = response.content.decode()
    assert errors_in(holiday_cell(page, 0, "date")) == []
    assert errors_in(holiday_cell(page, 1, "date")) == [
        "2026-12-24 is already a holiday here (Christmas Eve)."
    ]
    assert not BusinessCalendar.objects.filter(region="NORDICS").exists()


def test_adding_a_date_the_calendar_already_has_is_refused_and_nothing_saved(admin_client_):
    emea = BusinessCalendar.objects.get(region="EMEA")
    count = emea.holidays.count()
    response = admin_client_.post(change_url(emea), calendar_data(emea, ("2026-12-25", "Xmas")))
    assert response.status_code == 200
    page = response.content.decode()
    assert errors_in(holiday_cell(page, count, "date")) == [
        "2026-12-25 is already a holiday here (Christmas Day)."
    ]
    assert emea.holidays.count() == count


def test_a_holiday_removed_and_added_again_in_one_save_is_accepted(admin_client_):
    emea = BusinessCalendar.objects.get(region="EMEA")
    data = calendar_data(emea, ("2026-12-25", "Christmas"))
    christmas = list(emea.holidays.values_list("date", flat=True)).index(date(2026, 12, 25))
    data[f"holidays-{christmas}-DELETE"] = "on"
    assert admin_client_.post(change_url(emea), data).status_code == 302
    assert emea.holidays.get(date=date(2026, 12, 25)).name == "Christmas"


def test_changing_hours_keeps_the_holidays(admin_client_):
    na = BusinessCalendar.objects.get(region="NA")
    count = na.holidays.count()
    response = admin_client_.post(change_url(na), calendar_data(na, day_starts="08:30"))
    assert response.status_code == 302
    na.refresh_from_db()
    assert na.day_starts == time(8, 30)
    assert na.holidays.count() == count


# --- who may edit --------------------------------------------------------------------------


@pytest.fixture
def staff_manager(db) -> User:
    """A support manager who was given admin access (is_staff) for other reasons."""
    user = User.objects.create_user("stan", password="pw", is_staff=True)
    user.groups.add(Group.objects.get(name="Support Manager"))
    return user


def test_other_staff_cannot_open_add_or_change_a_calendar(client, staff_manager):
    client.force_login(staff_manager)
    na = BusinessCalendar.objects.get(region="NA")
    assert client.get(reverse("admin:matrix_businesscalendar_changelist")).status_code == 403
    assert client.get(change_url(na)).status_code == 403
    assert client.post(change_url(na), calendar_data(na, day_ends="23:00")).status_code == 403
    assert client.post(ADD, calendar_data(None)).status_code == 403
    na.refresh_from_db()
    assert na.day_ends == time(17)
    assert not BusinessCalendar.objects.filter(region="NORDICS").exists()


def test_a_desk_admin_may_delete_a_regional_calendar(admin_client_):
    latam = BusinessCalendar.objects.get(region="LATAM")
    delete = reverse("admin:matrix_businesscalendar_delete", args=[latam.pk])
    assert admin_client_.post(delete, {"post": "yes"}).status_code == 302
    assert calendar_for_region("LATAM").region == ""  # its customers now take the default
