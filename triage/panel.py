"""What the case page shows of triage: the latest run, its history and the manager's tools."""

from __future__ import annotations

from datetime import datetime

from django.db.models import Prefetch

from escalations.models import Escalation

from .forms import OverrideForm
from .models import TriageFeedback, TriageRun
from .signals import PRIOR_WINDOW, TICKET_WINDOW

HISTORY = 8

# Reasons of the factors that count the customer's other cases (triage/factors.py), in words
# without a number: shown instead when the reader may not see every case the factor counted.
# Triage itself still scores from every case; only what this reader is told changes.
UNCOUNTED_REASONS = {
    "prior_escalations": "Earlier escalations in the last 90 days",
    "ticket_burst": "A burst of tickets in 48 hours",
    "repeat_contact": "Contacted again soon after a resolution",
}


def panel_context(
    escalation: Escalation,
    user,
    *,
    counts: dict,
    override_form: OverrideForm | None = None,
) -> dict:
    """Three queries: the recent runs with their config, their feedback, the last override.

    `counts` is the account context's `Customer.escalation_counts` for this reader (already
    fetched for the page), which says what of the customer's history the reader may not see.
    """
    runs = list(
        escalation.triage_runs.select_related("config").prefetch_related(
            Prefetch("feedback", queryset=TriageFeedback.objects.select_related("by"))
        )[:HISTORY]
    )
    for run in runs:
        run.my_verdict = next((f.verdict for f in run.feedback.all() if f.by_id == user.pk), "")
    latest = runs[0] if runs else None
    return {
        "triage_run": latest,
        "triage_factors": shown_factors(latest.factors, escalation.created_at, counts)
        if latest
        else [],
        "triage_history": runs,
        "last_override": escalation.triage_overrides.select_related("by").first(),
        "can_override": user.has_perm("triage.add_triageoverride"),
        "can_give_feedback": user.has_perm("triage.add_triagefeedback"),
        "override_form": override_form or OverrideForm(prefix="override", escalation=escalation),
        "verdicts": TriageFeedback.Verdict.choices,
        "run_triggers": dict(TriageRun.Trigger.choices),
    }


def shown_factors(factors: list[dict], raised: datetime, counts: dict) -> list[dict]:
    """The run's factors as this reader may read them.

    A factor that counted cases the reader may not see keeps its points (the score is the
    score) but loses its number: "7 escalations in the last 90 days" would tell a reader of
    Sev-1 cases they cannot open. The windows are the ones triage counted in
    (triage/signals.py), measured back from when the case was raised.
    """
    hidden_latest = counts.get("hidden_latest")
    hidden_resolved = counts.get("hidden_last_resolved")
    seen_resolved = counts.get("seen_last_resolved")
    hidden = {
        "prior_escalations": hidden_latest is not None and hidden_latest >= raised - PRIOR_WINDOW,
        "ticket_burst": hidden_latest is not None and hidden_latest >= raised - TICKET_WINDOW,
        # Repeat contact counts from the last resolution; it is hidden when that resolution
        # belongs to a case the reader may not see.
        "repeat_contact": hidden_resolved is not None
        and (seen_resolved is None or hidden_resolved > seen_resolved),
    }
    return [
        {**factor, "reason": UNCOUNTED_REASONS[factor["name"]]}
        if hidden.get(factor["name"])
        else factor
        for factor in factors
    ]
