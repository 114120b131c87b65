"""The triage configuration as plain values: weights, score bands, impact floors, commercial
raises and tier thresholds, with the checks an admin's edit must pass.

A `TriageConfig` row stores one version of these values; `triage.config` turns a row into a
`RulesConfig`. Every field has the desk's default (DESIGN.md "Triage").
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, fields
from decimal import Decimal
from typing import Any

import re2

from triage.default_phrases import DEFAULT_PHRASES, DEFAULT_PROFANITY
from triage.phrases import CATEGORIES as PHRASE_CATEGORIES
from triage.phrases import LANES, PhraseMatcher, PhraseRule, matcher_for, validate_pattern

LANE_RANK = {lane: rank for rank, lane in enumerate(LANES)}
_WORD = re.compile(r"\w+")

# The impact floor each signal sets, by the RulesConfig field that holds it (4 = no floor).
# Trigger phrases raise the flag of their category; a phrase row may name its own floor.
FLOOR_FIELDS = {
    "security_breach": "floor_security_breach",
    "outage": "floor_complete_outage",
    "data_loss": "floor_data_loss",
    "legal_threat": "floor_legal_threat",
    "churn_risk": "floor_churn",  # floor_churn_large_account at a large or renewing account
    "partial_outage": "floor_partial_outage",
    "chargeback_threat": "floor_chargeback",
    "compliance_request": "floor_compliance_request",
    "executive_complaint": "floor_executive_complaint",
    "public_complaint": "floor_public_complaint",
    "refund_over_limit": "floor_refund_over_limit",
    "policy_exception": "floor_policy_exception",
    "frustration": "floor_frustration",
    "profanity": "floor_frustration",
    "shouting": "floor_frustration",
    "very_negative_tone": "floor_very_negative_tone",
    "sentiment_drop": "floor_frustration",
    "repeat_contact": "floor_operational_loop",
    "stuck": "floor_operational_loop",
    "ticket_burst": "floor_operational_loop",
    "reopened": "floor_operational_loop",
    "ai_handoff_loop": "floor_ai_handoff_loop",
    "champion_left": "floor_champion_left",
    "long_tenure_first_escalation": "floor_long_tenure_first_escalation",
    "dissatisfaction": "floor_dissatisfaction",
}
# A mild risk: with the default floor of Sev-4 it decides nothing alone, but it is a risk
# signal, so the commercial raise applies ("disappointed" at a strategic account renewing in
# two weeks is Sev-2; at a small account far from renewal it is routine).
MILD_RISK_FLAGS = frozenset({"dissatisfaction"})


@dataclass(frozen=True)
class RulesConfig:
    """Every weight, threshold, floor and raise, with the desk's defaults."""

    # Score band → severity
    sev1_threshold: int = 90
    sev2_threshold: int = 60
    sev3_threshold: int = 35
    # Many small signals add up, but not to a crisis: the band lifts a case at most this many
    # levels above its impact floor, and a case with no risk signal not at all.
    band_max_levels_above_floor: int = 1
    # Impact floors: the least severe severity a signal allows (1 = Sev-1; 4 = no floor)
    floor_security_breach: int = 1
    floor_complete_outage: int = 1
    floor_data_loss: int = 2
    floor_legal_threat: int = 2
    floor_churn_large_account: int = 2
    floor_churn: int = 3
    churn_renewal_days: int = 90
    floor_partial_outage: int = 3
    floor_chargeback: int = 3
    floor_compliance_request: int = 3
    floor_executive_complaint: int = 3
    floor_public_complaint: int = 3
    floor_refund_over_limit: int = 3
    floor_policy_exception: int = 3
    floor_frustration: int = 3
    # VADER misreads support vocabulary ("a killer feature" scores -0.72, "add our PO number"
    # -0.62), so tone alone sets no floor unless an admin turns it on; it still adds points.
    floor_very_negative_tone: int = 4
    very_negative_below: float = -0.6
    floor_operational_loop: int = 3
    floor_ai_handoff_loop: int = 3
    floor_champion_left: int = 3
    floor_long_tenure_first_escalation: int = 3
    floor_dissatisfaction: int = 4
    # Commercial raise, for a case with a floor above Sev-4
    raise_strategic_levels: int = 1
    raise_renewal_days: int = 30
    raise_renewal_levels: int = 1
    raise_max_levels: int = 2
    # ARR tiers
    tier_strategic_arr: Decimal = Decimal("250000")
    tier_enterprise_arr: Decimal = Decimal("50000")
    tier_mid_market_arr: Decimal = Decimal("10000")
    # Sentiment: points scale with negativity, full weight at compound -1.0
    sentiment_weight: int = 15
    negative_sentiment_below: float = -0.05
    sentiment_shift_weight: int = 10
    sentiment_shift_drop: float = 0.5
    # Trigger phrases: the strongest rule per category counts; the sum is capped
    phrase_points_cap: int = 80
    shouting_share: float = 0.3
    shouting_min_words: int = 3
    shouting_points: int = 10
    profanity_points: int = 10
    # Account
    tier_strategic_points: int = 12
    tier_enterprise_points: int = 8
    tier_mid_market_points: int = 4
    tier_smb_points: int = 0
    renewal_near_days: int = 90
    renewal_near_points: int = 6
    renewal_imminent_days: int = 30
    renewal_imminent_points: int = 12
    long_tenure_days: int = 3 * 365
    long_tenure_first_escalation_points: int = 20
    prior_escalation_points: int = 4
    prior_escalations_cap: int = 12
    # Case history
    stuck_interactions: int = 5
    stuck_interactions_points: int = 25
    repeat_contact_hours: int = 72
    repeat_contact_points: int = 25
    ticket_burst: int = 3
    ticket_burst_points: int = 25
    reopen_points: int = 15
    reopen_cap: int = 25
    refund_guardrail_amount: Decimal = Decimal("10000")
    refund_points: int = 25
    policy_exception_points: int = 20
    # Entry point
    executive_email_points: int = 25
    cc_executive_points: int = 20
    social_public_points: int = 25
    ai_handoff_points: int = 5
    phrases: tuple[PhraseRule, ...] = DEFAULT_PHRASES
    profanity: tuple[str, ...] = DEFAULT_PROFANITY
    version: int = 0

    @functools.cached_property
    def matcher(self) -> PhraseMatcher:
        # Compiled once per config object (and shared between equal rule sets).
        return matcher_for(tuple(self.phrases))

    @functools.cached_property
    def profanity_words(self) -> tuple[str, ...]:
        # Longest first, so "bullshit" is reported rather than "shit".
        words = {w.strip().lower() for w in self.profanity if w.strip()}
        return tuple(sorted(words, key=lambda w: (-len(w), w)))

    @functools.cached_property
    def profanity_prefilter(self) -> Any:
        """An RE2 alternation of the entries' letters: one linear pass rules out almost every
        text before the exact (whole-word) regex runs. None when there are no entries."""
        if not self.profanity_words:
            return None
        return re2.compile("|".join(re2.escape(w) for w in self.profanity_words).encode())

    @functools.cached_property
    def profanity_regex(self) -> re.Pattern[str] | None:
        if not self.profanity_words:
            return None
        alternation = "|".join(re.escape(w) for w in self.profanity_words)
        return re.compile(rf"(?<!\w)(?:{alternation})(?!\w)")

    def floor_for(self, flag: str) -> int:
        name = FLOOR_FIELDS.get(flag)
        return 4 if name is None else getattr(self, name)

    def validate(self) -> list[str]:
        """Problems an admin must fix before this config can be used, in plain words."""
        return validate_config(self)


# What each field is called on the admin's form and in `validate_config` messages.
FIELD_LABELS = {
    "sev1_threshold": "Sev-1 threshold",
    "sev2_threshold": "Sev-2 threshold",
    "sev3_threshold": "Sev-3 threshold",
    "floor_security_breach": "Security breach or data exposure",
    "floor_complete_outage": "Complete outage",
    "floor_data_loss": "Data loss",
    "floor_legal_threat": "Legal threat",
    "floor_churn_large_account": "Churn at a large account or near renewal",
    "floor_churn": "Churn at a smaller account",
    "churn_renewal_days": "Churn counts as near renewal within days",
    "floor_partial_outage": "Partial outage or degradation",
    "floor_chargeback": "Chargeback or payment dispute",
    "floor_compliance_request": "Compliance or regulatory request",
    "floor_executive_complaint": "Executive complaint or executive in copy",
    "floor_public_complaint": "Public complaint or threat to post",
    "floor_refund_over_limit": "Refund or credit at or over the guardrail",
    "floor_policy_exception": "Contract or policy exception",
    "floor_frustration": "Strong frustration (phrases, profanity, shouting, tone drop)",
    "floor_very_negative_tone": "Very negative tone alone",
    "band_max_levels_above_floor": "Score band: at most levels above the impact floor",
    "very_negative_below": "Very negative tone at or below (VADER compound)",
    "floor_operational_loop": "Operational loop (repeat contact, stuck, burst, reopened)",
    "floor_ai_handoff_loop": "AI hand-off loop",
    "floor_champion_left": "Champion left",
    "floor_long_tenure_first_escalation": "Long-tenured customer's first escalation",
    "floor_dissatisfaction": "Dissatisfaction (a mild risk, raised at key accounts)",
    "raise_strategic_levels": "Strategic account: levels raised",
    "raise_renewal_days": "Renewal raise: within days",
    "raise_renewal_levels": "Renewal within those days: levels raised",
    "raise_max_levels": "Commercial raise: at most levels",
    "tier_strategic_arr": "Strategic tier from ARR",
    "tier_enterprise_arr": "Enterprise tier from ARR",
    "tier_mid_market_arr": "Mid-market tier from ARR",
    "sentiment_weight": "Sentiment points (at the most negative tone)",
    "negative_sentiment_below": "Negative tone below (VADER compound)",
    "sentiment_shift_weight": "Tone drop points",
    "sentiment_shift_drop": "Tone drop of at least (VADER compound)",
    "phrase_points_cap": "Trigger phrase points cap",
    "shouting_share": "Shouting: share of words in capitals",
    "shouting_min_words": "Shouting: at least this many words in capitals",
    "shouting_points": "Shouting points",
    "profanity_points": "Profanity points",
    "tier_strategic_points": "Strategic account points",
    "tier_enterprise_points": "Enterprise account points",
    "tier_mid_market_points": "Mid-market account points",
    "tier_smb_points": "SMB account points",
    "renewal_near_days": "Renewal near: within days",
    "renewal_near_points": "Renewal near points",
    "renewal_imminent_days": "Renewal imminent: within days",
    "renewal_imminent_points": "Renewal imminent points",
    "long_tenure_days": "Long tenure: customer for at least days",
    "long_tenure_first_escalation_points": "Long tenure, first escalation points",
    "prior_escalation_points": "Points per escalation in the last 90 days",
    "prior_escalations_cap": "Prior escalations points cap",
    "stuck_interactions": "Stuck: interactions without resolution",
    "stuck_interactions_points": "Stuck points",
    "repeat_contact_hours": "Repeat contact: within hours of a resolution",
    "repeat_contact_points": "Repeat contact points",
    "ticket_burst": "Ticket burst: tickets in 48 hours",
    "ticket_burst_points": "Ticket burst points",
    "reopen_points": "Points per reopening",
    "reopen_cap": "Reopened points cap",
    "refund_guardrail_amount": "Refund or credit guardrail amount",
    "refund_points": "Refund over the guardrail points",
    "executive_email_points": "Executive e-mail points",
    "cc_executive_points": "Executive copied in points",
    "social_public_points": "Public social post points",
    "ai_handoff_points": "AI hand-off entry points",
    "policy_exception_points": "Contract or policy exception points",
    "phrases": "Trigger phrases",
    "profanity": "Profanity words",
    "version": "Version",
}
_POINT_FIELDS = tuple(
    f.name for f in fields(RulesConfig) if f.name.endswith(("_points", "_weight", "_cap"))
)


def validate_config(config: RulesConfig) -> list[str]:
    """Problems an admin must fix, one plain sentence each; empty when the config is usable."""
    problems: list[str] = []
    problems += _threshold_problems(config)
    problems += _points_problems(config)
    problems += _window_problems(config)
    problems += _floor_and_raise_problems(config)
    problems += _phrase_problems(config.phrases)
    if any(not w.strip() for w in config.profanity):
        problems.append("Profanity words must not be blank.")
    return problems


def _threshold_problems(config: RulesConfig) -> list[str]:
    s1, s2, s3 = config.sev1_threshold, config.sev2_threshold, config.sev3_threshold
    problems = []
    if not s1 <= 100:
        problems.append(f"The Sev-1 threshold must be at most 100 (it is {s1}).")
    if not s1 > s2:
        problems.append(f"The Sev-1 threshold ({s1}) must be higher than the Sev-2 one ({s2}).")
    if not s2 > s3:
        problems.append(f"The Sev-2 threshold ({s2}) must be higher than the Sev-3 one ({s3}).")
    if not s3 > 0:
        problems.append(f"The Sev-3 threshold must be above 0 (it is {s3}).")
    return problems


def _points_problems(config: RulesConfig) -> list[str]:
    problems = []
    for name in _POINT_FIELDS:
        value = getattr(config, name)
        if not 0 <= value <= 100:
            problems.append(f"{_label(name)} must be between 0 and 100 (it is {value}).")
    tiers = [
        config.tier_strategic_points,
        config.tier_enterprise_points,
        config.tier_mid_market_points,
        config.tier_smb_points,
    ]
    if tiers != sorted(tiers, reverse=True):
        # A bigger account must never score lower than a smaller one with the same case.
        problems.append(
            "Tier points must not fall as ARR rises: strategic ≥ enterprise ≥ mid-market ≥ SMB "
            f"(they are {' / '.join(str(t) for t in tiers)})."
        )
    if config.renewal_imminent_points < config.renewal_near_points:
        problems.append(
            f"Renewal imminent points ({config.renewal_imminent_points}) must be at least the "
            f"renewal near points ({config.renewal_near_points})."
        )
    return problems


def _window_problems(config: RulesConfig) -> list[str]:
    problems = []
    if not -1 <= config.negative_sentiment_below <= 1:
        problems.append(
            f"{_label('negative_sentiment_below')} must be between -1 and 1 "
            f"(it is {config.negative_sentiment_below})."
        )
    if not 0 < config.sentiment_shift_drop <= 2:
        problems.append(
            f"{_label('sentiment_shift_drop')} must be above 0 and at most 2 "
            f"(it is {config.sentiment_shift_drop})."
        )
    if not 0 < config.shouting_share <= 1:
        problems.append(
            f"{_label('shouting_share')} must be above 0 and at most 1 "
            f"(it is {config.shouting_share})."
        )
    at_least_one = {
        "shouting_min_words": "Shouting needs at least 1 word in capitals",
        "stuck_interactions": "A case is stuck after at least 1 interaction",
        "ticket_burst": "A ticket burst needs at least 1 ticket",
    }
    for name, sentence in at_least_one.items():
        if getattr(config, name) < 1:
            problems.append(f"{sentence} (it is {getattr(config, name)}).")
    for name in ("renewal_near_days", "renewal_imminent_days", "long_tenure_days"):
        if getattr(config, name) < 0:
            problems.append(f"{_label(name)} must not be negative (it is {getattr(config, name)}).")
    if config.renewal_imminent_days >= config.renewal_near_days:
        problems.append(
            f"The imminent-renewal window ({config.renewal_imminent_days} days) must be shorter "
            f"than the near-renewal window ({config.renewal_near_days} days)."
        )
    if config.repeat_contact_hours <= 0:
        problems.append(
            f"{_label('repeat_contact_hours')} must be above 0 "
            f"(it is {config.repeat_contact_hours})."
        )
    amount = config.refund_guardrail_amount
    if not amount.is_finite() or amount <= 0:
        problems.append(
            f"{_label('refund_guardrail_amount')} must be a positive amount (it is {amount})."
        )
    return problems


def _floor_and_raise_problems(config: RulesConfig) -> list[str]:
    problems = []
    for name in dict.fromkeys([*FLOOR_FIELDS.values(), "floor_churn_large_account"]):
        value = getattr(config, name)
        if not 1 <= value <= 4:
            problems.append(
                f"Impact floor “{_label(name)}” must be 1 to 4 (4 means no floor; it is {value})."
            )
    if config.floor_churn_large_account > config.floor_churn:
        problems.append(
            "Churn at a large account or near renewal must be at least as severe as churn at a "
            f"smaller account (Sev-{config.floor_churn_large_account} is less severe than "
            f"Sev-{config.floor_churn})."
        )
    for name in (
        "raise_strategic_levels",
        "raise_renewal_levels",
        "raise_max_levels",
        "band_max_levels_above_floor",
    ):
        value = getattr(config, name)
        if not 0 <= value <= 3:
            problems.append(f"{_label(name)} must be 0 to 3 (it is {value}).")
    for name in ("raise_renewal_days", "churn_renewal_days"):
        if getattr(config, name) < 0:
            problems.append(f"{_label(name)} must not be negative (it is {getattr(config, name)}).")
    if not -1 <= config.very_negative_below <= config.negative_sentiment_below:
        problems.append(
            f"{_label('very_negative_below')} must be between -1 and the negative tone "
            f"threshold ({config.negative_sentiment_below}); it is {config.very_negative_below}."
        )
    tiers = [config.tier_mid_market_arr, config.tier_enterprise_arr, config.tier_strategic_arr]
    if not all(t.is_finite() and t > 0 for t in tiers):
        problems.append("Tier thresholds must be positive amounts.")
    elif tiers != sorted(tiers) or len(set(tiers)) != 3:
        problems.append(
            "Tier thresholds must rise: mid-market < enterprise < strategic "
            f"(they are {' / '.join(f'{t:,.0f}' for t in tiers)})."
        )
    return problems


def _phrase_problems(rules: tuple[PhraseRule, ...]) -> list[str]:
    problems = []
    for rule in rules:
        name = f"Trigger phrase “{rule.label.strip() or rule.pattern}”"
        error = validate_pattern(rule.pattern)
        if error:
            problems.append(f"{name}: {error[:1].lower()}{error[1:]}")
        if rule.category not in PHRASE_CATEGORIES:
            problems.append(f"{name}: unknown category “{rule.category}”.")
        if not 0 <= rule.weight <= 100:
            problems.append(f"{name}: weight must be between 0 and 100 (it is {rule.weight}).")
        if rule.forced_lane is not None and rule.forced_lane not in LANE_RANK:
            problems.append(f"{name}: unknown lane “{rule.forced_lane}”.")
        if rule.min_severity is not None and not 1 <= rule.min_severity <= 4:
            problems.append(f"{name}: minimum severity must be 1 to 4 (it is {rule.min_severity}).")
        if rule.unless:
            error = validate_pattern(rule.unless)
            if error:
                problems.append(f"{name}: the “unless” pattern: {error[:1].lower()}{error[1:]}")
        if not rule.label.strip():
            problems.append(f"{name}: give it a short label.")
    return problems


def _label(name: str) -> str:
    return FIELD_LABELS.get(name, name)
