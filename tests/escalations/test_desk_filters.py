from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from django.utils import timezone

from escalations.templatetags.desk import days_from_now, money, short_datetime, status_label, tenure


def test_short_datetime_is_in_the_desks_time_zone():
    instant = datetime(2026, 3, 29, 0, 30, tzinfo=ZoneInfo("UTC"))
    with timezone.override(ZoneInfo("Europe/Berlin")):  # the night clocks go forward
        assert short_datetime(instant) == "Mar 29, 01:30"
        assert (
            short_datetime(datetime(2026, 3, 29, 1, 30, tzinfo=ZoneInfo("UTC"))) == "Mar 29, 03:30"
        )
    assert short_datetime(None) == ""


def test_labels_and_numbers_read_as_a_manager_expects():
    assert status_label("waiting_on_customer") == "Waiting on customer"
    assert money(1_250_000) == "$1.2M" and money(395_000) == "$395k" and money(None) == "—"
    assert days_from_now(21) == "in 21 days" and days_from_now(-1) == "1 day ago"
    assert tenure(9 * 365 + 60) == "9 yr 2 mo"
