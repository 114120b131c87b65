"""`seed_demo`: the demo desk on first run, built through the workflow.

The command takes tens of seconds, so the tests that read the seeded desk share one seeded
database per module (`seeded`, rolled back at the module's end). Tests that need an empty
database come first in the file: pytest (and each xdist worker) runs a module's tests in file
order, and the module fixture is only built when the first test asks for it.
"""

from __future__ import annotations

import random
import re
from collections import Counter
from datetime import datetime, timedelta
from io import StringIO

import pytest
from django.contrib.auth.models import User
from django.core import mail
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import transaction
from django.db.models import Count, Q
from django.test import override_settings
from django.utils import timezone

from escalations import demo_closeouts
from escalations.choices import OPEN_STATUSES, Category, EntryPoint, Status
from escalations.demo_data import CUSTOMERS, ROSTER
from escalations.demo_people import PEOPLE
from escalations.management.commands.seed_demo import seed
from escalations.models import (
    Artifact,
    CloseOut,
    Customer,
    Escalation,
    Interaction,
    Notification,
    TimelineEvent,
    TroubleshootingStep,
)
from escalations.tiers import Tier
from matrix.calendars import hours_for
from matrix.clocks import sla_verdict
from matrix.models import (
    Approval,
    Assignment,
    CheckEvent,
    Clock,
    CustomerUpdate,
    Role,
    RoleKind,
    RosterEntry,
)
from tests.conftest import make_escalation

NOW = datetime.fromisoformat("2026-11-01T12:00:00+00:00")
# One worker builds the seeded desks (see the Makefile's --dist loadgroup): they are the suite's
# most expensive fixtures, and spread over workers each would build them.
pytestmark = [pytest.mark.django_db, pytest.mark.xdist_group("seed_demo")]
Kind = TimelineEvent.Kind


def run_seed(*args: str) -> str:
    """seed_demo as `make run` calls it, with DEBUG on."""
    out = StringIO()
    with override_settings(DEBUG=True):
        call_command("seed_demo", "--now", NOW.isoformat(), *args, stdout=out)
    return out.getvalue()


# A smaller desk than make run's 400 cases keeps the suite fast; every story still happens.
SEEDED = 120


@pytest.fixture(scope="module")
def seeded(django_db_setup, django_db_blocker):
    """One seeded desk for the module's readers; rolled back afterwards."""
    with django_db_blocker.unblock(), transaction.atomic():
        yield run_seed("--escalations", str(SEEDED))
        transaction.set_rollback(True)


def row_counts() -> dict[str, int]:
    models = (User, Customer, Escalation, Interaction, TroubleshootingStep, Artifact)
    counts = {model.__name__: model.objects.count() for model in models}
    counts["TimelineEvent"] = TimelineEvent.objects.count()
    return counts


# --- On an empty database (these run before `seeded` is built) ------------------------------


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
    assert f"seed_demo: {len(PEOPLE)} users, 40 customers, 5 escalations" in out.getvalue()
    assert User.objects.get(username="deskadmin").is_staff


def test_if_empty_leaves_a_desk_with_escalations_alone(agent):
    make_escalation(by=agent)
    before = row_counts()
    output = run_seed("--if-empty")
    assert row_counts() == before
    assert "left as is" in output


def test_same_seed_builds_the_same_desk():
    def build() -> list[tuple]:
        with transaction.atomic():
            seed(NOW, rng=random.Random(7), stdout=StringIO(), escalations=12)
            rows = list(
                Interaction.objects.order_by("escalation__created_at", "occurred_at").values_list(
                    "escalation__title", "escalation__customer__name", "occurred_at", "body"
                )
            )
            transaction.set_rollback(True)
        # Ids are not part of the desk: PostgreSQL does not give rolled-back ids back, and the
        # updates quote the case reference.
        return [(*row[:3], re.sub(r"ESC-\d+", "ESC-#", row[3])) for row in rows]

    first = build()
    assert first and first == build()


@override_settings(DEBUG=True)
def test_now_must_be_a_date_and_time():
    with pytest.raises(CommandError, match="ISO 8601"):
        call_command("seed_demo", "--now", "next tuesday", stdout=StringIO())


def test_updates_are_mailed_after_commit_and_never_printed(
    capsys, django_capture_on_commit_callbacks
):
    # make run's configuration: the console backend would print every update to the terminal.
    # The command sends through the in-memory backend once its transaction commits; here, in a
    # test transaction, the messages stay queued for that commit.
    console = "django.core.mail.backends.console.EmailBackend"
    with override_settings(EMAIL_BACKEND=console), django_capture_on_commit_callbacks() as queued:
        run_seed("--escalations", "8")
    assert "Subject:" not in capsys.readouterr().out
    updates = CustomerUpdate.objects.count()
    assert updates > 0 and len(queued) >= updates
    assert not mail.outbox


# --- The seeded desk ------------------------------------------------------------------------


def test_second_run_creates_nothing(seeded):
    after_first = row_counts()
    second = run_seed("--escalations", str(SEEDED))
    assert row_counts() == after_first
    assert after_first["Escalation"] == SEEDED
    assert f"seed_demo: {len(PEOPLE)} users, 40 customers, {SEEDED} escalations" in seeded
    assert f"escalations skipped: the demo customers already have {SEEDED}" in second


def test_output_reports_progress_and_what_was_made(seeded):
    for step in (f"100/{SEEDED}", f"{SEEDED}/{SEEDED}"):
        assert f"escalations {step}" in seeded
    summary = seeded.strip().splitlines()[-1]
    assert f"{CustomerUpdate.objects.count():,} customer updates" in summary
    assert f"{Approval.objects.count():,} approvals (1 pending)" in summary
    assert f"{Assignment.objects.count():,} role assignments" in summary


def test_demo_users_log_in_with_password_demo_and_are_in_their_groups(seeded, client):
    for username, _first, last, group, is_staff in PEOPLE:
        user = User.objects.get(username=username)
        assert list(user.groups.values_list("name", flat=True)) == [group]
        assert user.last_name == last and user.is_staff == is_staff
        assert not user.is_superuser
        assert client.login(username=username, password="demo"), username
        client.logout()


def test_deskadmin_can_use_the_admin(seeded, client):
    client.login(username="deskadmin", password="demo")
    response = client.get("/admin/")
    assert response.status_code == 200
    assert b"Escalations" in response.content
    assert client.get("/admin/escalations/escalation/").status_code == 200


def test_forty_customers_across_all_tiers_regions_and_renewal_windows(seeded):
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


def test_escalations_spread_over_six_months_with_every_category_entry_point_and_status(seeded):
    cases = Escalation.objects.all()
    created = sorted(cases.values_list("created_at", flat=True))
    assert NOW - timedelta(days=183) <= created[0] and created[-1] < NOW
    for month in range(6):
        start, end = NOW - timedelta(days=30 * (month + 1)), NOW - timedelta(days=30 * month)
        assert any(start <= at < end for at in created), f"nothing {month} months back"
    assert set(cases.values_list("category", flat=True)) == set(Category.values)
    assert set(cases.values_list("entry_point", flat=True)) == set(EntryPoint.values)
    assert set(cases.values_list("status", flat=True)) == set(Status.values)
    # Issue 9: most older cases are resolved or closed; what is open is worked now.
    for days in (30, 90):
        old = cases.filter(created_at__lt=NOW - timedelta(days=days))
        assert old.exclude(status__in=OPEN_STATUSES).count() >= 0.9 * old.count(), days
    recent = cases.filter(created_at__gte=NOW - timedelta(days=7))
    assert recent.filter(status__in=OPEN_STATUSES).exists()


def test_every_escalation_has_a_step_inbound_words_and_a_created_event(seeded):
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
        # Raised, triaged and given three suggested people at least.
        assert case.events >= 5, case.reference


def test_dates_follow_the_workflow(seeded):
    for case in Escalation.objects.prefetch_related("timeline"):
        events = list(case.timeline.all())
        assert events[0].kind == "created" and events[0].at == case.created_at
        assert all(case.created_at <= e.at <= NOW for e in events), case.reference
        # What the sweeps recorded at seed's now is the desk checking, not work on the case:
        # it leaves `updated_at` (which the no-activity check reads) alone.
        worked = [e for e in events if not (e.at == NOW and e.actor_id is None)]
        assert case.updated_at == max(event.at for event in worked) < NOW
        assert (case.resolved_at is not None) == (case.status in ("resolved", "closed"))
        assert (case.closed_at is not None) == (case.status == "closed")
        if case.closed_at:
            assert case.created_at < case.resolved_at < case.closed_at
        statuses = [e.changes[0]["new"] for e in events if e.kind == "status"]
        assert (statuses[-1] if statuses else "New") == case.get_status_display()
    worked = Escalation.objects.exclude(status="new")
    assert worked.filter(owner__isnull=False).count() == worked.count()


def test_seeded_briefs_and_their_rows_pass_model_validation(seeded):
    for case in Escalation.objects.select_related("customer"):
        case.full_clean()
    for artifact in Artifact.objects.all():
        artifact.full_clean()


def test_queue_page_lists_seeded_cases_for_a_manager(seeded, client):
    client.login(username="manager", password="demo")
    response = client.get("/?view=all")
    assert response.status_code == 200
    page = response.content.decode()
    manager = User.objects.get(username="manager")
    # Sev-1 cases the manager neither raised nor holds a role on are hidden from them.
    visible = Escalation.objects.visible_to(manager).count()
    assert 0.75 * SEEDED < visible <= SEEDED
    assert f"{visible} escalations" in page
    newest = Escalation.objects.visible_to(manager).order_by("-created_at", "-id").first()
    assert newest.reference in page


# --- Roster, roles, approvals and updates (issue 8 item 9) ------------------------------------


def test_the_roster_holds_every_shipped_role_and_regional_roles_in_every_region(seeded):
    regions = set(Customer.objects.values_list("region", flat=True))
    for role in Role.objects.all():
        present = RosterEntry.objects.filter(role=role, away=False)
        assert present.exists(), role.name
        if role.regional:
            assert set(present.values_list("region", flat=True)) >= regions, role.name
    assert RosterEntry.objects.filter(away=True).count() == 1
    assert RosterEntry.objects.count() == len(ROSTER)
    away = RosterEntry.objects.get(away=True).person
    assert not Assignment.objects.filter(person=away).exists()


def test_every_open_case_has_one_current_holder_of_each_role(seeded):
    for case in Escalation.objects.open().prefetch_related("assignments"):
        holders = Counter(
            a.kind for a in case.assignments.all() if a.ended_at is None and a.status != "declined"
        )
        assert holders == dict.fromkeys(RoleKind.values, 1), case.reference
        owner = next(a for a in case.assignments.all() if a.kind == "owner" and not a.ended_at)
        assert case.owner_id == owner.person_id, case.reference
        # Acknowledged means the owner accepted; a new case's owner has not yet.
        assert (owner.status == "accepted") == (case.status != "new"), case.reference


def test_most_roles_are_accepted_some_pending(seeded):
    current = Assignment.objects.filter(ended_at=None, escalation__status__in=OPEN_STATUSES)
    statuses = Counter(current.values_list("status", flat=True))
    assert statuses["pending"] >= 3
    assert statuses["accepted"] >= 0.8 * sum(statuses.values())
    assert statuses["declined"] == 0  # every declined role was handed on
    accepted_events = TimelineEvent.objects.filter(
        kind=Kind.ASSIGNMENT, summary__contains="accepted"
    )
    assert accepted_events.count() == Assignment.objects.filter(status="accepted").count()


def test_a_declined_role_was_reassigned_with_a_warm_handoff_and_accepted(seeded):
    declined = Assignment.objects.filter(status="declined").select_related("next", "escalation")
    assert 1 <= declined.count() <= 5
    for old in declined:
        assert old.decline_reason and old.ended_at is not None
        new = old.next
        assert new.person_id != old.person_id and new.handoff_temperature == "warm"
        assert new.handoff_note and new.assigned_by.groups.filter(name="Support Manager").exists()
        assert new.status == "accepted"
        assert old.responded_at < new.assigned_at < new.responded_at <= NOW
        handoffs = old.escalation.timeline.filter(kind=Kind.REASSIGNMENT)
        assert any("warm" in e.summary and e.body == new.handoff_note for e in handoffs)


def test_approvals_proposed_by_the_owner_decided_either_way_and_one_pending(seeded):
    pending = Approval.objects.filter(status="pending").select_related("escalation")
    assert pending.count() == 1
    assert pending.get().escalation.status == Status.AWAITING_APPROVAL
    assert Escalation.objects.filter(status=Status.AWAITING_APPROVAL).count() == 1
    decided = Approval.objects.exclude(status="pending")
    assert decided.filter(status="approved").exists() and decided.filter(status="rejected").exists()
    for approval in Approval.objects.select_related("escalation"):
        case = approval.escalation
        owner = case.assignments.get(kind="owner", ended_at=None)
        assert approval.proposed_by_id == owner.person_id
        assert case.created_at <= approval.proposed_at <= NOW
        if approval.status != "pending":
            assert approval.decision_reason
            assert approval.decided_by_id != approval.proposed_by_id
            assert approval.proposed_at < approval.decided_at <= NOW
    assert TimelineEvent.objects.filter(kind=Kind.PROPOSAL).count() == Approval.objects.count()
    assert TimelineEvent.objects.filter(kind=Kind.DECISION).count() == decided.count()


def test_customer_updates_were_sent_by_the_comms_lead_from_templates(seeded):
    updates = CustomerUpdate.objects.select_related("interaction", "escalation__customer")
    assert updates.count() >= 100
    purposes = set(updates.values_list("template__purpose", flat=True))
    assert {"executive_first", "progress", "closure"} <= purposes
    for update in updates:
        case = update.escalation
        assert update.interaction.direction == "outbound"
        assert update.interaction.escalation_id == case.pk
        assert update.to_email == case.customer.primary_contact_email
        assert case.assignments.filter(
            kind="comms", person=update.sent_by, status="accepted"
        ).exists()
        body = update.interaction.body
        assert "{" not in body and "…" not in body, update.subject
        assert case.customer.primary_contact_name in body and case.reference in update.subject
        assert case.created_at < update.sent_at <= NOW
    assert TimelineEvent.objects.filter(kind=Kind.CUSTOMER_UPDATE).count() == updates.count()


def test_every_event_was_written_by_the_workflow(seeded):
    status_events = TimelineEvent.objects.filter(kind=Kind.STATUS)
    for event in status_events:
        assert event.changes and event.changes[0]["field"] == "status", event.summary
        assert not event.summary.startswith("Status:"), event.summary
    moves = Counter(e.changes[0]["new"] for e in status_events)
    # Each case reached its state by moves: one move into resolved per resolution.
    resolved = Escalation.objects.filter(status__in=("resolved", "closed"))
    assert moves["Resolved"] >= resolved.count()
    for case in resolved:
        assert case.resolution_summary, case.reference
        into = case.timeline.filter(kind=Kind.STATUS, summary__endswith="→ Resolved").last()
        assert case.resolution_summary in into.body
    suggested = Assignment.objects.filter(assigned_by=None).count()
    assert TimelineEvent.objects.filter(kind=Kind.ASSIGNMENT, actor=None).count() == suggested
    # A hand-off is a person's; the desk replacing its own unanswered suggestion (the sla
    # sweep's auto-escalation) is not one.
    handed_on = Assignment.objects.exclude(previous=None).exclude(assigned_by=None).count()
    assert TimelineEvent.objects.filter(kind=Kind.REASSIGNMENT).count() == handed_on


# --- Clocks and the bell at seed's now (issue 9 item 7) --------------------------------------


def case_states(case: Escalation) -> set[str]:
    """The case's clock states at NOW by the case columns (the lead's rule in issue 9): red once
    the nearest due instant has passed, amber once an amber instant has, paused while waiting
    on the customer, stalled when the stalled sweep marked it; green when none of these."""
    states = set()
    if case.sla_due_at is not None and case.sla_due_at <= NOW:
        states.add("red")
    elif case.sla_amber_at is not None and case.sla_amber_at <= NOW:
        states.add("amber")
    if case.sla_paused_at is not None:
        states.add("paused")
    if case.stalled_at is not None:
        states.add("stalled")
    return states or {"green"}


def used_share(clock: Clock) -> float:
    """How much of a running clock's window is used at NOW, in its own working time."""
    left = hours_for(clock.calendar).between(NOW, clock.due_at)
    return 1 - left / (clock.target_minutes * 60)


def test_open_cases_stand_in_every_clock_state_when_the_demo_is_loaded(seeded):
    open_cases = list(Escalation.objects.open())
    states = Counter(state for case in open_cases for state in case_states(case))
    for state in ("green", "amber", "red", "paused", "stalled"):
        assert states[state] >= 1, (state, states)
    # A queue a manager can work: what is breached is the minority of what is open.
    assert states["red"] <= len(open_cases) / 3, states
    assert states["green"] >= 3, states


def test_the_clock_rows_agree_with_the_states_and_the_issues_thresholds(seeded):
    seen = Counter()
    for case in Escalation.objects.open().prefetch_related("clocks__calendar__holidays"):
        running = [c for c in case.clocks.all() if c.due_at is not None]
        states = case_states(case)
        if "red" in states:
            assert any(c.due_at <= NOW for c in running), case.reference
        elif "amber" in states:
            # Amber: at least 75 % of a window used, none breached.
            assert any(0.75 <= used_share(c) < 1 for c in running), case.reference
        elif "paused" in states:
            assert case.status == Status.WAITING_ON_CUSTOMER, case.reference
            assert not running and any(c.paused_at for c in case.clocks.all()), case.reference
        else:
            # Green: every running clock under 75 % of its window.
            assert running and all(used_share(c) < 0.75 for c in running), case.reference
        for clock in running:
            seen[(clock.kind, clock.state(NOW), case.status == Status.NEW)] += 1
    # The issue's examples: an unacknowledged case past its acknowledge window and one at
    # 75 % of it; a resolve clock in amber; a customer update overdue.
    assert seen[("acknowledge", "red", True)] >= 1, seen
    assert seen[("acknowledge", "amber", True)] >= 1, seen
    assert seen[("resolve", "amber", False)] >= 1, seen
    assert seen[("update", "red", False)] >= 1, seen


def test_stalled_cases_include_an_assignment_past_its_answer_by_time(seeded):
    stalled = Escalation.objects.open().exclude(stalled_at=None)
    late = Assignment.objects.filter(
        escalation__in=stalled, ended_at=None, status="pending", respond_by__lte=NOW
    )
    assert late.exists()
    assert all(case.stalled_reason for case in stalled)


def test_older_cases_are_done_with_their_clocks_met_or_missed(seeded):
    done = Escalation.objects.filter(status__in=("resolved", "closed"))
    clocks = Clock.objects.filter(escalation__in=done)
    # Nothing runs on a done case; most met their windows, some missed.
    assert not clocks.filter(stopped_at=None).exists()
    resolve = clocks.filter(kind="resolve")
    assert resolve.filter(met=False).exists()
    assert resolve.filter(met=True).count() >= 0.5 * resolve.count()


def test_the_sweeps_ran_at_seed_now_and_the_summary_says_what_they_did(seeded):
    summary = seeded.strip().splitlines()[-1]
    found = re.search(
        r"sla_sweep (\d+) recorded, (\d+) notified, (\d+) escalated, "
        r"stalled_sweep (\d+) recorded, (\d+) notified, (\d+) escalated",
        summary,
    )
    assert found, summary
    sla_recorded, _n, escalated, stalled_recorded, _m, _e = map(int, found.groups())
    assert CheckEvent.objects.count() == sla_recorded + stalled_recorded
    assert set(CheckEvent.objects.values_list("at", flat=True)) == {NOW}
    # The unacknowledged outage was past its auto-escalation delay.
    assert escalated >= 1
    assert CheckEvent.objects.filter(kind="auto_escalated").count() == escalated


def test_the_demo_manager_finds_a_few_notifications_in_the_bell(seeded, client):
    manager = User.objects.get(username="manager")
    unread = Notification.objects.filter(recipient=manager).unread()
    assert 3 <= unread.count() <= 40
    client.login(username="manager", password="demo")
    page = client.get("/notifications/").content.decode()
    assert unread.order_by("-created_at", "-id").first().subject in page


# --- Close-outs (issue 10 items 1 and 6) ----------------------------------------------------


def test_every_closed_case_was_closed_with_its_closeout_and_no_other_has_one(seeded):
    closed = Escalation.objects.filter(status=Status.CLOSED)
    records = {r.escalation_id: r for r in CloseOut.objects.select_related("escalation")}
    assert set(records) == set(closed.values_list("pk", flat=True))
    assert len(records) >= 0.5 * SEEDED
    for case in closed.prefetch_related("assignments"):
        record = records[case.pk]
        owner = next(a for a in case.assignments.all() if a.kind == "owner" and not a.ended_at)
        assert record.closed_at == case.closed_at and record.closed_by_id == owner.person_id
        assert record.exit_criteria_met and record.resolution_summary == case.resolution_summary
        assert record.trigger.active and record.root_cause.active
        entry = case.timeline.get(kind=Kind.STATUS, summary="Resolved → Closed", at=case.closed_at)
        assert f"Root cause: {record.root_cause}" in entry.body, case.reference
        assert f"Trigger: {record.trigger}" in entry.body, case.reference


def test_within_sla_is_what_the_clocks_say_and_both_answers_occur(seeded):
    answers = Counter()
    for record in CloseOut.objects.select_related("escalation"):
        computed = sla_verdict(record.escalation, now=record.closed_at)
        assert record.within_sla == computed.within, record.escalation.reference
        answers[record.within_sla] += 1
    assert answers[True] > answers[False] > 0, answers


def test_closeouts_spread_over_triggers_and_root_causes_that_fit_each_story(seeded):
    records = list(CloseOut.objects.select_related("escalation", "trigger", "root_cause"))
    assert len({r.trigger.slug for r in records}) >= 6
    assert len({r.root_cause.slug for r in records}) >= 6
    avoidable = sum(r.avoidable for r in records)
    assert 0.2 * len(records) <= avoidable <= 0.8 * len(records)
    for record in records:
        case = record.escalation
        story = demo_closeouts.story_of(case.product_area, case.category, routine=False)
        routine = demo_closeouts.ROUTINE
        assert record.trigger.slug in {*story.triggers, *routine.triggers}, case.reference
        causes = {*story.causes, *routine.causes, *([] if record.within_sla else ["sla-breach"])}
        assert record.root_cause.slug in causes, case.reference


def _month_starts(now: datetime, count: int) -> list[datetime]:
    """The first instants of the `count` complete months before `now`, in the desk's zone."""
    local = timezone.localtime(now)
    start = local.replace(day=1, hour=0, minute=0, second=0, microsecond=0)
    months = []
    for _ in range(count + 1):
        months.append(start)
        start = (start - timedelta(days=1)).replace(day=1)
    return months[::-1]


def test_six_complete_months_of_closed_cases(seeded):
    starts = _month_starts(NOW, 6)
    for begin, end in zip(starts, starts[1:], strict=False):
        assert CloseOut.objects.filter(closed_at__gte=begin, closed_at__lt=end).exists(), begin


def test_the_last_complete_quarter_holds_a_systemic_problem(seeded):
    # NOW is 2026-11-01: the last complete quarter is 2026-Q3, July to September.
    zone = timezone.get_current_timezone()
    begin, end = datetime(2026, 7, 1, tzinfo=zone), datetime(2026, 10, 1, tzinfo=zone)
    in_quarter = CloseOut.objects.filter(
        closed_at__gte=begin,
        closed_at__lt=end,
        escalation__created_at__gte=begin,
    )
    by_cause = Counter(in_quarter.values_list("root_cause__slug", flat=True))
    assert by_cause.most_common(1)[0][1] >= 5, by_cause
