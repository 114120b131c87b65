"""Properties the engine guarantees for any brief and any valid configuration.

Hypothesis generates briefs with arbitrary unicode text and extreme numbers, and
configurations anywhere inside what `RulesConfig.validate` accepts.
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
THREAT = "We have instructed our lawyers."

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
    arr=decimals,
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
    config = RulesConfig(
        sev1_threshold=sev1,
        sev2_threshold=sev2,
        sev3_threshold=sev3,
        sentiment_weight=draw(points),
        negative_sentiment_below=draw(st.floats(-1, 1)),
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
        version=draw(st.integers(0, 10**6)),
    )
    assert config.validate() == []
    return config


configs = st.one_of(st.just(RulesConfig()), valid_configs())
SLOW = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _severity_and_lane_rank(result) -> tuple[int, int]:
    return result.severity, LANE_RANK[result.lane]


@SLOW
@given(signals, configs)
def test_any_brief_gets_a_score_severity_and_lane(brief, config):
    result = evaluate(brief, config)

    assert 0 <= result.score <= 100
    assert result.severity in (1, 2, 3, 4)
    assert result.lane in LANES
    assert -1.0 <= result.compound <= 1.0
    assert all(f.points != 0 for f in result.factors)
    # Everything a caller stores is plain JSON, without NaN.
    json.dumps(result.to_dict(), allow_nan=False)


@SLOW
@given(signals, st.data())
def test_stored_compounds_of_any_value_are_safe(brief, data):
    compounds = tuple(
        data.draw(st.floats(allow_nan=True, allow_infinity=True)) for _ in brief.messages
    )

    result = evaluate(brief, RulesConfig(), compounds=compounds)

    assert 0 <= result.score <= 100
    assert -1.0 <= result.compound <= 1.0


@SLOW
@given(signals, configs, st.sampled_from(["summary", "title"]))
def test_a_legal_threat_never_lowers_severity_and_always_means_human_first(brief, config, field):
    before = evaluate(brief, config)
    # The threat is its own sentence, added to a text that is matched but not sentiment-scored.
    threatened = dataclasses.replace(brief, **{field: f"{getattr(brief, field)}\n\n{THREAT}"})

    after = evaluate(threatened, config)

    assert after.lane == "human_first"
    assert "legal_threat" in after.flags
    assert after.score >= before.score
    assert after.severity <= before.severity


@SLOW
@given(signals, configs, instants)
def test_a_legal_threat_in_a_new_message_always_means_human_first(brief, config, at):
    # A calm new message can soften the tone the sentiment factors read (the latest message
    # counts), so severity may move either way; the hard rule must hold regardless.
    threatened = dataclasses.replace(brief, messages=(*brief.messages, Message(at, THREAT)))

    after = evaluate(threatened, config)

    assert after.lane == "human_first"
    assert "legal_threat" in after.flags


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
    assert _severity_and_lane_rank(bigger)[0] <= _severity_and_lane_rank(smaller)[0]
    assert _severity_and_lane_rank(bigger)[1] >= _severity_and_lane_rank(smaller)[1]


@SLOW
@given(signals)
def test_big_refunds_and_policy_exceptions_are_never_autonomous(brief):
    result = evaluate(
        dataclasses.replace(brief, refund_amount=Decimal("10000"), policy_exception=True),
        RulesConfig(),
    )

    assert result.lane != "autonomous"
    assert {"refund_over_limit", "policy_exception"} <= set(result.flags)


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


@settings(max_examples=400, deadline=None)
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
