"""VADER sentiment behind one seam: the only module that imports vaderSentiment.

The rest of triage works with plain compound scores (-1.0 … +1.0), so scoring arithmetic can be
tested without VADER and callers that stored a message's compound never score it twice.
"""

from __future__ import annotations

import functools
import math
import re

from vaderSentiment.vaderSentiment import BOOSTER_DICT, SentimentIntensityAnalyzer, SentiText

# VADER's cost is not linear: its handling of "but" and of idioms re-walks the word list for
# every sentiment-laden word, so it grows with the square of the length. Measured on one core:
# a 5,000-character text costs about 3 ms when ordinary and about 0.2 s in the worst case
# (a text made of "but" clauses); 80,000 characters cost over 20 s. Customer messages are
# 200-800 characters, so scoring only the first 5,000 keeps every message whole in practice
# while bounding the cost of a pasted log or a hostile input.
MAX_CHARS = 5_000


class _Analyzer(SentimentIntensityAnalyzer):
    """VADER 3.3.2, scoring text without emoji without its emoji pass. Same scores.

    `polarity_scores` begins by rebuilding the text character by character, one string
    concatenation each, to swap emoji for their descriptions. On customer messages that pass
    is 15-20 % of VADER's time and changes nothing but surrounding white space when the text
    holds no emoji. Such a text goes straight to the rest of VADER's method, copied below
    unchanged (vaderSentiment is pinned to 3.3.2 in pyproject.toml, and
    tests/triage/test_sentiment.py checks the scores against VADER's own on every kind of text).
    """

    def __init__(self) -> None:
        super().__init__()
        # VADER only swaps single characters (`for chr in text: if chr in self.emojis`).
        chars = sorted(key for key in self.emojis if len(key) == 1)
        self._emoji = re.compile("[" + "".join(re.escape(c) for c in chars) + "]")
        # An emoji key that is ASCII would make "ASCII text has no emoji" false.
        self._ascii_has_no_emoji = not any(c.isascii() for c in chars)

    def polarity_scores(self, text: str) -> dict[str, float]:
        if not (text.isascii() and self._ascii_has_no_emoji) and self._emoji.search(text):
            return super().polarity_scores(text)
        # What VADER's emoji pass returns for a text without emoji.
        text = text.strip()
        # From here on, VADER 3.3.2's polarity_scores as published.
        sentitext = SentiText(text)
        sentiments: list[float] = []
        words_and_emoticons = sentitext.words_and_emoticons
        for i, item in enumerate(words_and_emoticons):
            valence = 0
            if item.lower() in BOOSTER_DICT:
                sentiments.append(valence)
                continue
            if (
                i < len(words_and_emoticons) - 1
                and item.lower() == "kind"
                and words_and_emoticons[i + 1].lower() == "of"
            ):
                sentiments.append(valence)
                continue
            sentiments = self.sentiment_valence(valence, sentitext, item, i, sentiments)
        sentiments = self._but_check(words_and_emoticons, sentiments)
        return self.score_valence(sentiments, text)


@functools.cache
def _analyzer() -> _Analyzer:
    # Building the analyzer parses its lexicon (10-13 ms): once per process.
    return _Analyzer()


def compound(text: str) -> float:
    """VADER compound score of `text`, from -1.0 (most negative) to +1.0 (most positive)."""
    text = text[:MAX_CHARS]
    if not text.strip():
        return 0.0
    score = _analyzer().polarity_scores(text)["compound"]
    # VADER never returns NaN for real text, but a caller storing this must never see one.
    return float(score) if math.isfinite(score) else 0.0
