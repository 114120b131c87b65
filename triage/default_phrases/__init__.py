"""The desk's default trigger phrases (a data migration loads them; admins edit the rows).

Plain data only. Patterns run over normalised text (lower case, single spaces, straight
apostrophes), clause by clause, and are wrapped in word boundaries, so `sue` never fires
inside "issue". Conventions that keep the rules predictable:

- Write a word once, in any form: the matcher widens it to its family (`triage.lexicon`),
  so "cancel" also matches "cancelled", "canceling" and the typo "cancle".
- Words are separated by a literal space; `(?:\\w+ )?` allows one word in between
  ("cancel our annual contract"), `(?:\\w+ ){0,3}` up to three.
- No pattern crosses punctuation (no `.`, `\\S` or `[^...]`): a phrase never spans two
  clauses, so adding a sentence to a brief never changes what fired in the sentences before it.
- A match right after a negation ("no data was lost", "not a legal matter") never fires; a
  rule's `unless` names the harmless uses of its words ("the outage last year was handled
  well", "in case of a breach", "our CEO loves the new dashboard").
- Categories carry the desk's impact floors (in the configuration) and hard rules on the lane
  (legal, security, data loss, executive and public → human-first; policy exception →
  guardrailed); `forced_lane` repeats them here so an admin sees them on the row. A row's
  `min_severity` is its own floor where it differs from its category's (a reported
  vulnerability is Sev-2, a breach Sev-1).
"""

from __future__ import annotations

from triage.phrases import PhraseRule

from .commercial import CHARGEBACK, CHURN, COMPLIANCE, LEGAL, POLICY_EXCEPTION, REFUND
from .incidents import COMPLETE_OUTAGE, DATA_LOSS, PARTIAL_OUTAGE, SECURITY
from .people import (
    AI_HANDOFF,
    CHAMPION,
    DISSATISFACTION,
    EXECUTIVE,
    FIRST_ESCALATION,
    FRUSTRATION,
    PUBLIC,
)

# The order rules are listed in (and shipped in the data migration).
DEFAULT_PHRASES: tuple[PhraseRule, ...] = (
    *SECURITY,
    *COMPLETE_OUTAGE,
    *DATA_LOSS,
    *LEGAL,
    *CHURN,
    *PARTIAL_OUTAGE,
    *CHARGEBACK,
    *COMPLIANCE,
    *EXECUTIVE,
    *PUBLIC,
    *FRUSTRATION,
    *DISSATISFACTION,
    *POLICY_EXCEPTION,
    *REFUND,
    *AI_HANDOFF,
    *CHAMPION,
    *FIRST_ESCALATION,
)

# Whole words, matched case-insensitively in the customer's own messages. Kept short: every
# entry is a word that is profane in any context, so it cannot misfire on ordinary text.
DEFAULT_PROFANITY: tuple[str, ...] = (
    "fuck",
    "fucking",
    "fucked",
    "fucker",
    "fuckin",
    "fucks",
    "motherfucker",
    "shit",
    "shitty",
    "shite",
    "bullshit",
    "crap",
    "crappy",
    "damn",
    "damned",
    "goddamn",
    "goddamned",
    "wtf",
    "ffs",
    "bastard",
    "bastards",
    "asshole",
    "assholes",
    "arsehole",
    "pissed",
    "bollocks",
    "bloody hell",
)
