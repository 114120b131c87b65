"""Severity from impact first: the impact floor, the commercial raise, and the lane's hard rules.

Pure. DESIGN.md "Triage": a case's severity is the most severe of

1. the *impact floor*: the most severe floor among the signals the brief raised (a security
   breach or a complete outage is Sev-1 whatever the account; data loss, a legal threat or
   churn at a large or renewing account Sev-2; an executive or public complaint, a chargeback
   and the other risks Sev-3). A trigger phrase row may name its own floor; otherwise its
   category's floor in the configuration applies;
2. the *score band* the factors' points fall in;
3. the *commercial raise*: when there is a risk signal at all (a floor above Sev-4), a
   strategic account raises the floor one level and a renewal within 30 days one level,
   at most two levels and never above Sev-1.

`decide` returns the severity with the step that decided it and one line saying why. The
hard rules on the lane only ever make the lane more cautious, never the reverse.
"""

from __future__ import annotations

from typing import NamedTuple

from triage.brief import Signals
from triage.factors import FACTOR_FLAGS, PHRASE_FLAGS, money, tier_for_arr
from triage.reading import Reading
from triage.rules_config import FLOOR_FIELDS, LANE_RANK, MILD_RISK_FLAGS, RulesConfig

# How the "why" line names each signal.
SIGNAL_WORDS = {
    "security_breach": "security breach or data exposure reported",
    "outage": "complete outage",
    "data_loss": "data loss",
    "legal_threat": "legal threat",
    "churn_risk": "churn risk",
    "partial_outage": "partial outage or degraded service",
    "chargeback_threat": "chargeback or payment dispute",
    "compliance_request": "compliance or regulatory request",
    "executive_complaint": "executive complaint",
    "public_complaint": "public complaint",
    "refund_over_limit": "refund or credit over the limit",
    "policy_exception": "contract or policy exception",
    "frustration": "strong frustration",
    "profanity": "profanity",
    "shouting": "shouting",
    "very_negative_tone": "very negative tone",
    "sentiment_drop": "tone turning sharply worse",
    "repeat_contact": "repeat contact soon after a resolution",
    "stuck": "many interactions without resolution",
    "ticket_burst": "a burst of tickets",
    "reopened": "a reopened case",
    "ai_handoff_loop": "AI hand-off loop",
    "champion_left": "champion left",
    "long_tenure_first_escalation": "long-tenured customer's first escalation in years",
    "dissatisfaction": "dissatisfaction",
}
# Equal floors are reported in this order: the most serious kind of impact first.
_PRIORITY = {flag: rank for rank, flag in enumerate(FLOOR_FIELDS)}

# The desk's hard rules (DESIGN.md "Triage"): these flags set a lane floor whatever the score.
HARD_RULE_LANES = (
    ("legal_threat", "human_first", "Legal threat: human-first whatever the score"),
    ("security_breach", "human_first", "Security breach: human-first whatever the score"),
    ("data_loss", "human_first", "Data loss: human-first whatever the score"),
    ("executive_complaint", "human_first", "Executive complaint: human-first whatever the score"),
    ("public_complaint", "human_first", "Public complaint: human-first whatever the score"),
    ("policy_exception", "guardrailed", "Contract or policy exception: at least guardrailed"),
)
_HARD_FLAGS = frozenset({flag for flag, _, _ in HARD_RULE_LANES} | {"refund_over_limit"})
LANE_LABELS = {
    "autonomous": "autonomous",
    "guardrailed": "guardrailed",
    "human_first": "human-first",
}


class Floor(NamedTuple):
    severity: int  # 4: no floor
    flag: str
    reason: str  # "legal threat", "churn risk at an enterprise account"


NO_FLOOR = Floor(4, "", "")


class Decision(NamedTuple):
    severity: int
    step: str  # "floor", "raise" or "band": which step decided
    why: str  # "Sev-1: security breach or data exposure reported (impact floor)"
    floor: Floor
    band: int
    raised: int  # the floor after the commercial raise
    raise_reasons: tuple[str, ...]
    score_band: int = 4  # the band the score falls in, before the cap


class HardRules(NamedTuple):
    lane: str  # the lowest lane allowed
    sentences: tuple[str, ...]


def impact_floors(
    signals: Signals, config: RulesConfig, reading: Reading, factors: list
) -> list[Floor]:
    """Every floor the brief's signals set, most severe first.

    A signal from the case's facts (the entry point, the refund, the history, the tone) sets
    its category's floor. A trigger phrase sets its own row's floor when the row names one
    ("vulnerability reported" may be Sev-2 where the security category is Sev-1), otherwise
    its category's.
    """
    floors = []
    for factor in factors:
        flag = FACTOR_FLAGS.get(factor.name)
        if flag in FLOOR_FIELDS:
            floors.append(_category_floor(flag, signals, config))
    for rule in reading.rules:
        flag = PHRASE_FLAGS.get(rule.category, rule.category)
        if rule.min_severity is not None and 1 <= rule.min_severity <= 4:
            floors.append(Floor(rule.min_severity, flag, rule.label))
        elif flag in FLOOR_FIELDS:
            floors.append(_category_floor(flag, signals, config))
    # A floor of Sev-4 sets nothing, but the signal may still be a risk the band and the raise
    # act on: a mild one (dissatisfaction), or a hard-rule signal whose floor an admin turned
    # off. Tone alone (VADER) is not: it misreads support vocabulary.
    unique = dict.fromkeys(
        f for f in floors if f.severity < 4 or f.flag in MILD_RISK_FLAGS or f.flag in _HARD_FLAGS
    )
    return sorted(unique, key=lambda f: (f.severity, _PRIORITY.get(f.flag, 99)))


def _category_floor(flag: str, signals: Signals, config: RulesConfig) -> Floor:
    if flag == "churn_risk":
        return _churn_floor(signals, config)
    return Floor(config.floor_for(flag), flag, SIGNAL_WORDS[flag])


def _churn_floor(signals: Signals, config: RulesConfig) -> Floor:
    tier = tier_for_arr(signals.arr, config)
    days = signals.days_to_renewal
    if tier in ("strategic", "enterprise"):
        where = f"churn risk at {'a strategic' if tier == 'strategic' else 'an enterprise'} account"
        return Floor(config.floor_churn_large_account, "churn_risk", where)
    if days is not None and 0 <= days <= config.churn_renewal_days:
        return Floor(
            config.floor_churn_large_account, "churn_risk", f"churn risk {days} days before renewal"
        )
    return Floor(config.floor_churn, "churn_risk", "churn risk")


def commercial_raise(
    signals: Signals, config: RulesConfig, floor: Floor
) -> tuple[int, tuple[str, ...]]:
    """The floor after the commercial raise, and what raised it ("a strategic account")."""
    if not floor.flag:
        return floor.severity, ()  # no risk signal: account weight alone raises nothing
    levels, reasons = 0, []
    if tier_for_arr(signals.arr, config) == "strategic" and config.raise_strategic_levels > 0:
        levels += config.raise_strategic_levels
        reasons.append("strategic")
    days = signals.days_to_renewal
    if (
        days is not None
        and 0 <= days <= config.raise_renewal_days
        and config.raise_renewal_levels > 0
    ):
        levels += config.raise_renewal_levels
        reasons.append("tomorrow" if days == 1 else "today" if days == 0 else f"in {days} days")
    levels = min(levels, max(0, config.raise_max_levels))
    return max(1, floor.severity - levels), tuple(reasons)


def decide(floor: Floor, band: int, signals: Signals, config: RulesConfig, score: int) -> Decision:
    score_band = band
    # The band lifts a case at most so many levels above its floor: five small signals are a
    # case to watch, not a crisis; and without any risk signal it lifts nothing, so a thank-you
    # note from a busy strategic account renewing next month stays routine.
    if floor.flag:
        band = max(band, floor.severity - max(0, config.band_max_levels_above_floor))
    else:
        band = 4
    raised, reasons = commercial_raise(signals, config, floor)
    severity = min(raised, band)
    if band < raised:
        step = "band"
    elif raised < floor.severity:
        step = "raise"
    elif floor.severity < 4:
        step = "floor"
    else:
        step = "band"
    decision = Decision(severity, step, "", floor, band, raised, reasons, score_band)
    return decision._replace(why=why_line(decision, score, config))


def why_line(decision: Decision, score: int, config: RulesConfig) -> str:
    severity, floor = decision.severity, decision.floor
    if decision.step == "floor":
        return f"Sev-{severity}: {floor.reason} (impact floor)"
    if decision.step == "raise":
        levels = floor.severity - decision.raised
        return (
            f"Sev-{severity}: {floor.reason}{_at_account(floor.reason, decision.raise_reasons)} "
            f"(Sev-{floor.severity} raised {_LEVELS.get(levels, f'{levels} levels')})"
        )
    band = f"score {score} is in the Sev-{severity} band"
    if decision.score_band < decision.band:
        # The score reached further than the cap lets it: say so rather than misname the band.
        levels = max(0, config.band_max_levels_above_floor)
        if floor.flag:
            return (
                f"Sev-{severity}: score {score}, which lifts a case at most "
                f"{_LEVELS.get(levels, f'{levels} levels')} above its impact floor "
                f"(Sev-{floor.severity}: {floor.reason})"
            )
        return f"Sev-4: no risk signal, score {score} (the score alone lifts no case)"
    if severity == 4:
        threshold = config.sev3_threshold
        if floor.flag:
            return f"Sev-4: {floor.reason}, score {score} (Sev-3 starts at {threshold})"
        return f"Sev-4: no risk signal, score {score} (Sev-3 starts at {threshold})"
    if floor.severity < 4:
        return (
            f"Sev-{severity}: {band}, above the impact floor (Sev-{floor.severity}: {floor.reason})"
        )
    return f"Sev-{severity}: {band}; no single risk signal"


_LEVELS = {1: "one level", 2: "two levels", 3: "three levels"}


def _at_account(reason: str, raisers: tuple[str, ...]) -> str:
    """' at a strategic account renewing in 21 days', without repeating what the floor's own
    reason says ("churn risk at a strategic account", "churn risk 20 days before renewal")."""
    strategic = "strategic" in raisers and "strategic account" not in reason
    renewal = [r for r in raisers if r != "strategic"]
    if not renewal or "renewal" in reason:
        return " at a strategic account" if strategic else ""
    account = (
        " at a strategic account" if strategic else "" if " at " in reason else " at an account"
    )
    return f"{account} renewing {renewal[0]}"


def hard_rules(config: RulesConfig, reading: Reading, flags: tuple[str, ...]) -> HardRules:
    lane, sentences = "autonomous", []
    for flag, floor, sentence in HARD_RULE_LANES:
        if flag in flags:
            lane = higher_lane(lane, floor)
            sentences.append(sentence)
    if "refund_over_limit" in flags:
        lane = higher_lane(lane, "guardrailed")
        sentences.append(
            f"Refund or credit at or over the {money(config.refund_guardrail_amount)} limit: "
            "at least guardrailed"
        )
    for rule in reading.rules:
        if rule.forced_lane in LANE_RANK and LANE_RANK[rule.forced_lane] > LANE_RANK[lane]:
            lane = rule.forced_lane
            sentences.append(f"{_sentence_case(rule.label)}: at least {LANE_LABELS[lane]}")
    return HardRules(lane, tuple(dict.fromkeys(sentences)))


def severity_for_score(score: int, config: RulesConfig) -> int:
    if score >= config.sev1_threshold:
        return 1
    if score >= config.sev2_threshold:
        return 2
    if score >= config.sev3_threshold:
        return 3
    return 4


def lane_for_severity(severity: int) -> str:
    """The lane a severity calls for when no hard rule applies."""
    if severity <= 2:
        return "human_first"
    if severity == 3:
        return "guardrailed"
    return "autonomous"


def higher_lane(a: str, b: str) -> str:
    return a if LANE_RANK[a] >= LANE_RANK[b] else b


def _sentence_case(label: str) -> str:
    return label[:1].upper() + label[1:]
