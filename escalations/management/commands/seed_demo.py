"""`manage.py seed_demo`: a realistic, deterministic demo desk in a few seconds.

0. With DEBUG off (production) it refuses, unless `--allow-production` is given: the users
   below have a known password.
1. Users (`agent`, `manager`, `executive`, `deskadmin` and a few colleagues, password `demo`)
   are fetched or created by username, each in its group.
2. The demo customers are fetched or created by name.
3. Escalations are created only when none of the demo customers has an escalation yet; that
   is the marker that makes a second run a no-op (it says so in its output).

Texts come from `escalations/demo_data.py`, combined with a `random.Random(seed)`, so the same
`--seed` and `--now` always build the same desk. Rows are written with `bulk_create` (the
timeline accepts new rows that way; only updates are refused).

`seed()` is the hook for later steps (e.g. triaging every seeded escalation): it returns the
ids of the escalations it created.
"""

from __future__ import annotations

import random
import time
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from decimal import Decimal
from typing import Any

from django.conf import settings
from django.contrib.auth.hashers import make_password
from django.contrib.auth.models import Group, User
from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify

from escalations import demo_data, demo_scenarios
from escalations.choices import (
    ArtifactKind,
    Category,
    Channel,
    Direction,
    EntryPoint,
    Status,
)
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

DEFAULT_SEED = 20261101
DEFAULT_ESCALATIONS = 400
HISTORY_DAYS = 182
CHUNK = 100  # escalations written (and reported) per batch

Kind = TimelineEvent.Kind

# Share of demo cases that are routine requests (how-to questions, wishes, cosmetic issues).
ROUTINE_SHARE = 0.15
CATEGORY_WEIGHTS = {
    Category.TECHNICAL: 40,
    Category.BILLING: 25,
    Category.COMPLIANCE: 15,
    Category.RELATIONSHIP: 20,
}
ENTRY_POINT_WEIGHTS = {
    EntryPoint.TICKET_FLAG: 25,
    EntryPoint.CSM: 22,
    EntryPoint.EXECUTIVE_EMAIL: 15,
    EntryPoint.CC_EXECUTIVE: 12,
    EntryPoint.AI_HANDOFF: 16,
    EntryPoint.SOCIAL_PUBLIC: 10,
}
# Bigger accounts raise more escalations, as they do in life.
TIER_WEIGHTS = {Tier.STRATEGIC: 3.0, Tier.ENTERPRISE: 2.0, Tier.MID_MARKET: 1.2, Tier.SMB: 0.6}
DISPUTE_RANGES = {
    Tier.STRATEGIC: (20_000, 250_000),
    Tier.ENTERPRISE: (5_000, 60_000),
    Tier.MID_MARKET: (800, 15_000),
    Tier.SMB: (90, 3_000),
}
# Final status by age of the case: old ones are mostly closed, fresh ones open.
STATUS_BY_AGE: tuple[tuple[float, dict[str, int]], ...] = (
    (1, {Status.NEW: 60, Status.ACKNOWLEDGED: 30, Status.DIAGNOSE: 10}),
    (
        7,
        {
            Status.NEW: 10,
            Status.ACKNOWLEDGED: 18,
            Status.DIAGNOSE: 28,
            Status.AWAITING_APPROVAL: 10,
            Status.EXECUTE: 12,
            Status.WAITING_ON_CUSTOMER: 10,
            Status.RESOLVED: 12,
        },
    ),
    (
        30,
        {
            Status.NEW: 2,
            Status.ACKNOWLEDGED: 6,
            Status.DIAGNOSE: 18,
            Status.AWAITING_APPROVAL: 10,
            Status.EXECUTE: 12,
            Status.WAITING_ON_CUSTOMER: 10,
            Status.RESOLVED: 25,
            Status.CLOSED: 17,
        },
    ),
    (
        90,
        {
            Status.DIAGNOSE: 5,
            Status.AWAITING_APPROVAL: 3,
            Status.EXECUTE: 4,
            Status.WAITING_ON_CUSTOMER: 3,
            Status.RESOLVED: 15,
            Status.CLOSED: 70,
        },
    ),
    (
        float("inf"),
        {Status.DIAGNOSE: 2, Status.WAITING_ON_CUSTOMER: 2, Status.RESOLVED: 6, Status.CLOSED: 90},
    ),
)
# The workflow's main road (DESIGN.md "Workflow"); side roads are added per case.
MAIN_ROAD = (
    Status.ACKNOWLEDGED,
    Status.DIAGNOSE,
    Status.AWAITING_APPROVAL,
    Status.EXECUTE,
    Status.RESOLVED,
    Status.CLOSED,
)
DONE = (Status.RESOLVED, Status.CLOSED)


@dataclass
class SeedSummary:
    """What one run created; `escalation_ids` is for steps that post-process the new cases."""

    users: int = 0
    customers: int = 0
    escalations: int = 0
    interactions: int = 0
    steps: int = 0
    artifacts: int = 0
    timeline_events: int = 0
    existing_escalations: int = 0
    triage_runs: int = 0
    overrides: int = 0
    feedback: int = 0
    escalation_ids: list[int] = field(default_factory=list)

    def line(self, seconds: float) -> str:
        text = (
            f"seed_demo: {self.users} users, {self.customers} customers, "
            f"{self.escalations:,} escalations ({self.interactions:,} interactions, "
            f"{self.steps:,} steps, {self.artifacts:,} artifacts, "
            f"{self.timeline_events:,} timeline events; {self.triage_runs:,} triaged, "
            f"{self.overrides} overrides, {self.feedback} feedback marks) created in {seconds:.1f} s"
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
    staff = _seed_users(summary)
    customers = _seed_customers(now, summary)
    existing = Escalation.objects.filter(customer__in=customers).count()
    if existing:
        summary.existing_escalations = existing
        stdout.write(f"  escalations: the demo customers already have {existing:,}; none added\n")
        return summary
    _seed_escalations(now, rng, staff, customers, escalations, stdout, summary)
    managers = list(User.objects.filter(groups__name="Support Manager").order_by("username"))
    triaged = triage_demo(summary.escalation_ids, rng=rng, managers=managers, stdout=stdout)
    summary.triage_runs = triaged["runs"]
    summary.overrides = triaged["overrides"]
    summary.feedback = triaged["feedback"]
    return summary


def _seed_users(summary: SeedSummary) -> dict[str, User]:
    groups = {group.name: group for group in Group.objects.all()}
    wanted = [row[0] for row in demo_data.STAFF]
    missing = set(wanted) - set(
        User.objects.filter(username__in=wanted).values_list("username", flat=True)
    )
    # Hash once, and only when someone is new: the default hasher takes ~0.3 s per call, and
    # every demo user shares the same documented password anyway.
    password = make_password(demo_data.DEMO_PASSWORD) if missing else ""
    staff = {}
    for username, first, last, group_name, is_staff in demo_data.STAFF:
        user, created = User.objects.get_or_create(
            username=username,
            defaults={
                "first_name": first,
                "last_name": last,
                "email": f"{username}@{demo_data.VENDOR_DOMAIN}",
                "is_staff": is_staff,
                "password": password,
            },
        )
        summary.users += created
        if group_name not in groups:
            raise CommandError(f"Group {group_name!r} is missing: run migrate first.")
        user.groups.add(groups[group_name])
        staff[username] = user
    return staff


def _seed_customers(now: datetime, summary: SeedSummary) -> list[Customer]:
    today = timezone.localdate(now)
    customers = []
    for name, arr, plan, region, renewal_in, since_days, sla, contact in demo_data.CUSTOMERS:
        customer, created = Customer.objects.get_or_create(
            name=name,
            defaults={
                "arr": Decimal(arr),
                "plan": plan,
                "region": region,
                "renewal_date": today + timedelta(days=renewal_in),
                "customer_since": today - timedelta(days=since_days),
                "sla_level": sla,
                "primary_contact_name": contact,
                "primary_contact_email": _email(contact, name),
            },
        )
        summary.customers += created
        customers.append(customer)
    return customers


def _email(person: str, company: str) -> str:
    local = slugify(person).replace("-", ".")
    return f"{local}@{slugify(company)}.example"


# --- Escalations -------------------------------------------------------------------------


@dataclass
class _Case:
    """One escalation and its rows, held until the batch is written."""

    escalation: Escalation
    interactions: list[Interaction] = field(default_factory=list)
    steps: list[TroubleshootingStep] = field(default_factory=list)
    artifacts: list[Artifact] = field(default_factory=list)
    events: list[TimelineEvent] = field(default_factory=list)


def _seed_escalations(
    now: datetime,
    rng: random.Random,
    staff: dict[str, User],
    customers: list[Customer],
    count: int,
    stdout,
    summary: SeedSummary,
) -> None:
    people = _People(staff)
    weights = [TIER_WEIGHTS[Tier(c.tier)] for c in customers]
    # Oldest first, so references (ESC-00001, ...) follow the order cases arrived in.
    created = sorted(_created_at(now, rng) for _ in range(count))
    for start in range(0, count, CHUNK):
        cases = [
            _build_case(now, rng, at, rng.choices(customers, weights)[0], people)
            for at in created[start : start + CHUNK]
        ]
        _write(cases, summary)
        stdout.write(f"  escalations {start + len(cases):,}/{count:,}\n")


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


class _People:
    def __init__(self, staff: dict[str, User]) -> None:
        self.creators = [staff["agent"], staff["priya.nair"], staff["tom.becker"]]
        self.managers = [staff["manager"], staff["lucia.fernandez"], staff["kenji.watanabe"]]
        self.owners = self.creators + self.managers


def _write(cases: list[_Case], summary: SeedSummary) -> None:
    escalations = Escalation.objects.bulk_create([case.escalation for case in cases])
    # Children were built against unsaved escalations; bulk_create copies the new ids in.
    interactions = [row for case in cases for row in case.interactions]
    steps = [row for case in cases for row in case.steps]
    artifacts = [row for case in cases for row in case.artifacts]
    events = [row for case in cases for row in case.events]
    Interaction.objects.bulk_create(interactions)
    TroubleshootingStep.objects.bulk_create(steps)
    Artifact.objects.bulk_create(artifacts)
    TimelineEvent.objects.bulk_create(events)
    summary.escalations += len(escalations)
    summary.escalation_ids.extend(e.pk for e in escalations)
    summary.interactions += len(interactions)
    summary.steps += len(steps)
    summary.artifacts += len(artifacts)
    summary.timeline_events += len(events)


def _pick(rng: random.Random, weights: dict) -> Any:
    return rng.choices(list(weights), list(weights.values()))[0]


def _person(rng: random.Random) -> str:
    return f"{rng.choice(demo_data.FIRST_NAMES)} {rng.choice(demo_data.LAST_NAMES)}"


def _name(user: User) -> str:
    return user.get_full_name() or user.username


def _context(rng: random.Random, created: datetime, customer: Customer) -> dict[str, Any]:
    """Every placeholder the fragments in demo_data may use."""
    return {
        "customer": customer.name,
        "product": demo_data.PRODUCT,
        "region": customer.region,
        "weekday": (created - timedelta(days=rng.randint(1, 6))).strftime("%A"),
        "month_name": (created - timedelta(days=rng.randint(20, 40))).strftime("%B"),
        "date": created.date().isoformat(),
        "days": rng.randint(3, 21),
        "hours": rng.randint(2, 9),
        "users": rng.choice((35, 80, 140, 260, 600, 1_200)),
        "pct": rng.choice((12, 18, 25, 30, 40)),
        "invoice": f"INV-{created.year}-{rng.randint(10_000, 99_999)}",
        "exec_title": rng.choice(demo_data.EXEC_TITLES),
        "pid": rng.randint(1_000, 40_000),
        "job": f"{rng.getrandbits(48):012x}",
        "acct": f"t-{rng.randint(1_000, 9_999)}",
        "n": rng.randint(1_000, 99_999),
    }


def _voice(rng: random.Random, tone: str, scenario: dict, ctx: dict) -> str:
    """The customer's words: the tone's opener, one or two complaints, the tone's closing."""
    phrases = demo_data.TONES[tone]
    complaints = rng.sample(scenario["complaints"], k=min(len(scenario["complaints"]), 2))
    middle = complaints[:1] if rng.random() < 0.5 else complaints
    text = " ".join([rng.choice(phrases["openers"]), *middle, rng.choice(phrases["closers"])])
    text = text.format_map(ctx)
    if tone == "shouting":
        return text.upper()
    if tone == "angry" and rng.random() < 0.25:
        # Angry writers sometimes shout one sentence; the triage engine scores capitals.
        first = middle[0].format_map(ctx)
        return text.replace(first, first.upper(), 1)
    return text


def _first_words(
    rng: random.Random, entry_point: str, tone: str, scenario: dict, ctx: dict, customer: Customer
) -> tuple[str, str, str]:
    """Contact, channel and body of the message that brought the case in."""
    body = _voice(rng, tone, scenario, ctx)
    contact = customer.primary_contact_name
    if entry_point == EntryPoint.EXECUTIVE_EMAIL:
        return f"{_person(rng)} ({ctx['exec_title']})", Channel.EMAIL, body
    if entry_point == EntryPoint.CC_EXECUTIVE:
        cc = f"{_person(rng)}, {ctx['exec_title']}"
        return contact, Channel.EMAIL, f"{body}\n\n(CC: {cc})"
    if entry_point == EntryPoint.CSM:
        return contact, rng.choice((Channel.CALL, Channel.MEETING)), body
    if entry_point == EntryPoint.TICKET_FLAG:
        return contact, Channel.TICKET, body
    if entry_point == EntryPoint.SOCIAL_PUBLIC:
        handle = slugify(contact).replace("-", "_")
        return f"{contact} (@{handle})", Channel.SOCIAL, f"@{demo_data.PRODUCT} {body}"
    transcript = (
        f"Customer: {body}\nAssistant: {rng.choice(demo_data.AI_LINES)}\n"
        f"Customer: {rng.choice(demo_data.HUMAN_PLEASE)}"
    )
    return contact, Channel.CHAT, transcript


def _final_status(rng: random.Random, age_days: float) -> str:
    for limit, weights in STATUS_BY_AGE:
        if age_days < limit:
            return _pick(rng, weights)
    raise AssertionError("unreachable: the last age limit is infinite")


def _road(rng: random.Random, final: str, needs_approval: bool, age_days: float) -> list[str]:
    """The statuses a case passed through after 'new', ending at `final`."""
    if final == Status.NEW:
        return []
    if final == Status.WAITING_ON_CUSTOMER:
        return [Status.ACKNOWLEDGED, Status.DIAGNOSE, Status.WAITING_ON_CUSTOMER]
    needs_approval = needs_approval or final == Status.AWAITING_APPROVAL
    road = [s for s in MAIN_ROAD if needs_approval or s != Status.AWAITING_APPROVAL]
    if rng.random() < 0.25:
        road.insert(road.index(Status.DIAGNOSE) + 1, Status.WAITING_ON_CUSTOMER)
    if final in (Status.DIAGNOSE, Status.EXECUTE) and age_days > 10 and rng.random() < 0.15:
        # Reopened: it was resolved once and came back.
        upto = road.index(Status.RESOLVED) + 1
        return [*road[:upto], final]
    return road[: road.index(final) + 1]


def _build_case(
    now: datetime, rng: random.Random, created: datetime, customer: Customer, people: _People
) -> _Case:
    tier = Tier(customer.tier)
    category = _pick(rng, CATEGORY_WEIGHTS)
    routine = rng.random() < ROUTINE_SHARE
    if routine:
        scenario = rng.choice(demo_scenarios.ROUTINE_SCENARIOS[category])
        entry_point = rng.choice((EntryPoint.CSM, EntryPoint.TICKET_FLAG))
        tone = "polite"
    else:
        scenario = rng.choice(demo_scenarios.SCENARIOS[category])
        entry_point = _pick(rng, ENTRY_POINT_WEIGHTS)
        tone = _pick(rng, demo_data.TONE_WEIGHTS[entry_point])
    if category == Category.COMPLIANCE and not routine and rng.random() < 0.3:
        tone = "legal"
    ctx = _context(rng, created, customer)
    low, high = DISPUTE_RANGES[tier]
    amount = Decimal(rng.randint(low * 100, high * 100)) / 100
    ctx["amount"] = f"${amount:,.2f}"

    creator = rng.choice(people.creators if rng.random() < 0.75 else people.managers)
    escalation = Escalation(
        customer=customer,
        title=rng.choice(scenario["titles"]).format_map(ctx)[:200],
        summary=scenario["summary"].format_map(ctx),
        entry_point=entry_point,
        category=category,
        product_area=scenario["area"],
        desired_outcome=scenario["outcome"],
        recommended_next_step=scenario["next_step"],
        target_team=demo_data.TARGET_TEAMS[category],
        created_by=creator,
        created_at=created,
    )
    if routine:
        amount = min(amount, Decimal("450.00"))  # a question about an invoice, not a dispute
    _fill_category_fields(rng, escalation, scenario, ctx, amount, routine=routine)
    if rng.random() < 0.5 and scenario.get("root_cause"):
        escalation.suspected_root_cause = scenario["root_cause"]
    if rng.random() < 0.6:
        ids = [f"ZD-{rng.randint(10_000, 99_999)}"]
        if category == Category.TECHNICAL and rng.random() < 0.6:
            ids.append(f"ENG-{rng.randint(1_000, 9_999)}")
        escalation.external_ticket_ids = ", ".join(ids)
    signals = demo_data.EMOTIONAL_SIGNALS[tone]
    if signals and rng.random() < 0.8:
        escalation.emotional_signals = rng.choice(signals)

    case = _Case(escalation)
    first_contact, channel, body = _first_words(rng, entry_point, tone, scenario, ctx, customer)
    case.interactions.append(
        Interaction(
            escalation=escalation,
            occurred_at=created - timedelta(minutes=rng.randint(10, 2 * 24 * 60)),
            channel=channel,
            direction=Direction.INBOUND,
            contact_name=first_contact,
            body=body,
            created_by=creator,
            created_at=created,
        )
    )
    if rng.random() < 0.25:
        # A second message at intake: the customer chased before anyone picked it up.
        case.interactions.append(
            Interaction(
                escalation=escalation,
                occurred_at=created - timedelta(minutes=rng.randint(1, 9)),
                channel=Channel.EMAIL,
                direction=Direction.INBOUND,
                contact_name=customer.primary_contact_name,
                body=_voice(rng, tone, scenario, ctx),
                created_by=creator,
                created_at=created,
            )
        )
    steps = rng.sample(scenario["steps"], k=rng.randint(1, min(4, len(scenario["steps"]))))
    at_intake = rng.randint(1, len(steps))
    for action, result in steps[:at_intake]:
        case.steps.append(
            TroubleshootingStep(
                escalation=escalation,
                action=action.format_map(ctx),
                result=result.format_map(ctx),
                performed_at=created - timedelta(minutes=rng.randint(30, 600)),
                created_by=creator,
                created_at=created,
            )
        )
    case.events.append(
        TimelineEvent(
            escalation=escalation,
            at=created,
            actor=creator,
            kind=Kind.CREATED,
            summary=(
                f"Escalation raised for {customer} ({escalation.get_category_display().lower()}, "
                f"via {escalation.get_entry_point_display()})"
            ),
            body=escalation.summary,
        )
    )
    _live(now, rng, case, scenario, ctx, people, steps[at_intake:], category)
    return case


def _fill_category_fields(
    rng: random.Random,
    escalation: Escalation,
    scenario: dict,
    ctx: dict,
    amount: Decimal,
    *,
    routine: bool = False,
) -> None:
    category = escalation.category
    if category == Category.TECHNICAL:
        mobile = scenario["area"] == "Mobile app"
        escalation.environment = (
            demo_data.ENVIRONMENTS[-1] if mobile else rng.choice(demo_data.ENVIRONMENTS[:-1])
        )
        escalation.reproduction_steps = scenario["repro"].format_map(ctx)
        if scenario.get("outage") and rng.random() < 0.5:
            escalation.refund_amount = amount  # an SLA credit for the outage
    elif category == Category.BILLING:
        escalation.invoice_reference = ctx["invoice"]
        escalation.amount_in_dispute = amount
        if not routine and rng.random() < 0.55:
            escalation.refund_amount = (
                amount if rng.random() < 0.7 else (amount / 2).quantize(Decimal("0.01"))
            )
    elif category == Category.COMPLIANCE:
        escalation.regulation_concerned = rng.choice(scenario["regulations"])
    if routine:
        return
    if (scenario.get("policy_exception") and rng.random() < 0.7) or rng.random() < 0.04:
        escalation.policy_exception_requested = True


def _live(
    now: datetime,
    rng: random.Random,
    case: _Case,
    scenario: dict,
    ctx: dict,
    people: _People,
    later_steps: list[tuple[str, str]],
    category: str,
) -> None:
    """What happened to the case after intake: status changes, owner, words, notes, files."""
    escalation = case.escalation
    created = escalation.created_at
    age_days = (now - created).total_seconds() / 86_400
    final = _final_status(rng, age_days)
    needs_approval = (
        escalation.refund_amount is not None
        or escalation.policy_exception_requested
        or rng.random() < 0.2
    )
    road = _road(rng, final, needs_approval, age_days)

    available = now - created - timedelta(minutes=1)
    if final in DONE:
        span = min(available, timedelta(hours=rng.uniform(3, 24 * 18)))
    else:
        span = available * rng.uniform(0.4, 0.97)
    # Acknowledgement comes within hours; later steps spread over the rest of the span.
    ack = min(span / 2, timedelta(minutes=rng.uniform(5, 8 * 60)))
    fractions = sorted(rng.random() for _ in road[1:])
    if fractions and final in DONE:
        fractions[-1] = 1.0
    offsets = [ack] + [ack + (span - ack) * f for f in fractions] if road else []
    moments = [created + offset + timedelta(seconds=i + 1) for i, offset in enumerate(offsets)]
    # Words, notes, steps and files happen while the case is being worked, before resolution.
    resolved_moment = next(
        (m for s, m in zip(road, moments, strict=True) if s == Status.RESOLVED), None
    )
    work_end = resolved_moment if final in DONE and resolved_moment else created + span

    def during() -> datetime:
        return created + (work_end - created) * rng.uniform(0.05, 0.98)

    owner = None
    if rng.random() < (0.2 if final == Status.NEW else 0.93):
        owner = rng.choice(people.owners)
        assigned_at = moments[0] - timedelta(minutes=1) if moments else during()
        assigned_at = max(assigned_at, created + timedelta(seconds=1))
        case.events.append(
            TimelineEvent(
                escalation=escalation,
                at=assigned_at,
                actor=rng.choice(people.managers),
                kind=Kind.ASSIGNMENT,
                summary=f"Owner: {_name(owner)}",
                changes=[{"field": "owner", "label": "owner", "old": "", "new": _name(owner)}],
            )
        )
    escalation.owner = owner
    worker = owner or escalation.created_by

    previous = Status.NEW
    for status, moment in zip(road, moments, strict=True):
        old_label, new_label = Status(previous).label, Status(status).label
        reopened = previous == Status.RESOLVED and status not in DONE
        case.events.append(
            TimelineEvent(
                escalation=escalation,
                at=moment,
                actor=worker,
                kind=Kind.STATUS,
                summary=f"Status: {old_label} → {new_label}" + (" (reopened)" if reopened else ""),
                changes=[
                    {"field": "status", "label": "status", "old": old_label, "new": new_label}
                ],
            )
        )
        escalation.reopened_count += reopened
        if status == Status.RESOLVED:
            escalation.resolved_at = moment
        if status == Status.CLOSED:
            escalation.closed_at = moment
        previous = status
    escalation.status = final
    if final not in DONE:
        escalation.resolved_at = None

    # Later words: the desk replies, the customer chases (or thanks once it is fixed).
    room = 5 - len(case.interactions)
    later = rng.randint(0, min(3, room)) if final != Status.NEW else rng.randint(0, min(1, room))
    times = sorted(during() for _ in range(later))
    first_name = escalation.customer.primary_contact_name.split()[0]
    for index, moment in enumerate(times):
        outbound = index % 2 == 0 and final != Status.NEW
        if outbound:
            body = rng.choice(demo_data.OUTBOUND).format_map(
                {
                    "first": first_name,
                    "update": rng.choice(demo_data.UPDATES[category]),
                    "next_update": (moment + timedelta(days=1)).strftime("%A %H:%M UTC"),
                }
            )
        elif final in DONE and index == len(times) - 1:
            body = rng.choice(demo_data.THANKS)
        else:
            body = rng.choice(demo_data.CHASERS).format_map(ctx)
        _add_interaction(case, moment, worker, outbound, body, rng)

    for action, result in later_steps:
        moment = during()
        step = TroubleshootingStep(
            escalation=escalation,
            action=action.format_map(ctx),
            result=result.format_map(ctx),
            performed_at=moment,
            created_by=worker,
            created_at=moment,
        )
        case.steps.append(step)
        case.events.append(
            TimelineEvent(
                escalation=escalation,
                at=moment,
                actor=worker,
                kind=Kind.STEP,
                summary=f"Tried: {step.action[:120]}",
                body=f"Result: {step.result}",
            )
        )

    for _ in range(rng.choice((0, 1, 1, 2, 3)) if final != Status.NEW else 0):
        pool = demo_data.NOTES[category] + demo_data.NOTES["any"]
        case.events.append(
            TimelineEvent(
                escalation=escalation,
                at=during(),
                actor=rng.choice([worker, *people.managers]),
                kind=Kind.NOTE,
                summary="Internal note",
                body=rng.choice(pool).format_map(ctx),
            )
        )

    _add_artifacts(rng, case, scenario, ctx, worker, during, category)
    escalation.updated_at = max(event.at for event in case.events)


def _add_interaction(
    case: _Case, moment: datetime, by: User, outbound: bool, body: str, rng: random.Random
) -> None:
    escalation = case.escalation
    contact = escalation.customer.primary_contact_name
    channel = Channel.EMAIL if rng.random() < 0.75 else Channel.CALL
    case.interactions.append(
        Interaction(
            escalation=escalation,
            occurred_at=moment - timedelta(minutes=rng.randint(0, 30)),
            channel=channel,
            direction=Direction.OUTBOUND if outbound else Direction.INBOUND,
            contact_name=contact,
            body=body,
            created_by=by,
            created_at=moment,
        )
    )
    direction = "to" if outbound else "from"
    case.events.append(
        TimelineEvent(
            escalation=escalation,
            at=moment,
            actor=by,
            kind=Kind.INTERACTION,
            summary=f"{Channel(channel).label} {direction} {contact}",
            body=body,
        )
    )


def _add_artifacts(
    rng: random.Random,
    case: _Case,
    scenario: dict,
    ctx: dict,
    by: User,
    during,
    category: str,
) -> None:
    wanted = []
    if scenario.get("log") and rng.random() < 0.5:
        wanted.append((ArtifactKind.LOG, f"{scenario['area']} log excerpt", "", scenario["log"]))
    if rng.random() < 0.35:
        label, url = rng.choice(demo_data.LINKS[category])
        kind = ArtifactKind.SCREENSHOT if url.endswith(".mp4") else ArtifactKind.LINK
        wanted.append((kind, label, url, ""))
    for kind, label, url, content in wanted:
        moment = during()
        artifact = Artifact(
            escalation=case.escalation,
            kind=kind,
            label=label,
            url=url.format_map(ctx),
            content=content.format_map(ctx),
            created_by=by,
            created_at=moment,
        )
        case.artifacts.append(artifact)
        case.events.append(
            TimelineEvent(
                escalation=case.escalation,
                at=moment,
                actor=by,
                kind=Kind.ARTIFACT,
                summary=f"{artifact.get_kind_display()} added: {label}",
                body=artifact.url,
            )
        )
