"""The case's states and the moves between them (DESIGN.md "Workflow"), as data.

Some moves are taken by a person from the case page; others happen only as part of another
event (the owner accepting acknowledges the case; a proposal waits for approval; the decision
moves on). `allowed(status)` lists the first kind for a status.
"""

from __future__ import annotations

from dataclasses import dataclass

from .choices import Status

WORKING = (Status.ACKNOWLEDGED, Status.DIAGNOSE, Status.EXECUTE)


@dataclass(frozen=True)
class Transition:
    name: str
    label: str
    sources: tuple[str, ...]
    # None: back to where the case was before (waiting on customer, awaiting approval).
    target: str | None
    by_hand: bool = True
    # "note": a reason; "resolution": the resolution summary; "closeout": the close-out form
    # (workflow.close_escalation), never a bare move.
    needs: str = ""
    button: str = "outline-primary"


TRANSITIONS = {
    t.name: t
    for t in (
        Transition("acknowledge", "Acknowledge", (Status.NEW,), Status.ACKNOWLEDGED, by_hand=False),
        Transition("diagnose", "Start diagnosis", (Status.ACKNOWLEDGED,), Status.DIAGNOSE),
        Transition("execute", "Start the fix", (Status.DIAGNOSE,), Status.EXECUTE),
        Transition(
            "back_to_diagnosis",
            "Back to diagnosis",
            (Status.EXECUTE,),
            Status.DIAGNOSE,
            needs="note",
        ),
        Transition(
            "resolve",
            "Mark resolved",
            (Status.DIAGNOSE, Status.EXECUTE),
            Status.RESOLVED,
            needs="resolution",
            button="success",
        ),
        Transition(
            "wait", "Wait on the customer", WORKING, Status.WAITING_ON_CUSTOMER, needs="note"
        ),
        Transition("resume", "Customer is back", (Status.WAITING_ON_CUSTOMER,), None),
        Transition(
            "request_approval",
            "Ask for approval",
            (Status.ACKNOWLEDGED, Status.DIAGNOSE, Status.EXECUTE),
            Status.AWAITING_APPROVAL,
            by_hand=False,
        ),
        Transition(
            "approved", "Approved", (Status.AWAITING_APPROVAL,), Status.EXECUTE, by_hand=False
        ),
        Transition("rejected", "Rejected", (Status.AWAITING_APPROVAL,), None, by_hand=False),
        Transition(
            "close", "Close", (Status.RESOLVED,), Status.CLOSED, needs="closeout", button="dark"
        ),
        Transition(
            "reopen",
            "Reopen",
            (Status.RESOLVED, Status.CLOSED),
            Status.DIAGNOSE,
            needs="note",
            button="outline-danger",
        ),
    )
}


def allowed(status: str) -> list[Transition]:
    """The moves a person may take by hand from `status`, in the order the page shows them."""
    return [t for t in TRANSITIONS.values() if t.by_hand and status in t.sources]


def target_of(transition: Transition, *, resume_status: str) -> str:
    if transition.target is not None:
        return transition.target
    return resume_status or Status.DIAGNOSE
