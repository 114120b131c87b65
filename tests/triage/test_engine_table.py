"""Triage decisions for a table of briefs, by the "severity from impact first" policy.

DESIGN.md "Triage": severity is the most severe of the impact floor the brief's signals set,
the score band (at most `band_max_levels_above_floor` above the floor), and the commercial
raise of the floor (strategic account, renewal within 30 days) when there is a risk signal at
all. The lane is the severity's lane, raised by the hard rules.

Each row is a payload as `manage.py triage` reads it, with `now` pinned in the payload, the
VADER scores to use (by default every message is scored neutral, so the customer's tone only
counts where a row is about tone; None lets VADER score the words), and what the desk must
see: severity, lane, which step decided, a fragment of the one-line why, and where a row is
about them the flags, floor, band, score and points (expressed through the config's fields).
The expectations were written from DESIGN.md and the `RulesConfig` defaults, not copied from
the engine's output.
"""

from __future__ import annotations

import copy
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Any

import pytest

from triage.engine import RulesConfig, evaluate, signals_from_payload

NOW = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
CONFIG = RulesConfig(version=7)
HUMAN, GUARD, AUTO = "human_first", "guardrailed", "autonomous"
FLOOR, RAISE, BAND = "floor", "raise", "band"
NEUTRAL = "neutral"  # every message scored 0.0 by VADER

# A routine question: no account data, one calm customer message. No risk signal.
BASE: dict[str, Any] = {
    "title": "Export scheduling question",
    "summary": "Customer asks how to schedule the nightly export.",
    "category": "technical",
    "source": "csm",
    "messages": [{"at": "2026-03-02T08:00:00Z", "body": "Could you check the export job?"}],
    "now": NOW.isoformat(),
}


def day(days: float) -> str:
    return (NOW + timedelta(days=days)).date().isoformat()


def hours_ago(hours: float) -> str:
    return (NOW - timedelta(hours=hours)).isoformat()


def phrase_points(category: str) -> int:
    """The points a trigger-phrase category carries in the configuration's phrase rows."""
    return max(rule.weight for rule in CONFIG.phrases if rule.category == category)


def brief(*, says: str | list[str] | None = None, **changes: Any) -> dict[str, Any]:
    """BASE with `changes`; `says` replaces the customer's messages (oldest first)."""
    payload = copy.deepcopy(BASE)
    payload.update(changes)
    if says is not None:
        bodies = [says] if isinstance(says, str) else says
        payload["messages"] = [
            {"at": hours_ago(len(bodies) - i), "body": body} for i, body in enumerate(bodies)
        ]
    return payload


def row(
    id: str,
    payload: dict[str, Any],
    *,
    severity: int,
    lane: str,
    decided_by: str,
    why: str,
    config: RulesConfig = CONFIG,
    compounds: tuple[float, ...] | str | None = NEUTRAL,
    flags: set[str] | None = None,
    absent: set[str] | None = None,
    floor: int | None = None,
    band: int | None = None,
    score: int | None = None,
    points: dict[str, int] | None = None,
    hard_rules: tuple[str, ...] | None = None,
    xfail: str | None = None,
):
    expected = {
        "severity": severity,
        "lane": lane,
        "decided_by": decided_by,
        "why": why,
        "flags": flags or set(),
        "absent": absent or set(),
        "floor": floor,
        "band": band,
        "score": score,
        "points": points or {},
        "hard_rules": hard_rules,
    }
    marks = [pytest.mark.xfail(reason=xfail, strict=True)] if xfail else []
    return pytest.param(payload, config, compounds, expected, id=id, marks=marks)


SMB = {"arr": 5_000, "renewal_date": day(200)}
MID_MARKET = {"arr": 20_000, "renewal_date": day(200)}
ENTERPRISE = {"arr": 80_000, "renewal_date": day(200)}
STRATEGIC = {"arr": 300_000, "renewal_date": day(200)}

LEGAL_RULE = "Legal threat: human-first whatever the score"
SECURITY_RULE = "Security breach: human-first whatever the score"
DATA_LOSS_RULE = "Data loss: human-first whatever the score"
EXECUTIVE_RULE = "Executive complaint: human-first whatever the score"
PUBLIC_RULE = "Public complaint: human-first whatever the score"
POLICY_RULE = "Contract or policy exception: at least guardrailed"
REFUND_RULE = "Refund or credit at or over the $10,000 limit: at least guardrailed"

# DESIGN.md names the signal; the default phrase rows do not recognise this wording yet
# (reported with this table). Strict: the row turns red once the phrases catch it.

CHARGEBACK = "We have told our card company to reverse the charge for March."
DISAPPOINTED = "Honestly, we are disappointed with how slow support has been lately."
CHURN = "We are going to move to another provider when this contract ends."
LAWYERS = "If this is not sorted by Friday, our attorneys will be in touch."

CASES = [
    # --- Baseline ---------------------------------------------------------------------------
    row(
        "routine brief: no risk signal, Sev-4 autonomous",
        brief(customer=SMB),
        severity=4,
        lane=AUTO,
        decided_by=BAND,
        why="no risk signal",
        floor=4,
        score=CONFIG.tier_smb_points,
        hard_rules=(),
    ),
    # --- Sev-1 floors -----------------------------------------------------------------------
    row(
        "security breach: a stranger got into the admin account",
        brief(
            customer=SMB,
            says="A stranger got into our admin account last night and downloaded our client list.",
        ),
        severity=1,
        lane=HUMAN,
        decided_by=FLOOR,
        why="Sev-1: security breach or data exposure reported (impact floor)",
        flags={"security_breach"},
        floor=1,
        hard_rules=(SECURITY_RULE,),
    ),
    row(
        "data exposure: our invoices show up in another company's portal",
        brief(customer=SMB, says="Another company can see our invoices in their own portal."),
        severity=1,
        lane=HUMAN,
        decided_by=FLOOR,
        why="(impact floor)",
        flags={"security_breach"},
        floor=1,
    ),
    row(
        "complete outage: not one of our stores can take a payment",
        brief(customer=SMB, says="Since 7am not a single one of our 40 stores can take a payment."),
        severity=1,
        lane=HUMAN,
        decided_by=FLOOR,
        why="Sev-1: complete outage (impact floor)",
        flags={"outage"},
        floor=1,
    ),
    row(
        "complete outage: nobody in the company can log in",
        brief(
            customer=SMB,
            says="Since your update this morning nobody in the company can log in at all.",
        ),
        severity=1,
        lane=HUMAN,
        decided_by=FLOOR,
        why="Sev-1: complete outage (impact floor)",
        flags={"outage"},
    ),
    row(
        "a reported vulnerability is its phrase row's own floor, and human-first",
        brief(customer=SMB, says="We found a cross-site scripting vulnerability in your login."),
        severity=2,
        lane=HUMAN,
        decided_by=FLOOR,
        why="Sev-2: security vulnerability reported (impact floor)",
        flags={"security_breach"},
        hard_rules=(SECURITY_RULE,),
    ),
    # --- Sev-2 floors -----------------------------------------------------------------------
    row(
        "data loss: three months of orders vanished",
        brief(
            customer=SMB,
            says="After your update last night three months of our orders have vanished.",
        ),
        severity=2,
        lane=HUMAN,
        decided_by=FLOOR,
        why="Sev-2: data loss (impact floor)",
        flags={"data_loss"},
        floor=2,
        hard_rules=(DATA_LOSS_RULE,),
    ),
    row(
        "legal threat: attorneys will be in touch",
        brief(customer=SMB, says=LAWYERS),
        severity=2,
        lane=HUMAN,
        decided_by=FLOOR,
        why="Sev-2: legal threat (impact floor)",
        flags={"legal_threat"},
        floor=2,
        hard_rules=(LEGAL_RULE,),
    ),
    row(
        "legal threat in the summary: taking us to court",
        brief(
            customer=SMB,
            summary="The customer says they are preparing to take us to court over the SLA.",
        ),
        severity=2,
        lane=HUMAN,
        decided_by=FLOOR,
        why="Sev-2: legal threat (impact floor)",
        flags={"legal_threat"},
    ),
    row(
        "legal threat: we have instructed our lawyers",
        brief(customer=SMB, says="We have instructed our lawyers."),
        severity=2,
        lane=HUMAN,
        decided_by=FLOOR,
        why="Sev-2: legal threat (impact floor)",
        flags={"legal_threat"},
    ),
    row(
        "'will not hesitate' to involve lawyers is still a threat",
        brief(customer=SMB, says="We will not hesitate to involve our lawyers."),
        severity=2,
        lane=HUMAN,
        decided_by=FLOOR,
        why="legal threat",
        flags={"legal_threat"},
    ),
    # --- Churn: small, large and near-renewal accounts -----------------------------------------
    row(
        "churn at an SMB account far from renewal is Sev-3",
        brief(customer=SMB, says=CHURN),
        severity=3,
        lane=GUARD,
        decided_by=FLOOR,
        why="Sev-3: churn risk (impact floor)",
        flags={"churn_risk"},
        floor=3,
    ),
    row(
        "churn at an SMB account just outside the 90-day renewal window is Sev-3",
        brief(
            customer=SMB | {"renewal_date": day(CONFIG.churn_renewal_days + 1)},
            says=CHURN,
        ),
        severity=3,
        lane=GUARD,
        decided_by=FLOOR,
        why="Sev-3: churn risk (impact floor)",
        floor=3,
    ),
    row(
        "churn at an SMB account 60 days before renewal is Sev-2",
        brief(customer=SMB | {"renewal_date": day(60)}, says=CHURN),
        severity=2,
        lane=HUMAN,
        decided_by=FLOOR,
        why="Sev-2: churn risk 60 days before renewal (impact floor)",
        floor=2,
    ),
    row(
        "churn at an enterprise account is Sev-2",
        brief(customer=ENTERPRISE, says=CHURN),
        severity=2,
        lane=HUMAN,
        decided_by=FLOOR,
        why="Sev-2: churn risk at an enterprise account (impact floor)",
        floor=2,
    ),
    row(
        # Literal DESIGN.md: churn at a strategic account sets Sev-2, and the strategic raise
        # applies to any risk signal, so the account's size counts in both steps.
        "churn at a strategic account is Sev-2 raised to Sev-1",
        brief(customer=STRATEGIC, says=CHURN),
        severity=1,
        lane=HUMAN,
        decided_by=RAISE,
        why="(Sev-2 raised one level)",
        floor=2,
    ),
    row(
        "churn at an SMB account renewing in 20 days: Sev-2 floor raised by the renewal",
        brief(customer=SMB | {"renewal_date": day(20)}, says=CHURN),
        severity=1,
        lane=HUMAN,
        decided_by=RAISE,
        why="20 days before renewal (Sev-2 raised one level)",
        floor=2,
    ),
    # --- Sev-3 floors: executive and public ---------------------------------------------------
    row(
        "executive complaint in the customer's words",
        brief(
            customer=SMB,
            says="I have copied our CEO and I expect a call from your head of support today.",
        ),
        severity=3,
        lane=HUMAN,
        decided_by=FLOOR,
        why="Sev-3: executive complaint (impact floor)",
        flags={"executive_complaint"},
        floor=3,
        hard_rules=(EXECUTIVE_RULE,),
    ),
    row(
        "raised by an executive's e-mail",
        brief(customer=SMB, source="executive_email"),
        severity=3,
        lane=HUMAN,
        decided_by=FLOOR,
        why="Sev-3: executive complaint (impact floor)",
        flags={"executive_complaint"},
        points={"executive_email": CONFIG.executive_email_points},
        hard_rules=(EXECUTIVE_RULE,),
    ),
    row(
        "an executive copied in",
        brief(customer=SMB, source="cc_executive"),
        severity=3,
        lane=HUMAN,
        decided_by=FLOOR,
        why="Sev-3: executive complaint (impact floor)",
        points={"cc_executive": CONFIG.cc_executive_points},
        hard_rules=(EXECUTIVE_RULE,),
    ),
    row(
        "public complaint: threat to write about it on LinkedIn",
        brief(
            customer=SMB,
            says="If I hear nothing today I will write about this on LinkedIn for everyone to see.",
        ),
        severity=3,
        lane=HUMAN,
        decided_by=FLOOR,
        why="Sev-3: public complaint (impact floor)",
        flags={"public_complaint"},
        hard_rules=(PUBLIC_RULE,),
    ),
    row(
        "raised from a public social post",
        brief(customer=SMB, source="social_public"),
        severity=3,
        lane=HUMAN,
        decided_by=FLOOR,
        why="Sev-3: public complaint (impact floor)",
        points={"social_public": CONFIG.social_public_points},
        hard_rules=(PUBLIC_RULE,),
    ),
    # --- Sev-3 floors: money, policy and compliance ---------------------------------------
    row(
        "chargeback: told the card company to reverse the charge",
        brief(customer=SMB, category="billing", says=CHARGEBACK),
        severity=3,
        lane=GUARD,
        decided_by=FLOOR,
        why="Sev-3: chargeback or payment dispute (impact floor)",
        flags={"chargeback_threat"},
        hard_rules=(),
    ),
    row(
        "compliance request: a GDPR copy of personal data",
        brief(
            customer=SMB,
            category="compliance",
            says="Under GDPR we formally request a copy of all personal data you hold on our staff.",
        ),
        severity=3,
        lane=GUARD,
        decided_by=FLOOR,
        why="Sev-3: compliance or regulatory request (impact floor)",
        flags={"compliance_request"},
    ),
    row(
        "refund of exactly $10,000 is Sev-3 and guardrailed",
        brief(customer=SMB, category="billing", refund_amount=10_000),
        severity=3,
        lane=GUARD,
        decided_by=FLOOR,
        why="Sev-3: refund or credit over the limit (impact floor)",
        flags={"refund_over_limit"},
        points={"refund_over_limit": CONFIG.refund_points},
        hard_rules=(REFUND_RULE,),
    ),
    row(
        "refund of $9,999 is routine",
        brief(customer=SMB, category="billing", refund_amount=9_999),
        severity=4,
        lane=AUTO,
        decided_by=BAND,
        why="no risk signal",
        absent={"refund_over_limit"},
        hard_rules=(),
    ),
    row(
        "policy exception requested on the brief",
        brief(customer=SMB, policy_exception=True),
        severity=3,
        lane=GUARD,
        decided_by=FLOOR,
        why="Sev-3: contract or policy exception (impact floor)",
        flags={"policy_exception"},
        points={"policy_exception_requested": CONFIG.policy_exception_points},
        hard_rules=(POLICY_RULE,),
    ),
    row(
        "policy exception asked for in the customer's words",
        brief(
            customer=SMB,
            says="We need you to make an exception to the contract terms and keep our discount.",
        ),
        severity=3,
        lane=GUARD,
        decided_by=FLOOR,
        why="Sev-3: contract or policy exception (impact floor)",
        flags={"policy_exception"},
    ),
    # --- Sev-3 floors: strong frustration -------------------------------------------------------
    row(
        "frustration: asked four times, still broken, unacceptable",
        brief(
            customer=SMB,
            says="I have now asked four times and it is still broken. This is unacceptable.",
        ),
        severity=3,
        lane=GUARD,
        decided_by=FLOOR,
        why="Sev-3: strong frustration (impact floor)",
        flags={"frustration"},
    ),
    row(
        "frustration: sick and tired of chasing",
        brief(customer=SMB, says="We are sick and tired of chasing your team for answers."),
        severity=3,
        lane=GUARD,
        decided_by=FLOOR,
        why="Sev-3: strong frustration (impact floor)",
        flags={"frustration"},
    ),
    row(
        "profanity in the customer's words",
        brief(customer=SMB, says="The export broke again, this is bullshit."),
        severity=3,
        lane=GUARD,
        decided_by=FLOOR,
        why="Sev-3: profanity (impact floor)",
        flags={"profanity"},
        points={"profanity": CONFIG.profanity_points},
    ),
    row(
        "a swear word praising the product is no profanity",
        brief(customer=SMB, says="Your new dashboard is damn good, thank you."),
        severity=4,
        lane=AUTO,
        decided_by=BAND,
        why="Sev-4",
        absent={"profanity"},
    ),
    row(
        "shouting",
        brief(customer=SMB, says="THE NIGHTLY EXPORT FAILED AGAIN and finance needs it"),
        severity=3,
        lane=GUARD,
        decided_by=FLOOR,
        why="Sev-3: shouting (impact floor)",
        flags={"shouting"},
        points={"shouting": CONFIG.shouting_points},
    ),
    row(
        "acronyms in capitals are not shouting",
        brief(customer=SMB, says="SSO fails for API users on AWS"),
        severity=4,
        lane=AUTO,
        decided_by=BAND,
        why="no risk signal",
        absent={"shouting"},
    ),
    row(
        "tone turning sharply worse and ending negative",
        brief(customer=SMB, says=["Thanks, that fixed it!", "It broke again overnight."]),
        compounds=(0.6, -0.3),
        severity=3,
        lane=GUARD,
        decided_by=FLOOR,
        why="Sev-3: tone turning sharply worse (impact floor)",
        flags={"sentiment_drop"},
        points={"sentiment_shift": CONFIG.sentiment_shift_weight},
    ),
    row(
        "a fall from delighted to content is no complaint",
        brief(customer=SMB, says=["This is wonderful!", "OK, that works."]),
        compounds=(0.9, 0.2),
        severity=4,
        lane=AUTO,
        decided_by=BAND,
        why="no risk signal",
        absent={"sentiment_drop"},
    ),
    row(
        # The brief's policy (RulesConfig.floor_very_negative_tone = 4): VADER misreads support
        # vocabulary, so tone alone sets no floor; DESIGN.md's Sev-3 list names "very negative
        # tone" (see the report that came with this table).
        "very negative tone alone sets no floor by default, only points",
        brief(customer=SMB, says="Terrible."),
        compounds=(-0.8,),
        severity=4,
        lane=AUTO,
        decided_by=BAND,
        why="Sev-4",
        flags={"very_negative_tone"},
        floor=CONFIG.floor_very_negative_tone,
        points={"very_negative_tone": round(CONFIG.sentiment_weight * 0.8)},
    ),
    row(
        "very negative tone is Sev-3 once an admin gives it a floor",
        brief(customer=SMB, says="Terrible."),
        config=RulesConfig(floor_very_negative_tone=3, version=7),
        compounds=(-0.8,),
        severity=3,
        lane=GUARD,
        decided_by=FLOOR,
        why="Sev-3: very negative tone (impact floor)",
    ),
    # --- Sev-3 floors: operational loops and their boundaries ----------------------------------
    row(
        "back exactly 72 hours after a resolution is a repeat contact",
        brief(customer=SMB, last_resolved_at=hours_ago(CONFIG.repeat_contact_hours)),
        severity=3,
        lane=GUARD,
        decided_by=FLOOR,
        why="Sev-3: repeat contact soon after a resolution (impact floor)",
        flags={"repeat_contact"},
        points={"repeat_contact": CONFIG.repeat_contact_points},
    ),
    row(
        "back 73 hours after a resolution is no repeat contact",
        brief(customer=SMB, last_resolved_at=hours_ago(CONFIG.repeat_contact_hours + 1)),
        severity=4,
        lane=AUTO,
        decided_by=BAND,
        why="no risk signal",
        absent={"repeat_contact"},
    ),
    row(
        "five interactions without resolution",
        brief(customer=SMB, interactions_count=CONFIG.stuck_interactions),
        severity=3,
        lane=GUARD,
        decided_by=FLOOR,
        why="Sev-3: many interactions without resolution (impact floor)",
        flags={"stuck"},
        points={"stuck_interactions": CONFIG.stuck_interactions_points},
    ),
    row(
        "four interactions are not stuck yet",
        brief(customer=SMB, interactions_count=CONFIG.stuck_interactions - 1),
        severity=4,
        lane=AUTO,
        decided_by=BAND,
        why="no risk signal",
        absent={"stuck"},
    ),
    row(
        "three tickets in 48 hours",
        brief(customer=SMB, tickets_48h=CONFIG.ticket_burst),
        severity=3,
        lane=GUARD,
        decided_by=FLOOR,
        why="Sev-3: a burst of tickets (impact floor)",
        flags={"ticket_burst"},
        points={"ticket_burst": CONFIG.ticket_burst_points},
    ),
    row(
        "two tickets in 48 hours are no burst",
        brief(customer=SMB, tickets_48h=CONFIG.ticket_burst - 1),
        severity=4,
        lane=AUTO,
        decided_by=BAND,
        why="no risk signal",
        absent={"ticket_burst"},
    ),
    row(
        "reopened once",
        brief(customer=SMB, reopened_count=1),
        severity=3,
        lane=GUARD,
        decided_by=FLOOR,
        why="Sev-3: a reopened case (impact floor)",
        flags={"reopened"},
        points={"reopened": CONFIG.reopen_points},
    ),
    row(
        "AI hand-off loop: the bot keeps sending the same article",
        brief(
            customer=SMB,
            source="ai_handoff",
            says="Your bot keeps sending me the same help article. Put me through to a real person.",
        ),
        severity=3,
        lane=GUARD,
        decided_by=FLOOR,
        why="Sev-3: AI hand-off loop (impact floor)",
        flags={"ai_handoff_loop"},
    ),
    row(
        "champion left the customer's company",
        brief(
            customer=SMB,
            says="Priya, who championed your platform internally, left the company last week.",
        ),
        severity=3,
        lane=GUARD,
        decided_by=FLOOR,
        why="Sev-3: champion left (impact floor)",
        flags={"champion_left"},
    ),
    # --- Long tenure: only when the whole history is known to be empty --------------------------
    row(
        "six-year customer with no escalation ever",
        brief(
            customer=SMB
            | {
                "customer_since": day(-6 * 365),
                "prior_escalations_90d": 0,
                "prior_escalations_total": 0,
            }
        ),
        severity=3,
        lane=GUARD,
        decided_by=FLOOR,
        why="Sev-3: long-tenured customer's first escalation in years (impact floor)",
        flags={"long_tenure_first_escalation"},
        points={"long_tenure_first_escalation": CONFIG.long_tenure_first_escalation_points},
    ),
    row(
        "six-year customer with only the 90-day count known is no first escalation",
        brief(customer=SMB | {"customer_since": day(-6 * 365), "prior_escalations_90d": 0}),
        severity=4,
        lane=AUTO,
        decided_by=BAND,
        why="no risk signal",
        absent={"long_tenure_first_escalation"},
    ),
    row(
        "six-year customer with earlier escalations is no first escalation",
        brief(
            customer=SMB | {"customer_since": day(-6 * 365), "prior_escalations_total": 2},
        ),
        severity=4,
        lane=AUTO,
        decided_by=BAND,
        why="no risk signal",
        absent={"long_tenure_first_escalation"},
    ),
    row(
        "a customer of just under three years is not long-tenured",
        brief(
            customer=SMB
            | {"customer_since": day(-(CONFIG.long_tenure_days - 1)), "prior_escalations_total": 0}
        ),
        severity=4,
        lane=AUTO,
        decided_by=BAND,
        why="no risk signal",
        absent={"long_tenure_first_escalation"},
    ),
    # --- Dissatisfaction: a mild risk the commercial raise acts on -----------------------------
    row(
        "disappointed at an SMB account far from renewal is routine",
        brief(customer=SMB, says=DISAPPOINTED),
        severity=4,
        lane=AUTO,
        decided_by=BAND,
        why=f"(Sev-3 starts at {CONFIG.sev3_threshold})",
        flags={"dissatisfaction"},
        floor=CONFIG.floor_dissatisfaction,
    ),
    row(
        "disappointed at a strategic account far from renewal is raised one level",
        brief(customer=STRATEGIC, says=DISAPPOINTED),
        severity=3,
        lane=GUARD,
        decided_by=RAISE,
        why="Sev-3: dissatisfaction at a strategic account (Sev-4 raised one level)",
    ),
    row(
        "disappointed at a strategic account renewing in 14 days is Sev-2",
        brief(customer=STRATEGIC | {"renewal_date": day(14)}, says=DISAPPOINTED),
        severity=2,
        lane=HUMAN,
        decided_by=RAISE,
        why="Sev-2: dissatisfaction at a strategic account renewing in 14 days (Sev-4 raised two",
        floor=4,
    ),
    # --- Commercial raise ---------------------------------------------------------------------
    row(
        "strategic account raises a Sev-3 chargeback one level",
        brief(customer=STRATEGIC, category="billing", says=CHARGEBACK),
        severity=3 - CONFIG.raise_strategic_levels,
        lane=HUMAN,
        decided_by=RAISE,
        why="at a strategic account (Sev-3 raised one level)",
        floor=3,
        points={"tier": CONFIG.tier_strategic_points},
    ),
    row(
        "renewal in 10 days raises a Sev-3 chargeback one level",
        brief(customer=SMB | {"renewal_date": day(10)}, category="billing", says=CHARGEBACK),
        severity=3 - CONFIG.raise_renewal_levels,
        lane=HUMAN,
        decided_by=RAISE,
        why="at an account renewing in 10 days (Sev-3 raised one level)",
        floor=3,
        points={"renewal_imminent": CONFIG.renewal_imminent_points},
    ),
    row(
        "strategic and renewing in 10 days raise a Sev-3 chargeback two levels",
        brief(customer=STRATEGIC | {"renewal_date": day(10)}, category="billing", says=CHARGEBACK),
        severity=1,
        lane=HUMAN,
        decided_by=RAISE,
        why="Sev-1: chargeback or payment dispute at a strategic account renewing in 10 days",
        floor=3,
    ),
    row(
        "renewal exactly 30 days out still raises",
        brief(
            customer=SMB | {"renewal_date": day(CONFIG.raise_renewal_days)},
            category="billing",
            says=CHARGEBACK,
        ),
        severity=2,
        lane=HUMAN,
        decided_by=RAISE,
        why=f"renewing in {CONFIG.raise_renewal_days} days",
    ),
    row(
        "renewal 31 days out does not raise",
        brief(
            customer=SMB | {"renewal_date": day(CONFIG.raise_renewal_days + 1)},
            category="billing",
            says=CHARGEBACK,
        ),
        severity=3,
        lane=GUARD,
        decided_by=FLOOR,
        why="Sev-3: chargeback or payment dispute (impact floor)",
    ),
    row(
        "ARR one cent under the strategic tier does not raise",
        brief(
            customer={"arr": str(CONFIG.tier_strategic_arr - Decimal("0.01"))},
            category="billing",
            says=CHARGEBACK,
        ),
        severity=3,
        lane=GUARD,
        decided_by=FLOOR,
        why="(impact floor)",
    ),
    row(
        "ARR exactly at the strategic tier raises",
        brief(
            customer={"arr": str(CONFIG.tier_strategic_arr)}, category="billing", says=CHARGEBACK
        ),
        severity=2,
        lane=HUMAN,
        decided_by=RAISE,
        why="at a strategic account",
    ),
    row(
        "the raise is capped at raise_max_levels",
        brief(customer=STRATEGIC | {"renewal_date": day(10)}, says=DISAPPOINTED),
        # Strategic alone would raise two levels here and renewal one more: three, capped at two.
        config=RulesConfig(raise_strategic_levels=2, version=7),
        severity=4 - CONFIG.raise_max_levels,
        lane=HUMAN,
        decided_by=RAISE,
        why="(Sev-4 raised two levels)",
        floor=4,
    ),
    row(
        "the raise never goes above Sev-1: a legal threat at a strategic account renewing soon",
        brief(customer=STRATEGIC | {"renewal_date": day(5)}, says=LAWYERS),
        severity=1,
        lane=HUMAN,
        decided_by=RAISE,
        why="Sev-1: legal threat at a strategic account renewing in 5 days (Sev-2 raised one",
        floor=2,
    ),
    row(
        "a Sev-1 floor at a strategic account renewing soon stays Sev-1, decided by the floor",
        brief(
            customer=STRATEGIC | {"renewal_date": day(5)},
            says="A stranger got into our admin account last night and downloaded our client list.",
        ),
        severity=1,
        lane=HUMAN,
        decided_by=FLOOR,
        why="Sev-1: security breach or data exposure reported (impact floor)",
    ),
    row(
        "no raise without a risk signal: routine brief at a strategic account renewing in 5 days",
        brief(customer=STRATEGIC | {"renewal_date": day(5)}),
        severity=4,
        lane=AUTO,
        decided_by=BAND,
        why="Sev-4: no risk signal",
        floor=4,
        score=CONFIG.tier_strategic_points + CONFIG.renewal_imminent_points,
        hard_rules=(),
    ),
    # --- Score band and its cap above the floor ------------------------------------------------
    row(
        "many loop signals at a mid-market account: Sev-2, not Sev-1",
        brief(
            customer=MID_MARKET | {"prior_escalations_90d": 3},
            last_resolved_at=hours_ago(5),
            interactions_count=6,
            tickets_48h=4,
            reopened_count=2,
        ),
        severity=3 - CONFIG.band_max_levels_above_floor,
        lane=HUMAN,
        decided_by=BAND,
        why="above its impact floor (Sev-3: repeat contact soon after a resolution)",
        flags={"repeat_contact", "stuck", "ticket_burst", "reopened"},
        floor=3,
        band=2,
        score=min(
            100,
            CONFIG.tier_mid_market_points
            + min(CONFIG.prior_escalations_cap, 3 * CONFIG.prior_escalation_points)
            + CONFIG.repeat_contact_points
            + CONFIG.stuck_interactions_points
            + CONFIG.ticket_burst_points
            + min(CONFIG.reopen_cap, 2 * CONFIG.reopen_points),
        ),
    ),
    row(
        "the band lifts a legal threat from an executive in a furious message to Sev-1",
        brief(customer=SMB, source="executive_email", says=LAWYERS),
        compounds=(-1.0,),
        severity=1,
        lane=HUMAN,
        decided_by=BAND,
        why="band, above the impact floor (Sev-2: legal threat)",
        floor=2,
        band=1,
        score=phrase_points("legal") + CONFIG.executive_email_points + CONFIG.sentiment_weight,
    ),
    row(
        "the band lifts an executive's chargeback at an enterprise account renewing to Sev-2",
        brief(
            customer=ENTERPRISE | {"renewal_date": day(60)},
            source="executive_email",
            category="billing",
            says=CHARGEBACK,
        ),
        severity=2,
        lane=HUMAN,
        decided_by=BAND,
        why="above the impact floor (Sev-3:",
        floor=3,
        band=2,
        score=phrase_points("chargeback")
        + CONFIG.executive_email_points
        + CONFIG.tier_enterprise_points
        + CONFIG.renewal_near_points,
    ),
    # DESIGN.md: Sev-4 is routine questions, wishes, cosmetic issues, thanks. Account weight
    # alone, however heavy, is no risk signal: the band lifts nothing without one.
    row(
        "a big, busy account renewing soon is no risk signal on its own",
        brief(customer=STRATEGIC | {"renewal_date": day(5), "prior_escalations_90d": 3}),
        severity=4,
        lane=AUTO,
        decided_by=BAND,
        why="Sev-4: no risk signal, score",
        floor=4,
        score=CONFIG.tier_strategic_points
        + CONFIG.renewal_imminent_points
        + min(CONFIG.prior_escalations_cap, 3 * CONFIG.prior_escalation_points),
    ),
    row(
        "with no risk signal the band lifts nothing however high the score",
        brief(
            customer=STRATEGIC | {"renewal_date": day(5), "prior_escalations_90d": 3},
            source="ai_handoff",
            says="Could you check the export job?",
        ),
        compounds=(-1.0,),
        severity=4,
        lane=AUTO,
        decided_by=BAND,
        why="(the score alone lifts no case)",
        floor=4,
        band=4,
        score=CONFIG.tier_strategic_points
        + CONFIG.renewal_imminent_points
        + min(CONFIG.prior_escalations_cap, 3 * CONFIG.prior_escalation_points)
        + CONFIG.ai_handoff_points
        + CONFIG.sentiment_weight,
    ),
    # --- Hard rules on the lane, whatever the severity -----------------------------------------
    row(
        "legal threat is human-first even with its floor switched off",
        brief(customer=SMB, says=LAWYERS),
        config=RulesConfig(floor_legal_threat=4, version=7),
        severity=3,  # its phrase points alone reach the Sev-3 band
        lane=HUMAN,
        decided_by=BAND,
        why="no single risk signal",
        hard_rules=(LEGAL_RULE,),
    ),
    row(
        "data loss is human-first even with its floor switched off",
        brief(
            customer=SMB,
            says="After your update last night three months of our orders have vanished.",
        ),
        config=RulesConfig(floor_data_loss=4, version=7),
        severity=3,
        lane=HUMAN,
        decided_by=BAND,
        why="no single risk signal",
        hard_rules=(DATA_LOSS_RULE,),
    ),
    row(
        "security breach is human-first even with its floor switched off",
        brief(
            customer=SMB,
            says="A stranger got into our admin account last night and downloaded our client list.",
        ),
        config=RulesConfig(floor_security_breach=4, version=7),
        severity=3,  # Sev-2 band, capped at Sev-3 with no risk signal
        lane=HUMAN,
        decided_by=BAND,
        why="above its impact floor (Sev-4: security breach or data exposure reported)",
        hard_rules=(SECURITY_RULE,),
    ),
    row(
        "executive e-mail is human-first even with its floor switched off",
        brief(customer=SMB, source="executive_email"),
        config=RulesConfig(floor_executive_complaint=4, version=7),
        severity=4,
        lane=HUMAN,
        decided_by=BAND,
        why="Sev-4",
        hard_rules=(EXECUTIVE_RULE,),
    ),
    row(
        "public post is human-first even with its floor switched off",
        brief(customer=SMB, source="social_public"),
        config=RulesConfig(floor_public_complaint=4, version=7),
        severity=4,
        lane=HUMAN,
        decided_by=BAND,
        why="Sev-4",
        hard_rules=(PUBLIC_RULE,),
    ),
    row(
        "refund at the limit is guardrailed even with its floor switched off",
        brief(customer=SMB, refund_amount=10_000),
        config=RulesConfig(floor_refund_over_limit=4, version=7),
        severity=4,
        lane=GUARD,
        decided_by=BAND,
        why="Sev-4",
        hard_rules=(REFUND_RULE,),
    ),
    row(
        "policy exception is guardrailed even with its floor switched off",
        brief(customer=SMB, policy_exception=True),
        config=RulesConfig(floor_policy_exception=4, version=7),
        severity=4,
        lane=GUARD,
        decided_by=BAND,
        why="Sev-4",
        hard_rules=(POLICY_RULE,),
    ),
    row(
        "a guardrail never lowers a human-first lane",
        brief(customer=SMB, category="billing", refund_amount=25_000, says=LAWYERS),
        severity=2,
        lane=HUMAN,
        decided_by=FLOOR,
        why="Sev-2: legal threat (impact floor)",
        hard_rules=(LEGAL_RULE, REFUND_RULE),
    ),
    # --- Negations and harmless uses never fire --------------------------------------------
    row(
        "'no data was lost' is no data loss",
        brief(customer=SMB, says="No data was lost, but the export is slow."),
        severity=4,
        lane=AUTO,
        decided_by=BAND,
        why="no risk signal",
        absent={"data_loss"},
    ),
    row(
        "'not a legal matter' is no legal threat",
        brief(customer=SMB, says="This is not a legal matter, just a question about the invoice."),
        severity=4,
        lane=AUTO,
        decided_by=BAND,
        why="no risk signal",
        absent={"legal_threat"},
    ),
    row(
        "'no need to involve legal' is no legal threat",
        brief(customer=SMB, says="No need to involve legal, we just want the invoice corrected."),
        severity=4,
        lane=AUTO,
        decided_by=BAND,
        why="no risk signal",
        absent={"legal_threat"},
    ),
    row(
        "the legal entity name on the invoice is no legal threat",
        brief(
            customer=SMB,
            category="billing",
            says="Please change the legal entity name on the invoice to Acme Holdings GmbH.",
        ),
        severity=4,
        lane=AUTO,
        decided_by=BAND,
        why="no risk signal",
        absent={"legal_threat"},
    ),
    row(
        "a killer feature is a wish, whatever VADER makes of it",
        brief(customer=SMB, says="Bulk editing would be a killer feature for our team."),
        compounds=None,
        severity=4,
        lane=AUTO,
        decided_by=BAND,
        why="Sev-4",
        absent={"frustration", "profanity", "sentiment_drop"},
    ),
    row(
        "the outage last year was handled well: no outage",
        brief(
            customer=SMB,
            says="The outage last year was handled well; today we only have a question on reports.",
        ),
        severity=4,
        lane=AUTO,
        decided_by=BAND,
        why="no risk signal",
        absent={"outage", "partial_outage"},
    ),
    row(
        "a hypothetical breach is no breach",
        brief(customer=SMB, says="In case of a breach, how would you notify us?"),
        severity=4,
        lane=AUTO,
        decided_by=BAND,
        why="no risk signal",
        absent={"security_breach"},
    ),
    row(
        "no plans to cancel is no churn",
        brief(customer=SMB, says="We have no plans to cancel, we just need help setting up SSO."),
        severity=4,
        lane=AUTO,
        decided_by=BAND,
        why="no risk signal",
        absent={"churn_risk"},
    ),
]


@pytest.mark.parametrize(("payload", "config", "compounds", "expected"), CASES)
def test_triage_table(payload, config, compounds, expected):
    signals = signals_from_payload(payload, now=NOW)
    if compounds == NEUTRAL:
        compounds = tuple(0.0 for _ in signals.messages)

    result = evaluate(signals, config, compounds=compounds)

    seen = result.to_dict()
    assert (result.severity, result.lane, result.decided_by) == (
        expected["severity"],
        expected["lane"],
        expected["decided_by"],
    ), seen
    assert result.why.startswith(f"Sev-{result.severity}: "), result.why
    assert "\n" not in result.why
    assert expected["why"] in result.why, result.why
    assert expected["flags"] <= set(result.flags), result.flags
    assert not expected["absent"] & set(result.flags), result.flags
    for key in ("floor", "band", "score"):
        if expected[key] is not None:
            assert getattr(result, key) == expected[key], (key, seen)
    factors = {f.name: f.points for f in result.factors}
    for name, points in expected["points"].items():
        assert factors.get(name) == points, seen
    if expected["hard_rules"] is not None:
        if expected["hard_rules"]:
            assert set(expected["hard_rules"]) <= set(result.hard_rules), result.hard_rules
        else:
            assert result.hard_rules == ()
    # Invariants of every decision: the severity is never below the impact floor, the floors
    # listed agree with it, and the score is the clamped sum of the factors the manager sees.
    assert result.severity <= result.floor
    if result.floors:
        assert result.floor == result.floors[0][0]
    assert result.score == max(0, min(100, sum(f.points for f in result.factors)))
    assert result.config_version == 7


def test_result_is_json_ready_and_carries_why_and_decision():
    payload = brief(customer=SMB, says=LAWYERS)
    signals = signals_from_payload(payload, now=NOW)

    data = evaluate(signals, CONFIG, compounds=(0.0,)).to_dict()

    legal = phrase_points("legal")
    assert legal >= CONFIG.sev3_threshold and legal < CONFIG.sev2_threshold  # the band is Sev-3
    assert data["severity"] == 2
    assert data["lane"] == HUMAN
    assert data["why"] == "Sev-2: legal threat (impact floor)"
    assert data["decision"] == {
        "decided_by": "floor",
        "floor": 2,
        "band": 3,
        "floors": [{"severity": 2, "reason": "legal threat"}],
    }
    assert data["score"] == legal + CONFIG.tier_smb_points
    assert data["flags"] == ["legal_threat"]
    assert data["hard_rules"] == [LEGAL_RULE]
    assert data["sentiment"] == {"compound": 0.0, "shift": None}
    assert data["config_version"] == 7


def test_floors_lists_every_floor_most_severe_first():
    payload = brief(customer=SMB, source="executive_email", says=LAWYERS)

    result = evaluate(signals_from_payload(payload, now=NOW), CONFIG, compounds=(0.0,))

    assert result.floors[0] == (2, "legal threat")
    assert (3, "executive complaint") in result.floors
    assert [s for s, _ in result.floors] == sorted(s for s, _ in result.floors)


def test_stored_compounds_skip_rescoring_and_must_match_the_messages():
    signals = signals_from_payload(brief(says=["a", "b"]), now=NOW)

    assert evaluate(signals, CONFIG, compounds=(0.5, -0.5)).compound == -0.5
    with pytest.raises(ValueError, match="1 compounds given for 2 messages"):
        evaluate(signals, CONFIG, compounds=(0.5,))


def test_a_zeroed_weight_keeps_its_flag_its_floor_and_its_hard_rule():
    config = RulesConfig(executive_email_points=0)

    result = evaluate(
        signals_from_payload(brief(source="executive_email"), now=NOW), config, compounds=(0.0,)
    )

    assert (result.score, result.severity, result.lane) == (0, 3, HUMAN)
    assert result.flags == ("executive_complaint",)
    assert result.decided_by == "floor"
    assert result.factors == ()


def test_a_capped_band_does_not_misstate_the_score():
    # DESIGN.md: the case page states in one line which step decided. A score of 100 is in
    # the Sev-1 band (CONFIG.sev1_threshold); the band was capped at one level above the
    # Sev-3 floor, and the line must not say the score is in the Sev-2 band.
    payload = brief(
        customer=MID_MARKET | {"prior_escalations_90d": 3},
        last_resolved_at=hours_ago(5),
        interactions_count=6,
        tickets_48h=4,
        reopened_count=2,
    )

    result = evaluate(signals_from_payload(payload, now=NOW), CONFIG, compounds=(0.0,))

    assert (result.score, result.severity) == (100, 2)
    assert "score 100 is in the Sev-2 band" not in result.why, result.why
    assert "at most one level above its impact floor" in result.why
