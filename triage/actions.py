"""Triage's part of a case's events: runs, manager overrides and feedback.

A run or an override decides an `Outcome`; the workflow (escalations/workflow.py) is the one
writer of severity and lane and puts the outcome on the timeline.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from django.db import transaction

from escalations import timeline
from escalations.choices import Lane, Severity
from escalations.models import Escalation, TimelineEvent
from escalations.refusals import Refused

from . import engine
from .config import active_config, rules_for
from .models import TriageConfig, TriageFeedback, TriageOverride, TriageRun
from .signals import signals_for

Kind = TimelineEvent.Kind
LANE_ORDER = {lane: rank for rank, lane in enumerate(Lane.values)}  # autonomous < … < human_first


# Triage flags that mean the customer is upset: hand-offs must then be warm, and the comms
# lead starts from the empathetic template.
FRUSTRATION_FLAGS = frozenset(
    {"frustration", "profanity", "shouting", "very_negative_tone", "sentiment_drop"}
)
EXECUTIVE_FLAGS = frozenset({"executive_complaint"})


@dataclass(frozen=True)
class Outcome:
    """What a triage run or an override decides. The workflow writes it onto the case."""

    severity: int
    lane: str
    kind: str  # the timeline kind: triage or override
    summary: str
    body: str
    flags: tuple[str, ...]
    by: object = None
    always_record: bool = False
    run: TriageRun | None = None
    score: int | None = None  # None: an override keeps the last run's score

    @property
    def frustrated(self) -> bool:
        return bool(FRUSTRATION_FLAGS & set(self.flags))

    @property
    def executive(self) -> bool:
        return bool(EXECUTIVE_FLAGS & set(self.flags))

    def changes(self, before: tuple) -> list[dict]:
        return _changes(before, (self.severity, self.lane))


@transaction.atomic
def score_case(
    escalation: Escalation,
    *,
    trigger: str,
    now: datetime,
    config: TriageConfig | None = None,
    rules: engine.RulesConfig | None = None,
    at_intake: bool = False,
) -> Outcome:
    """Score the case with the active configuration and store the run; the case is not touched.

    A manager's override stands until a later run finds the case *worse* than the run the
    override was made against: new evidence raises a case again, repetition does not.
    """
    config = config or active_config()
    rules = rules or rules_for(config)
    result = engine.evaluate(signals_for(escalation, now=now, at_intake=at_intake), rules)
    run = TriageRun.objects.create(
        escalation=escalation,
        config=config,
        at=now,
        trigger=trigger,
        score=result.score,
        severity=result.severity,
        lane=result.lane,
        flags=list(result.flags),
        factors=[{"name": f.name, "points": f.points, "reason": f.reason} for f in result.factors],
        hard_rules=list(result.hard_rules),
        compound=result.compound,
        why=result.why[:300],
        decision=result.decision(),
    )
    severity, lane = _outcome(escalation, run)
    return Outcome(
        severity=severity,
        lane=lane,
        kind=Kind.TRIAGE,
        summary=f"Triaged {Severity(severity).label}, {Lane(lane).label.lower()} "
        f"(score {run.score}, configuration v{config.version})",
        body=run.why,
        flags=tuple(run.flags),
        always_record=trigger in (TriageRun.Trigger.INTAKE, TriageRun.Trigger.SEED),
        run=run,
        score=run.score,
    )


def _outcome(escalation: Escalation, run: TriageRun) -> tuple[int, str]:
    override = escalation.triage_overrides.select_related("run").first()
    if override is None:
        return run.severity, run.lane
    severity, lane = run.severity, run.lane
    if override.new_severity and not run.severity < override.run.severity:
        severity = override.new_severity
    if override.new_lane and not LANE_ORDER[run.lane] > LANE_ORDER[override.run.lane]:
        lane = override.new_lane
    return severity, lane


@transaction.atomic
def record_override(
    escalation: Escalation,
    *,
    severity: int | None,
    lane: str | None,
    reason: str,
    by,
    now: datetime,
) -> Outcome:
    """A manager sets severity and/or lane by hand; the reason goes to the decision log."""
    run = escalation.triage_runs.first()
    if run is None:
        raise Refused("This case has not been triaged yet.")
    after = (severity or escalation.severity, lane or escalation.lane)
    TriageOverride.objects.create(
        escalation=escalation,
        run=run,
        by=by,
        at=now,
        old_severity=escalation.severity,
        new_severity=severity,
        old_lane=escalation.lane,
        new_lane=lane or "",
        reason=reason,
    )
    return Outcome(
        severity=after[0],
        lane=after[1],
        kind=Kind.OVERRIDE,
        summary=f"Triage overridden to {Severity(after[0]).label}, {Lane(after[1]).label.lower()}",
        body=f"Reason: {reason}",
        flags=tuple(run.flags),
        by=by,
        always_record=True,
    )


@transaction.atomic
def give_feedback(
    run: TriageRun, *, verdict: str, by, now: datetime, note: str = ""
) -> TriageFeedback:
    """Record a manager's verdict on a run; a second verdict from the same manager replaces it."""
    feedback, created = TriageFeedback.objects.update_or_create(
        run=run, by=by, defaults={"verdict": verdict, "at": now, "note": note}
    )
    label = TriageFeedback.Verdict(verdict).label.lower()
    timeline.record(
        run.escalation,
        Kind.FEEDBACK,
        f"Triage of {run.at:%b} {run.at.day}, {run.at:%H:%M} marked {label}"
        + ("" if created else " (changed)"),
        by=by,
        now=now,
        body=note,
    )
    return feedback


_FIELDS = (("severity", "Severity", Severity), ("lane", "Lane", Lane))


def _changes(before: tuple, after: tuple) -> list[dict]:
    """Timeline changes for (severity, lane) pairs, as labels a manager reads."""
    return [
        {
            "field": name,
            "label": label,
            "old": choices(old).label if old else "",
            "new": choices(new).label,
        }
        for (name, label, choices), old, new in zip(_FIELDS, before, after, strict=True)
        if old != new
    ]
