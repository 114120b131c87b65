"""What an agent types when a demo case is raised: the brief, what was tried, the customer's words.

Pure: unsaved model instances built from `demo_data` and `demo_scenarios` with a seeded
`random.Random`; nothing touches the database. `demo_work` raises each draft through the
workflow and then lives the rest of its story.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from decimal import Decimal
from typing import Any

from django.contrib.auth.models import User
from django.utils.text import slugify

from . import demo_data, demo_scenarios
from .choices import Category, Channel, Direction, EntryPoint
from .models import Customer, Escalation, Interaction, TroubleshootingStep
from .tiers import Tier

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
DISPUTE_RANGES = {
    Tier.STRATEGIC: (20_000, 250_000),
    Tier.ENTERPRISE: (5_000, 60_000),
    Tier.MID_MARKET: (800, 15_000),
    Tier.SMB: (90, 3_000),
}


@dataclass
class Draft:
    """One case as it arrives, and the story material for the rest of its life."""

    brief: Escalation
    steps: list[TroubleshootingStep]
    interactions: list[Interaction]
    scenario: dict
    ctx: dict[str, Any]
    later_steps: list[tuple[str, str]] = field(default_factory=list)

    @property
    def created(self) -> datetime:
        return self.brief.created_at


def pick(rng: random.Random, weights: dict) -> Any:
    return rng.choices(list(weights), list(weights.values()))[0]


def draft(
    rng: random.Random,
    created: datetime,
    customer: Customer,
    creator: User,
    *,
    area: str = "",
) -> Draft:
    """The brief of one case raised at `created` by `creator`, complete as intake demands.

    `area` asks for the (non-routine) scenario of that product area: a clock-state play
    (escalations/demo_plays.py) that needs a Sev-1 picks an outage or a security incident,
    whose impact floor makes it Sev-1 whatever the score.
    """
    tier = Tier(customer.tier)
    category = pick(rng, CATEGORY_WEIGHTS)
    routine = rng.random() < ROUTINE_SHARE
    if area:
        category, scenario = scenario_of(area)
        entry_point = pick(rng, ENTRY_POINT_WEIGHTS)
        tone = pick(rng, demo_data.TONE_WEIGHTS[entry_point])
        routine = False
    elif routine:
        scenario = rng.choice(demo_scenarios.ROUTINE_SCENARIOS[category])
        entry_point = rng.choice((EntryPoint.CSM, EntryPoint.TICKET_FLAG))
        tone = "polite"
    else:
        scenario = rng.choice(demo_scenarios.SCENARIOS[category])
        entry_point = pick(rng, ENTRY_POINT_WEIGHTS)
        tone = pick(rng, demo_data.TONE_WEIGHTS[entry_point])
    if category == Category.COMPLIANCE and not routine and rng.random() < 0.3:
        tone = "legal"
    ctx = _context(rng, created, customer)
    low, high = DISPUTE_RANGES[tier]
    amount = Decimal(rng.randint(low * 100, high * 100)) / 100
    ctx["amount"] = f"${amount:,.2f}"

    brief = Escalation(
        customer=customer,
        title=rng.choice(scenario["titles"]).format_map(ctx)[:200],
        summary=scenario["summary"].format_map(ctx),
        entry_point=entry_point,
        category=category,
        product_area=scenario["area"],
        desired_outcome=scenario["outcome"],
        recommended_next_step=scenario["next_step"],
        target_team=demo_data.TARGET_TEAMS[category],
        created_at=created,
    )
    if routine:
        amount = min(amount, Decimal("450.00"))  # a question about an invoice, not a dispute
    _fill_category_fields(rng, brief, scenario, ctx, amount, routine=routine)
    if rng.random() < 0.5 and scenario.get("root_cause"):
        brief.suspected_root_cause = scenario["root_cause"]
    if rng.random() < 0.6:
        ids = [f"ZD-{rng.randint(10_000, 99_999)}"]
        if category == Category.TECHNICAL and rng.random() < 0.6:
            ids.append(f"ENG-{rng.randint(1_000, 9_999)}")
        brief.external_ticket_ids = ", ".join(ids)
    signals = demo_data.EMOTIONAL_SIGNALS[tone]
    if signals and rng.random() < 0.8:
        brief.emotional_signals = rng.choice(signals)

    first_contact, channel, body = _first_words(rng, entry_point, tone, scenario, ctx, customer)
    interactions = [
        Interaction(
            occurred_at=created - timedelta(minutes=rng.randint(10, 2 * 24 * 60)),
            channel=channel,
            direction=Direction.INBOUND,
            contact_name=first_contact,
            body=body,
        )
    ]
    if rng.random() < 0.25:
        # A second message at intake: the customer chased before anyone picked it up.
        interactions.append(
            Interaction(
                occurred_at=created - timedelta(minutes=rng.randint(1, 9)),
                channel=Channel.EMAIL,
                direction=Direction.INBOUND,
                contact_name=customer.primary_contact_name,
                body=voice(rng, tone, scenario, ctx),
            )
        )
    tried = rng.sample(scenario["steps"], k=rng.randint(1, min(4, len(scenario["steps"]))))
    at_intake = rng.randint(1, len(tried))
    steps = [
        TroubleshootingStep(
            action=action.format_map(ctx),
            result=result.format_map(ctx),
            performed_at=created - timedelta(minutes=rng.randint(30, 600)),
        )
        for action, result in tried[:at_intake]
    ]
    later = [(a.format_map(ctx), r.format_map(ctx)) for a, r in tried[at_intake:]]
    # Whoever raised it is the brief's author; the workflow stamps it again on the rows.
    brief.created_by = creator
    return Draft(brief, steps, interactions, scenario, ctx, later)


def scenario_of(area: str) -> tuple[str, dict]:
    """The category and non-routine scenario of a product area."""
    for category, scenarios in demo_scenarios.SCENARIOS.items():
        for scenario in scenarios:
            if scenario["area"] == area:
                return category, scenario
    raise LookupError(f"No demo scenario covers the product area {area!r}.")


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


def _person(rng: random.Random) -> str:
    return f"{rng.choice(demo_data.FIRST_NAMES)} {rng.choice(demo_data.LAST_NAMES)}"


def voice(rng: random.Random, tone: str, scenario: dict, ctx: dict) -> str:
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
    body = voice(rng, tone, scenario, ctx)
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
