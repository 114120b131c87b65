from __future__ import annotations

import random
from datetime import datetime, timedelta
from io import StringIO

import pytest
from django.contrib.auth.models import User
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import transaction
from django.db.models import Count, Q
from django.test import override_settings

from escalations.choices import OPEN_STATUSES, Category, EntryPoint, Status
from escalations.demo_data import CUSTOMERS, STAFF
from escalations.management.commands.seed_demo import seed
from escalations.models import (
    Artifact,
    Customer,
    Escalation,
    Interaction,
    TimelineEvent,
    TroubleshootingStep,
)
from escalations.tiers import Tier
from tests.conftest import make_escalation

NOW = datetime.fromisoformat("2026-11-01T12:00:00+00:00")
pytestmark = pytest.mark.django_db


def run_seed(*args: str) -> str:
    """seed_demo as `make run` calls it, with DEBUG on."""
    out = StringIO()
    with override_settings(DEBUG=True):
        call_command("seed_demo", "--now", NOW.isoformat(), *args, stdout=out)
    return out.getvalue()


def row_counts() -> dict[str, int]:
    models = (User, Customer, Escalation, Interaction, TroubleshootingStep, Artifact)
    counts = {model.__name__: model.objects.count() for model in models}
    counts["TimelineEvent"] = TimelineEvent.objects.count()
    return counts


@override_settings(DEBUG=False)
def test_with_debug_off_it_refuses_and_says_why():
    with pytest.raises(CommandError, match="known password 'demo'.*--allow-production"):
        call_command("seed_demo", "--now", NOW.isoformat(), "--if-empty", stdout=StringIO())
    assert not User.objects.exists() and not Customer.objects.exists()


@override_settings(DEBUG=False)
def test_with_debug_off_allow_production_seeds_anyway():
    out = StringIO()
    call_command(
        "seed_demo",
        "--now",
        NOW.isoformat(),
        "--escalations",
        "5",
        "--allow-production",
        stdout=out,
    )
    assert "seed_demo: 8 users, 40 customers, 5 escalations" in out.getvalue()
    assert User.objects.get(username="deskadmin").is_staff


def test_second_run_creates_nothing():
    first = run_seed()
    after_first = row_counts()
    second = run_seed()
    assert row_counts() == after_first
    assert after_first["Escalation"] == 400
    assert "seed_demo: 8 users, 40 customers, 400 escalations" in first
    assert "escalations skipped: the demo customers already have 400" in second


def test_if_empty_leaves_a_desk_with_escalations_alone(agent):
    make_escalation(by=agent)
    before = row_counts()
    output = run_seed("--if-empty")
    assert row_counts() == before
    assert "left as is" in output


def test_demo_users_log_in_with_password_demo_and_are_in_their_groups(client):
    run_seed()
    for username, _first, last, group, is_staff in STAFF:
        user = User.objects.get(username=username)
        assert list(user.groups.values_list("name", flat=True)) == [group]
        assert user.last_name == last and user.is_staff == is_staff
        assert not user.is_superuser
        assert client.login(username=username, password="demo"), username
        client.logout()


def test_deskadmin_can_use_the_admin(client):
    run_seed()
    client.login(username="deskadmin", password="demo")
    response = client.get("/admin/")
    assert response.status_code == 200
    assert b"Escalations" in response.content
    assert client.get("/admin/escalations/escalation/").status_code == 200


def test_forty_customers_across_all_tiers_regions_and_renewal_windows():
    run_seed()
    customers = Customer.objects.all()
    assert customers.count() == len(CUSTOMERS) == 40
    assert set(customers.values_list("tier", flat=True)) == {t.value for t in Tier}
    assert set(customers.values_list("region", flat=True)) == {"NA", "EMEA", "APAC", "LATAM"}
    today = NOW.date()
    renewals = [c.days_to_renewal(today) for c in customers]
    assert sum(0 <= days <= 30 for days in renewals) >= 3
    assert sum(30 < days <= 90 for days in renewals) >= 3
    assert min(renewals) < 0 and max(renewals) > 365
    tenures = [c.tenure_days(today) for c in customers]
    assert min(tenures) <= 120 and max(tenures) >= 8 * 365


def test_escalations_spread_over_six_months_with_every_category_entry_point_and_status():
    run_seed()
    cases = Escalation.objects.all()
    created = sorted(cases.values_list("created_at", flat=True))
    assert NOW - timedelta(days=183) <= created[0] and created[-1] < NOW
    for month in range(6):
        start, end = NOW - timedelta(days=30 * (month + 1)), NOW - timedelta(days=30 * month)
        assert any(start <= at < end for at in created), f"nothing {month} months back"
    assert set(cases.values_list("category", flat=True)) == set(Category.values)
    assert set(cases.values_list("entry_point", flat=True)) == set(EntryPoint.values)
    assert set(cases.values_list("status", flat=True)) == set(Status.values)
    old = cases.filter(created_at__lt=NOW - timedelta(days=90))
    assert old.exclude(status__in=OPEN_STATUSES).count() >= 0.85 * old.count()
    recent = cases.filter(created_at__gte=NOW - timedelta(days=7))
    assert recent.filter(status__in=OPEN_STATUSES).count() >= 0.7 * recent.count()


def test_every_escalation_has_a_step_inbound_words_and_a_created_event():
    run_seed()
    cases = Escalation.objects.annotate(
        steps=Count("troubleshooting_steps", distinct=True),
        inbound=Count("interactions", filter=Q(interactions__direction="inbound"), distinct=True),
        words=Count("interactions", distinct=True),
        created=Count("timeline", filter=Q(timeline__kind="created"), distinct=True),
        events=Count("timeline", distinct=True),
    )
    for case in cases:
        assert 1 <= case.steps <= 4, case.reference
        assert case.inbound >= 1 and case.words <= 5, case.reference
        assert case.created == 1, case.reference
        # A case nobody has touched yet has only its 'created' event; any other has more.
        assert case.events >= (1 if case.status == "new" else 2), case.reference


def test_dates_follow_the_workflow():
    run_seed()
    for case in Escalation.objects.all():
        events = list(case.timeline.all())
        assert events[0].kind == "created" and events[0].at == case.created_at
        assert case.updated_at == max(event.at for event in events) <= NOW
        assert (case.resolved_at is not None) == (case.status in ("resolved", "closed"))
        assert (case.closed_at is not None) == (case.status == "closed")
        if case.closed_at:
            assert case.created_at < case.resolved_at < case.closed_at
        statuses = [e.changes[0]["new"] for e in events if e.kind == "status"]
        assert (statuses[-1] if statuses else "New") == case.get_status_display()
    worked = Escalation.objects.exclude(status="new")
    assert worked.filter(owner__isnull=False).count() >= 0.85 * worked.count()


def test_seeded_briefs_and_their_rows_pass_model_validation():
    run_seed()
    for case in Escalation.objects.select_related("customer"):
        case.full_clean()
    for artifact in Artifact.objects.all():
        artifact.full_clean()


def test_same_seed_builds_the_same_desk():
    def build() -> list[tuple]:
        with transaction.atomic():
            seed(NOW, rng=random.Random(7), stdout=StringIO(), escalations=60)
            rows = list(
                Interaction.objects.order_by("escalation__created_at", "occurred_at").values_list(
                    "escalation__title", "escalation__customer__name", "occurred_at", "body"
                )
            )
            transaction.set_rollback(True)
        return rows

    assert build() == build()


def test_queue_page_lists_seeded_cases_for_a_manager(client):
    run_seed()
    client.login(username="manager", password="demo")
    response = client.get("/")
    assert response.status_code == 200
    page = response.content.decode()
    manager = User.objects.get(username="manager")
    # Sev-1 cases the manager neither raised nor owns are hidden from them.
    visible = Escalation.objects.visible_to(manager).count()
    assert 300 < visible <= 400
    assert f"{visible} escalations" in page
    newest = Escalation.objects.visible_to(manager).order_by("-created_at", "-id").first()
    assert newest.reference in page


@override_settings(DEBUG=True)
def test_now_must_be_a_date_and_time():
    with pytest.raises(CommandError, match="ISO 8601"):
        call_command("seed_demo", "--now", "next tuesday", stdout=StringIO())
