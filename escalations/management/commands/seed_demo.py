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
   update templates. Every open case plays a clock state at `--now` — green, amber, red,
   paused, stalled (escalations/demo_plays.py, escalations/demo_scenarios/clock_plays.py); the
   others are resolved or closed, most within their windows, the closed ones through the close
   event with a close-out that fits their story (escalations/demo_closeouts.py), so six months
   of closed cases and a quarter with a systemic root cause are there for the reports.
   Managers override and mark some triage (escalations/demo_triage.py).
4. Finally the desk's own sweeps run once at `--now` (matrix.tasks.sla_sweep and
   stalled_sweep): breaches, amber warnings, auto-escalations and stalls are recorded and the
   people concerned, the manager on duty first, find them in their bell.

Texts come from `escalations/demo_data.py` and `demo_scenarios/`, combined with a
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
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.db import transaction
from django.db.models import Count
from django.test.utils import override_settings

from escalations import demo_work
from escalations.demo_briefs import draft
from escalations.demo_people import Cast, seed_customers, seed_users
from escalations.demo_plays import Play, cast_plays, raised_at, script
from escalations.demo_roster import seed_roster
from escalations.demo_triage import triage_demo
from escalations.management.now import parse_now
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
from matrix.tasks import sla_sweep, stalled_sweep

DEFAULT_SEED = 20261101
DEFAULT_ESCALATIONS = 400
HISTORY_DAYS = 182
CHUNK = 100  # escalations reported per progress line
FOLLOW_UP_SHOWN = timedelta(days=1)  # follow-ups due this recently are left for the sweep
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
    plays: dict[int, Play] = field(default_factory=dict)  # the open cases by id, and their play
    sla_sweep: dict[str, int] = field(default_factory=dict)
    stalled_sweep: dict[str, int] = field(default_factory=dict)

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
        if self.sla_sweep:
            text += f"; swept at its now: sla_sweep {_tally(self.sla_sweep)}, "
            text += f"stalled_sweep {_tally(self.stalled_sweep)}"
        if self.existing_escalations:
            text += (
                f"; escalations skipped: the demo customers already have "
                f"{self.existing_escalations:,}"
            )
        return text


def _tally(counts: dict[str, int]) -> str:
    return ", ".join(f"{counts[key]:,} {key}" for key in ("recorded", "notified", "escalated"))


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
        # A bare local time means the desk's own time zone, never the machine's.
        now = parse_now(options["now"], naive_is_local=True)
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
        # The reports' demo at the same instant: action items for the systemic problems, last
        # month's snapshot. By name: nothing imports reports (DESIGN.md "Layers"). Before the
        # summary, which stays the last line.
        production = ["--allow-production"] if options["allow_production"] else []
        call_command("seed_report_demo", "--now", now.isoformat(), *production, stdout=self.stdout)
        self.stdout.write(summary.line(time.perf_counter() - started))


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
    triaged = triage_demo(
        summary.escalation_ids,
        rng=rng,
        managers=cast.managers,
        stdout=stdout,
        timed=set(summary.plays),
    )
    summary.triage_runs = triaged["runs"]
    summary.overrides = triaged["overrides"]
    summary.feedback = triaged["feedback"]
    cases = Escalation.objects.filter(customer__in=customers)
    _follow_ups_done(cases, now)
    # The desk's own checks at `now`, as the schedules run them under make run: breaches, amber
    # warnings, auto-escalations and stalls are recorded once and told to the people on the
    # case and the manager on duty, so the bell is not empty on the first login.
    summary.sla_sweep = sla_sweep(now)
    summary.stalled_sweep = stalled_sweep(now)
    _count(summary, cases)
    return summary


def _follow_ups_done(cases, now: datetime) -> int:
    """The CSMs made the post-closure follow-ups that fell due before the last day.

    The desk has no action that records a follow-up yet, and the stalled sweep tells the
    manager on duty about every follow-up due; without this the bell would hold one item for
    each case closed in the demo's six months. Those of the last day stay due, as they would
    on a desk that is worked every day.
    """
    return cases.filter(follow_up_due_at__lt=now - FOLLOW_UP_SHOWN).update(follow_up_due_at=None)


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
    # Every open case plays a clock state (escalations/demo_plays.py); the rest are done.
    plays = cast_plays(count)
    arrivals: list[tuple[datetime, Play | None]] = [
        *((raised_at(p, now, rng), p) for p in plays),
        *((_created_at(now, rng), None) for _ in range(count - len(plays))),
    ]
    # Oldest first, so references (ESC-00001, ...) follow the order cases arrived in, and each
    # case is triaged knowing the account's earlier cases.
    arrivals.sort(key=lambda arrival: arrival[0])
    drafts = []
    for at, play in arrivals:
        creator = rng.choice(cast.creators if rng.random() < 0.75 else cast.managers)
        if play is not None and play.creator:
            creator = cast[play.creator]
        area = play.area if play is not None else ""
        drafts.append(draft(rng, at, rng.choices(customers, weights)[0], creator, area=area))
    done = [i for i, (_at, play) in enumerate(arrivals) if play is None]
    chosen = demo_work.choose_specials(rng, [drafts[i] for i in done], now)
    specials = dict(zip(done, chosen, strict=True))
    desk = demo_work.Desk.load(cast)
    for number, ((_at, play), case_draft) in enumerate(zip(arrivals, drafts, strict=True), 1):
        # Raised first: what happens next is timed from the windows triage gave the case.
        case = demo_work.raise_draft(case_draft, desk)
        if play is None:
            final = demo_work.final_status(rng, demo_work.age_in_days(case_draft, now))
            windows = demo_work.windows(case, desk)
            special = specials[number - 1]
            events = demo_work.plan(now, rng, case_draft, final, special, cast, windows).events
        else:
            events = script(play, case, case_draft, now=now, rng=rng, desk=desk)
            summary.plays[case.pk] = play
        demo_work.perform(case, events, desk, rng)
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
