"""Pure rules about the wording of a case brief."""

from __future__ import annotations

import re

# A sentence ends with . ! or ? followed by whitespace. Abbreviations such as "e.g." count as
# an end too; that errs towards asking for a shorter summary, which is the point of the rule.
_SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+")


def count_sentences(text: str) -> int:
    return len([part for part in _SENTENCE_BREAK.split(text.strip()) if part.strip()])
