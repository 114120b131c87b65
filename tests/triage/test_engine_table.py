"""Triage decisions for a table of briefs: every factor and every hard rule, with `now` pinned.

Each row is a payload as `manage.py triage` would read it, the VADER scores to use (None: let
VADER score the messages), and what the desk must see: score, severity, lane, and where it
matters the flags, a factor's points and the hard rules quoted to the manager.
"""

from __future__ import annotations

import copy
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from triage.engine import RulesConfig, evaluate, signals_from_payload

NOW = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
CONFIG = RulesConfig(version=7)

# A routine, calm brief: no account data, one neutral customer message. Scores 0.
BASE: dict[str, Any] = {
    "title": "Exports fail",
    "summary": "Nightly exports fail since Monday.",
    "category": "technical",
    "source": "csm",
    "messages": [{"at": "2026-03-02T08:00:00Z", "body": "Could you check the export job?"}],
}


def day(days: float) -> str:
    return (NOW + timedelta(days=days)).date().isoformat()


def hours_ago(hours: float) -> str:
    return (NOW - timedelta(hours=hours)).isoformat()


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
    score: int,
    severity: int,
    lane: str,
    compounds: tuple[float, ...] | None = None,
    flags: set[str] | None = None,
    points: dict[str, int] | None = None,
    hard_rules: tuple[str, ...] | None = None,
    reason: str | None = None,
):
    expected = {
        "score": score,
        "severity": severity,
        "lane": lane,
        "flags": flags,
        "points": points or {},
        "hard_rules": hard_rules,
        "reason": reason,
    }
    return pytest.param(payload, compounds, expected, id=id)


STRATEGIC = {"arr": 300_000}
# Strategic 15 + renewal in 10 days 15 + 6 interactions 8 + 4 tickets 8 + reopened twice 10 = 56
BUSY_ACCOUNT = {
    "customer": {"arr": 300_000, "renewal_date": day(10)},
    "interactions_count": 6,
    "tickets_48h": 4,
    "reopened_count": 2,
}
# ... + back 5 hours after a resolution 8 + three escalations in 90 days 9 = 73
BUSIER_ACCOUNT = BUSY_ACCOUNT | {
    "customer": BUSY_ACCOUNT["customer"] | {"prior_escalations_90d": 3},
    "last_resolved_at": hours_ago(5),
}
HUMAN, GUARD, AUTO = "human_first", "guardrailed", "autonomous"

CASES = [
    # --- Baseline ---------------------------------------------------------------------------
    row("routine brief scores nothing", brief(), score=0, severity=4, lane=AUTO, flags=set()),
    # --- Account: tier ------------------------------------------------------------------------
    row(
        "strategic account",
        brief(customer=STRATEGIC),
        score=15,
        severity=4,
        lane=AUTO,
        points={"tier": 15},
        reason="Strategic account (ARR $300,000)",
    ),
    row(
        "enterprise account",
        brief(customer={"arr": 50_000}),
        score=10,
        severity=4,
        lane=AUTO,
        points={"tier": 10},
    ),
    row(
        "mid-market account",
        brief(customer={"arr": "10000.00"}),
        score=5,
        severity=4,
        lane=AUTO,
        points={"tier": 5},
    ),
    row(
        "SMB account adds no points",
        brief(customer={"arr": 9_999}),
        score=0,
        severity=4,
        lane=AUTO,
        points={"tier": 0},
    ),
    # --- Account: renewal ------------------------------------------------------------------
    row(
        "renewal in 21 days is imminent",
        brief(customer={"renewal_date": day(21)}),
        score=15,
        severity=4,
        lane=AUTO,
        flags={"renewal_imminent"},
        points={"renewal_imminent": 15},
        reason="Renewal in 21 days",
    ),
    row(
        "renewal in exactly 30 days is still imminent",
        brief(customer={"renewal_date": day(30)}),
        score=15,
        severity=4,
        lane=AUTO,
        points={"renewal_imminent": 15},
    ),
    row(
        "renewal in 31 days is near",
        brief(customer={"renewal_date": day(31)}),
        score=8,
        severity=4,
        lane=AUTO,
        flags={"renewal_near"},
        points={"renewal_near": 8},
    ),
    row(
        "renewal in exactly 90 days is near",
        brief(customer={"renewal_date": day(90)}),
        score=8,
        severity=4,
        lane=AUTO,
        points={"renewal_near": 8},
    ),
    row(
        "renewal in 91 days counts for nothing",
        brief(customer={"renewal_date": day(91)}),
        score=0,
        severity=4,
        lane=AUTO,
        flags=set(),
    ),
    row(
        "renewal already passed counts for nothing",
        brief(customer={"renewal_date": day(-3)}),
        score=0,
        severity=4,
        lane=AUTO,
        flags=set(),
    ),
    # --- Account: tenure and history ----------------------------------------------------------
    row(
        "long tenure with a first escalation",
        brief(customer={"customer_since": day(-4 * 365), "prior_escalations_90d": 0}),
        score=5,
        severity=4,
        lane=AUTO,
        points={"long_tenure_first_escalation": 5},
        reason="Customer for 4 years, first escalation",
    ),
    row(
        "long tenure with an earlier escalation is no first escalation",
        brief(customer={"customer_since": day(-4 * 365), "prior_escalations_total": 2}),
        score=0,
        severity=4,
        lane=AUTO,
        flags=set(),
    ),
    row(
        "short tenure is no factor",
        brief(customer={"customer_since": day(-2 * 365)}),
        score=0,
        severity=4,
        lane=AUTO,
        flags=set(),
    ),
    row(
        "one prior escalation in 90 days",
        brief(customer={"prior_escalations_90d": 1}),
        score=3,
        severity=4,
        lane=AUTO,
        points={"prior_escalations": 3},
        reason="1 escalation in the last 90 days",
    ),
    row(
        "prior escalations are capped",
        brief(customer={"prior_escalations_90d": 5}),
        score=9,
        severity=4,
        lane=AUTO,
        points={"prior_escalations": 9},
    ),
    # --- Case history ------------------------------------------------------------------------
    row(
        "five interactions without resolution",
        brief(interactions_count=5),
        score=8,
        severity=4,
        lane=AUTO,
        flags={"stuck"},
        points={"stuck_interactions": 8},
    ),
    row(
        "four interactions are not stuck yet",
        brief(interactions_count=4),
        score=0,
        severity=4,
        lane=AUTO,
        flags=set(),
    ),
    row(
        "back 20 hours after a resolution",
        brief(last_resolved_at=hours_ago(20)),
        score=8,
        severity=4,
        lane=AUTO,
        flags={"repeat_contact"},
        points={"repeat_contact": 8},
        reason="Contacted again 20 hours after a resolution",
    ),
    row(
        "back 73 hours after a resolution is no repeat contact",
        brief(last_resolved_at=hours_ago(73)),
        score=0,
        severity=4,
        lane=AUTO,
        flags=set(),
    ),
    row(
        "three tickets in 48 hours",
        brief(tickets_48h=3),
        score=8,
        severity=4,
        lane=AUTO,
        flags={"ticket_burst"},
        points={"ticket_burst": 8},
    ),
    row(
        "reopened once",
        brief(reopened_count=1),
        score=5,
        severity=4,
        lane=AUTO,
        flags={"reopened"},
        points={"reopened": 5},
    ),
    row(
        "reopened points are capped",
        brief(reopened_count=4),
        score=10,
        severity=4,
        lane=AUTO,
        points={"reopened": 10},
    ),
    # --- Entry point ---------------------------------------------------------------------------
    row(
        "executive e-mail is human-first at any score",
        brief(source="executive_email"),
        score=15,
        severity=4,
        lane=HUMAN,
        flags={"executive_complaint"},
        points={"executive_email": 15},
        hard_rules=("Executive complaint: human-first whatever the score",),
    ),
    row(
        "executive copied in is human-first",
        brief(source="cc_executive"),
        score=10,
        severity=4,
        lane=HUMAN,
        flags={"executive_complaint"},
        points={"cc_executive": 10},
    ),
    row(
        "public social post is human-first",
        brief(source="social_public"),
        score=15,
        severity=4,
        lane=HUMAN,
        flags={"public_complaint"},
        points={"social_public": 15},
        hard_rules=("Public complaint: human-first whatever the score",),
    ),
    # --- Money and policy --------------------------------------------------------------------
    row(
        "refund at the limit is at least guardrailed",
        brief(refund_amount=10_000),
        score=5,
        severity=4,
        lane=GUARD,
        flags={"refund_over_limit"},
        points={"refund_over_limit": 5},
        hard_rules=("Refund or credit at or over the $10,000 limit: at least guardrailed",),
    ),
    row(
        "refund just under the limit changes nothing",
        brief(refund_amount="9999.99"),
        score=0,
        severity=4,
        lane=AUTO,
        flags=set(),
    ),
    row(
        "policy exception requested on the brief",
        brief(policy_exception=True),
        score=0,
        severity=4,
        lane=GUARD,
        flags={"policy_exception"},
        hard_rules=("Contract or policy exception: at least guardrailed",),
    ),
    row(
        "policy exception asked for in the customer's words",
        brief(says="Could you waive the fee this once?"),
        score=8,
        severity=4,
        lane=GUARD,
        flags={"policy_exception"},
        points={"phrase_policy_exception": 8},
    ),
    # --- Trigger phrases and their hard rules -------------------------------------------------
    row(
        "lawyers make it human-first",
        brief(says="Our lawyers will be in touch."),
        score=20,
        severity=4,
        lane=HUMAN,
        flags={"legal_threat"},
        points={"phrase_legal": 20},
        hard_rules=("Legal threat: human-first whatever the score",),
        reason="Legal threat: mentions our lawyers",
    ),
    row(
        "a legal threat in the summary counts too",
        brief(summary="The customer says they will take legal action."),
        score=20,
        severity=4,
        lane=HUMAN,
        flags={"legal_threat"},
    ),
    row(
        "'will not hesitate' is still a threat",
        brief(says="We will not hesitate to involve our lawyers."),
        score=20,
        severity=4,
        lane=HUMAN,
        flags={"legal_threat"},
    ),
    row(
        "'not a legal matter' is no threat",
        brief(says="This is not a legal matter, just a question."),
        compounds=(0.0,),
        score=0,
        severity=4,
        lane=AUTO,
        flags=set(),
    ),
    row(
        "security breach is Sev-1 and human-first",
        brief(says="We think there was a security breach in our account."),
        score=25,
        severity=1,
        lane=HUMAN,
        flags={"security_breach"},
        points={"phrase_security": 25},
        hard_rules=(
            "Security breach: human-first whatever the score",
            "Reports a security breach: Sev-1 whatever the score",
        ),
    ),
    row(
        "a vulnerability is human-first but not Sev-1",
        brief(says="We found a vulnerability in your API."),
        compounds=(0.0,),
        score=25,
        severity=4,
        lane=HUMAN,
        flags={"security_breach"},
    ),
    row(
        "data loss is human-first",
        brief(says="Our records are gone after the import."),
        score=20,
        severity=4,
        lane=HUMAN,
        flags={"data_loss"},
        hard_rules=("Data loss: human-first whatever the score",),
    ),
    row(
        "'no data was lost' is no data loss",
        brief(says="No data was lost, but the export is slow."),
        compounds=(0.0,),
        score=0,
        severity=4,
        lane=AUTO,
        flags=set(),
    ),
    row(
        "complete outage is Sev-1",
        brief(says="This is a complete outage for our team."),
        score=20,
        severity=1,
        lane=HUMAN,
        flags={"outage"},
        hard_rules=("Complete outage: Sev-1 whatever the score",),
    ),
    row(
        "'nothing works' is an outage signal without the Sev-1 rule",
        brief(says="Nothing works since this morning."),
        score=20,
        severity=4,
        lane=AUTO,
        flags={"outage"},
        points={"phrase_outage": 20},
    ),
    row(
        "chargeback threat adds points but no hard rule",
        brief(says="We will dispute the charge with our bank."),
        compounds=(0.0,),
        score=15,
        severity=4,
        lane=AUTO,
        flags={"chargeback_threat"},
        hard_rules=(),
    ),
    row(
        "churn risk",
        brief(says="We are evaluating alternatives."),
        score=15,
        severity=4,
        lane=AUTO,
        flags={"churn_risk"},
        points={"phrase_churn": 15},
    ),
    row(
        "asking for a supervisor is an executive complaint",
        brief(says="I want to speak to a supervisor."),
        score=12,
        severity=4,
        lane=HUMAN,
        flags={"executive_complaint"},
        points={"phrase_executive": 12},
    ),
    row(
        "threatening a LinkedIn post is a public complaint",
        brief(says="I'll post this on LinkedIn."),
        score=15,
        severity=4,
        lane=HUMAN,
        flags={"public_complaint"},
    ),
    row(
        "frustration and the negative tone both count",
        brief(says="This is unacceptable."),
        score=6 + 9,  # frustration 6; VADER -0.4588 → 20 × 0.4588 = 9
        severity=4,
        lane=AUTO,
        flags={"frustration", "negative_sentiment"},
        points={"phrase_frustration": 6, "sentiment": 9},
    ),
    row(
        "trigger phrases are capped at 45 points",
        brief(
            says="Our lawyers say our records are gone. We will dispute the charge and leave you."
        ),
        compounds=(0.0,),
        score=45,  # legal 20 + data loss 20 + chargeback 15 + churn 15 = 70, capped
        severity=4,
        lane=HUMAN,
        flags={"legal_threat", "data_loss", "chargeback_threat", "churn_risk"},
        points={"phrase_cap": -25},
    ),
    # --- Tone of the customer's words ---------------------------------------------------------
    row(
        "very negative latest message",
        brief(says="Terrible."),
        compounds=(-0.8,),
        score=16,
        severity=4,
        lane=AUTO,
        flags={"negative_sentiment"},
        points={"sentiment": 16},
    ),
    row(
        "slightly negative is below the threshold",
        brief(),
        compounds=(-0.04,),
        score=0,
        severity=4,
        lane=AUTO,
        flags=set(),
    ),
    row(
        "tone falling from friendly to sour",
        brief(says=["Thanks, that helped!", "It broke again."]),
        compounds=(0.6, -0.2),
        score=10 + 4,
        severity=4,
        lane=AUTO,
        flags={"sentiment_drop", "negative_sentiment"},
        points={"sentiment_shift": 10, "sentiment": 4},
    ),
    row(
        "a small dip is no shift",
        brief(says=["Fine.", "Still waiting."]),
        compounds=(0.1, -0.1),
        score=2,
        severity=4,
        lane=AUTO,
        flags={"negative_sentiment"},
    ),
    row(
        "shouting",
        brief(says="THE EXPORT FAILED AGAIN TODAY and we need it"),
        compounds=(0.0,),
        score=8,
        severity=4,
        lane=AUTO,
        flags={"shouting"},
        points={"shouting": 8},
    ),
    row(
        "acronyms in capitals are not shouting",
        brief(says="SSO fails for API users on AWS"),
        compounds=(0.0,),
        score=0,
        severity=4,
        lane=AUTO,
        flags=set(),
    ),
    row(
        "profanity",
        brief(says="This shit keeps failing."),
        compounds=(0.0,),
        score=6,
        severity=4,
        lane=AUTO,
        flags={"profanity"},
        points={"profanity": 6},
    ),
    # --- Score to severity to lane ------------------------------------------------------------
    row(
        "busy strategic account is Sev-3, guardrailed",
        brief(**BUSY_ACCOUNT),
        score=56,
        severity=3,
        lane=GUARD,
        hard_rules=(),
    ),
    row(
        "exactly at the Sev-2 threshold",
        brief(**BUSIER_ACCOUNT),
        compounds=(-0.1,),
        score=73 + 2,
        severity=2,
        lane=HUMAN,
        hard_rules=(),
    ),
    row(
        "one point under the Sev-2 threshold",
        brief(**BUSIER_ACCOUNT),
        compounds=(-0.06,),
        score=73 + 1,
        severity=3,
        lane=GUARD,
    ),
    row(
        "Sev-1 by score alone",
        brief(**BUSIER_ACCOUNT),
        compounds=(-0.9,),
        score=73 + 18,
        severity=1,
        lane=HUMAN,
    ),
    row(
        "score is clamped at 100",
        brief(
            **BUSIER_ACCOUNT | {"source": "executive_email"},
            says="This is unacceptable, our lawyers will hear about it.",
        ),
        compounds=(-1.0,),
        score=100,
        severity=1,
        lane=HUMAN,
    ),
    row(
        "a guardrail never lowers a human-first lane",
        brief(**BUSY_ACCOUNT | {"source": "cc_executive", "refund_amount": 25_000}),
        compounds=(-1.0,),
        score=56 + 10 + 5 + 20,
        severity=1,
        lane=HUMAN,
        flags={"refund_over_limit", "executive_complaint"},
    ),
    row(
        "a hard rule lifts the lane of a Sev-3 case",
        brief(**BUSY_ACCOUNT, says="Our lawyers will be in touch."),
        score=56 + 20,
        severity=2,
        lane=HUMAN,
    ),
    row(
        "policy exception lifts an autonomous case to guardrailed, not further",
        brief(customer=STRATEGIC, policy_exception=True),
        score=15,
        severity=4,
        lane=GUARD,
    ),
]


@pytest.mark.parametrize(("payload", "compounds", "expected"), CASES)
def test_triage_table(payload, compounds, expected):
    result = evaluate(signals_from_payload(payload, now=NOW), CONFIG, compounds=compounds)

    assert (result.score, result.severity, result.lane) == (
        expected["score"],
        expected["severity"],
        expected["lane"],
    ), result.to_dict()
    if expected["flags"] is not None:
        assert expected["flags"] <= set(result.flags), result.flags
        if not expected["flags"]:
            assert result.flags == ()
    factors = {f.name: f for f in result.factors}
    for name, points in expected["points"].items():
        if points == 0:
            assert name not in factors  # zero-point factors are left out of the list
        else:
            assert factors[name].points == points, result.to_dict()
    if expected["reason"] is not None:
        assert expected["reason"] in [f.reason for f in result.factors]
    if expected["hard_rules"] is not None:
        assert result.hard_rules == expected["hard_rules"]
    # The score is the clamped sum of the factors the manager sees.
    assert result.score == max(0, min(100, sum(f.points for f in result.factors)))
    assert result.config_version == 7


def test_result_is_json_ready():
    payload = brief(customer=STRATEGIC, says="Our lawyers will be in touch.")

    data = evaluate(signals_from_payload(payload, now=NOW), CONFIG).to_dict()

    assert data == {
        "score": 35,
        "severity": 4,
        "lane": "human_first",
        "flags": ["legal_threat"],
        "factors": [
            {"name": "tier", "points": 15, "reason": "Strategic account (ARR $300,000)"},
            {"name": "phrase_legal", "points": 20, "reason": "Legal threat: mentions our lawyers"},
        ],
        "hard_rules": ["Legal threat: human-first whatever the score"],
        "sentiment": {"compound": 0.0, "shift": None},
        "config_version": 7,
    }


def test_stored_compounds_skip_rescoring_and_must_match_the_messages():
    signals = signals_from_payload(brief(says=["a", "b"]), now=NOW)

    assert evaluate(signals, CONFIG, compounds=(0.5, -0.5)).compound == -0.5
    with pytest.raises(ValueError, match="1 compounds given for 2 messages"):
        evaluate(signals, CONFIG, compounds=(0.5,))


def test_a_zeroed_weight_keeps_its_flag_and_hard_rule():
    config = RulesConfig(executive_email_points=0)

    result = evaluate(signals_from_payload(brief(source="executive_email"), now=NOW), config)

    assert (result.score, result.lane, result.flags) == (0, "human_first", ("executive_complaint",))
    assert result.factors == ()
