"""Human judgement on the demo desk's triage: a few overrides and feedback marks.

Every seeded case was already triaged when it was raised (`workflow.raise_escalation` with the
seed trigger) and again whenever the customer wrote or it was reopened. On top of that, support
managers override some severities (through `workflow.override_triage`, so the matrix re-targets
the case) and mark some runs right, too high or too low.
"""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Collection
from datetime import datetime

from triage.actions import give_feedback
from triage.models import TriageFeedback, TriageRun

from .choices import Severity
from .models import Escalation
from .workflow import override_triage

OVERRIDE_REASONS = (
    "Customer's CEO called our CRO directly; treat as critical.",
    "Workaround in place and the customer confirmed it is acceptable.",
    "Renewal already signed last week; churn risk is lower than scored.",
    "Regulator deadline on Friday: needs a senior owner now.",
    "Duplicate of an incident already handled by Engineering.",
)
OVERRIDES = 30
FEEDBACK = 60


def triage_demo(
    escalation_ids: list[int],
    *,
    rng: random.Random,
    managers: list,
    stdout,
    timed: Collection[int] = (),
) -> Counter:
    """Count the intake runs, then leave some human judgement on top.

    `timed` cases (the clock-state plays of escalations/demo_plays.py) are never overridden:
    a new severity re-targets their clocks, which were timed for the severity they have.
    """
    counts: Counter = Counter()
    counts["runs"] = TriageRun.objects.filter(
        escalation_id__in=escalation_ids, trigger=TriageRun.Trigger.SEED
    ).count()
    cases = list(
        Escalation.objects.filter(pk__in=escalation_ids)
        .select_related("customer")
        .order_by("created_at", "pk")
    )
    # Not a Sev-4 either: re-targeting one to Sev-3 starts the update clock Sev-4 lacks, on a
    # done case too (matrix.clocks.retarget), and an update clock running on a closed case
    # would be "breached" at the first sweep.
    free = [case for case in cases if case.pk not in timed and case.severity != Severity.SEV4]
    for case in rng.sample(free, k=min(OVERRIDES, len(free))):
        # One step up or down, always a real change.
        step = 1 if case.severity == 1 else -1 if case.severity == 4 else rng.choice((-1, 1))
        override_triage(
            case,
            severity=case.severity + step,
            lane=None,
            reason=rng.choice(OVERRIDE_REASONS),
            by=rng.choice(managers),
            now=_after_last_run(case, rng),
        )
        counts["overrides"] += 1
    verdicts = (
        [TriageFeedback.Verdict.RIGHT] * 6
        + [TriageFeedback.Verdict.TOO_HIGH] * 2
        + [TriageFeedback.Verdict.TOO_LOW] * 2
    )
    for case in rng.sample(cases, k=min(FEEDBACK, len(cases))):
        give_feedback(
            case.triage_runs.first(),
            verdict=rng.choice(verdicts),
            by=rng.choice(managers),
            now=_after_last_run(case, rng),
        )
        counts["feedback"] += 1
    stdout.write(f"  triage: {counts['overrides']} overrides, {counts['feedback']} marks\n")
    return counts


def _after_last_run(case: Escalation, rng: random.Random) -> datetime:
    """An instant after the run a manager judges (the latest) and within the case's recorded
    life, so nothing is judged before it was scored or after the last activity."""
    last = case.triage_runs.first().at
    return last + (max(case.updated_at, last) - last) * rng.uniform(0.1, 1.0)
