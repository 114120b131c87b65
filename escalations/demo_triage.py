"""Triage for the demo desk: every seeded case scored as it arrived, a few overrides and marks."""

from __future__ import annotations

import random
from collections import Counter
from datetime import datetime

from triage.actions import give_feedback
from triage.config import active_config, rules_for
from triage.models import TriageFeedback, TriageRun

from .models import Escalation
from .workflow import override_triage, retriage

OVERRIDE_REASONS = (
    "Customer's CEO called our CRO directly; treat as critical.",
    "Workaround in place and the customer confirmed it is acceptable.",
    "Renewal already signed last week; churn risk is lower than scored.",
    "Regulator deadline on Friday: needs a senior owner now.",
    "Duplicate of an incident already handled by Engineering.",
)


def triage_demo(
    escalation_ids: list[int], *, rng: random.Random, managers: list, stdout
) -> Counter:
    """Score each case at its intake instant, then leave some human judgement on top."""
    counts: Counter = Counter()
    config = active_config()
    rules = rules_for(config)
    cases = list(
        Escalation.objects.filter(pk__in=escalation_ids)
        .select_related("customer")
        .order_by("created_at")
    )
    for number, case in enumerate(cases, start=1):
        retriage(
            case,
            trigger=TriageRun.Trigger.SEED,
            now=case.created_at,
            config=config,
            rules=rules,
            at_intake=True,
        )
        counts["runs"] += 1
        if number % 100 == 0:
            stdout.write(f"  triage {number}/{len(cases)}\n")
    for case in rng.sample(cases, k=min(30, len(cases))):
        # One step up or down, always a real change.
        step = 1 if case.severity == 1 else -1 if case.severity == 4 else rng.choice((-1, 1))
        severity = case.severity + step
        override_triage(
            case,
            severity=severity,
            lane=None,
            reason=rng.choice(OVERRIDE_REASONS),
            by=rng.choice(managers),
            now=_during(case, rng),
        )
        counts["overrides"] += 1
    verdicts = (
        [TriageFeedback.Verdict.RIGHT] * 6
        + [TriageFeedback.Verdict.TOO_HIGH] * 2
        + [TriageFeedback.Verdict.TOO_LOW] * 2
    )
    for case in rng.sample(cases, k=min(60, len(cases))):
        run = case.triage_runs.first()
        give_feedback(
            run,
            verdict=rng.choice(verdicts),
            by=rng.choice(managers),
            now=_during(case, rng),
        )
        counts["feedback"] += 1
    return counts


def _during(case: Escalation, rng: random.Random) -> datetime:
    """An instant inside the case's recorded life, so nothing happens after its last activity."""
    return case.created_at + (case.updated_at - case.created_at) * rng.uniform(0.1, 1.0)
