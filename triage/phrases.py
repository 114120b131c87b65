r"""Trigger-phrase matching: which admin-defined phrase rules fire on a text.

Pure and fast. A matcher is built once per set of rules (`matcher_for`) and reused.

How `PhraseMatcher.find` reads a brief:

1. Normalise each text: a line break followed by a capital letter, or a blank line, ends a
   sentence (e-mails often drop the full stop there); every other run of white space becomes
   one space (hard-wrapped e-mails split phrases across lines); lower-case; curly apostrophes
   become straight ones. The texts are joined with " . ", so each stays its own sentences.
2. Find the rules that could fire at all. When the matcher is built, every rule gets *key
   words* worked out from its regex: one of them is in every match, often with a second word
   that must be there too ("no response" is keyed on "reply", and also needs "no"). One
   Aho-Corasick pass over the text finds which key words it holds as whole words; most rules
   stop here.
3. Clauses end at ". ", "! ", "? ", "; " and before "but" in ", but ". Each remaining rule's
   own regex, wrapped in word boundaries, runs on the clauses holding its key word (and one of
   its second words) only. So a phrase never spans two clauses, and adding a sentence to a
   text never changes what fired in the others.
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

Why not one combined regex: Python's `re` tries every alternative at every word start. A
combined regex of the ~60 default rules cost 220 µs on a 500-character text, 70 % of what
VADER costs on the same text; steps 2-3 cost about a tenth of that. Splitting the text into
words and intersecting them with the key words cost about twice what the Aho-Corasick pass
costs (pyahocorasick: C, one walk over the text whatever the number of key words). Matching
the rules one by one also means one rule's match can never hide another's.
"""

from __future__ import annotations

import functools
import importlib
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, NamedTuple

import ahocorasick
import re2

from triage.lexicon import expand_pattern, family

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

_SENTENCE_BREAK = re.compile(r"\n\s*\n\s*|\n\s*(?=[A-Z])")
_WORD = re.compile(r"\w+")
_NOT_A_WORD_CHARACTER = re.compile(r"\W")
_PUNCTUATION = "\"'()[]{}<>*_-:,.!?;/\\«»“”‘’`"
# Maps every byte that \w does not match in ASCII text to a space.
_ASCII_WORDS = bytes(
    c if chr(c).isascii() and (chr(c).isalnum() or c == ord("_")) else ord(" ") for c in range(256)
)
# The same, but the control characters (unprintable in ASCII) to NUL, to be found in one go.
_CONTROL = b"\x00"
_ASCII_WORDS_OR_CONTROL = bytes(
    0 if c < 0x20 or c == 0x7F else byte for c, byte in enumerate(_ASCII_WORDS)
)
# Maps the clause-ending punctuation to ".", everything else to itself.
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


class Scan(NamedTuple):
    matches: list[Match]
    # The words (\w+) of the normalised texts that are key words of the rules or that the
    # caller asked about (`scan(..., extra_words=...)`).
    words: frozenset[str]


# RE2 has no look-behind: a match is group 1 between a non-word character (or the clause's
# edge) on either side, so a pattern that begins or ends with a non-word character ("c-suite",
# "1-star") still matches whole words only.
_NOT_WORD = r"[^\pL\pN_]"


def _wrap(pattern: str) -> str:
    return rf"(?:^|{_NOT_WORD})({pattern})(?:{_NOT_WORD}|$)"


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


def _normalise_all(texts: tuple[str, ...]) -> tuple[str, str, str | bytes]:
    """The texts normalised and joined by " . ", which ends a clause: each stays its own.
    With its words and clause marks (`_words_and_clause_marks`)."""
    joined = " . ".join(texts).lower()
    # The usual case in one go: if the joined text needs no rewriting, no text does. It is
    # printable ASCII (no control character) and single-spaced; one translate both tells
    # the control characters and finds the words.
    if joined.isascii() and "  " not in joined:
        raw = joined.encode()
        spaced = raw.translate(_ASCII_WORDS_OR_CONTROL)
        if _CONTROL not in spaced:
            marked = raw.translate(_ASCII_CLAUSE_MARKS).replace(b", but ", b". but ")
            return joined, f" {spaced.decode()} ", marked
    text = " . ".join([normalise(text) for text in texts])
    return text, *_words_and_clause_marks(text)


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
        self._regexes = tuple(_compile(_wrap(expand_pattern(rule.pattern))) for rule in self.rules)
        # The words each pattern spells out: a negator in a match that is not one of them was
        # taken by a word slot.
        self._literals = tuple(
            frozenset(_LITERAL_WORD.findall(expand_pattern(rule.pattern))) for rule in self.rules
        )
        self._unless = tuple(
            _compile(_wrap(expand_pattern(rule.unless))) if rule.unless else None
            for rule in self.rules
        )
        # key word → the rules it may fire, each with the second words one of which must also
        # be in the clause, written " word " (None: no check).
        self._plan: dict[str, list[tuple[int, tuple[str, ...] | None]]] = {}
        self._always: list[int] = []  # rules without key words: tried on every clause
        for index, rule in enumerate(self.rules):
            plan = key_plan(rule.pattern)
            if plan is None:
                self._always.append(index)
                continue
            for key, seconds in plan.items():
                # The pattern's words are widened to their families, so the key words are.
                padded = (
                    None
                    if seconds is None
                    else tuple(f" {w} " for w in sorted(_with_families(seconds)))
                )
                for form in family(key):
                    self._plan.setdefault(form, []).append((index, padded))
        self._keys = frozenset(self._plan)
        self._finders: dict[frozenset[str], _WordFinder] = {}

    def find(self, *texts: str) -> list[Match]:
        """Rules firing on the texts, in text order; a rule fires once per place it matches.

        Each text is its own run of sentences (a title, a summary, a message): no phrase spans
        two of them.
        """
        return self.scan(*texts).matches

    def scan(self, *texts: str, extra_words: frozenset[str] = frozenset()) -> Scan:
        """`find`, plus which of the rules' key words and of `extra_words` the texts hold,
        for callers with word lists of their own."""
        # " . " ends a clause, so joining keeps the texts apart and lets one pass scan them all.
        text, spaced, marked = _normalise_all(texts)
        hits = self._finder(extra_words).hits(spaced)
        words = frozenset([word for _, word in hits])
        # (clause start, clause end, rule): a set, so a rule keyed on two words of one clause
        # runs there once.
        to_run: set[tuple[int, int, int]] = set()
        if self._always:
            # A rule without key words is tried on every clause, but only when its regex
            # matches somewhere in the whole text: one linear RE2 pass rules most texts out.
            whole = text.encode()
            hopeful = [i for i in self._always if self._regexes[i].search(whole)]
            if hopeful:
                clauses = _all_clauses(marked.decode() if isinstance(marked, bytes) else marked)
                to_run.update((start, end, i) for start, end in clauses for i in hopeful)
        mark = _CLAUSE_MARK_BYTES if isinstance(marked, bytes) else _CLAUSE_MARK
        plans = self._plan
        seen = set()
        for last, word in hits:
            plan = plans.get(word)
            if plan is None:
                continue  # one of `extra_words`
            # `last` is the space after the word in `spaced`, one character ahead of `text`.
            at = last - len(word) - 1
            before = marked.rfind(mark, 0, at)
            start = before + 2 if before >= 0 else 0
            if (start, word) in seen:
                continue
            seen.add((start, word))
            end = marked.find(mark, at)
            if end < 0:
                end = len(text)
            # The clause's words, each between spaces: a clause is preceded and followed by a
            # non-word character or the padding of `spaced`.
            clause_words = spaced[start : end + 2]
            for index, seconds in plan:
                if seconds is None or any([s in clause_words for s in seconds]):
                    to_run.add((start, end, index))
        found = []
        regexes, unless = self._regexes, self._unless
        for start, end, index in sorted(to_run):
            clause = text[start:end].encode()
            for m in regexes[index].finditer(clause):
                first, last = m.span(1)
                snippet = clause[first:last].decode()
                before = clause[:first].decode()
                # A zero-width match explains nothing; a negated one says the opposite; a
                # harmless use is the admin's to name.
                if not snippet or _negated_match(before, snippet):
                    continue
                if _slot_negated(snippet, self._literals[index]):
                    continue
                if unless[index] is not None and unless[index].search(clause):
                    continue
                found.append((start + len(before), index, snippet))
        found.sort()
        rules = self.rules
        return Scan([Match(rules[index], snippet) for _, index, snippet in found], words)

    def _finder(self, extra_words: frozenset[str]) -> _WordFinder:
        # Building the automaton costs ~0.3 ms, as much as triaging two briefs: once per
        # caller's word list (a frozenset caches its hash, so the lookup is cheap).
        finder = self._finders.get(extra_words)
        if finder is None:
            if len(self._finders) >= 16:
                self._finders.clear()
            finder = self._finders[extra_words] = _WordFinder(self._keys | extra_words)
        return finder


class _WordFinder:
    """Which of a fixed set of words a text holds as whole words, in one Aho-Corasick pass."""

    def __init__(self, words: frozenset[str]) -> None:
        self._automaton = ahocorasick.Automaton()
        for word in words:
            # The text is searched as its words between single spaces (`_normalise_all`), so
            # a word between spaces is a whole word.
            self._automaton.add_word(f" {word} ", word)
        self._empty = not words
        if words:
            self._automaton.make_automaton()

    def hits(self, spaced: str) -> list[tuple[int, str]]:
        """(index of the space after the word, word) for every place one of the words is in
        `spaced`: a text's words, separated and surrounded by one space or more."""
        if self._empty:
            return []
        return list(self._automaton.iter(spaced))


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


def _with_families(words: frozenset[str]) -> frozenset[str]:
    return frozenset(form for word in words for form in family(word))


def _words_and_clause_marks(text: str) -> tuple[str, str | bytes]:
    """`text` with every character that is not a word character (\\w) as a space, padded with
    one space at each end; and `text` with every clause end as ". ".

    Same-length replacements keep positions: a position in the marked text is one in `text`,
    and one less than in the spaced text.
    """
    if text.isascii():
        # On ASCII, bytes.translate does both jobs in one fast pass each.
        raw = text.encode()
        marked = raw.translate(_ASCII_CLAUSE_MARKS).replace(b", but ", b". but ")
        return f" {raw.translate(_ASCII_WORDS).decode()} ", marked
    marked_text = text.replace("!", ".").replace("?", ".").replace(";", ".")
    spaced = _NOT_A_WORD_CHARACTER.sub(" ", text)
    return f" {spaced} ", marked_text.replace(", but ", ". but ")


def _first_word(snippet: str) -> str:
    return snippet.split(maxsplit=1)[0].strip(_PUNCTUATION)


def _negated_match(before: str, snippet: str) -> bool:
    """`_negated` for a match, finding its first word only when a negator may be near."""
    words = before.rsplit(None, NEGATION_WINDOW_WORDS)[-NEGATION_WINDOW_WORDS:]
    if "n" not in " ".join(words):
        return False  # the same early answer as `_negated`
    return _negated(before, _first_word(snippet))


# Clauses end at ". ", "! ", "? ", "; " and before "but" in ", but ". `scan` marks every end
# as ". " (same length, so positions hold) and finds the clause around a word with one rfind
# and one find, far cheaper than splitting every text into clauses.
_CLAUSE_MARK = ". "
_CLAUSE_MARK_BYTES = _CLAUSE_MARK.encode()


def _all_clauses(marked: str) -> list[tuple[int, int]]:
    clauses, start = [], 0
    for piece in marked.split(_CLAUSE_MARK):
        clauses.append((start, start + len(piece)))
        start += len(piece) + 2
    return clauses


@functools.lru_cache(maxsize=16)
def matcher_for(rules: tuple[PhraseRule, ...]) -> PhraseMatcher:
    """The matcher for a rule set, compiled once per distinct set of rules."""
    return PhraseMatcher(rules)


# --- Key words --------------------------------------------------------------------------------
#
# For each rule we want a few words such that every match contains at least one of them as a
# whole word. We enumerate the strings the regex can match, writing "\x00" for any part we
# cannot enumerate (\w+, ., large classes, back-references); a word touching "\x00" is not
# known to be whole, so it cannot serve. If some matchable string has no whole word, or the
# regex cannot be analysed, the rule has no key words and is tried on every clause: slower,
# never wrong. Among the possible key sets we pick cheap ones: words that cover many strings
# and are not everyday words.

# The parser behind `re`: private, hence imported by name. If a future Python moves it,
# `key_words` returns None and every rule is simply tried on every clause.
try:
    _sre_parse: Any = importlib.import_module("re._parser")
    _sre_constants: Any = importlib.import_module("re._constants")
except ImportError:
    _sre_parse = _sre_constants = None

_UNKNOWN = "\x00"
_LANGUAGE_LIMIT = 4096
_WHOLE_WORD = re.compile(r"(?<![\w\x00])\w+(?![\w\x00])")
# What a key word costs: every text holding it tries the rule. Function words are in nearly
# every text (listed roughly from the most to the least frequent), everyday support words in
# many; anything else is rare enough.
_FUNCTION_WORDS = tuple(
    """the to and a of i we you is it in for our this be on have are with not was can my your
    at as by from will but do has there an me us were their what when or no""".split()
)
_EVERYDAY_WORDS = frozenset(
    """about access account accounts all any been could customer customers data down files get
    going log nothing off one over pay platform post product reply report service services
    since still support system time up update use users working would""".split()
)
_FUNCTION_COST = {word: 1000 - rank for rank, word in enumerate(_FUNCTION_WORDS)}


def _cost(word: str) -> int:
    return _FUNCTION_COST.get(word) or (30 if word in _EVERYDAY_WORDS else 1)


def key_words(pattern: str) -> frozenset[str] | None:
    """Words one of which every match of `pattern` contains, or None when unknown."""
    plan = key_plan(pattern)
    return None if plan is None else frozenset(plan)


@functools.lru_cache(maxsize=2048)
def key_plan(pattern: str) -> dict[str, frozenset[str] | None] | None:
    """Key word → second words, one of which a match holding that key also holds (None: no
    useful second word). None when the pattern cannot be analysed.

    The second word makes the test sharper for keys that are everyday words: the "no response"
    rule keyed on "reply" is only tried when "no" is also in the text, and so on.
    """
    try:
        items = list(_sre_parse.parse(pattern))
    except Exception:  # any failure (even a new Python's parser) costs speed, never correctness
        return None
    # A long top-level alternation ("a|b|c") is analysed one alternative at a time: every
    # match matches one of them, and each alone stays small enough to enumerate.
    alternatives = _top_alternatives(items)
    if alternatives is not None:
        plan: dict[str, frozenset[str] | None] = {}
        for alternative in alternatives:
            part = _plan_for(alternative)
            if part is None:
                return None
            for key, seconds in part.items():
                if key in plan:
                    earlier = plan[key]
                    plan[key] = None if earlier is None or seconds is None else earlier | seconds
                else:
                    plan[key] = seconds
        return plan
    return _plan_for(items)


def _top_alternatives(items: list[Any]) -> list[list[Any]] | None:
    c = _sre_constants
    if len(items) == 1 and items[0][0] is c.SUBPATTERN:
        items = list(items[0][1][3])
    if len(items) == 1 and items[0][0] is c.BRANCH:
        return [list(alternative) for alternative in items[0][1][1]]
    return None


def _plan_for(items: list[Any]) -> dict[str, frozenset[str] | None] | None:
    try:
        strings = _sequence(items)
    except Exception:
        return None
    words_per_string = [frozenset(_WHOLE_WORD.findall(s.lower())) for s in strings]
    if not all(words_per_string):
        return None
    keys = _cheap_cover(words_per_string)
    # The strings each key stands for, minus the key: the second words are a cheap cover of
    # those, and a string with no other word means no second test for that key.
    rest: dict[str, list[frozenset[str]]] = {}
    for words in words_per_string:
        key = min(words & keys, key=_rank)
        rest.setdefault(key, []).append(words - {key})
    return {key: _cheap_cover(others) if all(others) else None for key, others in rest.items()}


def _rank(word: str) -> tuple[int, int, str]:
    # Cheapest first; among equals the longest (longer words are rarer), then alphabetical.
    return (_cost(word), -len(word), word)


def _cheap_cover(words_per_string: list[frozenset[str]]) -> frozenset[str]:
    """Greedy set cover: a set of words hitting every string, preferring rare words."""
    strings_with: dict[str, set[int]] = {}
    for i, words in enumerate(words_per_string):
        for word in words:
            strings_with.setdefault(word, set()).add(i)

    def value(word: str, uncovered: set[int]) -> tuple[float, int, str]:
        return (len(strings_with[word] & uncovered) / _cost(word), len(word), word)

    uncovered = set(range(len(words_per_string)))
    chosen = set()
    while uncovered:
        best = max(strings_with, key=lambda word: value(word, uncovered))
        chosen.add(best)
        uncovered -= strings_with[best]
    # Greedy choices can become redundant later ("since" before "response", "reply", ...):
    # drop every word whose strings the other chosen words cover anyway, costliest first.
    for word in sorted(chosen, key=lambda w: (-_cost(w), len(w), w)):
        others = set().union(*(strings_with[w] for w in chosen if w != word))
        if strings_with[word] <= others:
            chosen.discard(word)
    return frozenset(chosen)


def _sequence(items: list[Any]) -> set[str]:
    result = {""}
    for op, av in items:
        part = _node(op, av)
        if len(result) * len(part) > _LANGUAGE_LIMIT:
            # Too many strings: everything from here on is unknown. Still sound, as every
            # match begins with one of the strings enumerated so far.
            return {prefix + _UNKNOWN for prefix in result}
        result = {prefix + suffix for prefix in result for suffix in part}
    return result


def _node(op: Any, av: Any) -> set[str]:
    c = _sre_constants
    if op is c.LITERAL:
        return {chr(av)}
    if op is c.IN:
        return _char_class(av)
    if op is c.BRANCH:
        strings: set[str] = set()
        for alternative in av[1]:
            strings |= _sequence(list(alternative))
        return strings if len(strings) <= _LANGUAGE_LIMIT else {_UNKNOWN}
    if op is c.SUBPATTERN:
        return _sequence(list(av[3]))
    if op is c.ATOMIC_GROUP:
        return _sequence(list(av))
    if op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
        return _repeat(*av)
    if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
        return {""}  # zero-width
    return {_UNKNOWN}


def _char_class(items: Any) -> set[str]:
    c = _sre_constants
    chars: set[str] = set()
    for op, av in items:
        if op is c.LITERAL:
            chars.add(chr(av))
        elif op is c.RANGE and av[1] - av[0] < 16:
            chars.update(chr(code) for code in range(av[0], av[1] + 1))
        else:
            return {_UNKNOWN}
    return chars


def _repeat(low: int, high: int, item: Any) -> set[str]:
    inner = _sequence(list(item))
    if high <= 3:
        strings = {""} if low == 0 else set()
        power = {""}
        for times in range(1, high + 1):
            power = {a + b for a in power for b in inner}
            if len(power) > _LANGUAGE_LIMIT:
                return {_UNKNOWN}
            if times >= low:
                strings |= power
        return strings
    # Unbounded or long: the first repetition is known, the rest is not.
    tail = {s + _UNKNOWN for s in inner}
    return tail | {""} if low == 0 else tail
