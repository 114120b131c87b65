"""What a complete close-out is (DESIGN.md "Close-out"), and how a refusal names each gap.

The close event (workflow.close_escalation) and the close-out form (forms.CloseOutForm) both ask
`problems()`, so a person at the case page and the demo or a command are refused alike and in
the same words. "Within SLA" is not here: it is computed from the clocks (matrix.clocks), never
given.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .models import CloseOut, RootCause, Trigger
from .refusals import Refused

FIELDS = ("trigger", "root_cause", "avoidable", "resolution_summary", "exit_criteria_met")
SUMMARY_MAX = 3000

MESSAGES = {
    "trigger": "Say what triggered the escalation.",
    "root_cause": "Pick the root cause.",
    "avoidable": "Say whether the escalation was avoidable: yes or no.",
    "resolution_summary": "Write the resolution summary: what was done for the customer.",
    "exit_criteria_met": "Say whether the exit criteria are met.",
}
RETIRED = {
    "trigger": "That trigger is no longer offered; pick one of the list.",
    "root_cause": "That root cause is no longer offered; pick one of the list.",
}
EXIT_CRITERIA_NOT_MET = (
    "A case closes only once its exit criteria are met. Leave it resolved until they are, "
    "or reopen it to keep working."
)
SUMMARY_TOO_LONG = f"Keep the resolution summary to {SUMMARY_MAX:,} characters."


class Incomplete(Refused):
    """The close-out is missing something; `problems` maps each field to what is wrong."""

    def __init__(self, problems: dict[str, str]) -> None:
        super().__init__("Not closed: " + " ".join(problems.values()))
        self.problems = problems


def problems(values: Mapping[str, Any]) -> dict[str, str]:
    """Each field of the close-out that is missing or wrong, with what to do about it."""
    found = {}
    for name, model in (("trigger", Trigger), ("root_cause", RootCause)):
        row = values.get(name)
        if not isinstance(row, model):
            found[name] = MESSAGES[name]
        elif not row.active:
            found[name] = RETIRED[name]
    for name in ("avoidable", "exit_criteria_met"):
        if not isinstance(values.get(name), bool):
            found[name] = MESSAGES[name]
    if values.get("exit_criteria_met") is False:
        found["exit_criteria_met"] = EXIT_CRITERIA_NOT_MET
    summary = values.get("resolution_summary")
    if not isinstance(summary, str) or not summary.strip():
        found["resolution_summary"] = MESSAGES["resolution_summary"]
    elif len(summary.strip()) > SUMMARY_MAX:
        found["resolution_summary"] = SUMMARY_TOO_LONG
    return found


def timeline_lines(closeout: CloseOut, sla_text: str) -> str:
    """The close-out as the timeline keeps it, whatever later happens to the row."""
    return "\n".join(
        (
            f"Trigger: {closeout.trigger}",
            f"Root cause: {closeout.root_cause}",
            f"Avoidable: {'yes' if closeout.avoidable else 'no'}",
            f"Within SLA: {sla_text}",
            f"Exit criteria met: {'yes' if closeout.exit_criteria_met else 'no'}",
        )
    )
