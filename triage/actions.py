"""Triage changes to a case: runs, manager overrides and feedback. Each writes the timeline."""

from __future__ import annotations

from datetime import datetime

from django.db import transaction

from escalations import timeline
from escalations.choices import Lane, Severity
from escalations.models import Escalation, TimelineEvent

from . import engine
from .config import active_config, rules_for
from .models import TriageConfig, TriageFeedback, TriageOverride, TriageRun
from .signals import signals_for

Kind = TimelineEvent.Kind
LANE_ORDER = {lane: rank for rank, lane in enumerate(Lane.values)}  # autonomous < … < human_first


@transaction.atomic
def triage_escalation(
    escalation: Escalation,
    *,
    trigger: str,
    by,
    now: datetime,
    config: TriageConfig | None = None,
    rules: engine.RulesConfig | None = None,
    at_intake: bool = False,
) -> TriageRun:
    """Score the case with the active configuration, store the run and apply its outcome.

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
    before = (escalation.severity, escalation.lane)
    escalation.triage_score, escalation.severity, escalation.lane = run.score, severity, lane
    Escalation.objects.filter(pk=escalation.pk).update(
        triage_score=run.score, severity=severity, lane=lane
    )
    if before != (severity, lane) or trigger == TriageRun.Trigger.INTAKE:
        timeline.record(
            escalation,
            Kind.TRIAGE,
            f"Triaged {Severity(severity).label}, {Lane(lane).label.lower()} "
            f"(score {run.score}, configuration v{config.version})",
            by=None,
            now=now,
            body="\n".join(
                [run.why, "; ".join(f"{f['reason']} {f['points']:+d}" for f in run.factors)]
            ).strip(),
            changes=_changes(before, (severity, lane)),
        )
    return run


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
def override_triage(
    escalation: Escalation,
    *,
    severity: int | None,
    lane: str | None,
    reason: str,
    by,
    now: datetime,
) -> TriageOverride:
    """A manager sets severity and/or lane by hand; the reason goes to the decision log."""
    run = escalation.triage_runs.first()
    if run is None:
        raise ValueError("This case has not been triaged yet.")
    before = (escalation.severity, escalation.lane)
    override = TriageOverride.objects.create(
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
    after = (severity or escalation.severity, lane or escalation.lane)
    escalation.severity, escalation.lane = after
    # Last activity never moves backwards (a back-dated import must not hide later work).
    escalation.updated_at = max(escalation.updated_at, now)
    Escalation.objects.filter(pk=escalation.pk).update(
        severity=after[0], lane=after[1], updated_at=escalation.updated_at
    )
    timeline.record(
        escalation,
        Kind.OVERRIDE,
        f"Triage overridden to {Severity(after[0]).label}, {Lane(after[1]).label.lower()}",
        by=by,
        now=now,
        body=f"Reason: {reason}",
        changes=_changes(before, after),
    )
    return override


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
