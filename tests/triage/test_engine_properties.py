"""Properties the engine guarantees for any brief and any valid configuration.

Hypothesis generates briefs with arbitrary unicode text and extreme numbers, and
configurations anywhere inside what `RulesConfig.validate` accepts (weights, thresholds,
impact floors, commercial raises and the band's cap). The policy is "severity from impact
first" (DESIGN.md "Triage"): the properties say that a floor is never lowered by any other
signal, that more risk or a bigger account never lowers the severity, and that the hard
rules on the lane always hold.
"""

from __future__ import annotations

import dataclasses
import json
from datetime import UTC, datetime, timedelta
from decimal import Decimal

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from triage.engine import (
    CASE_CATEGORIES,
    SOURCES,
    Message,
    PayloadError,
    RulesConfig,
    Signals,
    evaluate,
    signals_from_payload,
)
from triage.phrases import LANES

NOW = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
LANE_RANK = {lane: rank for rank, lane in enumerate(LANES)}
# Legal threats, each its own sentence. (The old property used "We have instructed our
# lawyers.", which the redesigned phrase set no longer recognises: a table row records that.)
THREATS = st.sampled_from(
    [
        "Our lawyers will be in touch.",
        "We will take legal action.",
        "This is a breach of contract.",
        "Our legal team is preparing a claim.",
    ]
)
# One sentence per kind of risk signal, with the flag it must raise.
RISKS = {
    "There has been a security breach in our account.": "security_breach",
    "This is a complete outage for our whole company.": "outage",
    "All of our records are gone.": "data_loss",
    "Our lawyers will be in touch.": "legal_threat",
    "We are going to cancel our contract.": "churn_risk",
    "We will dispute the charge with our bank.": "chargeback_threat",
    "I am escalating this to your CEO.": "executive_complaint",
    "I will post about this on LinkedIn.": "public_complaint",
    "This is unacceptable.": "frustration",
    "We are very disappointed.": "dissatisfaction",
    "I want to talk to a human.": "ai_handoff_loop",
    "Our champion left the company.": "champion_left",
    "Please waive the fee this once.": "policy_exception",
}

# Words the rules know, so generated text fires (and negates) phrases often.
SNIPPETS = [
    "our lawyers",
    "not",
    "no",
    "never",
    "legal action",
    "security breach",
    "data was lost",
    "complete outage",
    "dispute the charge",
    "cancel our contract",
    "your CEO",
    "post this on LinkedIn",
    "unacceptable",
    "UNACCEPTABLE",
    "FIX THIS NOW",
    "BROKEN",
    "waive the fee",
    "shit",
    ", but",
    ".",
    "!",
    "\n",
    "\n\n",
    "’",
    "n't",
]
texts = st.one_of(
    st.text(max_size=300),
    st.lists(st.one_of(st.sampled_from(SNIPPETS), st.text(max_size=8)), max_size=25).map(" ".join),
)
decimals = st.one_of(
    st.none(),
    st.decimals(allow_nan=True, allow_infinity=True),
    st.integers(min_value=-(10**30), max_value=10**30).map(Decimal),
)
# ARR without NaN: a NaN ARR crashes the engine today (the tier lookup of the churn floor and
# the commercial raise compares it); `test_a_nan_arr_does_not_crash_the_engine` pins that.
arr_decimals = st.one_of(
    st.none(),
    st.decimals(allow_nan=False, allow_infinity=True),
    st.integers(min_value=-(10**30), max_value=10**30).map(Decimal),
)
counts = st.integers(min_value=-(10**12), max_value=10**12)
# Hypothesis takes naive bounds and attaches the time zone itself.
EARLIEST, LATEST = datetime(2000, 1, 1), datetime(2100, 1, 1)  # noqa: DTZ001
instants = st.datetimes(min_value=EARLIEST, max_value=LATEST, timezones=st.just(UTC))
messages = st.lists(st.builds(Message, at=instants, body=texts), max_size=4).map(tuple)

signals = st.builds(
    Signals,
    title=texts,
    summary=texts,
    category=st.one_of(st.sampled_from(CASE_CATEGORIES), st.text(max_size=10)),
    source=st.one_of(st.sampled_from(SOURCES), st.text(max_size=10)),
    messages=messages,
    arr=arr_decimals,
    days_to_renewal=st.none() | counts,
    tenure_days=st.none() | counts,
    prior_escalations_90d=counts,
    prior_escalations_total=st.none() | counts,
    refund_amount=decimals,
    policy_exception=st.booleans(),
    interactions_count=counts,
    reopened_count=counts,
    tickets_48h=counts,
    hours_since_last_resolution=st.none() | st.floats(allow_nan=True, allow_infinity=True),
)


@st.composite
def valid_configs(draw) -> RulesConfig:
    """Any configuration `validate` accepts (phrases and profanity keep their defaults)."""
    sev3 = draw(st.integers(1, 98))
    sev2 = draw(st.integers(sev3 + 1, 99))
    sev1 = draw(st.integers(sev2 + 1, 100))
    tiers = sorted(draw(st.lists(st.integers(0, 100), min_size=4, max_size=4)), reverse=True)
    near_days = draw(st.integers(1, 400))
    near_points = draw(st.integers(0, 100))
    points = st.integers(0, 100)
    floors = st.integers(1, 4)
    levels = st.integers(0, 3)
    churn = draw(floors)
    negative = draw(st.floats(-1, 1))
    config = RulesConfig(
        band_max_levels_above_floor=draw(levels),
        floor_security_breach=draw(floors),
        floor_complete_outage=draw(floors),
        floor_data_loss=draw(floors),
        floor_legal_threat=draw(floors),
        floor_churn=churn,
        floor_churn_large_account=draw(st.integers(1, churn)),
        churn_renewal_days=draw(st.integers(0, 400)),
        floor_partial_outage=draw(floors),
        floor_chargeback=draw(floors),
        floor_compliance_request=draw(floors),
        floor_executive_complaint=draw(floors),
        floor_public_complaint=draw(floors),
        floor_refund_over_limit=draw(floors),
        floor_policy_exception=draw(floors),
        floor_frustration=draw(floors),
        floor_very_negative_tone=draw(floors),
        very_negative_below=draw(st.floats(-1, negative)),
        floor_operational_loop=draw(floors),
        floor_ai_handoff_loop=draw(floors),
        floor_champion_left=draw(floors),
        floor_long_tenure_first_escalation=draw(floors),
        floor_dissatisfaction=draw(floors),
        raise_strategic_levels=draw(levels),
        raise_renewal_days=draw(st.integers(0, 400)),
        raise_renewal_levels=draw(levels),
        raise_max_levels=draw(levels),
        sev1_threshold=sev1,
        sev2_threshold=sev2,
        sev3_threshold=sev3,
        sentiment_weight=draw(points),
        negative_sentiment_below=negative,
        sentiment_shift_weight=draw(points),
        sentiment_shift_drop=draw(st.floats(0.01, 2)),
        phrase_points_cap=draw(points),
        shouting_share=draw(st.floats(0.01, 1)),
        shouting_min_words=draw(st.integers(1, 20)),
        shouting_points=draw(points),
        profanity_points=draw(points),
        tier_strategic_points=tiers[0],
        tier_enterprise_points=tiers[1],
        tier_mid_market_points=tiers[2],
        tier_smb_points=tiers[3],
        renewal_near_days=near_days,
        renewal_near_points=near_points,
        renewal_imminent_days=draw(st.integers(0, near_days - 1)),
        renewal_imminent_points=draw(st.integers(near_points, 100)),
        long_tenure_days=draw(st.integers(0, 5000)),
        long_tenure_first_escalation_points=draw(points),
        prior_escalation_points=draw(points),
        prior_escalations_cap=draw(points),
        stuck_interactions=draw(st.integers(1, 50)),
        stuck_interactions_points=draw(points),
        repeat_contact_hours=draw(st.integers(1, 1000)),
        repeat_contact_points=draw(points),
        ticket_burst=draw(st.integers(1, 50)),
        ticket_burst_points=draw(points),
        reopen_points=draw(points),
        reopen_cap=draw(points),
        refund_guardrail_amount=draw(st.decimals(min_value=1, max_value=10**9, places=2)),
        refund_points=draw(points),
        executive_email_points=draw(points),
        cc_executive_points=draw(points),
        social_public_points=draw(points),
        ai_handoff_points=draw(points),
        policy_exception_points=draw(points),
        version=draw(st.integers(0, 10**6)),
    )
    assert config.validate() == []
    return config


configs = st.one_of(st.just(RulesConfig()), valid_configs())
SLOW = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _lane_rank(result) -> int:
    return LANE_RANK[result.lane]


@SLOW
@given(signals, configs)
def test_any_brief_gets_a_score_severity_lane_and_decision(brief, config):
    result = evaluate(brief, config)

    assert 0 <= result.score <= 100
    assert result.severity in (1, 2, 3, 4)
    assert result.lane in LANES
    assert -1.0 <= result.compound <= 1.0
    assert all(f.points != 0 for f in result.factors)
    # The decision: never below the impact floor, one line saying which step decided.
    assert result.decided_by in ("floor", "raise", "band")
    assert result.severity <= result.floor
    assert result.why.startswith(f"Sev-{result.severity}: ")
    assert "\n" not in result.why
    if result.floors:
        assert result.floor == min(s for s, _ in result.floors)
    # Everything a caller stores is plain JSON, without NaN.
    data = result.to_dict()
    json.dumps(data, allow_nan=False)
    assert data["why"] == result.why
    assert data["decision"]["decided_by"] == result.decided_by


@SLOW
@given(signals, st.data())
def test_stored_compounds_of_any_value_are_safe(brief, data):
    compounds = tuple(
        data.draw(st.floats(allow_nan=True, allow_infinity=True)) for _ in brief.messages
    )

    result = evaluate(brief, RulesConfig(), compounds=compounds)

    assert 0 <= result.score <= 100
    assert -1.0 <= result.compound <= 1.0


def test_a_nan_arr_does_not_crash_the_engine():
    # Signals are the engine's public input; a NaN ARR must read as "unknown", as the tier
    # factor already does, not raise decimal.InvalidOperation.
    brief = Signals(summary="We are going to cancel our contract.", arr=Decimal("NaN"))

    result = evaluate(brief, RulesConfig())

    assert result.severity in (1, 2, 3, 4)


# Briefs with no risk signal at all, however big, near renewal or often escalated the account.
quiet_briefs = st.builds(
    Signals,
    title=st.just("Export scheduling question"),
    summary=st.just("How do we schedule the nightly export?"),
    source=st.sampled_from(["csm", "ticket_flag", "ai_handoff"]),
    arr=arr_decimals,
    days_to_renewal=st.none() | counts,
    tenure_days=st.none() | counts,
    prior_escalations_90d=counts,
)


@SLOW
@given(st.one_of(quiet_briefs, signals), configs)
def test_with_no_risk_signal_the_band_lifts_at_most_its_cap_and_nothing_raises(brief, config):
    result = evaluate(brief, config)

    if not result.floors:  # always so for the quiet briefs
        assert result.severity >= 4 - config.band_max_levels_above_floor
        assert result.decided_by == "band"


@SLOW
@given(quiet_briefs)
def test_a_routine_brief_is_at_most_sev_3_with_the_default_config(brief):
    result = evaluate(brief, RulesConfig())

    assert result.floors == ()
    assert result.severity >= 3
    assert result.lane == ("guardrailed" if result.severity == 3 else "autonomous")


@SLOW
@given(signals, configs, THREATS, st.booleans())
def test_a_legal_threat_floor_is_never_lowered_by_any_other_signal(brief, config, threat, first):
    # A brief whose summary holds a legal threat, then arbitrary title, text, messages and
    # account data around it: nothing may lower its severity or take it out of human-first.
    alone = evaluate(Signals(summary=threat), config)
    summary = f"{threat}\n\n{brief.summary}" if first else f"{brief.summary}\n\n{threat}"

    result = evaluate(dataclasses.replace(brief, summary=summary), config)

    assert "legal_threat" in result.flags
    assert result.lane == "human_first"
    assert alone.severity <= config.floor_legal_threat
    assert result.severity <= alone.severity


@SLOW
@given(signals, configs, THREATS, instants)
def test_a_legal_threat_in_a_new_message_always_means_human_first(brief, config, threat, at):
    # A calm new message can soften the tone the sentiment factors read (the latest message
    # counts), so the score may move either way; the floor and the hard rule hold regardless.
    threatened = dataclasses.replace(brief, messages=(*brief.messages, Message(at, threat)))

    after = evaluate(threatened, config)

    assert after.lane == "human_first"
    assert "legal_threat" in after.flags
    assert after.severity <= config.floor_legal_threat


@SLOW
@given(signals, configs, st.sampled_from(sorted(RISKS)), st.sampled_from(["summary", "title"]))
def test_adding_a_risk_signal_never_lowers_severity(brief, config, risk, field):
    before = evaluate(brief, config)
    # The risk is its own sentence, added to a text that is matched but not sentiment-scored.
    risky = dataclasses.replace(brief, **{field: f"{getattr(brief, field)}\n\n{risk}"})

    after = evaluate(risky, config)

    assert RISKS[risk] in after.flags
    assert after.score >= before.score
    assert after.severity <= before.severity
    assert _lane_rank(after) >= _lane_rank(before)


arrs = st.one_of(
    st.none(),
    st.decimals(min_value=-(10**12), max_value=10**12, allow_nan=False, places=2),
)


@SLOW
@given(signals, configs, arrs, arrs)
def test_a_bigger_account_never_gets_a_lower_severity(brief, config, arr, other):
    assume(arr != other)
    low, high = sorted([arr, other], key=lambda a: Decimal("-Infinity") if a is None else a)
    compounds = tuple(0.0 for _ in brief.messages)  # the text is not what varies here

    smaller = evaluate(dataclasses.replace(brief, arr=low), config, compounds=compounds)
    bigger = evaluate(dataclasses.replace(brief, arr=high), config, compounds=compounds)

    assert bigger.score >= smaller.score
    assert bigger.severity <= smaller.severity
    assert _lane_rank(bigger) >= _lane_rank(smaller)


@SLOW
@given(signals)
def test_big_refunds_and_policy_exceptions_are_never_autonomous(brief):
    result = evaluate(
        dataclasses.replace(brief, refund_amount=Decimal("10000"), policy_exception=True),
        RulesConfig(),
    )

    assert result.lane != "autonomous"
    assert {"refund_over_limit", "policy_exception"} <= set(result.flags)
    assert result.severity <= RulesConfig().floor_refund_over_limit


# --- signals_from_payload -----------------------------------------------------------------

json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.text(max_size=30),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=10), children, max_size=4)
    ),
    max_leaves=12,
)
dates = st.dates().map(lambda d: d.isoformat())
date_times = st.datetimes().map(lambda d: d.isoformat()) | st.builds(
    lambda d, offset: d.isoformat() + offset,
    st.datetimes(),
    st.sampled_from(["Z", "+05:00", "-11:30", "+14:00"]),
)
plausible = {
    "title": texts,
    "summary": texts,
    "category": st.sampled_from(CASE_CATEGORIES) | json_values,
    "source": st.sampled_from(SOURCES) | json_values,
    "messages": st.lists(
        st.fixed_dictionaries({"at": date_times | json_values, "body": texts | json_values}),
        max_size=3,
    )
    | json_values,
    "customer": st.fixed_dictionaries(
        {},
        optional={
            "arr": st.integers() | st.floats() | st.text(max_size=12) | json_values,
            "renewal_date": dates | date_times | json_values,
            "customer_since": dates | json_values,
            "prior_escalations_90d": st.integers() | json_values,
            "prior_escalations_total": st.integers() | json_values,
        },
    )
    | json_values,
    "refund_amount": st.integers() | st.floats() | st.text(max_size=12) | json_values,
    "policy_exception": st.booleans() | json_values,
    "interactions_count": st.integers() | json_values,
    "reopened_count": st.integers() | json_values,
    "tickets_48h": st.integers() | json_values,
    "last_resolved_at": date_times | json_values,
    "now": date_times | json_values,
}
payloads = st.one_of(
    json_values,
    st.fixed_dictionaries(
        {"title": texts, "summary": texts},
        optional={k: v for k, v in plausible.items() if k not in ("title", "summary")},
    ),
    st.dictionaries(st.sampled_from(sorted(plausible)) | st.text(max_size=8), json_values),
)


@settings(max_examples=200, deadline=None)
@given(payloads)
def test_any_payload_gives_signals_or_a_one_line_payload_error(payload):
    try:
        brief = signals_from_payload(payload, now=NOW)
    except PayloadError as error:
        assert str(error) and "\n" not in str(error)
        return
    assert isinstance(brief, Signals)
    assert all(m.at.tzinfo is not None for m in brief.messages)
    assert [m.at for m in brief.messages] == sorted(m.at for m in brief.messages)
    result = evaluate(brief, RulesConfig())
    assert 0 <= result.score <= 100


@settings(max_examples=100, deadline=None)
@given(instants, st.data())
def test_days_to_renewal_and_tenure_follow_now(now, data):
    days = data.draw(st.integers(-3000, 3000))
    day = (now + timedelta(days=days)).date().isoformat()

    brief = signals_from_payload(
        {"title": "t", "summary": "s", "customer": {"renewal_date": day, "customer_since": day}},
        now=now,
    )

    assert brief.days_to_renewal == days
    assert brief.tenure_days == -days
