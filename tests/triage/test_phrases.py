"""Trigger phrases: paraphrases fire, negations do not, bad patterns are explained."""

from __future__ import annotations

import functools
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from triage.default_phrases import DEFAULT_PHRASES
from triage.lexicon import expand_pattern
from triage.phrases import (
    CATEGORIES,
    LANES,
    PhraseMatcher,
    PhraseRule,
    _compile,
    _negated,
    _slot_negated,
    _wrap,
    matcher_for,
    normalise,
    validate_pattern,
)

MATCHER = matcher_for(DEFAULT_PHRASES)


def categories(*texts: str, matcher: PhraseMatcher = MATCHER) -> set[str]:
    return {match.rule.category for match in matcher.find(*texts)}


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # legal
        ("Our lawyers will be in touch.", "legal"),
        ("My attorney has a copy of this thread.", "legal"),
        ("I am forwarding this to our legal department.", "legal"),
        ("We are considering legal action.", "legal"),
        ("We will sue you for the lost revenue.", "legal"),
        ("This is a breach of contract.", "legal"),
        ("Expect a cease and desist letter.", "legal"),
        ("We will not hesitate to involve our lawyers.", "legal"),
        ("We won't hesitate to sue.", "legal"),
        ("We have no choice but legal action.", "legal"),
        ("We will report you to the FTC.", "legal"),
        # chargeback
        ("We will dispute the charge with our bank.", "chargeback"),
        ("Expect a chargeback.", "chargeback"),
        ("I will ask my bank to reverse the payment.", "chargeback"),
        ("We are withholding payment until this is fixed.", "chargeback"),
        # churn
        ("We want to cancel our subscription.", "churn"),
        ("We will terminate the annual contract.", "churn"),
        ("We're moving to a competitor.", "churn"),
        ("We are evaluating alternatives.", "churn"),
        ("We are not renewing.", "churn"),
        ("We can no longer renew.", "churn"),
        ("Time to switch vendors.", "churn"),
        ("We will take our business elsewhere.", "churn"),
        # executive
        ("I want to speak to a supervisor.", "executive"),
        ("Let me talk to your manager.", "executive"),
        ("Please get your CEO on the phone.", "executive"),
        ("I will escalate this to your leadership.", "executive"),
        ("Our VP of Operations is asking daily.", "executive"),
        # public
        ("I'll post this on LinkedIn.", "public"),
        ("I am going to tweet about this.", "public"),
        ("Expect a one-star review on G2.", "public"),
        ("We will leave an honest review on Glassdoor.", "public"),
        ("I will tell everyone I know.", "public"),
        ("We are talking to the press.", "public"),
        # security
        ("We suspect a security breach.", "security"),
        ("There was unauthorized access to our admin account.", "security"),
        ("Our credentials were leaked.", "security"),
        ("We have been hacked through your integration.", "security"),
        ("We can see another customer's invoices.", "security"),
        ("We found a vulnerability in the login page.", "security"),
        # data loss
        ("We lost all of our customer data.", "data_loss"),
        ("There was data loss after the sync.", "data_loss"),
        ("Our records are gone.", "data_loss"),
        ("Half the invoices were deleted overnight.", "data_loss"),
        ("The export contains corrupted data.", "data_loss"),
        ("We cannot restore our backups.", "data_loss"),
        # outage
        ("This is a complete outage.", "outage"),
        ("The entire platform is down.", "outage"),
        ("The service is down for everyone.", "outage"),
        ("Nothing works.", "partial_outage"),
        ("Nobody can log in.", "outage"),
        ("Checkout went down at noon.", "partial_outage"),
        # frustration
        ("This is unacceptable.", "frustration"),
        ("Frankly ridiculous.", "frustration"),
        ("We are fed up.", "frustration"),
        ("This is the third time I write about this.", "frustration"),
        ("It is still broken.", "frustration"),
        ("What a waste of time.", "frustration"),
        ("Still no response from your team.", "frustration"),
        # policy exception
        ("Could you make an exception to your policy?", "policy_exception"),
        ("Please waive the late fee.", "policy_exception"),
        ("This is outside the contract terms, I know.", "policy_exception"),
        ("It needs special approval from your side.", "policy_exception"),
    ],
)
def test_paraphrases_fire(text, category):
    assert category in categories(text)


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("This is not a legal question.", "legal"),
        ("This is not a legal matter.", "legal"),
        ("No data was lost.", "data_loss"),
        ("We are not planning to cancel our subscription.", "churn"),
        ("We don't want to cancel our contract.", "churn"),
        ("We dont want to cancel our contract.", "churn"),  # typed without the apostrophe
        ("We have never lost our data with you.", "data_loss"),
        ("Our accounts were not compromised.", "security"),
        ("There is no security breach, just a question.", "security"),
        ("It wasn’t a complete outage.", "outage"),  # curly apostrophe
        ("We won't dispute the charge.", "chargeback"),
        # Words that merely contain a trigger word:
        ("This is an issue for Sue in accounting.", "legal"),
        ("The VPN drops every hour.", "executive"),
        ("Press the button twice.", "public"),
    ],
)
def test_negated_or_unrelated_words_do_not_fire(text, category):
    assert category not in categories(text)


def test_negation_stays_inside_its_clause():
    # "not" belongs to the first sentence; the threat is in the second.
    assert "legal" in categories("We are not happy.\nOur lawyers will call.")
    assert "legal" in categories("We are not happy. Our lawyers will call.")
    assert "legal" in categories("It is not fixed, but our lawyers will call.")
    # ... but a negator three words back in the same clause does negate.
    assert "legal" not in categories("We do not need our lawyers for this.")


def test_a_phrase_never_spans_two_texts_or_sentences():
    rule = PhraseRule(pattern="legal action", category="legal", weight=20, label="legal action")
    matcher = PhraseMatcher([rule])

    assert matcher.find("Legal", "action items below") == []
    assert matcher.find("Our legal. Action items below") == []
    assert [m.snippet for m in matcher.find("We take legal\naction now")] == ["legal action"]


def test_matches_report_the_rule_and_the_snippet_in_text_order():
    found = MATCHER.find("Unacceptable! Our lawyers will dispute the charge.")

    assert [(m.rule.label, m.snippet) for m in found] == [
        ("unacceptable", "unacceptable"),
        ("our lawyers are involved", "our lawyers will dispute"),
        ("disputes the charge", "dispute the charge"),
    ]


def test_an_admin_pattern_from_the_help_text_matches_whole_words():
    rule = PhraseRule(
        pattern=r"(our|my) (lawyers?|attorneys?|legal (team|counsel|department))",
        category="legal",
        weight=20,
        forced_lane="human_first",
        label="mentions lawyers",
    )
    matcher = PhraseMatcher([rule])

    assert [m.snippet for m in matcher.find("Our LEGAL TEAM is on it")] == ["our legal team"]
    assert matcher.find("Your lawyers are not ours") == []
    assert matcher.find("hour lawyers") == []


def test_rules_that_do_not_validate_are_skipped_not_fatal():
    good = PhraseRule(pattern="refund", category="policy_exception", weight=8, label="refund")
    bad = PhraseRule(pattern="(unclosed", category="legal", weight=20, label="broken")

    matcher = PhraseMatcher([bad, good])

    assert matcher.skipped == (bad,)
    assert [m.rule for m in matcher.find("a refund please")] == [good]


def test_the_matcher_is_built_once_per_rule_set():
    assert matcher_for(DEFAULT_PHRASES) is matcher_for(tuple(DEFAULT_PHRASES))


@pytest.mark.parametrize(
    ("pattern", "message"),
    [
        ("", "Enter a pattern."),
        ("   ", "Enter a pattern."),
        (
            "(our|my) (lawyers",
            "The pattern is not a valid regular expression: missing ), unterminated subpattern "
            "(at character 10).",
        ),
        (
            "lawyers?)",
            "The pattern is not a valid regular expression: unbalanced parenthesis "
            "(at character 9).",
        ),
        (
            r"(?<!no )lawyers",
            "The pattern uses a feature the desk does not run (look-arounds such as (?<!…) or "
            "(?=…), back-references such as \\1) or is too large; write it without them.",
        ),
        (
            r"(\w+) \1",
            "The pattern uses a feature the desk does not run (look-arounds such as (?<!…) or "
            "(?=…), back-references such as \\1) or is too large; write it without them.",
        ),
        ("(lawyers)?", "The pattern can match empty text, so it would fire on every message."),
        ("a*", "The pattern can match empty text, so it would fire on every message."),
        (r"\b", "The pattern can match empty text, so it would fire on every message."),
        ("lawyers|", "The pattern can match empty text, so it would fire on every message."),
    ],
)
def test_validate_pattern_explains_what_is_wrong(pattern, message):
    assert validate_pattern(pattern) == message


@pytest.mark.parametrize(
    "pattern",
    [r"(our|my) (lawyers?|attorneys?|legal (team|counsel|department))", "g2 review", r"1-star"],
)
def test_validate_pattern_accepts_good_patterns(pattern):
    assert validate_pattern(pattern) is None


def test_every_default_phrase_is_valid_plain_data():
    assert 60 <= len(DEFAULT_PHRASES) <= 120
    assert {rule.category for rule in DEFAULT_PHRASES} == set(CATEGORIES)
    for rule in DEFAULT_PHRASES:
        assert validate_pattern(rule.pattern) is None, rule
        assert rule.forced_lane in (None, *LANES)
        assert rule.min_severity in (None, 1, 2, 3, 4)
        assert rule.label.strip()


def test_default_forced_lanes_follow_the_desk_rules():
    lanes = {rule.category: set() for rule in DEFAULT_PHRASES}
    for rule in DEFAULT_PHRASES:
        lanes[rule.category].add(rule.forced_lane)
    for category in ("legal", "security", "data_loss", "executive", "public"):
        assert lanes[category] == {"human_first"}
    assert lanes["policy_exception"] == {"guardrailed"}
    for category in ("chargeback", "churn", "outage", "frustration"):
        assert lanes[category] == {None}


# --- The key-word shortcut never changes what fires ----------------------------------------
#
# Reference: every rule's regex on every clause, no shortcut. The matcher must agree on any
# text, for the default rules and for admin patterns the key-word analysis finds hard.

TRICKY_RULES = (
    PhraseRule(pattern=r"legal.*action", category="legal", weight=1, label="spanning"),
    PhraseRule(pattern=r"refunds?\w*", category="policy_exception", weight=1, label="prefix"),
    PhraseRule(pattern=r"[a-f]{3} ok", category="churn", weight=1, label="class"),
    PhraseRule(pattern=r"(?i:CEO) now", category="executive", weight=1, label="ignorecase"),
    PhraseRule(pattern=r"x{2,5}y|zz?", category="public", weight=1, label="repeats"),
    PhraseRule(pattern=r"don't|can't stop", category="churn", weight=1, label="apostrophe"),
    PhraseRule(pattern=r"café", category="public", weight=1, label="accent"),
)
ALL_RULES = DEFAULT_PHRASES + TRICKY_RULES
ALL_RULES_MATCHER = PhraseMatcher(ALL_RULES)
WORDS = [
    "our",
    "lawyers",
    "legal",
    "action",
    "not",
    "no",
    "but",
    "refund",
    "refunds",
    "abc",
    "ok",
    "ceo",
    "CEO",
    "now",
    "xxxy",
    "zz",
    "z",
    "don't",
    "can't",
    "stop",
    "café",
    "data",
    "was",
    "lost",
    "the",
    "the",
    "entire",
    "platform",
    "is",
    "down",
    "dispute",
    "charge",
    ".",
    ",",
    "!",
    ";",
    "\n",
    "’",
]
texts = st.lists(st.one_of(st.sampled_from(WORDS), st.text(max_size=6)), max_size=30).map(" ".join)


@functools.cache
def reference_parts(rule: PhraseRule):
    pattern = expand_pattern(rule.pattern)
    unless = _compile(_wrap(expand_pattern(rule.unless))) if rule.unless else None
    return _compile(_wrap(pattern)), frozenset(re.findall(r"[a-z']+", pattern)), unless


def reference_find(rules: tuple[PhraseRule, ...], *texts: str) -> list[tuple[str, str]]:
    """Every rule's (widened) pattern on every clause, with the same negation and `unless`
    rules as the matcher, but no Set prefilter."""
    text = " . ".join(normalise(t) for t in texts)
    marked = re.sub(r"[!?;]", ".", text).replace(", but ", ". but ")
    found = []
    start = 0
    for piece in marked.split(". "):
        end = start + len(piece)
        clause = text[start:end].encode()
        for rule in rules:
            regex, literals, unless = reference_parts(rule)
            for m in regex.finditer(clause):
                snippet = clause[m.start(1) : m.end(1)].decode()
                before = clause[: m.start(1)].decode()
                first = snippet.split(maxsplit=1)[0].strip("\"'()[]{}<>*_-:,.!?;/\\«»“”‘’`")
                if not snippet or _negated(before, first) or _slot_negated(snippet, literals):
                    continue
                if unless is not None and unless.search(clause):
                    continue
                found.append((rule.label, snippet))
        start = end + 2
    return sorted(found)


@settings(max_examples=300, deadline=None)
@given(st.lists(texts, min_size=1, max_size=3))
def test_the_set_prefilter_finds_exactly_what_trying_every_rule_finds(parts):
    found = sorted((m.rule.label, m.snippet) for m in ALL_RULES_MATCHER.find(*parts))

    assert found == reference_find(ALL_RULES, *parts)
