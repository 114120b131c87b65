"""The daily digest: 08:00 in each manager's time zone, once a day, only what they may see.

Issue 9 item 3. In November Berlin is UTC+1 (08:00 there is 07:00 UTC) and Kolkata UTC+5:30
(08:00 there is 02:30 UTC). The sections are set on the case columns the sweeps keep
(sla_due_at, sla_amber_at, sla_paused_at, stalled_at) straight through the ORM.
"""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from django.contrib.auth.models import Group, User
from django.core import mail
from django.db import connection
from django.test.utils import CaptureQueriesContext

from escalations.digest import TOP, send_daily_digests
from escalations.models import Escalation, Notification, Preferences
from escalations.notifications import send_outbox
from tests.conftest import NOW, make_escalation

DAY = "2026-11-02"


def utc(text: str) -> datetime:
    return datetime.fromisoformat(f"{text}+00:00")


def in_zone(user: User, zone: str) -> User:
    Preferences.objects.create(user=user, time_zone=zone)
    return user


def manager_named(username: str, zone: str | None = None) -> User:
    user = User.objects.create_user(username, f"{username}@desk.test", "pw")
    user.groups.add(Group.objects.get(name="Support Manager"))
    return in_zone(user, zone) if zone else user


def case_with(*, by: User, severity: int = 2, title: str = "Exports fail", **columns):
    case = make_escalation(by=by, severity=severity, title=title)
    Escalation.objects.filter(pk=case.pk).update(**columns)
    return case


def digests_of(user: User) -> list[Notification]:
    return list(Notification.objects.filter(recipient=user, key__startswith="digest:"))


# --- When --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("zone", "before", "at"),
    [
        ("Europe/Berlin", "2026-11-02T06:59:59", "2026-11-02T07:00:00"),
        ("Asia/Kolkata", "2026-11-02T02:29:59", "2026-11-02T02:30:00"),
    ],
)
def test_the_digest_comes_at_0800_local_time_not_a_second_before(manager, zone, before, at):
    in_zone(manager, zone)
    assert send_daily_digests(utc(before)) == 0
    assert digests_of(manager) == []
    assert send_daily_digests(utc(at)) == 1
    (digest,) = digests_of(manager)
    assert digest.key == f"digest:{DAY}"


def test_two_time_zones_each_get_theirs_at_their_own_0800(db):
    berlin = manager_named("bert", "Europe/Berlin")
    kolkata = manager_named("kavya", "Asia/Kolkata")
    # 02:30 UTC: 08:00 in Kolkata, 03:30 in Berlin.
    assert send_daily_digests(utc("2026-11-02T02:30:00")) == 1
    assert (len(digests_of(kolkata)), len(digests_of(berlin))) == (1, 0)
    # 07:00 UTC: 08:00 in Berlin; Kolkata had today's already.
    assert send_daily_digests(utc("2026-11-02T07:00:00")) == 1
    assert (len(digests_of(kolkata)), len(digests_of(berlin))) == (1, 1)


def test_the_day_it_was_already_sent_it_is_not_sent_again(manager):
    in_zone(manager, "Asia/Kolkata")
    assert send_daily_digests(utc("2026-11-02T02:30:00")) == 1
    for later in ("2026-11-02T02:45:00", "2026-11-02T10:00:00", "2026-11-02T18:29:00"):
        assert send_daily_digests(utc(later)) == 0
    # 18:30 UTC is midnight in Kolkata: the 3rd, but before 08:00 there.
    assert send_daily_digests(utc("2026-11-02T18:30:00")) == 0
    assert send_daily_digests(utc("2026-11-03T02:30:00")) == 1
    assert [d.key for d in digests_of(manager)] == ["digest:2026-11-03", f"digest:{DAY}"]


def test_a_0800_missed_while_the_cluster_was_down_is_sent_later_that_day_only(manager):
    in_zone(manager, "Europe/Berlin")
    # Down from 07:00 to 22:30 Berlin time: the first run after it still sends today's.
    assert send_daily_digests(utc("2026-11-02T21:30:00")) == 1
    # A day missed entirely is not sent the next night: the 4th at 01:00 Berlin sends nothing.
    assert send_daily_digests(utc("2026-11-04T00:00:00")) == 0
    assert [d.key for d in digests_of(manager)] == [f"digest:{DAY}"]


def test_without_preferences_the_digest_runs_on_utc(manager):
    assert send_daily_digests(utc("2026-11-02T07:59:00")) == 0
    assert send_daily_digests(utc("2026-11-02T08:00:00")) == 1


def test_only_support_managers_and_desk_admins_get_a_digest(
    manager, deskadmin, agent, executive, outsider
):
    inactive = manager_named("gone")
    inactive.is_active = False
    inactive.save(update_fields=["is_active"])
    assert send_daily_digests(utc("2026-11-02T08:00:00")) == 2
    told = set(Notification.objects.values_list("recipient__username", flat=True))
    assert told == {manager.username, deskadmin.username}


def test_a_stored_time_zone_that_is_not_one_falls_back_to_utc(manager):
    # The form refuses it; a row written around the form must not stop the digest.
    Preferences.objects.create(user=manager, time_zone="Mars/Olympus")
    assert send_daily_digests(utc("2026-11-02T07:59:00")) == 0
    assert send_daily_digests(utc("2026-11-02T08:00:00")) == 1


# --- What -------------------------------------------------------------------------------------


@pytest.fixture
def desk(manager, agent):
    """One case in each section, and cases that are in none."""
    now = NOW
    return {
        "breached": case_with(
            by=agent, title="Breached export", sla_due_at=now - timedelta(minutes=30)
        ),
        "amber": case_with(
            by=agent,
            title="Amber invoices",
            sla_amber_at=now - timedelta(minutes=10),
            sla_due_at=now + timedelta(minutes=20),
        ),
        "paused": case_with(
            by=agent, title="Waiting on Pat", sla_paused_at=now - timedelta(hours=3)
        ),
        "stalled": case_with(
            by=agent,
            title="Quiet for days",
            stalled_at=now - timedelta(hours=1),
            stalled_reason="No activity within the update cadence",
        ),
        "green": case_with(
            by=agent,
            title="All fine",
            sla_amber_at=now + timedelta(hours=1),
            sla_due_at=now + timedelta(hours=2),
        ),
        "closed": case_with(
            by=agent, title="Closed long ago", status="closed", sla_due_at=now - timedelta(days=2)
        ),
        # A Sev-1 breach Molly is not on: she may not see it, so it is not hers to count.
        "hidden": case_with(
            by=agent, severity=1, title="Tenant data exposed", sla_due_at=now - timedelta(hours=1)
        ),
    }


def test_the_digest_counts_each_section_and_lists_its_cases(
    manager, desk, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        assert send_daily_digests(NOW) == 1
    (digest,) = digests_of(manager)
    assert digest.subject == "Daily digest for Mon 2 Nov: 1 breached, 1 amber, 1 paused, 1 stalled"
    for name in ("breached", "amber", "paused", "stalled"):
        assert desk[name].reference in digest.body
    for name in ("green", "closed", "hidden"):
        assert desk[name].reference not in digest.body
    assert "Tenant data exposed" not in digest.body
    assert digest.escalation is None and digest.url == "/"


def test_a_desk_admin_sees_every_case_so_the_sev1_breach_counts_for_them(deskadmin, desk):
    assert send_daily_digests(NOW) == 2  # Dana and Molly
    (digest,) = digests_of(deskadmin)
    assert "2 breached" in digest.subject
    assert desk["hidden"].reference in digest.body


def test_the_digest_email_has_the_subject_the_cases_and_their_links(
    manager, desk, settings, django_capture_on_commit_callbacks
):
    settings.DESK_BASE_URL = "https://desk.example.com"
    with django_capture_on_commit_callbacks(execute=True):
        send_daily_digests(NOW)
        assert mail.outbox == []  # after commit only
    (message,) = mail.outbox
    breached = desk["breached"]
    link = f"https://desk.example.com/escalations/{breached.pk}/"
    assert message.to == ["molly@desk.test"]
    assert message.subject.startswith("Daily digest for Mon 2 Nov: 1 breached")
    assert link in message.body
    # Why each is there, times in the manager's zone (UTC without preferences).
    assert f"{breached.reference} Breached export (" in message.body
    assert "overdue since Nov 2, 09:30" in message.body
    assert "Amber invoices" in message.body and "due Nov 2, 10:20" in message.body
    assert "paused since Nov 2, 07:00" in message.body
    assert "Quiet for days (" in message.body
    assert "No activity within the update cadence" in message.body
    assert "https://desk.example.com/?sla=red" not in message.body  # only past TOP
    html = message.alternatives[0][0]
    assert f'<a href="{link}">{breached.reference}</a>' in html
    assert "Tenant data exposed" not in html


def test_the_top_ten_of_a_section_by_nearest_due_and_how_many_more(
    manager, agent, django_capture_on_commit_callbacks
):
    cases = [
        case_with(by=agent, title=f"Late {n:02d}", sla_due_at=NOW - timedelta(minutes=n))
        for n in range(1, TOP + 3)
    ]
    with django_capture_on_commit_callbacks(execute=True):
        send_daily_digests(NOW)
    body = mail.outbox[0].body
    # Most overdue first: "Late 12" is due earliest.
    listed = [c for c in reversed(cases) if c.reference in body]
    assert len(listed) == TOP and listed == list(reversed(cases))[:TOP]
    assert body.index("Late 12") < body.index("Late 11")
    assert "and 2 more: http://127.0.0.1:8000/?sla=red" in body
    assert "12 breached" in mail.outbox[0].subject


def test_a_digest_with_nothing_in_it_reaches_the_bell_but_sends_no_email(
    manager, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        assert send_daily_digests(NOW) == 1
    (digest,) = digests_of(manager)
    assert digest.subject == "Daily digest for Mon 2 Nov: nothing needs you"
    assert digest.email_wanted is False and mail.outbox == []


def test_a_digest_left_unsent_by_a_killed_worker_goes_from_the_outbox_once(manager, desk):
    send_daily_digests(NOW)  # committed, on-commit never ran: the worker died
    assert mail.outbox == []
    assert send_outbox(NOW + timedelta(minutes=1)) == 1
    (message,) = mail.outbox
    # Without the worker's in-memory digest the stored text goes: the same cases and links.
    assert message.subject == digests_of(manager)[0].subject
    assert desk["breached"].reference in message.body
    assert f"/escalations/{desk['breached'].pk}/" in message.alternatives[0][0]
    assert send_outbox(NOW + timedelta(minutes=2)) == 0
    assert send_daily_digests(NOW + timedelta(minutes=15)) == 0


def test_the_digest_costs_the_same_queries_for_each_manager(manager, desk):
    def queries_with(managers: int) -> int:
        while User.objects.filter(groups__name="Support Manager").count() < managers:
            manager_named(f"m{User.objects.count()}")
        Notification.objects.all().delete()  # the same morning again, for more managers
        with CaptureQueriesContext(connection) as captured:
            assert send_daily_digests(NOW) == managers
        return len(captured.captured_queries)

    one, two, four = queries_with(1), queries_with(2), queries_with(4)
    # Managers, their groups, their time zones, today's digests told; then per manager: a
    # savepoint, the four counts, one list per non-empty section (four here), the insert in
    # its savepoint.
    assert one == 4 + 1 + 1 + 4 + 3 + 1
    assert two - one == (four - two) / 2 == one - 4
