"""What the case page shows of triage: the latest run, its history and the manager's tools."""

from __future__ import annotations

from django.db.models import Prefetch

from escalations.models import Escalation

from .forms import OverrideForm
from .models import TriageFeedback, TriageRun

HISTORY = 8


def panel_context(
    escalation: Escalation, user, *, override_form: OverrideForm | None = None
) -> dict:
    """Three queries: the recent runs with their config, their feedback, the last override."""
    runs = list(
        escalation.triage_runs.select_related("config").prefetch_related(
            Prefetch("feedback", queryset=TriageFeedback.objects.select_related("by"))
        )[:HISTORY]
    )
    for run in runs:
        run.my_verdict = next((f.verdict for f in run.feedback.all() if f.by_id == user.pk), "")
    return {
        "triage_run": runs[0] if runs else None,
        "triage_history": runs,
        "last_override": escalation.triage_overrides.select_related("by").first(),
        "can_override": user.has_perm("triage.add_triageoverride"),
        "can_give_feedback": user.has_perm("triage.add_triagefeedback"),
        "override_form": override_form or OverrideForm(prefix="override", escalation=escalation),
        "verdicts": TriageFeedback.Verdict.choices,
        "run_triggers": dict(TriageRun.Trigger.choices),
    }
