"""VADER sentiment behind one seam: the only module that imports vaderSentiment.

The rest of triage works with plain compound scores (-1.0 … +1.0), so scoring arithmetic can be
tested without VADER and callers that stored a message's compound never score it twice.
"""

from __future__ import annotations

import functools
import math

from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

# VADER's cost is not linear: its handling of "but" and of idioms re-walks the word list for
# every sentiment-laden word, so it grows with the square of the length. Measured on one core:
# a 5,000-character text costs about 3 ms when ordinary and about 0.2 s in the worst case
# (a text made of "but" clauses); 80,000 characters cost over 20 s. Customer messages are
# 200-800 characters, so scoring only the first 5,000 keeps every message whole in practice
# while bounding the cost of a pasted log or a hostile input.
MAX_CHARS = 5_000


@functools.cache
def _analyzer() -> SentimentIntensityAnalyzer:
    # Building the analyzer parses its lexicon (10-13 ms): once per process.
    return SentimentIntensityAnalyzer()


def compound(text: str) -> float:
    """VADER compound score of `text`, from -1.0 (most negative) to +1.0 (most positive)."""
    text = text[:MAX_CHARS]
    if not text.strip():
        return 0.0
    score = _analyzer().polarity_scores(text)["compound"]
    # VADER never returns NaN for real text, but a caller storing this must never see one.
    return float(score) if math.isfinite(score) else 0.0
