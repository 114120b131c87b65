"""Golden sets: labelled briefs that prove a triage configuration before an admin switches it on.

Pure (no ORM). A golden set is a JSON list of {"id", "brief", "expect"}: `brief` is the input
of `manage.py triage`, `expect` says what a careful manager accepts (format in
triage/golden/README.md): a severity range `sev: [most, least]`, at most one of `lane`,
`lane_min` or `lane_not`, and `hard: true` where a hard rule of DESIGN.md decides the lane.

`score_golden` triages every brief with a configuration and reports agreement overall and per
category, each disagreement with the factors behind it, and whether every hard rule held.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from triage.engine import TriageResult, evaluate
from triage.payload import PayloadError, signals_from_payload
from triage.rules_config import LANE_RANK, RulesConfig

# Briefs without a "now" are read as at this instant, so a set scores the same every day.
DEFAULT_NOW = datetime(2026, 11, 22, 12, tzinfo=UTC)
_LANE_KEYS = ("lane", "lane_min", "lane_not")
_SET_PREFIX = re.compile(r"^[a-z]-")


class GoldenError(ValueError):
    """A golden set that cannot be read; the message names the brief and the problem."""


@dataclass(frozen=True)
class GoldenCase:
    id: str
    brief: dict[str, Any]
    expect: dict[str, Any]
    category: str

    def agrees(self, result: TriageResult) -> bool:
        return self.severity_ok(result) and self.lane_ok(result)

    def severity_ok(self, result: TriageResult) -> bool:
        most, least = self.expect["sev"]
        return most <= result.severity <= least

    def lane_ok(self, result: TriageResult) -> bool:
        lane = result.lane
        if "lane" in self.expect:
            return lane == self.expect["lane"]
        if "lane_min" in self.expect:
            return LANE_RANK[lane] >= LANE_RANK[self.expect["lane_min"]]
        if "lane_not" in self.expect:
            return lane != self.expect["lane_not"]
        return True

    def expected(self) -> str:
        most, least = self.expect["sev"]
        sev = f"Sev-{most}" if most == least else f"Sev-{most}–{least}"
        for key, words in (("lane", ""), ("lane_min", "at least "), ("lane_not", "not ")):
            if key in self.expect:
                return f"{sev}, {words}{self.expect[key].replace('_', '-')}"
        return sev


@dataclass
class Disagreement:
    case: GoldenCase
    result: TriageResult

    def as_dict(self) -> dict[str, Any]:
        return {
            "id": self.case.id,
            "category": self.case.category,
            "expected": self.case.expected(),
            "got": f"Sev-{self.result.severity}, {self.result.lane.replace('_', '-')}",
            "why": self.result.why,
            "hard_rule": bool(self.case.expect.get("hard")),
            "factors": [f"{f.reason} {f.points:+d}" for f in self.result.factors],
        }


@dataclass
class GoldenReport:
    name: str
    config_version: int
    cases: int = 0
    agreed: int = 0
    hard_cases: int = 0
    hard_held: int = 0
    by_category: dict[str, list[int]] = field(default_factory=dict)  # category -> [agreed, n]
    disagreements: list[Disagreement] = field(default_factory=list)
    severities: Counter = field(default_factory=Counter)

    @property
    def agreement(self) -> float:
        return self.agreed / self.cases if self.cases else 0.0

    @property
    def hard_rules_held(self) -> bool:
        return self.hard_held == self.hard_cases

    def categories(self) -> list[tuple[str, int, int]]:
        return [(name, a, n) for name, (a, n) in sorted(self.by_category.items())]

    def as_dict(self) -> dict[str, Any]:
        return {
            "golden_set": self.name,
            "config_version": self.config_version,
            "cases": self.cases,
            "agreed": self.agreed,
            "agreement": round(self.agreement, 4),
            "hard_rules": {"cases": self.hard_cases, "held": self.hard_held},
            "by_category": {
                name: {"agreed": a, "cases": n, "agreement": round(a / n, 4)}
                for name, a, n in self.categories()
            },
            "disagreements": [d.as_dict() for d in self.disagreements],
        }


def decode_golden(raw: bytes) -> str:
    """An uploaded file's text: strict UTF-8 (a leading byte-order mark is dropped).

    json.loads would decode bytes itself, but with "surrogatepass": the bytes of a lone
    surrogate (ED A0 80) would load, and the text could not be stored or shown. What is
    scored is what is stored, so the bytes are decoded once, here, strictly.
    """
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise GoldenError(
            f"The golden set is not valid UTF-8 (byte {error.start + 1:,} of the file, "
            f"0x{raw[error.start]:02x}: {error.reason})."
        ) from None


def load_golden(text: str | bytes) -> list[GoldenCase]:
    """Parse and check a golden set. Raises GoldenError naming the first problem."""
    if isinstance(text, bytes):
        text = decode_golden(text)
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise GoldenError(f"The golden set is not valid JSON: {error}") from None
    except RecursionError:
        # json.loads recurses once per level of nesting; a golden set is two levels deep
        # (a list of objects) plus a brief's, so anything near the limit is no golden set.
        raise GoldenError("The golden set is not valid JSON: nested too deeply.") from None
    if not isinstance(data, list) or not data:
        raise GoldenError("A golden set is a non-empty JSON list of {id, brief, expect}.")
    cases, seen = [], set()
    for number, item in enumerate(data, start=1):
        where = f"brief {number}"
        if not isinstance(item, dict):
            raise GoldenError(f"{where} must be an object with id, brief and expect.")
        case_id = item.get("id")
        if not isinstance(case_id, str) or not case_id.strip():
            raise GoldenError(f"{where} needs an id (a short name).")
        where = f"brief {number} ({case_id!r})"
        if case_id in seen:
            raise GoldenError(f"{where}: the id is used twice.")
        seen.add(case_id)
        unknown = set(item) - {"id", "brief", "expect", "category"}
        if unknown:
            raise GoldenError(f"{where} has unknown keys: {', '.join(sorted(map(str, unknown)))}.")
        brief, expect = item.get("brief"), item.get("expect")
        if not isinstance(brief, dict):
            raise GoldenError(f"{where}: brief must be an object (the triage command's input).")
        try:
            signals_from_payload(brief, now=DEFAULT_NOW)
        except PayloadError as error:
            raise GoldenError(f"{where}: {error}.") from None
        _check_expect(expect, where)
        category = item.get("category")
        if category is not None and not isinstance(category, str):
            raise GoldenError(f"{where}: category must be a string.")
        cases.append(GoldenCase(case_id, brief, expect, category or category_of(case_id)))
    return cases


def category_of(case_id: str) -> str:
    """A brief's category: the first word of its id, after a one-letter set prefix ("a-")."""
    return _SET_PREFIX.sub("", case_id.lower()).split("-", 1)[0] or "other"


def _check_expect(expect: Any, where: str) -> None:
    if not isinstance(expect, dict):
        raise GoldenError(f"{where}: expect must be an object with sev.")
    unknown = set(expect) - {"sev", "hard", *_LANE_KEYS}
    if unknown:
        raise GoldenError(f"{where}: expect has unknown keys: {', '.join(sorted(unknown))}.")
    sev = expect.get("sev")
    if (
        not isinstance(sev, list)
        or len(sev) != 2
        or not all(isinstance(s, int) and not isinstance(s, bool) and 1 <= s <= 4 for s in sev)
        or sev[0] > sev[1]
    ):
        raise GoldenError(f"{where}: expect.sev must be [most, least] severe, each 1 to 4.")
    lanes = [key for key in _LANE_KEYS if key in expect]
    if len(lanes) > 1:
        raise GoldenError(f"{where}: give at most one of lane, lane_min and lane_not.")
    if lanes and expect[lanes[0]] not in LANE_RANK:
        raise GoldenError(f"{where}: {lanes[0]} must be one of {', '.join(LANE_RANK)}.")
    if "hard" in expect and not isinstance(expect["hard"], bool):
        raise GoldenError(f"{where}: hard must be true or false.")


def score_golden(cases: list[GoldenCase], config: RulesConfig, *, name: str = "") -> GoldenReport:
    report = GoldenReport(name=name, config_version=config.version)
    for case in cases:
        result = evaluate(signals_from_payload(case.brief, now=DEFAULT_NOW), config)
        agreed = case.agrees(result)
        report.cases += 1
        report.agreed += agreed
        report.severities[result.severity] += 1
        tally = report.by_category.setdefault(case.category, [0, 0])
        tally[0] += agreed
        tally[1] += 1
        if case.expect.get("hard"):
            report.hard_cases += 1
            report.hard_held += case.lane_ok(result)
        if not agreed:
            report.disagreements.append(Disagreement(case, result))
    return report
