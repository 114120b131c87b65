"""What `RulesConfig.validate` tells a desk admin about a configuration they typed."""

from __future__ import annotations

import dataclasses
from decimal import Decimal

import pytest

from triage.engine import FIELD_LABELS, RulesConfig
from triage.phrases import PhraseRule


def test_the_shipped_defaults_are_valid():
    assert RulesConfig().validate() == []


def test_every_field_has_a_label_for_the_admin_form():
    assert set(FIELD_LABELS) == {f.name for f in dataclasses.fields(RulesConfig)}


@pytest.mark.parametrize(
    ("changes", "problem"),
    [
        (
            {"sev1_threshold": 101},
            "The Sev-1 threshold must be at most 100 (it is 101).",
        ),
        (
            {"sev1_threshold": 60},
            "The Sev-1 threshold (60) must be higher than the Sev-2 one (60).",
        ),
        (
            {"sev2_threshold": 30},
            "The Sev-2 threshold (30) must be higher than the Sev-3 one (35).",
        ),
        ({"sev3_threshold": 0}, "The Sev-3 threshold must be above 0 (it is 0)."),
        (
            {"sentiment_weight": -1},
            "Sentiment points (at the most negative tone) must be between 0 and 100 (it is -1).",
        ),
        (
            {"renewal_imminent_points": 120},
            "Renewal imminent points must be between 0 and 100 (it is 120).",
        ),
        (
            {"reopen_cap": 101},
            "Reopened points cap must be between 0 and 100 (it is 101).",
        ),
        (
            {"phrase_points_cap": 101},
            "Trigger phrase points cap must be between 0 and 100 (it is 101).",
        ),
        (
            {"tier_enterprise_points": 20},
            "Tier points must not fall as ARR rises: strategic ≥ enterprise ≥ mid-market ≥ SMB "
            "(they are 12 / 20 / 4 / 0).",
        ),
        (
            {"renewal_imminent_points": 5},
            "Renewal imminent points (5) must be at least the renewal near points (6).",
        ),
        (
            {"renewal_imminent_days": 90},
            "The imminent-renewal window (90 days) must be shorter than the near-renewal window "
            "(90 days).",
        ),
        (
            {"long_tenure_days": -1},
            "Long tenure: customer for at least days must not be negative (it is -1).",
        ),
        (
            {"negative_sentiment_below": 1.5},
            "Negative tone below (VADER compound) must be between -1 and 1 (it is 1.5).",
        ),
        (
            {"very_negative_below": -1.5},
            "Very negative tone at or below (VADER compound) must be between -1 and the negative "
            "tone threshold (-0.05); it is -1.5.",
        ),
        (
            {"floor_data_loss": 0},
            "Impact floor “Data loss” must be 1 to 4 (4 means no floor; it is 0).",
        ),
        (
            {"floor_churn_large_account": 3, "floor_churn": 2},
            "Churn at a large account or near renewal must be at least as severe as churn at a "
            "smaller account (Sev-3 is less severe than Sev-2).",
        ),
        ({"raise_max_levels": 4}, "Commercial raise: at most levels must be 0 to 3 (it is 4)."),
        ({"raise_renewal_days": -1}, "Renewal raise: within days must not be negative (it is -1)."),
        (
            {"tier_enterprise_arr": Decimal("250000")},
            "Tier thresholds must rise: mid-market < enterprise < strategic "
            "(they are 10,000 / 250,000 / 250,000).",
        ),
        (
            {"sentiment_shift_drop": 0.0},
            "Tone drop of at least (VADER compound) must be above 0 and at most 2 (it is 0.0).",
        ),
        (
            {"shouting_share": 1.5},
            "Shouting: share of words in capitals must be above 0 and at most 1 (it is 1.5).",
        ),
        ({"shouting_min_words": 0}, "Shouting needs at least 1 word in capitals (it is 0)."),
        ({"stuck_interactions": 0}, "A case is stuck after at least 1 interaction (it is 0)."),
        ({"ticket_burst": 0}, "A ticket burst needs at least 1 ticket (it is 0)."),
        (
            {"repeat_contact_hours": 0},
            "Repeat contact: within hours of a resolution must be above 0 (it is 0).",
        ),
        (
            {"refund_guardrail_amount": Decimal("0")},
            "Refund or credit guardrail amount must be a positive amount (it is 0).",
        ),
        (
            {"refund_guardrail_amount": Decimal("NaN")},
            "Refund or credit guardrail amount must be a positive amount (it is NaN).",
        ),
        ({"profanity": ("damn", " ")}, "Profanity words must not be blank."),
    ],
)
def test_each_problem_is_one_plain_sentence(changes, problem):
    assert RulesConfig(**changes).validate() == [problem]


def test_all_problems_are_reported_at_once():
    problems = RulesConfig(sev3_threshold=0, shouting_points=200, ticket_burst=0).validate()

    assert problems == [
        "The Sev-3 threshold must be above 0 (it is 0).",
        "Shouting points must be between 0 and 100 (it is 200).",
        "A ticket burst needs at least 1 ticket (it is 0).",
    ]


def rule(**changes) -> PhraseRule:
    values = {"pattern": "our lawyers", "category": "legal", "weight": 20, "label": "lawyers"}
    return PhraseRule(**values | changes)


@pytest.mark.parametrize(
    ("bad_rule", "problem"),
    [
        (
            rule(pattern="(our lawyers"),
            "Trigger phrase “lawyers”: the pattern is not a valid regular expression: "
            "missing ), unterminated subpattern (at character 1).",
        ),
        (
            rule(pattern="lawyers?|"),
            "Trigger phrase “lawyers”: the pattern can match empty text, so it would fire on "
            "every message.",
        ),
        (rule(category="legalese"), "Trigger phrase “lawyers”: unknown category “legalese”."),
        (
            rule(weight=150),
            "Trigger phrase “lawyers”: weight must be between 0 and 100 (it is 150).",
        ),
        (rule(forced_lane="fast"), "Trigger phrase “lawyers”: unknown lane “fast”."),
        (
            rule(min_severity=0),
            "Trigger phrase “lawyers”: minimum severity must be 1 to 4 (it is 0).",
        ),
        (
            rule(unless="(?<=no )lawyers"),
            "Trigger phrase “lawyers”: the “unless” pattern: the pattern uses a feature the desk "
            "does not run (look-arounds such as (?<!…) or (?=…), back-references such as \\1) "
            "or is too large; write it without them.",
        ),
        (rule(label=" "), "Trigger phrase “our lawyers”: give it a short label."),
    ],
)
def test_each_bad_trigger_phrase_is_named(bad_rule, problem):
    assert RulesConfig(phrases=(bad_rule,)).validate() == [problem]
