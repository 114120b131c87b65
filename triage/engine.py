"""The triage rules engine: a case brief's signals in; score, severity, lane and reasons out.

Pure: no ORM, no clock, no settings, nothing of `escalations`. Callers build `Signals` (from a
model with `triage.signals`, or from JSON with `signals_from_payload`) and a `RulesConfig`
(from the admin-edited row), and store the `TriageResult` with the config version.

How `evaluate` decides (DESIGN.md "Triage"; each step is its own module):

1. Read the text once (`triage.reading`): VADER compound of each customer message (or the
   stored ones), trigger phrases over title + summary + messages, ALL-CAPS share (per
   message: one shouted message is shouting) and profanity in the messages.
2. Every factor is one small function returning a `Factor` (`triage.factors`); the factors'
   points, clamped to 0..100, are the score, and the score falls in a band.
3. The signals set impact floors, and a risky case at a strategic account or near renewal is
   raised (`triage.floors`). Severity is the most severe of floor, band and raise, and the
   result says in one line which step decided and why.
4. The lane is the one the severity calls for (Sev-1/2 human-first, Sev-3 guardrailed, Sev-4
   autonomous), raised to the hard rules' floor.

A new customer message can lower the tone factors (they read the latest message); the
phrases its words trigger apply all the same.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from triage.brief import CASE_CATEGORIES, SOURCES, Message, Signals
from triage.factors import Factor, factors_for, flags_for
from triage.floors import (
    NO_FLOOR,
    decide,
    hard_rules,
    higher_lane,
    impact_floors,
    lane_for_severity,
    severity_for_score,
)
from triage.payload import PayloadError, signals_from_payload
from triage.reading import read
from triage.rules_config import FIELD_LABELS, LANE_RANK, RulesConfig, validate_config

__all__ = [
    "CASE_CATEGORIES",
    "FIELD_LABELS",
    "LANE_RANK",
    "SOURCES",
    "Factor",
    "Message",
    "PayloadError",
    "RulesConfig",
    "Signals",
    "TriageResult",
    "evaluate",
    "lane_for_severity",
    "severity_for_score",
    "signals_from_payload",
    "validate_config",
]


@dataclass(frozen=True)
class TriageResult:
    score: int
    severity: int
    lane: str
    flags: tuple[str, ...]
    factors: tuple[Factor, ...]
    compound: float
    hard_rules: tuple[str, ...]
    config_version: int
    sentiment_shift: float | None = None
    why: str = ""  # "Sev-1: security breach or data exposure reported (impact floor)"
    decided_by: str = "band"  # "floor", "raise" or "band"
    floor: int = 4  # the impact floor (4: none)
    band: int = 4  # the score band
    floors: tuple[tuple[int, str], ...] = ()  # every floor set: (severity, what set it)

    def to_dict(self) -> dict[str, Any]:
        return {
            "score": self.score,
            "severity": self.severity,
            "lane": self.lane,
            "why": self.why,
            "decision": self.decision(),
            "flags": list(self.flags),
            "factors": [
                {"name": f.name, "points": f.points, "reason": f.reason} for f in self.factors
            ],
            "hard_rules": list(self.hard_rules),
            "sentiment": {"compound": self.compound, "shift": self.sentiment_shift},
            "config_version": self.config_version,
        }

    def decision(self) -> dict[str, Any]:
        """What a run stores of how the severity was decided."""
        return {
            "decided_by": self.decided_by,
            "floor": self.floor,
            "band": self.band,
            "floors": [{"severity": s, "reason": r} for s, r in self.floors],
        }


def evaluate(
    signals: Signals, config: RulesConfig, *, compounds: tuple[float, ...] | None = None
) -> TriageResult:
    """Triage one brief. `compounds`: stored VADER scores of the messages, to skip rescoring."""
    reading = read(signals, config, compounds)
    factors = factors_for(signals, config, reading)
    flags = flags_for(factors)
    score = max(0, min(100, sum([f.points for f in factors])))
    floors = impact_floors(signals, config, reading, factors)
    decision = decide(
        floors[0] if floors else NO_FLOOR,
        severity_for_score(score, config),
        signals,
        config,
        score,
    )
    hard = hard_rules(config, reading, flags)
    return TriageResult(
        score=score,
        severity=decision.severity,
        lane=higher_lane(lane_for_severity(decision.severity), hard.lane),
        flags=flags,
        factors=tuple([f for f in factors if f.points != 0]),
        compound=reading.compound,
        hard_rules=hard.sentences,
        config_version=config.version,
        sentiment_shift=reading.shift,
        why=decision.why,
        decided_by=decision.step,
        floor=decision.floor.severity,
        band=decision.band,
        floors=tuple((f.severity, f.reason) for f in floors),
    )
