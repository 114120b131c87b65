r"""Trigger-phrase matching: which admin-defined phrase rules fire on a text.

Pure and fast. A matcher is built once per set of rules (`matcher_for`) and reused.

How `PhraseMatcher.find` reads a brief:

1. Normalise each text: a line break followed by a capital letter, or a blank line, ends a
   sentence (e-mails often drop the full stop there); every other run of white space becomes
   one space (hard-wrapped e-mails split phrases across lines); lower-case; curly apostrophes
   become straight ones. The texts are joined with " . ", so each stays its own sentences.
2. Clauses end at ". ", "! ", "? ", "; " and before "but" in ", but ". A rule fires on a
   clause when its pattern, wrapped in word boundaries, matches there: a phrase never spans
   two clauses, and adding a sentence to a text never changes what fired in the others.
3. Finding the candidates: every rule's pattern is in one RE2 Set, and one pass of the Set
   over the whole text says which rules match anywhere (a few, out of about a hundred). Only
   those run again over the text, to find which clauses they touch, and then on each of
   those clauses to find exactly where.
4. A match is ignored when one of the (up to) three words before it in its clause is a
   negator ("not", "no", "never", any "n't" word, ...), unless the negator is part of an idiom
   that negates nothing ("not hesitate", "no longer", "no doubt", "not only") or a later "but"
   turns the clause around ("we have no choice but legal action").
5. A match is ignored when a word slot of the pattern (`(?:\w+ )?`) took a negator that the
   pattern does not spell out: "the app is not down" is no "app is … down".
6. A match is also ignored when its clause matches the rule's `unless` pattern: the harmless
   uses an admin lists ("the outage last year was handled well", "in case of a breach").

Patterns are run by RE2 (google-re2), whose running time is linear in the text whatever the
pattern: a desk admin can save `(a+)+b` and intake stays fast. Each whole word of a pattern
is widened to its word family first (`triage.lexicon`), so "cancel" also matches "cancelled",
"canceling" and "cancle".

Why a Set: the Set's automaton tests all the rules in one walk over the text (about 5 µs for
100 rules on a 1,200-character brief once its cache is warm), where running each rule's
regex costs a call per rule, and a Python-side key-word prefilter cost more than the regexes.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, NamedTuple

import re2

from triage.lexicon import expand_pattern

CATEGORIES = (
    "security",
    "outage",
    "data_loss",
    "legal",
    "churn",
    "partial_outage",
    "chargeback",
    "compliance",
    "executive",
    "public",
    "frustration",
    "policy_exception",
    "ai_handoff",
    "champion",
    "first_escalation",
    "refund",
    "dissatisfaction",
)
LANES = ("autonomous", "guardrailed", "human_first")
MAX_PATTERN_LENGTH = 4000

NEGATORS = frozenset(
    {
        "not",
        "no",
        "never",
        "nor",
        "without",
        "cannot",
        "nothing",
        "none",
        "nobody",
        "neither",
        # Angry typing drops apostrophes: "won't" and "can't" arrive as "wont" and "cant".
        "dont",
        "doesnt",
        "didnt",
        "isnt",
        "arent",
        "wasnt",
        "werent",
        "wont",
        "cant",
        "havent",
        "hasnt",
        "hadnt",
        "shouldnt",
        "wouldnt",
        "couldnt",
    }
)
# A negator directly followed by one of these negates nothing after it:
# "we will not hesitate to sue", "we can no longer renew", "no doubt our lawyers will call".
NEGATION_IDIOMS = frozenset({"hesitate", "longer", "doubt", "only", "just"})
NEGATION_WINDOW_WORDS = 3

# UTF-16 surrogates: a str may hold one alone (JSON's "\ud800", argv's undecodable bytes),
# but no UTF-8, hence no RE2 pattern or text, can.
_SURROGATE = re.compile("[\ud800-\udfff]")
_SENTENCE_BREAK = re.compile(r"\n\s*\n\s*|\n\s*(?=[A-Z])")
_PUNCTUATION = "\"'()[]{}<>*_-:,.!?;/\\«»“”‘’`"
# Maps the clause-ending punctuation to ".", everything else to itself (same length).
_ASCII_CLAUSE_MARKS = bytes.maketrans(b"!?;", b"...")
# What str.isprintable() accepts in ASCII: the space and the visible characters.
_ASCII_PRINTABLE = bytes(range(0x20, 0x7F))


@dataclass(frozen=True, kw_only=True)
class PhraseRule:
    """One trigger phrase as a desk admin defines it (mirrored by a model row)."""

    pattern: str  # a regex over normalised text; word boundaries are added around it
    category: str  # one of CATEGORIES
    weight: int  # points when it fires (the engine takes the strongest rule per category)
    forced_lane: str | None = None  # at least this lane whatever the score
    min_severity: int | None = None  # this phrase's impact floor; None: its category's
    label: str  # short human text shown in the triage factors: "mentions lawyers"
    unless: str | None = None  # a pattern; a match in a clause that matches it is ignored


class Match(NamedTuple):
    rule: PhraseRule
    snippet: str  # the matched words as normalised (lower case, single spaces)


# RE2 has no look-behind: a match is group 1 between a non-word character (or the clause's
# edge) on either side, so a pattern that begins or ends with a non-word character ("c-suite",
# "1-star") still matches whole words only.
_NOT_WORD = r"[^\pL\pN_]"


def _wrap(pattern: str, *, group: bool = True) -> str:
    inner = f"({pattern})" if group else f"(?:{pattern})"
    return rf"(?:^|{_NOT_WORD}){inner}(?:{_NOT_WORD}|$)"


def _options() -> re2.Options:
    options = re2.Options()
    options.log_errors = False  # a refused pattern is reported to the admin, not to stderr
    # A pattern over the memory budget is refused at compile time rather than slowing intake.
    options.max_mem = 8 << 20
    return options


def _compile(pattern: str) -> Any:
    return re2.compile(pattern.encode(), _options())


@functools.lru_cache(maxsize=2048)
def validate_pattern(pattern: str) -> str | None:
    """A one-line message saying why `pattern` cannot be used, or None when it is fine."""
    if not pattern.strip():
        return "Enter a pattern."
    if len(pattern) > MAX_PATTERN_LENGTH:
        return f"The pattern is too long (at most {MAX_PATTERN_LENGTH:,} characters)."
    try:
        re.compile(pattern)
    except re.error as exc:
        where = "" if exc.pos is None else f" (at character {exc.pos + 1})"
        return f"The pattern is not a valid regular expression: {exc.msg}{where}."
    except (RecursionError, OverflowError, ValueError):
        return "The pattern is too complex to compile."
    if _SURROGATE.search(pattern):
        return "The pattern holds a character that is not text (a lone UTF-16 surrogate)."
    try:
        compiled = _compile(expand_pattern(pattern))
        _compile(_wrap(expand_pattern(pattern)))
    except re2.error:
        return (
            "The pattern uses a feature the desk does not run (look-arounds such as (?<!…) or "
            "(?=…), back-references such as \\1) or is too large; write it without them."
        )
    # A pattern that can match nothing at all would fire on every message.
    for probe in _EMPTY_MATCH_PROBES:
        if any(m.start() == m.end() for m in compiled.finditer(probe)):
            return "The pattern can match empty text, so it would fire on every message."
    return None


_EMPTY_MATCH_PROBES = (b"", b"a", b"ab cd", b"ab. cd!")


def normalise(text: str) -> str:
    """The text as patterns see it (step 1 of the module docstring)."""
    lowered = text.lower()
    # Fast path for the usual case, plain single-spaced ASCII: nothing to rewrite. (Every
    # white-space character but the space is unprintable.)
    if lowered.isascii() and _printable_ascii(lowered) and "  " not in lowered:
        return lowered.strip()
    if "\n" in text:
        lowered = _SENTENCE_BREAK.sub(". ", text).lower()
    return " ".join(lowered.replace("\u2019", "'").split())


def _clause_text(texts: tuple[str, ...]) -> tuple[bytes, bytes]:
    """The texts normalised, joined by " . " (which ends a clause) and encoded; and the same
    bytes with every clause end marked ". " (same length, so positions hold)."""
    joined = " . ".join(texts).lower()
    # The usual case in one go: printable, single-spaced ASCII needs no rewriting.
    if not (joined.isascii() and _printable_ascii(joined) and "  " not in joined):
        joined = " . ".join([normalise(text) for text in texts])
    try:
        encoded = joined.encode()
    except UnicodeEncodeError:
        encoded = _without_surrogates(joined).encode()
    marked = encoded.translate(_ASCII_CLAUSE_MARKS).replace(b", but ", b". but ")
    return encoded, marked


def _without_surrogates(text: str) -> str:
    """`text` with each lone surrogate replaced by U+FFFD, the replacement character: what
    Django makes of undecodable bytes in a form, so a brief reads the same from the command
    line (JSON) as from the desk. The replacement is no letter or digit: it ends a word."""
    return _SURROGATE.sub("\ufffd", text)


def _printable_ascii(text: str) -> bool:
    """`text.isprintable()` for ASCII text: deleting the printable bytes leaves nothing.

    str.isprintable looks every character up in the Unicode database; encoding and
    translating cost about a third of that.
    """
    return not text.encode().translate(None, _ASCII_PRINTABLE)


def _is_negator(word: str) -> bool:
    return word in NEGATORS or word.endswith("n't")


def _negated(before: str, first_word: str) -> bool:
    """Do the last words of `before` (the clause up to the match) negate the match?"""
    words = before.rsplit(None, NEGATION_WINDOW_WORDS)[-NEGATION_WINDOW_WORDS:]
    if "n" not in " ".join(words):
        return False  # every negator has an "n": the usual case ends here
    words = [w.strip(_PUNCTUATION) for w in words]
    if "but" in words:
        words = words[len(words) - words[::-1].index("but") :]
    following = [*words[1:], first_word]
    return any(
        _is_negator(word) and following[i] not in NEGATION_IDIOMS for i, word in enumerate(words)
    )


class PhraseMatcher:
    """Finds which of a fixed set of phrase rules fire on a text."""

    def __init__(self, rules: Iterable[PhraseRule]) -> None:
        # A rule that does not validate (say, a row saved before validation existed) is
        # skipped rather than allowed to break triage for every case.
        rules = tuple(rules)
        self.rules = tuple(rule for rule in rules if _usable(rule))
        self.skipped = tuple(rule for rule in rules if rule not in self.rules)
        wrapped = [_wrap(expand_pattern(rule.pattern)) for rule in self.rules]
        self._regexes = tuple(_compile(pattern) for pattern in wrapped)
        self._finders = tuple(
            _compile(_wrap(expand_pattern(rule.pattern), group=False)) for rule in self.rules
        )
        # The words each pattern spells out: a negator in a match that is not one of them was
        # taken by a word slot.
        self._literals = tuple(
            frozenset(_LITERAL_WORD.findall(expand_pattern(rule.pattern))) for rule in self.rules
        )
        unless_by_pattern = {
            rule.unless: _compile(_wrap(expand_pattern(rule.unless)))
            for rule in self.rules
            if rule.unless
        }
        self._unless = tuple(unless_by_pattern.get(rule.unless) for rule in self.rules)
        self._set = _rule_set(wrapped)

    def find(self, *texts: str) -> list[Match]:
        """Rules firing on the texts, in text order; a rule fires once per place it matches.

        Each text is its own run of sentences (a title, a summary, a message): no phrase spans
        two of them.
        """
        if not self.rules:
            return []
        text, marked = _clause_text(texts)
        candidates = self._candidates(text)
        if not candidates:
            return []
        clauses = _all_clauses(marked)
        starts = [start for start, _ in clauses]
        found = []
        harmless: dict[tuple[int, bytes], bool] = {}  # (unless regex, clause) -> it matches
        for index in candidates:
            # Where the rule matches in the whole text (no groups: RE2's fastest search), then
            # exactly, clause by clause, on the clauses those matches touch. A match that
            # crosses a clause end (an admin's `.*`) touches every clause it covers: no phrase
            # spans two clauses, and each of them may hold a match of its own.
            touched: dict[int, None] = {}
            for m in self._finders[index].finditer(text):
                first, last = m.span()
                number = bisect.bisect_right(starts, first) - 1
                while number < len(clauses) and clauses[number][0] < last:
                    touched[number] = None
                    number += 1
            for number in touched:
                start, end = clauses[number]
                for first, snippet in self._fire(index, text[start:end], harmless):
                    found.append((start + first, index, snippet))
        found.sort()
        return [Match(self.rules[index], snippet) for _, index, snippet in found]

    def _candidates(self, text: bytes) -> list[int]:
        """The rules whose pattern matches somewhere in the text: one pass of the Set."""
        if self._set is None:
            return list(range(len(self.rules)))
        return sorted(self._set.Match(text) or ())

    def _fire(
        self, index: int, clause: bytes, harmless: dict[tuple[int, bytes], bool]
    ) -> list[tuple[int, str]]:
        """(position, snippet) of each match of rule `index` in the clause that counts."""
        fired = []
        for m in self._regexes[index].finditer(clause):
            first, last = m.span(1)
            if self._counts(index, clause, first, last, harmless):
                fired.append((first, clause[first:last].decode()))
        return fired

    def _counts(
        self,
        index: int,
        clause: bytes,
        first: int,
        last: int,
        harmless: dict[tuple[int, bytes], bool],
    ) -> bool:
        """Does the match at clause[first:last] fire? A zero-width match explains nothing; a
        negated one says the opposite; a harmless use is the admin's to name."""
        snippet = clause[first:last].decode()
        if not snippet:
            return False
        if _negated_match(clause[:first].decode(), snippet):
            return False
        if _slot_negated(snippet, self._literals[index]):
            return False
        unless = self._unless[index]
        if unless is None:
            return True
        # Many rules share one harmless-use pattern: ask it once per clause.
        key = (id(unless), clause)
        if key not in harmless:
            harmless[key] = unless.search(clause) is not None
        return not harmless[key]


def _rule_set(patterns: list[str]) -> Any:
    """All the rules' patterns in one RE2 Set; None when the Set cannot be built (every rule
    is then run on its own: slower, never wrong)."""
    options = _options()
    options.max_mem = 64 << 20  # the Set's automaton cache; it grows as texts are seen
    rule_set = re2.Set.SearchSet(options)
    try:
        for pattern in patterns:
            rule_set.Add(pattern.encode())
        rule_set.Compile()
    except re2.error:
        return None
    return rule_set


_LITERAL_WORD = re.compile(r"[a-z']+")


def _slot_negated(snippet: str, literals: frozenset[str]) -> bool:
    if "n" not in snippet:
        return False  # every negator has an "n"
    return any(
        _is_negator(word) and word not in literals for word in _LITERAL_WORD.findall(snippet)
    )


def _usable(rule: PhraseRule) -> bool:
    return validate_pattern(rule.pattern) is None and (
        not rule.unless or validate_pattern(rule.unless) is None
    )


def _first_word(snippet: str) -> str:
    return snippet.split(maxsplit=1)[0].strip(_PUNCTUATION)


def _negated_match(before: str, snippet: str) -> bool:
    """`_negated` for a match, finding its first word only when a negator may be near."""
    words = before.rsplit(None, NEGATION_WINDOW_WORDS)[-NEGATION_WINDOW_WORDS:]
    if "n" not in " ".join(words):
        return False  # the same early answer as `_negated`
    return _negated(before, _first_word(snippet))


def _all_clauses(marked: bytes) -> list[tuple[int, int]]:
    clauses, start = [], 0
    for piece in marked.split(b". "):
        clauses.append((start, start + len(piece)))
        start += len(piece) + 2
    return clauses


@functools.lru_cache(maxsize=16)
def matcher_for(rules: tuple[PhraseRule, ...]) -> PhraseMatcher:
    """The matcher for a rule set, compiled once per distinct set of rules."""
    return PhraseMatcher(rules)
