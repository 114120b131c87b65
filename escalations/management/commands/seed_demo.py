"""`manage.py seed_demo`: a realistic, deterministic demo desk, worked through the workflow.

0. With DEBUG off (production) it refuses, unless `--allow-production` is given: the users
   below have a known password.
1. Users (`agent`, `manager`, `executive`, `deskadmin`, colleagues and the people on the
   roster, password `demo`) are fetched or created by username, each in its group
   (escalations/demo_people.py); the roster gives every role the matrix ships a holder, and
   regional roles one in every region (escalations/demo_roster.py).
2. The demo customers are fetched or created by name.
3. Escalations are created only when none of the demo customers has an escalation yet; that
   is the marker that makes a second run a no-op (it says so in its output). Each case is
   drafted (escalations/demo_briefs.py), raised through `workflow.raise_escalation` and then
   lived through the workflow at plausible instants before `--now` (escalations/demo_work.py):
   the matrix's three people accept (a few decline and are replaced warm), the case moves
   through its states, approvals are proposed and decided, the comms lead writes from the
   update templates. Finally managers override and mark some triage (escalations/demo_triage.py).

Texts come from `escalations/demo_data.py` and `demo_scenarios.py`, combined with a
`random.Random(seed)`, so the same `--seed` and `--now` always build the same desk.
E-mail to the (invented, `.example`) customers goes through Django's mail machinery into the
in-memory backend, never to the configured one: a console backend would print hundreds of
messages, an SMTP one would try to deliver them.
"""

from __future__ import annotations

import random
import time
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.db import transaction
from django.db.models import Count
from django.test.utils import override_settings
from django.utils import timezone

from escalations import demo_work
from escalations.demo_briefs import draft
from escalations.demo_people import Cast, seed_customers, seed_users
from escalations.demo_roster import seed_roster
from escalations.demo_triage import triage_demo
from escalations.models import (
    Artifact,
    Customer,
    Escalation,
    Interaction,
    TimelineEvent,
    TroubleshootingStep,
)
from escalations.tiers import Tier
from matrix.models import Approval, Assignment, CustomerUpdate

DEFAULT_SEED = 20261101
DEFAULT_ESCALATIONS = 400
HISTORY_DAYS = 182
CHUNK = 100  # escalations reported per progress line
MEMORY_EMAIL = "django.core.mail.backends.locmem.EmailBackend"

# Bigger accounts raise more escalations, as they do in life.
TIER_WEIGHTS = {Tier.STRATEGIC: 3.0, Tier.ENTERPRISE: 2.0, Tier.MID_MARKET: 1.2, Tier.SMB: 0.6}


@dataclass
class SeedSummary:
    """What one run created; `escalation_ids` is for steps that post-process the new cases."""

    users: int = 0
    customers: int = 0
    roster: int = 0
    escalations: int = 0
    interactions: int = 0
    steps: int = 0
    artifacts: int = 0
    timeline_events: int = 0
    existing_escalations: int = 0
    triage_runs: int = 0
    overrides: int = 0
    feedback: int = 0
    assignments: dict[str, int] = field(default_factory=dict)
    approvals: dict[str, int] = field(default_factory=dict)
    customer_updates: int = 0
    escalation_ids: list[int] = field(default_factory=list)

    def line(self, seconds: float) -> str:
        roles = self.assignments
        text = (
            f"seed_demo: {self.users} users, {self.customers} customers, "
            f"{self.escalations:,} escalations ({self.interactions:,} interactions, "
            f"{self.steps:,} steps, {self.artifacts:,} artifacts, "
            f"{self.timeline_events:,} timeline events; {self.triage_runs:,} triaged, "
            f"{self.overrides} overrides, {self.feedback} feedback marks; "
            f"{self.roster} roster entries, {sum(roles.values()):,} role assignments "
            f"({roles.get('accepted', 0):,} accepted, {roles.get('pending', 0):,} pending, "
            f"{roles.get('declined', 0):,} declined), "
            f"{sum(self.approvals.values()):,} approvals "
            f"({self.approvals.get('pending', 0):,} pending), "
            f"{self.customer_updates:,} customer updates) created in {seconds:.1f} s"
        )
        if self.existing_escalations:
            text += (
                f"; escalations skipped: the demo customers already have "
                f"{self.existing_escalations:,}"
            )
        return text


class Command(BaseCommand):
    help = "Create demo users (password 'demo'), customers and escalations. Safe to run twice."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--now",
            help="The instant the demo history ends at, ISO 8601 (default: the current time).",
        )
        parser.add_argument(
            "--seed", type=int, default=DEFAULT_SEED, help="Random seed (default: fixed)."
        )
        parser.add_argument(
            "--escalations",
            type=int,
            default=DEFAULT_ESCALATIONS,
            help=f"How many escalations to create (default {DEFAULT_ESCALATIONS}).",
        )
        parser.add_argument(
            "--if-empty",
            action="store_true",
            help="Do nothing when the database already holds any escalation (used by make run).",
        )
        parser.add_argument(
            "--allow-production",
            action="store_true",
            help="Seed even with DEBUG off, for a throwaway demo site (the users' password is 'demo').",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        # DEBUG off is how the desk runs in production (settings.py); demo users there would be
        # accounts anyone can sign in to, one of them staff.
        if not settings.DEBUG and not options["allow_production"]:
            raise CommandError(
                "seed_demo refuses to run with DEBUG off: it creates demo users with the known "
                "password 'demo', among them the staff user 'deskadmin', so anyone could sign in. "
                "Run it with DEBUG=1 (make run does), or pass --allow-production if this really "
                "is a throwaway demo site."
            )
        now = parse_now(options["now"])
        if options["escalations"] < 0:
            raise CommandError("--escalations must be zero or more.")
        if options["if_empty"] and Escalation.objects.exists():
            self.stdout.write("seed_demo: the database already holds escalations; left as is.")
            return
        started = time.perf_counter()
        # The updates are sent when seed()'s transaction commits, still inside this block.
        with override_settings(EMAIL_BACKEND=MEMORY_EMAIL):
            summary = seed(
                now,
                rng=random.Random(options["seed"]),
                stdout=self.stdout,
                escalations=options["escalations"],
            )
        self.stdout.write(summary.line(time.perf_counter() - started))


def parse_now(value: str | None) -> datetime:
    if not value:
        return timezone.now()
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError as error:
        raise CommandError(f"--now must be an ISO 8601 date and time: {error}") from error
    if timezone.is_naive(parsed):
        # A bare local time means the desk's own time zone, never the machine's.
        parsed = timezone.make_aware(parsed)
    return parsed


@transaction.atomic
def seed(
    now: datetime,
    *,
    rng: random.Random,
    stdout,
    escalations: int = DEFAULT_ESCALATIONS,
) -> SeedSummary:
    """Create what is missing of the demo desk as it would look at `now`."""
    summary = SeedSummary()
    cast, summary.users = seed_users()
    customers, summary.customers = seed_customers(now)
    summary.roster = seed_roster(cast)
    existing = Escalation.objects.filter(customer__in=customers).count()
    if existing:
        summary.existing_escalations = existing
        stdout.write(f"  escalations: the demo customers already have {existing:,}; none added\n")
        return summary
    _seed_escalations(now, rng, cast, customers, escalations, stdout, summary)
    triaged = triage_demo(summary.escalation_ids, rng=rng, managers=cast.managers, stdout=stdout)
    summary.triage_runs = triaged["runs"]
    summary.overrides = triaged["overrides"]
    summary.feedback = triaged["feedback"]
    _count(summary, Escalation.objects.filter(customer__in=customers))
    return summary


def _seed_escalations(
    now: datetime,
    rng: random.Random,
    cast: Cast,
    customers: list[Customer],
    count: int,
    stdout,
    summary: SeedSummary,
) -> None:
    weights = [TIER_WEIGHTS[Tier(c.tier)] for c in customers]
    # Oldest first, so references (ESC-00001, ...) follow the order cases arrived in, and each
    # case is triaged knowing the account's earlier cases.
    created = sorted(_created_at(now, rng) for _ in range(count))
    drafts = []
    for at in created:
        creator = rng.choice(cast.creators if rng.random() < 0.75 else cast.managers)
        drafts.append(draft(rng, at, rng.choices(customers, weights)[0], creator))
    finals = [demo_work.final_status(rng, demo_work.age_in_days(d, now)) for d in drafts]
    specials = demo_work.choose_specials(rng, drafts, finals, now)
    plans = [
        demo_work.plan(now, rng, d, final, special, cast)
        for d, final, special in zip(drafts, finals, specials, strict=True)
    ]
    desk = demo_work.Desk.load(cast)
    for number, case_plan in enumerate(plans, start=1):
        case = demo_work.live(case_plan, desk, rng)
        summary.escalation_ids.append(case.pk)
        if number % CHUNK == 0 or number == count:
            stdout.write(f"  escalations {number:,}/{count:,}\n")


def _created_at(now: datetime, rng: random.Random) -> datetime:
    # Skewed towards the present (volume grows, and a demo queue needs live cases): about a
    # quarter of the cases fall in the last 30 days, a tenth in the last week.
    day = now - timedelta(days=HISTORY_DAYS * rng.random() ** 1.4)
    # Most escalations arrive in (someone's) working hours.
    at = day.replace(
        hour=rng.choice((7, 8, 9, 9, 10, 10, 11, 12, 13, 14, 14, 15, 16, 17, 18, 21)),
        minute=rng.randrange(60),
        second=rng.randrange(60),
        microsecond=0,
    )
    if at >= now:
        at = now - timedelta(minutes=rng.randint(5, 300))
    return at


def _count(summary: SeedSummary, cases) -> None:
    """What the seeded cases hold, counted once at the end (the workflow wrote it all)."""
    summary.escalations = cases.count()
    summary.interactions = Interaction.objects.filter(escalation__in=cases).count()
    summary.steps = TroubleshootingStep.objects.filter(escalation__in=cases).count()
    summary.artifacts = Artifact.objects.filter(escalation__in=cases).count()
    summary.timeline_events = TimelineEvent.objects.filter(escalation__in=cases).count()
    summary.customer_updates = CustomerUpdate.objects.filter(escalation__in=cases).count()
    summary.assignments = _by_status(Assignment.objects.filter(escalation__in=cases))
    summary.approvals = _by_status(Approval.objects.filter(escalation__in=cases))


def _by_status(rows) -> dict[str, int]:
    return dict(rows.values_list("status").annotate(n=Count("pk")).order_by())
