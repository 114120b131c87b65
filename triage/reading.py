"""Reading a brief's text once: tone, trigger phrases, shouting and profanity.

Pure. `read` is the only place the engine calls VADER (through `triage.sentiment`).
"""

from __future__ import annotations

import math
import re
from typing import NamedTuple

from triage import sentiment
from triage.brief import Signals
from triage.phrases import Match, PhraseRule
from triage.rules_config import RulesConfig

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


class Reading(NamedTuple):
    """What the text of a brief says, computed once per evaluation."""

    compound: float  # latest customer message; 0.0 without messages
    shift: float | None  # latest minus the mean of the earlier messages
    matches: tuple[Match, ...]
    rules: tuple[PhraseRule, ...]  # each rule that fired, once, in text order
    capitals: tuple[tuple[int, int], ...]  # per message: (ALL-CAPS words, words)
    profanity: tuple[str, ...]


def read(signals: Signals, config: RulesConfig, compounds: tuple[float, ...] | None) -> Reading:
    bodies = [m.body for m in signals.messages]
    if compounds is None:
        compounds = tuple(sentiment.compound(body) for body in bodies)
    elif len(compounds) != len(bodies):
        raise ValueError(f"{len(compounds)} compounds given for {len(bodies)} messages")
    scores = [_clean_compound(c) for c in compounds]
    # Each field its own run of sentences: no phrase spans the title and the summary.
    matches = config.matcher.find(signals.title, signals.summary, *bodies)
    return Reading(
        compound=scores[-1] if scores else 0.0,
        shift=scores[-1] - math.fsum(scores[:-1]) / (len(scores) - 1) if len(scores) > 1 else None,
        matches=tuple(matches),
        # Keyed by identity: hashing a rule hashes all its fields, and the matcher hands out
        # the same rule objects every time.
        rules=tuple({id(match.rule): match.rule for match in matches}.values()),
        capitals=tuple([_capitals(body, config) for body in bodies]),
        profanity=_profanity(bodies, config),
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


def _profanity(bodies: list[str], config: RulesConfig) -> tuple[str, ...]:
    """The profane words in the customer's messages (message text only).

    One RE2 pass of the entries rules out almost every brief before the regex runs.
    """
    regex, prefilter = config.profanity_regex, config.profanity_prefilter
    if regex is None:
        return ()
    text = "\n".join(bodies).lower()
    if not prefilter.search(text.encode()):
        return ()
    text = _PRAISE.sub(" ", text)
    return tuple(dict.fromkeys(regex.findall(text)))


# A swear word as an intensifier of praise is not anger: "damn good", "bloody brilliant".
_PRAISE = re.compile(
    r"\b(?:damn|damned|bloody|fucking|freaking|frickin|effing) (?:good|great|fine|well|nice"
    r"|impressive|proud|cool|happy|excited|amazing|awesome|brilliant|helpful|fast|useful|slick"
    r"|quick|easy|smooth|handy|clever|solid|lovely)\b"
)
