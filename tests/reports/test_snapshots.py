"""Monthly snapshots: taken once for the month before, never changed, executives told once.

Issue 10 item 5. The desk's time zone is UTC unless a test says otherwise; the snapshot of
October 2026 is taken at 00:05 on 1 November. The October fixture is three cases raised in
October (two technical, one billing) and one raised on 1 November, which is not October's.
"""

from __future__ import annotations

import copy
from datetime import datetime, timedelta

import pytest
from django.contrib.auth.models import Group, User
from django.core import mail
from django.core.exceptions import ValidationError
from django.db import DatabaseError, transaction
from django.test import override_settings

from escalations.models import Escalation, Notification
from reports.models import Snapshot
from reports.tasks import take_monthly_snapshot
from tests.conftest import make_escalation
from tests.reports.closed_cases import close

pytestmark = pytest.mark.django_db

TAKEN = datetime.fromisoformat("2026-11-01T00:05:00+00:00")
OCTOBER = datetime.fromisoformat("2026-10-14T09:00:00+00:00")


@pytest.fixture
def october(agent):
    cases = [
        make_escalation(by=agent, at=OCTOBER),
        make_escalation(by=agent, at=OCTOBER + timedelta(days=1)),
        make_escalation(by=agent, at=OCTOBER + timedelta(days=2), category="billing"),
    ]
    make_escalation(by=agent, at=datetime.fromisoformat("2026-11-01T00:01:00+00:00"))
    return cases


def headline(figures: dict, key: str) -> dict:
    return next(h for h in figures["headlines"] if h["key"] == key)


def breakdown(figures: dict, name: str) -> dict:
    found = next(b for b in figures["breakdowns"] if b["name"] == name)
    return {row["key"]: row["count"] for row in found["rows"] if row["count"]}


def exec_user(username: str, **extra) -> User:
    user = User.objects.create_user(username, f"{username}@desk.test", "pw", **extra)
    user.groups.add(Group.objects.get(name="Executive"))
    return user


def test_on_the_first_the_month_before_is_stored_with_its_figures(october, executive):
    snapshot = take_monthly_snapshot(TAKEN)

    assert Snapshot.objects.count() == 1
    assert (snapshot.month, snapshot.taken_at) == ("2026-10", TAKEN)
    assert snapshot.figures["period"]["label"] == "2026-10"
    assert headline(snapshot.figures, "volume")["value"] == 3  # not the one of 1 November
    assert breakdown(snapshot.figures, "category") == {"technical": 2, "billing": 1}


@override_settings(TIME_ZONE="America/New_York")
def test_the_month_before_is_the_desks_month(db):
    # 03:00 UTC on 1 November is 23:00 on 31 October in New York: October is not over there.
    assert take_monthly_snapshot(datetime.fromisoformat("2026-11-01T03:00:00+00:00")).month == (
        "2026-09"
    )
    # 04:05 UTC is 00:05 EDT on 1 November.
    assert take_monthly_snapshot(datetime.fromisoformat("2026-11-01T04:05:00+00:00")).month == (
        "2026-10"
    )


def test_a_second_run_stores_nothing_and_tells_nobody_again(
    october, executive, manager, django_capture_on_commit_callbacks
):
    erin2 = exec_user("erin2", first_name="Erin", last_name="Two")
    exec_user("gone", is_active=False)

    with django_capture_on_commit_callbacks(execute=True):
        first = take_monthly_snapshot(TAKEN)
    with django_capture_on_commit_callbacks(execute=True):
        second = take_monthly_snapshot(TAKEN + timedelta(hours=1))

    assert first is not None and second is None
    assert Snapshot.objects.count() == 1
    told = Notification.objects.filter(key="report:2026-10")
    # Executives only, active ones, once each; the manager reads reports but is not mailed.
    assert sorted(told.values_list("recipient__username", flat=True)) == ["erin", "erin2"]
    assert sorted(m.to[0] for m in mail.outbox) == sorted([executive.email, erin2.email])
    assert Snapshot.objects.get().emailed_at == TAKEN


def test_the_e_mail_gives_the_headline_numbers_and_a_link_to_the_month(
    october, executive, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        take_monthly_snapshot(TAKEN)

    (message,) = mail.outbox
    # No clock ran in October, so no SLA attainment in the subject.
    assert message.subject == "Escalation report for October 2026: 3 raised"
    body = message.body
    assert "The escalation report for October 2026 is in." in body
    assert "as of 1 November 2026, 00:05 (UTC)" in body
    # Three raised in October, none in September: no change to compare with.
    assert "- Escalations raised: 3 (no comparison; September 2026: 0)" in body
    assert "http://127.0.0.1:8000/reports/2026-10/" in body
    html = message.alternatives[0][0]
    assert 'href="http://127.0.0.1:8000/reports/2026-10/"' in html


def test_a_snapshot_refuses_to_change_in_save_and_in_the_database(october):
    snapshot = take_monthly_snapshot(TAKEN)
    snapshot.figures["headlines"] = []

    with pytest.raises(ValidationError):
        snapshot.save()
    with pytest.raises(DatabaseError), transaction.atomic():
        Snapshot.objects.filter(pk=snapshot.pk).update(figures={"rewritten": True})
    with pytest.raises(DatabaseError), transaction.atomic():
        Snapshot.objects.filter(pk=snapshot.pk).update(month="2026-09")
    with pytest.raises(DatabaseError), transaction.atomic():
        Snapshot.objects.filter(pk=snapshot.pk).update(taken_at=TAKEN + timedelta(days=1))

    # When executives were told may still be recorded.
    Snapshot.objects.filter(pk=snapshot.pk).update(emailed_at=TAKEN)
    snapshot = Snapshot.objects.get()
    snapshot.emailed_at = TAKEN + timedelta(minutes=1)
    snapshot.save(update_fields=["emailed_at"])
    assert headline(Snapshot.objects.get().figures, "volume")["value"] == 3


def test_later_edits_to_cases_change_neither_the_snapshot_nor_its_page(
    client, clock, october, manager, agent
):
    stored = copy.deepcopy(take_monthly_snapshot(TAKEN).figures)
    clock.move_to(TAKEN + timedelta(days=3))
    # After the snapshot: a case re-categorised, one closed with a close-out, and a late
    # entry back-dated into October.
    Escalation.objects.filter(pk=october[0].pk).update(category="compliance")
    close(october[1], "product-bug", TAKEN + timedelta(days=2), by=manager)
    make_escalation(by=agent, at=OCTOBER + timedelta(days=5))

    assert Snapshot.objects.get().figures == stored
    client.force_login(manager)
    page = client.get("/reports/2026-10/")
    assert page.status_code == 200
    assert page.context["taken_at"] == TAKEN
    assert headline(page.context["figures"], "volume")["value"] == 3
    assert breakdown(page.context["figures"], "category") == {"technical": 2, "billing": 1}
    assert "Snapshot as of 1 November 2026, 00:05" in page.content.decode()
    # The live figures did move: four raised in October now.
    live = client.get("/reports/2026-Q4/")
    assert headline(live.context["figures"], "volume")["value"] == 5  # 4 October + 1 November


def test_a_snapshot_with_a_sev1_case_shows_its_title_only_to_those_who_may_see_it(
    client, agent, manager, executive
):
    make_escalation(by=agent, at=OCTOBER, severity=1, title="Tenant data exposed")
    take_monthly_snapshot(TAKEN)

    client.force_login(manager)
    as_manager = client.get("/reports/2026-10/").content.decode()
    client.force_login(executive)
    as_executive = client.get("/reports/2026-10/").content.decode()

    assert "Tenant data exposed" not in as_manager
    assert "Tenant data exposed" in as_executive
