"""The score band's factors: each a small function of the brief, giving points and a reason.

Pure. Every factor returns None when its signal is absent, otherwise a Factor whose points may
be 0 (an admin zeroed the weight): the flag it stands for still counts, and flags are what the
impact floors read (`triage.floors`).

Every points factor is non-decreasing in its signal, and phrase points are a capped sum of
per-category maxima, so more evidence (a richer ARR tier, one more threatening sentence in the
title or summary) can only raise the score.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import NamedTuple

from triage.brief import Signals
from triage.reading import Reading
from triage.rules_config import RulesConfig

# What a trigger-phrase category says about the case, as a flag and in words.
PHRASE_FLAGS = {
    "security": "security_breach",
    "outage": "outage",
    "data_loss": "data_loss",
    "legal": "legal_threat",
    "churn": "churn_risk",
    "partial_outage": "partial_outage",
    "chargeback": "chargeback_threat",
    "compliance": "compliance_request",
    "executive": "executive_complaint",
    "public": "public_complaint",
    "frustration": "frustration",
    "policy_exception": "policy_exception",
    "ai_handoff": "ai_handoff_loop",
    "champion": "champion_left",
    "first_escalation": "long_tenure_first_escalation",
    "refund": "refund_over_limit",
    "dissatisfaction": "dissatisfaction",
}
PHRASE_CATEGORY_LABELS = {
    "security": "Security breach",
    "outage": "Complete outage",
    "data_loss": "Data loss",
    "legal": "Legal threat",
    "churn": "Churn risk",
    "partial_outage": "Partial outage",
    "chargeback": "Chargeback or payment dispute",
    "compliance": "Compliance or regulatory request",
    "executive": "Executive involvement",
    "public": "Public complaint",
    "frustration": "Frustration",
    "policy_exception": "Policy exception",
    "ai_handoff": "AI hand-off loop",
    "champion": "Champion left",
    "first_escalation": "First escalation in years",
    "refund": "Large refund or credit asked for",
    "dissatisfaction": "Dissatisfaction",
}

TIER_LABELS = {
    "strategic": "Strategic",
    "enterprise": "Enterprise",
    "mid_market": "Mid-market",
    "smb": "SMB",
}


class Factor(NamedTuple):
    # A NamedTuple rather than a frozen dataclass: as immutable, and a brief makes a dozen of
    # them, at a third of the cost each.
    name: str
    points: int
    reason: str  # plain language; the UI prints f"{reason} {points:+d}"


FactorFunction = Callable[[Signals, RulesConfig, Reading], "Factor | None"]


def tier_for_arr(arr: Decimal | None, config: RulesConfig) -> str:
    """The account's tier by the configuration's thresholds (highest first)."""
    arr = finite(arr)
    if arr is None:
        return "smb"
    if arr >= config.tier_strategic_arr:
        return "strategic"
    if arr >= config.tier_enterprise_arr:
        return "enterprise"
    if arr >= config.tier_mid_market_arr:
        return "mid_market"
    return "smb"


def _sentiment(signals: Signals, config: RulesConfig, reading: Reading) -> Factor | None:
    if not signals.messages or reading.compound >= config.negative_sentiment_below:
        return None
    points = round(config.sentiment_weight * min(1.0, -reading.compound))
    very = reading.compound <= config.very_negative_below
    return Factor(
        "very_negative_tone" if very else "sentiment",
        points,
        f"Latest customer message is {'very ' if very else ''}negative "
        f"(VADER {reading.compound:+.2f})",
    )


def _sentiment_shift(signals: Signals, config: RulesConfig, reading: Reading) -> Factor | None:
    # A sharp fall that ends in a negative message: "tone turning sharply worse". A fall from
    # delighted to merely content is not a complaint.
    if reading.shift is None or reading.shift > -config.sentiment_shift_drop:
        return None
    if reading.compound >= config.negative_sentiment_below:
        return None
    return Factor(
        "sentiment_shift",
        config.sentiment_shift_weight,
        f"Customer's tone fell by {-reading.shift:.2f} since the earlier messages",
    )


def _shouting(signals: Signals, config: RulesConfig, reading: Reading) -> Factor | None:
    # Judged per message: one shouted message is shouting, however calm the others were.
    loud = [
        (caps, words)
        for caps, words in reading.capitals
        if caps >= max(1, config.shouting_min_words) and caps >= config.shouting_share * words
    ]
    if not loud:
        return None
    caps, words = max(loud, key=lambda counts: counts[0] / counts[1])
    return Factor(
        "shouting", config.shouting_points, f"Shouting: {caps} of {words} words in capitals"
    )


def _profanity(signals: Signals, config: RulesConfig, reading: Reading) -> Factor | None:
    if not reading.profanity:
        return None
    return Factor("profanity", config.profanity_points, "Profanity in the customer's messages")


def _tier(signals: Signals, config: RulesConfig, reading: Reading) -> Factor | None:
    arr = finite(signals.arr)
    if arr is None:
        return None
    tier = tier_for_arr(arr, config)
    points = getattr(config, f"tier_{tier}_points")
    return Factor("tier", points, f"{TIER_LABELS[tier]} account (ARR {money(arr)})")


def _renewal(signals: Signals, config: RulesConfig, reading: Reading) -> Factor | None:
    days = signals.days_to_renewal
    if days is None or days < 0:
        return None  # no renewal date, or it has passed (the account view shows that)
    if days <= config.renewal_imminent_days:
        return Factor("renewal_imminent", config.renewal_imminent_points, f"Renewal {when(days)}")
    if days <= config.renewal_near_days:
        return Factor("renewal_near", config.renewal_near_points, f"Renewal {when(days)}")
    return None


def _long_tenure(signals: Signals, config: RulesConfig, reading: Reading) -> Factor | None:
    # Only when the whole history is known to be empty: a 90-day count of 0 says nothing
    # about the years before, and a signal that fires on every brief tells nothing.
    tenure = signals.tenure_days
    if tenure is None or tenure < config.long_tenure_days or signals.prior_escalations_total != 0:
        return None
    years = tenure // 365
    return Factor(
        "long_tenure_first_escalation",
        config.long_tenure_first_escalation_points,
        f"Customer for {plural(years, 'year')}, first escalation",
    )


def _prior_escalations(signals: Signals, config: RulesConfig, reading: Reading) -> Factor | None:
    count = signals.prior_escalations_90d
    if count <= 0:
        return None
    points = min(config.prior_escalations_cap, count * config.prior_escalation_points)
    return Factor("prior_escalations", points, f"{plural(count, 'escalation')} in the last 90 days")


def _stuck(signals: Signals, config: RulesConfig, reading: Reading) -> Factor | None:
    count = signals.interactions_count
    if count < max(1, config.stuck_interactions):
        return None
    return Factor(
        "stuck_interactions",
        config.stuck_interactions_points,
        f"{plural(count, 'interaction')} without resolution",
    )


def _repeat_contact(signals: Signals, config: RulesConfig, reading: Reading) -> Factor | None:
    hours = signals.hours_since_last_resolution
    if hours is None or not 0 <= hours <= config.repeat_contact_hours:
        return None  # also skips NaN: every comparison with NaN is false
    return Factor(
        "repeat_contact",
        config.repeat_contact_points,
        f"Contacted again {plural(int(hours), 'hour')} after a resolution",
    )


def _ticket_burst(signals: Signals, config: RulesConfig, reading: Reading) -> Factor | None:
    count = signals.tickets_48h
    if count < max(1, config.ticket_burst):
        return None
    return Factor(
        "ticket_burst", config.ticket_burst_points, f"{plural(count, 'ticket')} in 48 hours"
    )


def _reopened(signals: Signals, config: RulesConfig, reading: Reading) -> Factor | None:
    count = signals.reopened_count
    if count <= 0:
        return None
    points = min(config.reopen_cap, count * config.reopen_points)
    return Factor("reopened", points, f"Reopened {plural(count, 'time')}")


def _refund(signals: Signals, config: RulesConfig, reading: Reading) -> Factor | None:
    amount = finite(signals.refund_amount)
    if amount is None or amount < config.refund_guardrail_amount:
        return None
    return Factor(
        "refund_over_limit",
        config.refund_points,
        f"Refund or credit of {money(amount)} (limit {money(config.refund_guardrail_amount)})",
    )


def _policy_exception(signals: Signals, config: RulesConfig, reading: Reading) -> Factor | None:
    if not signals.policy_exception:
        return None
    return Factor(
        "policy_exception_requested",
        config.policy_exception_points,
        "A contract or policy exception is requested",
    )


def _source(signals: Signals, config: RulesConfig, reading: Reading) -> Factor | None:
    if signals.source == "executive_email":
        return Factor("executive_email", config.executive_email_points, "Raised by an executive")
    if signals.source == "cc_executive":
        return Factor("cc_executive", config.cc_executive_points, "An executive is copied in")
    if signals.source == "social_public":
        return Factor("social_public", config.social_public_points, "Raised in a public post")
    if signals.source == "ai_handoff":
        return Factor("ai_handoff", config.ai_handoff_points, "Handed over by the AI assistant")
    return None


FACTORS: tuple[FactorFunction, ...] = (
    _sentiment,
    _sentiment_shift,
    _shouting,
    _profanity,
    _tier,
    _renewal,
    _long_tenure,
    _prior_escalations,
    _stuck,
    _repeat_contact,
    _ticket_burst,
    _reopened,
    _refund,
    _policy_exception,
    _source,
)

# The flag each factor raises (whatever its points).
FACTOR_FLAGS = {
    "sentiment": "negative_sentiment",
    "very_negative_tone": "very_negative_tone",
    "sentiment_shift": "sentiment_drop",
    "shouting": "shouting",
    "profanity": "profanity",
    "renewal_imminent": "renewal_imminent",
    "renewal_near": "renewal_near",
    "long_tenure_first_escalation": "long_tenure_first_escalation",
    "prior_escalations": "prior_escalations",
    "stuck_interactions": "stuck",
    "repeat_contact": "repeat_contact",
    "ticket_burst": "ticket_burst",
    "reopened": "reopened",
    "refund_over_limit": "refund_over_limit",
    "policy_exception_requested": "policy_exception",
    "executive_email": "executive_complaint",
    "cc_executive": "executive_complaint",
    "social_public": "public_complaint",
}


def factors_for(signals: Signals, config: RulesConfig, reading: Reading) -> list[Factor]:
    found = [factor(signals, config, reading) for factor in FACTORS]
    return [f for f in found if f is not None] + _phrase_factors(config, reading)


def _phrase_factors(config: RulesConfig, reading: Reading) -> list[Factor]:
    """One factor per category that fired (its strongest rule), then the cap if it bites."""
    fired: dict[str, list] = {}
    for rule in reading.rules:
        fired.setdefault(rule.category, []).append(rule)
    factors = []
    for category, rules in fired.items():
        labels = ", ".join(dict.fromkeys([rule.label for rule in rules]))
        title = PHRASE_CATEGORY_LABELS.get(category) or category.replace("_", " ").capitalize()
        points = max([max(0, rule.weight) for rule in rules])
        factors.append(Factor(f"phrase_{category}", points, f"{title}: {labels}"))
    total = sum([f.points for f in factors])
    cap = max(0, config.phrase_points_cap)
    if total > cap:
        factors.append(
            Factor("phrase_cap", cap - total, f"Trigger phrases count at most {cap} points")
        )
    return factors


def flags_for(factors: list[Factor]) -> tuple[str, ...]:
    flags = []
    for f in factors:
        if f.name in FACTOR_FLAGS:
            flags.append(FACTOR_FLAGS[f.name])
            if f.name == "very_negative_tone":
                flags.append("negative_sentiment")
        elif f.name.startswith("phrase_") and f.name != "phrase_cap":
            category = f.name.removeprefix("phrase_")
            flags.append(PHRASE_FLAGS.get(category, category))
    return tuple(dict.fromkeys(flags))


# --- Small helpers ----------------------------------------------------------------------------


def finite(value: Decimal | None) -> Decimal | None:
    # Decimal NaN raises on comparison; treat NaN (and a missing value) as unknown.
    if value is None:
        return None
    if not isinstance(value, Decimal):
        value = Decimal(str(value))  # a caller passed an int or float
    return value if value.is_finite() else None


def when(days: int) -> str:
    return "today" if days == 0 else "tomorrow" if days == 1 else f"in {days} days"


def plural(count: int, noun: str) -> str:
    return f"{count} {noun}{'' if count == 1 else 's'}"


def money(amount: Decimal) -> str:
    if amount.copy_abs() >= 10**15:
        return f"${amount:.3e}"  # an absurd amount still prints in one short line
    return f"${amount:,.0f}"
