"""A complete close-out, as the close event takes it and as the case page's form posts it."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from escalations import once, workflow
from escalations.models import RootCause, Trigger
from matrix import clocks
from matrix.models import RoleKind
from tests.conftest import NOW, make_escalation

SUMMARY = "Export worker memory raised; the missed exports were regenerated."


def closeout_values(**overrides: Any) -> dict[str, Any]:
    values = {
        "trigger": Trigger.objects.get(slug="outage-or-defect"),
        "root_cause": RootCause.objects.get(slug="product-bug"),
        "avoidable": False,
        "resolution_summary": SUMMARY,
        "exit_criteria_met": True,
    }
    values.update(overrides)
    return values


def closeout_post(**overrides: Any) -> dict[str, Any]:
    data = {
        "once": once.issue(),
        "closeout-trigger": Trigger.objects.get(slug="outage-or-defect").pk,
        "closeout-root_cause": RootCause.objects.get(slug="product-bug").pk,
        "closeout-avoidable": "no",
        "closeout-resolution_summary": SUMMARY,
        "closeout-exit_criteria_met": "yes",
    }
    data.update({f"closeout-{k}" if k != "once" else k: v for k, v in overrides.items()})
    return data


def resolved_case(agent, manager, *, owner=None, severity: int = 2, **fields):
    """A Sev-2 case raised at NOW with its clocks, acknowledged by its owner (the manager unless
    given) at NOW + 30 min and resolved at NOW + 4 h: every clock met its target."""
    owner = owner or manager
    case = make_escalation(by=agent, severity=severity, **fields)
    clocks.start(case, now=NOW)
    (assignment,) = workflow.assign_roles(
        case, {RoleKind.OWNER: (owner, None, 0)}, handoff=None, by=manager, now=NOW
    )
    workflow.accept_assignment(assignment, by=owner, now=NOW + timedelta(minutes=30))
    workflow.change_status(case, "diagnose", by=owner, now=NOW + timedelta(minutes=30))
    workflow.change_status(
        case, "resolve", by=owner, now=NOW + timedelta(hours=4), resolution=SUMMARY
    )
    case.refresh_from_db()
    return case
