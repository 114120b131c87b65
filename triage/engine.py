"""The triage rules engine: a case brief's signals in; score, severity, lane and reasons out.

Pure: no ORM, no clock, no settings. Callers build `Signals` (from a model, or from JSON with
`signals_from_payload`) and a `RulesConfig` (from the admin-edited row), and store the
`TriageResult` with the config version that produced it.

How `evaluate` decides:

1. Read the text once: VADER compound of each customer message (or the stored ones), trigger
   phrases over title + summary + messages, ALL-CAPS share (per message: one shouted message
   is shouting) and profanity in the messages.
2. Every factor is one small function returning a `Factor` (or None when it does not apply).
   A factor may carry 0 points — an admin can zero a weight — and still raise its flag.
3. score = sum of the factors' points, clamped to 0..100; severity from the thresholds.
4. Hard rules read the flags and the phrase rules that fired. They only ever make the
   severity more severe and the lane more cautious, never the reverse.
5. lane = the lane the final severity calls for (Sev-1/2 human-first, Sev-3 guardrailed,
   Sev-4 autonomous), raised to the hard rules' floor.

Every points factor is non-decreasing in its signal and phrase points are a capped sum of
per-category maxima, so more evidence (a richer ARR tier, one more threatening sentence in the
title or summary) can only raise the score. `RulesConfig.validate` keeps the weights in the
shape that makes this hold (tier points rising with ARR, thresholds ordered). A new customer
message is different: the tone factors read the latest message, so a calm new message can
lower them; the hard rules its words trigger apply all the same.
"""

from __future__ import annotations

import functools
import math
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, fields
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal, InvalidOperation
from typing import Any, NamedTuple

from escalations.tiers import Tier, tier_for_arr
from triage import sentiment
from triage.default_phrases import DEFAULT_PHRASES, DEFAULT_PROFANITY
from triage.phrases import (
    CATEGORIES as PHRASE_CATEGORIES,
)
from triage.phrases import (
    LANES,
    Match,
    PhraseMatcher,
    PhraseRule,
    matcher_for,
    validate_pattern,
)

CASE_CATEGORIES = ("technical", "billing", "compliance", "relationship")
SOURCES = ("executive_email", "cc_executive", "csm", "ticket_flag", "social_public", "ai_handoff")
LANE_RANK = {lane: rank for rank, lane in enumerate(LANES)}
LANE_LABELS = {
    "autonomous": "autonomous",
    "guardrailed": "guardrailed",
    "human_first": "human-first",
}

# What a trigger-phrase category says about the case, as a flag and in words.
PHRASE_FLAGS = {
    "legal": "legal_threat",
    "chargeback": "chargeback_threat",
    "churn": "churn_risk",
    "executive": "executive_complaint",
    "public": "public_complaint",
    "security": "security_breach",
    "data_loss": "data_loss",
    "outage": "outage",
    "frustration": "frustration",
    "policy_exception": "policy_exception",
}
PHRASE_CATEGORY_LABELS = {
    "legal": "Legal threat",
    "chargeback": "Chargeback threat",
    "churn": "Churn risk",
    "executive": "Executive involvement",
    "public": "Public complaint",
    "security": "Security breach",
    "data_loss": "Data loss",
    "outage": "Outage",
    "frustration": "Frustration",
    "policy_exception": "Policy exception",
}

# The desk's hard rules (DESIGN.md "Triage"): these flags set a lane floor whatever the score.
HARD_RULE_LANES = (
    ("legal_threat", "human_first", "Legal threat: human-first whatever the score"),
    ("security_breach", "human_first", "Security breach: human-first whatever the score"),
    ("data_loss", "human_first", "Data loss: human-first whatever the score"),
    ("executive_complaint", "human_first", "Executive complaint: human-first whatever the score"),
    ("public_complaint", "human_first", "Public complaint: human-first whatever the score"),
    ("policy_exception", "guardrailed", "Contract or policy exception: at least guardrailed"),
)

# Common acronyms are written in capitals without anyone shouting ("SSO fails on the API").
ACRONYMS = frozenset(
    """API APIS ASAP AWS CEO CFO CIO COO CRM CRO CSV CTO DNS EOD ERP ETA FAQ FYI GCP GDPR
    GMT HIPAA HTML HTTP HTTPS IAM JSON MFA PDF SAML SDK SLA SMS SOC SQL SSL SSO TLS UTC VPN
    XML""".split()
)

_LETTER_WORD = re.compile(r"[^\W\d_]{3,}")
_WORD = re.compile(r"\w+")
# Runs of three or more letters other than a-z: every ALL-CAPS word is one.
_CAPITALS = re.compile(r"[^\W\d_a-z][^\W\d_a-z][^\W\d_a-z]+")
# ASCII text is read as its letter cases: capitals become "A", small letters "a", anything
# else " ". A run of three or more "A" is then exactly a run of _CAPITALS, and a literal
# pattern lets `re` skip ahead instead of testing a character class at every position:
# translating and searching cost half of what `[A-Z][A-Z][A-Z]+` cost on the text itself.
_ASCII_CASES = bytes(65 if 65 <= c <= 90 else 97 if 97 <= c <= 122 else 32 for c in range(256))
_CAPITAL_RUN = re.compile(rb"AAA+")
_NOT_A_LETTER = 32
_NO_WORDS: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Message:
    at: datetime
    body: str


@dataclass(frozen=True)
class Signals:
    """Everything triage looks at, as plain values."""

    title: str = ""
    summary: str = ""
    category: str = "technical"
    source: str = "csm"
    messages: tuple[Message, ...] = ()  # the customer's own words, oldest first
    arr: Decimal | None = None
    days_to_renewal: int | None = None
    tenure_days: int | None = None
    prior_escalations_90d: int = 0
    prior_escalations_total: int | None = None  # None: only the 90-day count is known
    refund_amount: Decimal | None = None
    policy_exception: bool = False
    interactions_count: int = 0  # interactions without resolution
    reopened_count: int = 0
    tickets_48h: int = 0
    hours_since_last_resolution: float | None = None


@dataclass(frozen=True)
class RulesConfig:
    """Every weight and threshold, with the desk's defaults. A model mirrors it field by field."""

    # Score → severity
    sev1_threshold: int = 90
    sev2_threshold: int = 75
    sev3_threshold: int = 50
    # Sentiment: points scale with negativity, full weight at compound -1.0
    sentiment_weight: int = 20
    negative_sentiment_below: float = -0.05
    sentiment_shift_weight: int = 10
    sentiment_shift_drop: float = 0.3
    # Trigger phrases: the strongest rule per category counts; the sum is capped
    phrase_points_cap: int = 45
    shouting_share: float = 0.3
    shouting_min_words: int = 3
    shouting_points: int = 8
    profanity_points: int = 6
    # Account
    tier_strategic_points: int = 15
    tier_enterprise_points: int = 10
    tier_mid_market_points: int = 5
    tier_smb_points: int = 0
    renewal_near_days: int = 90
    renewal_near_points: int = 8
    renewal_imminent_days: int = 30
    renewal_imminent_points: int = 15
    long_tenure_days: int = 3 * 365
    long_tenure_first_escalation_points: int = 5
    prior_escalation_points: int = 3
    prior_escalations_cap: int = 9
    # Case history
    stuck_interactions: int = 5
    stuck_interactions_points: int = 8
    repeat_contact_hours: int = 72
    repeat_contact_points: int = 8
    ticket_burst: int = 3
    ticket_burst_points: int = 8
    reopen_points: int = 5
    reopen_cap: int = 10
    refund_guardrail_amount: Decimal = Decimal("10000")
    refund_points: int = 5
    # Entry point
    executive_email_points: int = 15
    cc_executive_points: int = 10
    social_public_points: int = 15
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
    def profanity_first_words(self) -> frozenset[str] | None:
        # A text holding an entry holds the entry's first word as a whole word: a cheap test.
        # None when an entry has no word at all ("#@!"): then every text must be searched.
        firsts = [_WORD.findall(w) for w in self.profanity_words]
        if not all(firsts):
            return None
        return frozenset(words[0] for words in firsts)

    @functools.cached_property
    def profanity_regex(self) -> re.Pattern[str] | None:
        if not self.profanity_words:
            return None
        alternation = "|".join(re.escape(w) for w in self.profanity_words)
        return re.compile(rf"(?<!\w)(?:{alternation})(?!\w)")

    def validate(self) -> list[str]:
        """Problems an admin must fix before this config can be used, in plain words."""
        return validate_config(self)


class Factor(NamedTuple):
    # A NamedTuple rather than a frozen dataclass: as immutable, and a brief makes a dozen of
    # them, at a third of the cost each.
    name: str
    points: int
    reason: str  # plain language; the UI prints f"{reason} {points:+d}"


@dataclass(frozen=True)
class TriageResult:
    score: int
    severity: int
    lane: str
    flags: tuple[str, ...]
    factors: tuple[Factor, ...]
    compound: float
    hard_rules: tuple[str, ...]
    config_version: int
    sentiment_shift: float | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "score": self.score,
            "severity": self.severity,
            "lane": self.lane,
            "flags": list(self.flags),
            "factors": [
                {"name": f.name, "points": f.points, "reason": f.reason} for f in self.factors
            ],
            "hard_rules": list(self.hard_rules),
            "sentiment": {"compound": self.compound, "shift": self.sentiment_shift},
            "config_version": self.config_version,
        }


# --- Reading the text -------------------------------------------------------------------------


class _Reading(NamedTuple):
    """What the text of a brief says, computed once per evaluation."""

    compound: float  # latest customer message; 0.0 without messages
    shift: float | None  # latest minus the mean of the earlier messages
    matches: tuple[Match, ...]
    rules: tuple[PhraseRule, ...]  # each rule that fired, once, in text order
    capitals: tuple[tuple[int, int], ...]  # per message: (ALL-CAPS words, words)
    profanity: tuple[str, ...]


def _read(signals: Signals, config: RulesConfig, compounds: tuple[float, ...] | None) -> _Reading:
    bodies = [m.body for m in signals.messages]
    if compounds is None:
        compounds = tuple(sentiment.compound(body) for body in bodies)
    elif len(compounds) != len(bodies):
        raise ValueError(f"{len(compounds)} compounds given for {len(bodies)} messages")
    scores = [_clean_compound(c) for c in compounds]
    # Each field its own run of sentences: no phrase spans the title and the summary.
    scan = config.matcher.scan(
        signals.title,
        signals.summary,
        *bodies,
        extra_words=config.profanity_first_words or _NO_WORDS,
    )
    return _Reading(
        compound=scores[-1] if scores else 0.0,
        shift=scores[-1] - math.fsum(scores[:-1]) / (len(scores) - 1) if len(scores) > 1 else None,
        matches=tuple(scan.matches),
        # Keyed by identity: hashing a rule hashes all its fields, and the matcher hands out
        # the same rule objects every time.
        rules=tuple({id(match.rule): match.rule for match in scan.matches}.values()),
        capitals=tuple([_capitals(body, config) for body in bodies]),
        profanity=_profanity(bodies, scan.words, config),
    )


def _clean_compound(value: float) -> float:
    # Stored scores come from outside; NaN or out-of-range values must not poison the score.
    return min(1.0, max(-1.0, value)) if math.isfinite(value) else 0.0


def _capitals(text: str, config: RulesConfig) -> tuple[int, int]:
    """(ALL-CAPS words, all words) among the words of three or more letters.

    Counting every word costs more than the rest of a message's reading, so the words are
    only counted when there are enough capitalised ones for shouting to be possible.
    """
    caps = 0
    end_of_text = len(text)
    if text.isascii():
        cases = text.encode().translate(_ASCII_CASES)
        for run in _CAPITAL_RUN.finditer(cases):
            start, end = run.span()
            if (start and cases[start - 1] != _NOT_A_LETTER) or (
                end < end_of_text and cases[end] != _NOT_A_LETTER
            ):
                continue  # part of a longer, mixed-case word ("iOS", "McDONALD")
            word = text[start:end]
            if word.isupper() and word not in ACRONYMS:
                caps += 1
    else:
        for run in _CAPITALS.finditer(text):
            start, end = run.span()
            if (start and text[start - 1].isalpha()) or (end < end_of_text and text[end].isalpha()):
                continue  # as above
            word = run.group()
            if word.isupper() and word not in ACRONYMS:
                caps += 1
    if caps < max(1, config.shouting_min_words):
        return caps, 0
    return caps, len(_LETTER_WORD.findall(text))


def _profanity(bodies: list[str], words: frozenset[str], config: RulesConfig) -> tuple[str, ...]:
    """The profane words in the customer's messages.

    `words` (the brief's words among the profanity entries' first words, from the phrase
    scan) rules out almost every brief with one set operation; only the rest are searched,
    message text only.
    """
    regex, first_words = config.profanity_regex, config.profanity_first_words
    if regex is None or (first_words is not None and first_words.isdisjoint(words)):
        return ()
    return tuple(dict.fromkeys(regex.findall("\n".join(bodies).lower())))


# --- Factors ----------------------------------------------------------------------------------
#
# One function per factor. Each returns None when its signal is absent, otherwise a Factor
# whose points may be 0 (an admin zeroed the weight): the flag it stands for still counts.

FactorFunction = Callable[[Signals, RulesConfig, _Reading], "Factor | None"]


def _sentiment(signals: Signals, config: RulesConfig, reading: _Reading) -> Factor | None:
    if not signals.messages or reading.compound >= config.negative_sentiment_below:
        return None
    points = round(config.sentiment_weight * min(1.0, -reading.compound))
    return Factor(
        "sentiment",
        points,
        f"Latest customer message is negative (VADER {reading.compound:+.2f})",
    )


def _sentiment_shift(signals: Signals, config: RulesConfig, reading: _Reading) -> Factor | None:
    if reading.shift is None or reading.shift > -config.sentiment_shift_drop:
        return None
    return Factor(
        "sentiment_shift",
        config.sentiment_shift_weight,
        f"Customer's tone fell by {-reading.shift:.2f} since the earlier messages",
    )


def _shouting(signals: Signals, config: RulesConfig, reading: _Reading) -> Factor | None:
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
        "shouting",
        config.shouting_points,
        f"Shouting: {caps} of {words} words in capitals",
    )


def _profanity_factor(signals: Signals, config: RulesConfig, reading: _Reading) -> Factor | None:
    if not reading.profanity:
        return None
    return Factor("profanity", config.profanity_points, "Profanity in the customer's messages")


# The RulesConfig field holding each tier's points.
_TIER_POINTS = {
    Tier.STRATEGIC: "tier_strategic_points",
    Tier.ENTERPRISE: "tier_enterprise_points",
    Tier.MID_MARKET: "tier_mid_market_points",
    Tier.SMB: "tier_smb_points",
}


def _tier(signals: Signals, config: RulesConfig, reading: _Reading) -> Factor | None:
    arr = _finite(signals.arr)
    if arr is None:
        return None
    tier = tier_for_arr(arr)
    points = getattr(config, _TIER_POINTS[tier])
    return Factor("tier", points, f"{tier.label} account (ARR {_money(arr)})")


def _renewal(signals: Signals, config: RulesConfig, reading: _Reading) -> Factor | None:
    days = signals.days_to_renewal
    if days is None or days < 0:
        return None  # no renewal date, or it has passed (the account view shows that)
    when = "today" if days == 0 else "tomorrow" if days == 1 else f"in {days} days"
    if days <= config.renewal_imminent_days:
        return Factor("renewal_imminent", config.renewal_imminent_points, f"Renewal {when}")
    if days <= config.renewal_near_days:
        return Factor("renewal_near", config.renewal_near_points, f"Renewal {when}")
    return None


def _long_tenure(signals: Signals, config: RulesConfig, reading: _Reading) -> Factor | None:
    tenure = signals.tenure_days
    if tenure is None or tenure < config.long_tenure_days or _prior_total(signals) > 0:
        return None
    years = tenure // 365
    return Factor(
        "long_tenure_first_escalation",
        config.long_tenure_first_escalation_points,
        f"Customer for {years} year{'s' if years != 1 else ''}, first escalation",
    )


def _prior_escalations(signals: Signals, config: RulesConfig, reading: _Reading) -> Factor | None:
    count = signals.prior_escalations_90d
    if count <= 0:
        return None
    points = min(config.prior_escalations_cap, count * config.prior_escalation_points)
    return Factor(
        "prior_escalations",
        points,
        f"{_plural(count, 'escalation')} in the last 90 days",
    )


def _stuck(signals: Signals, config: RulesConfig, reading: _Reading) -> Factor | None:
    count = signals.interactions_count
    if count < max(1, config.stuck_interactions):
        return None
    return Factor(
        "stuck_interactions",
        config.stuck_interactions_points,
        f"{_plural(count, 'interaction')} without resolution",
    )


def _repeat_contact(signals: Signals, config: RulesConfig, reading: _Reading) -> Factor | None:
    hours = signals.hours_since_last_resolution
    if hours is None or not 0 <= hours <= config.repeat_contact_hours:
        return None  # also skips NaN: every comparison with NaN is false
    return Factor(
        "repeat_contact",
        config.repeat_contact_points,
        f"Contacted again {_plural(int(hours), 'hour')} after a resolution",
    )


def _ticket_burst(signals: Signals, config: RulesConfig, reading: _Reading) -> Factor | None:
    count = signals.tickets_48h
    if count < max(1, config.ticket_burst):
        return None
    return Factor(
        "ticket_burst",
        config.ticket_burst_points,
        f"{_plural(count, 'ticket')} in 48 hours",
    )


def _reopened(signals: Signals, config: RulesConfig, reading: _Reading) -> Factor | None:
    count = signals.reopened_count
    if count <= 0:
        return None
    points = min(config.reopen_cap, count * config.reopen_points)
    return Factor("reopened", points, f"Reopened {_plural(count, 'time')}")


def _refund(signals: Signals, config: RulesConfig, reading: _Reading) -> Factor | None:
    amount = _finite(signals.refund_amount)
    if amount is None or amount < config.refund_guardrail_amount:
        return None
    return Factor(
        "refund_over_limit",
        config.refund_points,
        f"Refund or credit of {_money(amount)} (limit {_money(config.refund_guardrail_amount)})",
    )


def _source(signals: Signals, config: RulesConfig, reading: _Reading) -> Factor | None:
    if signals.source == "executive_email":
        return Factor("executive_email", config.executive_email_points, "Raised by an executive")
    if signals.source == "cc_executive":
        return Factor("cc_executive", config.cc_executive_points, "An executive is copied in")
    if signals.source == "social_public":
        return Factor("social_public", config.social_public_points, "Raised in a public post")
    return None


FACTORS: tuple[FactorFunction, ...] = (
    _sentiment,
    _sentiment_shift,
    _shouting,
    _profanity_factor,
    _tier,
    _renewal,
    _long_tenure,
    _prior_escalations,
    _stuck,
    _repeat_contact,
    _ticket_burst,
    _reopened,
    _refund,
    _source,
)

# The flag each factor raises (whatever its points).
FACTOR_FLAGS = {
    "sentiment": "negative_sentiment",
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
    "executive_email": "executive_complaint",
    "cc_executive": "executive_complaint",
    "social_public": "public_complaint",
}


def _phrase_factors(config: RulesConfig, reading: _Reading) -> list[Factor]:
    """One factor per category that fired (its strongest rule), then the cap if it bites."""
    fired: dict[str, list[PhraseRule]] = {}
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


# --- Hard rules -------------------------------------------------------------------------------


class _HardRules(NamedTuple):
    lane: str  # the lowest lane allowed
    severity: int  # the least severe severity allowed
    sentences: tuple[str, ...]


def _hard_rules(
    signals: Signals, config: RulesConfig, reading: _Reading, flags: tuple[str, ...]
) -> _HardRules:
    lane, severity, sentences = "autonomous", 4, []
    for flag, floor, sentence in HARD_RULE_LANES:
        if flag in flags:
            lane = _higher_lane(lane, floor)
            sentences.append(sentence)
    if "refund_over_limit" in flags:
        lane = _higher_lane(lane, "guardrailed")
        sentences.append(
            f"Refund or credit at or over the {_money(config.refund_guardrail_amount)} limit: "
            "at least guardrailed"
        )
    for rule in reading.rules:
        if rule.forced_lane in LANE_RANK and LANE_RANK[rule.forced_lane] > LANE_RANK[lane]:
            lane = rule.forced_lane
            sentences.append(f"{_sentence_case(rule.label)}: at least {LANE_LABELS[lane]}")
        if rule.min_severity is not None and 1 <= rule.min_severity < severity:
            severity = rule.min_severity
            sentences.append(f"{_sentence_case(rule.label)}: Sev-{severity} whatever the score")
    return _HardRules(lane, severity, tuple(dict.fromkeys(sentences)))


def _sentence_case(label: str) -> str:
    return label[:1].upper() + label[1:]


def _higher_lane(a: str, b: str) -> str:
    return a if LANE_RANK[a] >= LANE_RANK[b] else b


# --- Evaluate ---------------------------------------------------------------------------------


def evaluate(
    signals: Signals, config: RulesConfig, *, compounds: tuple[float, ...] | None = None
) -> TriageResult:
    """Triage one brief. `compounds`: stored VADER scores of the messages, to skip rescoring."""
    reading = _read(signals, config, compounds)
    factors = []
    for factor in FACTORS:
        found = factor(signals, config, reading)
        if found is not None:
            factors.append(found)
    factors += _phrase_factors(config, reading)
    flags = _flags(signals, factors)
    hard = _hard_rules(signals, config, reading, flags)
    score = max(0, min(100, sum([f.points for f in factors])))
    severity = min(severity_for_score(score, config), hard.severity)
    lane = _higher_lane(lane_for_severity(severity), hard.lane)
    return TriageResult(
        score=score,
        severity=severity,
        lane=lane,
        flags=flags,
        factors=tuple([f for f in factors if f.points != 0]),
        compound=reading.compound,
        hard_rules=hard.sentences,
        config_version=config.version,
        sentiment_shift=reading.shift,
    )


def _flags(signals: Signals, factors: list[Factor]) -> tuple[str, ...]:
    flags = []
    for f in factors:
        if f.name in FACTOR_FLAGS:
            flags.append(FACTOR_FLAGS[f.name])
        elif f.name.startswith("phrase_") and f.name != "phrase_cap":
            category = f.name.removeprefix("phrase_")
            flags.append(PHRASE_FLAGS.get(category, category))
    if signals.policy_exception:
        flags.append("policy_exception")
    return tuple(dict.fromkeys(flags))


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


# --- Small helpers ----------------------------------------------------------------------------


def _finite(value: Decimal | None) -> Decimal | None:
    # Decimal NaN raises on comparison; treat NaN (and a missing value) as unknown.
    if value is None:
        return None
    if not isinstance(value, Decimal):
        value = Decimal(str(value))  # a caller passed an int or float
    return value if value.is_finite() else None


def _prior_total(signals: Signals) -> int:
    total = signals.prior_escalations_total
    return signals.prior_escalations_90d if total is None else total


def _plural(count: int, noun: str) -> str:
    return f"{count} {noun}{'' if count == 1 else 's'}"


def _money(amount: Decimal) -> str:
    if amount.copy_abs() >= 10**15:
        return f"${amount:.3e}"  # an absurd amount still prints in one short line
    return f"${amount:,.0f}"


# --- Configuration checks ---------------------------------------------------------------------

# What each field is called on the admin's form and in `validate_config` messages.
FIELD_LABELS = {
    "sev1_threshold": "Sev-1 threshold",
    "sev2_threshold": "Sev-2 threshold",
    "sev3_threshold": "Sev-3 threshold",
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
        if not rule.label.strip():
            problems.append(f"{name}: give it a short label.")
    return problems


def _label(name: str) -> str:
    return FIELD_LABELS.get(name, name)


# --- JSON input -------------------------------------------------------------------------------


class PayloadError(ValueError):
    """A triage payload that cannot be read; the message names the key and the problem."""


_PAYLOAD_KEYS = frozenset(
    {
        "title",
        "summary",
        "category",
        "source",
        "messages",
        "customer",
        "refund_amount",
        "policy_exception",
        "interactions_count",
        "reopened_count",
        "tickets_48h",
        "last_resolved_at",
        "now",
    }
)
_CUSTOMER_KEYS = frozenset(
    {"arr", "renewal_date", "customer_since", "prior_escalations_90d", "prior_escalations_total"}
)


def signals_from_payload(data: Any, *, now: datetime) -> Signals:
    """Signals from the JSON a `manage.py triage` user types. Raises PayloadError.

    `now` (aware) anchors days to renewal, tenure and hours since the last resolution; a
    `now` key in the payload overrides it. Naive date-times in the payload are taken as UTC.
    """
    if now.tzinfo is None or now.utcoffset() is None:
        raise ValueError("now must be an aware datetime")
    if not isinstance(data, Mapping):
        raise PayloadError("the payload must be a JSON object")
    _reject_unknown(data, _PAYLOAD_KEYS, "")
    if data.get("now") is not None:
        now = _datetime(data["now"], "now")
    customer = data.get("customer")
    if customer is None:
        customer = {}
    if not isinstance(customer, Mapping):
        raise PayloadError("customer must be an object")
    _reject_unknown(customer, _CUSTOMER_KEYS, "customer")
    last_resolved = _optional(data, "last_resolved_at", _datetime)
    return Signals(
        title=_optional(data, "title", _string) or "",
        summary=_text(data, "summary"),
        category=_choice(data, "category", CASE_CATEGORIES, "technical"),
        source=_choice(data, "source", SOURCES, "csm"),
        messages=_messages(data.get("messages")),
        arr=_optional(customer, "arr", _amount, "customer."),
        days_to_renewal=_days_between(
            now, _optional(customer, "renewal_date", _date, "customer."), ahead=True
        ),
        tenure_days=_days_between(
            now, _optional(customer, "customer_since", _date, "customer."), ahead=False
        ),
        prior_escalations_90d=_count(customer, "prior_escalations_90d", "customer.") or 0,
        prior_escalations_total=_count(customer, "prior_escalations_total", "customer."),
        refund_amount=_optional(data, "refund_amount", _amount),
        policy_exception=_flag(data, "policy_exception"),
        interactions_count=_count(data, "interactions_count") or 0,
        reopened_count=_count(data, "reopened_count") or 0,
        tickets_48h=_count(data, "tickets_48h") or 0,
        hours_since_last_resolution=(
            None if last_resolved is None else (now - last_resolved) / timedelta(hours=1)
        ),
    )


def _reject_unknown(data: Mapping[Any, Any], known: frozenset[str], where: str) -> None:
    for key in data:
        if key not in known:
            # repr: a key is anything the user typed, line breaks included.
            raise PayloadError(
                f"{where or 'the payload'} has an unknown key {key!r} "
                f"(known: {', '.join(sorted(known))})"
            )


def _text(data: Mapping[str, Any], key: str) -> str:
    value = data.get(key)
    if value is None:
        raise PayloadError(f"{key} is required")
    if not isinstance(value, str):
        raise PayloadError(f"{key} must be a string")
    if not value.strip():
        raise PayloadError(f"{key} must not be blank")
    return value


def _string(value: Any, name: str) -> str:
    if not isinstance(value, str):
        raise PayloadError(f"{name} must be a string")
    return value


def _choice(data: Mapping[str, Any], key: str, allowed: tuple[str, ...], default: str) -> str:
    value = data.get(key)
    if value is None:
        return default
    if not isinstance(value, str) or value not in allowed:
        raise PayloadError(f"{key} must be one of: {', '.join(allowed)}")
    return value


def _flag(data: Mapping[str, Any], key: str) -> bool:
    value = data.get(key)
    if value is None:
        return False
    if not isinstance(value, bool):
        raise PayloadError(f"{key} must be true or false")
    return value


def _optional(
    data: Mapping[str, Any], key: str, parse: Callable[[Any, str], Any], prefix: str = ""
) -> Any:
    value = data.get(key)
    return None if value is None else parse(value, prefix + key)


def _count(data: Mapping[str, Any], key: str, prefix: str = "") -> int | None:
    value = data.get(key)
    if value is None:
        return None
    # bool is an int in Python, but `true` is not a count.
    if isinstance(value, bool) or not isinstance(value, int):
        raise PayloadError(f"{prefix}{key} must be a whole number")
    if value < 0:
        raise PayloadError(f"{prefix}{key} must not be negative")
    return value


def _amount(value: Any, name: str) -> Decimal:
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        raise PayloadError(f"{name} must be a number")
    try:
        amount = Decimal(str(value).strip())
    except (InvalidOperation, ValueError):
        raise PayloadError(f"{name} must be a number") from None
    if not amount.is_finite():
        raise PayloadError(f"{name} must be a finite number")
    if amount < 0:
        raise PayloadError(f"{name} must not be negative")
    return amount


def _datetime(value: Any, name: str) -> datetime:
    if not isinstance(value, str):
        raise PayloadError(f"{name} is not an ISO 8601 date-time")
    try:
        parsed = datetime.fromisoformat(value.strip())
        if parsed.tzinfo is None or parsed.utcoffset() is None:
            parsed = parsed.replace(tzinfo=UTC)
        # Normalising to UTC also proves the instant is representable (year 1 at +05:00 is not).
        return parsed.astimezone(UTC)
    except (ValueError, OverflowError):
        raise PayloadError(f"{name} is not an ISO 8601 date-time") from None


def _date(value: Any, name: str) -> date:
    if not isinstance(value, str):
        raise PayloadError(f"{name} is not an ISO 8601 date")
    text = value.strip()
    try:
        if "T" in text or " " in text:
            return _datetime(text, name).date()
        return date.fromisoformat(text)
    except ValueError:
        raise PayloadError(f"{name} is not an ISO 8601 date") from None


def _days_between(now: datetime, day: date | None, *, ahead: bool) -> int | None:
    if day is None:
        return None
    today = now.astimezone(UTC).date()
    return (day - today).days if ahead else (today - day).days


def _messages(value: Any) -> tuple[Message, ...]:
    if value is None:
        return ()
    if not isinstance(value, list):
        raise PayloadError("messages must be a list of {at, body} objects")
    messages = []
    for i, item in enumerate(value):
        name = f"messages[{i}]"
        if not isinstance(item, Mapping):
            raise PayloadError(f"{name} must be an object with at and body")
        _reject_unknown(item, frozenset({"at", "body"}), name)
        if item.get("at") is None:
            raise PayloadError(f"{name}.at is required")
        body = item.get("body")
        if not isinstance(body, str):
            raise PayloadError(f"{name}.body must be a string")
        messages.append(Message(at=_datetime(item["at"], f"{name}.at"), body=body))
    # Oldest first whatever order they were typed in; sorted() is stable for equal instants.
    return tuple(sorted(messages, key=lambda m: m.at))
