"""The sentiment seam gives VADER's own scores, whatever the text, and stays bounded.

`triage.sentiment` skips VADER's emoji pass on text without emoji (see its docstring); these
tests compare it with VADER as published on every kind of text that could tell them apart.
"""

from __future__ import annotations

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

from triage import sentiment

BARE = SentimentIntensityAnalyzer()
EMOJI = sorted(key for key in BARE.emojis if len(key) == 1)

CUSTOMER_WORDS = [
    "We are very frustrated that nobody has given us a clear answer.",
    "Thanks for the quick reply from Maria yesterday, it helped us narrow it down.",
    "THIS IS UNACCEPTABLE!!! FIX IT NOW",
    "The export is not bad, but it is not good either :)",
    "kind of broken, sort of working, but the team is NOT happy",
    "No problems at all, we love it. Well, we did.",
    "  Leading and trailing white space\n\t ",
    "Café ☕ crème brûlée 😡😡 — ugh!!!",
    "I ❤ this product 👍 but 💩 support",
    "Das ist völlig inakzeptabel. これは最悪です。",
    "©®™ are emoji in VADER's lexicon, arrows ↔ too",
]


@pytest.mark.parametrize("text", CUSTOMER_WORDS)
def test_scores_are_vaders_own(text):
    assert sentiment._analyzer().polarity_scores(text) == BARE.polarity_scores(text)


# Words VADER scores, its boosters, negations, "but", "kind of", emoticons, and emoji.
VADER_WORDS = [
    "good",
    "bad",
    "terrible",
    "love",
    "hate",
    "very",
    "extremely",
    "not",
    "never",
    "no",
    "but",
    "kind",
    "of",
    "without",
    "doubt",
    "GREAT",
    "AWFUL",
    ":)",
    ":(",
    "!!!",
    "?",
    "lol",
    "the",
    "service",
]
vader_texts = st.lists(
    st.one_of(
        st.sampled_from(VADER_WORDS),
        st.sampled_from(EMOJI),
        st.text(max_size=8),
    ),
    max_size=40,
).flatmap(lambda words: st.sampled_from([" ", "  ", "\n", ""]).map(lambda sep: sep.join(words)))


@settings(max_examples=400, deadline=None)
@given(vader_texts)
def test_scores_are_vaders_own_on_any_text(text):
    assert sentiment._analyzer().polarity_scores(text) == BARE.polarity_scores(text)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_compound_is_a_finite_score_in_range(text):
    score = sentiment.compound(text)

    assert math.isfinite(score)
    assert -1.0 <= score <= 1.0


def test_blank_text_scores_zero():
    assert sentiment.compound("") == 0.0
    assert sentiment.compound(" \n\t ") == 0.0


def test_only_the_first_max_chars_are_scored():
    calm = "The export works as documented. " * 200
    angry = " This is terrible, awful and unacceptable!!!" * 50
    text = calm[: sentiment.MAX_CHARS] + angry

    assert sentiment.compound(text) == sentiment.compound(calm[: sentiment.MAX_CHARS])
    assert sentiment.compound(angry) < -0.5
