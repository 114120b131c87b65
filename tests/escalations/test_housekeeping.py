"""The daily housekeeping: spent form tokens, expired sessions and old sign-in logs go; what a
page still open could need, a live session and recent sign-ins stay."""

from __future__ import annotations

import json
from datetime import timedelta
from io import StringIO

import pytest
from axes.models import AccessFailureLog, AccessLog
from django.contrib.sessions.backends.db import SessionStore
from django.contrib.sessions.models import Session
from django.core.management import call_command
from django.test import override_settings
from django_q.models import Schedule

from escalations import once
from escalations.housekeeping import housekeeping
from escalations.models import SubmissionToken
from escalations.schedules import ensure_schedules
from tests.conftest import NOW

HOUR = timedelta(hours=1)


def spent(token: str, user, at) -> None:
    SubmissionToken.objects.create(token=token, user=user, used_at=at, result_url="/x/")


def sign_in_log(model, username: str, at) -> None:
    row = model.objects.create(username=username, user_agent="pytest", path_info="/login/")
    model.objects.filter(pk=row.pk).update(attempt_time=at)


@override_settings(SESSION_COOKIE_AGE=3600)
def test_a_spent_token_is_kept_a_day_past_the_session_age_then_deleted(agent):
    # Sessions last an hour here: a page drawn more than an hour ago belongs to a session that
    # has ended, and the token is kept one day beyond that.
    spent("k" * 32, agent, NOW - 24 * HOUR)
    spent("g" * 32, agent, NOW - 26 * HOUR)
    counts = housekeeping(NOW)
    assert counts["tokens"] == 1
    assert list(SubmissionToken.objects.values_list("token", flat=True)) == ["k" * 32]
    # The token kept still stops a second submission of its page.
    with pytest.raises(once.AlreadySubmitted) as duplicate:
        once.spend("k" * 32, user=agent, now=NOW)
    assert duplicate.value.url == "/x/"


def test_expired_sessions_go_and_live_ones_stay(agent):
    live, ended = SessionStore(), SessionStore()
    live.create()
    ended.create()
    Session.objects.filter(session_key=live.session_key).update(expire_date=NOW + HOUR)
    Session.objects.filter(session_key=ended.session_key).update(expire_date=NOW - HOUR)
    assert housekeeping(NOW)["sessions"] == 1
    assert list(Session.objects.values_list("session_key", flat=True)) == [live.session_key]


@override_settings(LOGIN_LOG_DAYS=90)
def test_sign_in_logs_are_kept_ninety_days(agent):
    sign_in_log(AccessLog, "kept", NOW - timedelta(days=89))
    sign_in_log(AccessLog, "old", NOW - timedelta(days=91))
    sign_in_log(AccessFailureLog, "kept", NOW - timedelta(days=89))
    sign_in_log(AccessFailureLog, "old", NOW - timedelta(days=91))
    assert housekeeping(NOW)["login_logs"] == 2
    assert list(AccessLog.objects.values_list("username", flat=True)) == ["kept"]
    assert list(AccessFailureLog.objects.values_list("username", flat=True)) == ["kept"]


def test_the_command_runs_one_pass_at_the_instant_given_and_a_second_finds_nothing(agent):
    spent("o" * 32, agent, NOW - timedelta(days=40))
    out = StringIO()
    call_command("housekeeping", "--now", NOW.isoformat(), "--json", stdout=out)
    assert json.loads(out.getvalue()) == {"tokens": 1, "sessions": 0, "login_logs": 0}
    out = StringIO()
    call_command("housekeeping", "--now", NOW.isoformat(), stdout=out)
    assert "deleted 0 spent form tokens, 0 expired sessions, 0 sign-in log rows" in out.getvalue()


def test_housekeeping_is_scheduled_daily(db):
    ensure_schedules()
    schedule = Schedule.objects.get(name="housekeeping")
    assert (schedule.func, schedule.schedule_type, schedule.minutes) == (
        "escalations.schedules.housekeeping",
        Schedule.MINUTES,
        24 * 60,
    )
