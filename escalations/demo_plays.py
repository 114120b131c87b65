"""The open demo cases, each playing a clock state (escalations/demo_scenarios/clock_plays.py).

1. `cast_plays(count)` lists the plays of a desk of `count` cases, scaled from the 400-case
   desk; seed_demo raises each at `raised_at()`, among the other (resolved or closed) cases.
2. Once the case is raised, its severity is triage's and its clocks have started, so
   `script()` times the rest of its life from the case's own resolve window (the working time
   of its calendar, or 24×7): how much of the window was used when it went to wait on the
   customer, and when the customer came back so that the share the play asks for is used at
   `now`. Everything else (who accepts, the comms lead's update, notes, steps) fits around
   those instants. demo_work.perform() then plays the events through the workflow.

No event of a play is a customer message: the workflow re-triages on those, and a new
severity would re-target the clocks the play has timed. The owner resumes a wait by hand
("Customer is back").
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import datetime, timedelta

from matrix.models import ClockKind, RoleKind

from . import demo_data
from .choices import Status
from .demo_briefs import Draft
from .demo_scenarios.clock_plays import PLAYS
from .demo_work import Desk, Event, Plan, artifacts, note, proposal, update_fills, windows
from .models import Escalation

DESK = 400  # the desk size PLAYS' `per_400` counts are for
SMALL_DESK_SHARE = 3  # a desk of a handful of cases: at most a third of it plays


@dataclass(frozen=True)
class Play:
    name: str
    states: tuple[str, ...]
    status: str
    raised: tuple[float, float]
    area: str = ""
    creator: str = ""
    pending: tuple[str, ...] = ()
    wait: tuple[float, float] | None = None
    resumed: tuple[float, float] | None = None
    quiet: tuple[float, float] | None = None


def cast_plays(count: int) -> list[Play]:
    """Every play at least once (its `per_400` scaled to the desk), in PLAYS' order."""
    plays = []
    for row in PLAYS:
        fields = {k: v for k, v in row.items() if k not in ("per_400", "statuses")}
        for i in range(max(1, round(row["per_400"] * count / DESK))):
            plays.append(Play(status=row["statuses"][i % len(row["statuses"])], **fields))
    return plays[: count // SMALL_DESK_SHARE] if len(plays) > count // SMALL_DESK_SHARE else plays


def raised_at(play: Play, now: datetime, rng: random.Random) -> datetime:
    ago = timedelta(minutes=rng.uniform(*play.raised))
    return (now - ago).replace(microsecond=0)


def script(
    play: Play,
    case: Escalation,
    draft: Draft,
    *,
    now: datetime,
    rng: random.Random,
    desk: Desk,
) -> list[Event]:
    """The events after intake that leave `case` in the play's states at `now`."""
    plan = Plan(draft, play.status)
    created = draft.created
    answering = [k for k in (RoleKind.AUTHORITY, RoleKind.COMMS) if k not in play.pending]
    if play.status == Status.NEW:
        for kind in answering:
            plan.add(created + (now - created) * rng.uniform(0.2, 0.8), "accept", kind=kind)
        return plan.events

    resolve = windows(case, desk)[ClockKind.RESOLVE]
    hours, window = resolve.hours, resolve.seconds
    # The owner accepts within minutes (within Sev-1's 15); a case that went red was slower.
    ack = created + timedelta(minutes=rng.uniform(*((5, 60) if play.quiet else (4, 12))))
    for kind in answering:
        plan.add(created + (ack - created) * rng.uniform(0.2, 0.9), "accept", kind=kind)
    plan.add(ack, "ack")
    worked = ack
    if play.status != Status.ACKNOWLEDGED:
        worked = ack + timedelta(minutes=rng.uniform(3, 15))
        plan.add(worked, "move", name="diagnose")
    # Work happens until the wait, or until the silence before `now`.
    until = now - timedelta(minutes=rng.uniform(*play.quiet) if play.quiet else 1)
    back = None
    if play.wait:
        # The case waits once `wait` of the resolve window is used (a young case sooner).
        waited = hours.add(created, rng.uniform(*play.wait) * window)
        waited = max(worked + timedelta(minutes=2), min(waited, worked + (now - worked) * 0.8))
        until = waited
        plan.add(waited, "wait", note=rng.choice(demo_data.WAIT_NOTES))
        if play.resumed:
            ran = hours.between(created, waited)  # what the clock used before it paused
            back = hours.add(now, -(rng.uniform(*play.resumed) * window - ran))
            if back <= waited:
                back = waited + (now - waited) / 2  # too young for the share; back anyway
            plan.add(back, "move", name="resume")

    def before(share: float) -> datetime:
        return worked + (until - worked) * share

    def after(share: float) -> datetime:
        assert back is not None
        return back + (now - back) * share

    if play.status == Status.EXECUTE:
        plan.add(after(0.3) if back else before(0.6), "move", name="execute")
    if play.status == Status.AWAITING_APPROVAL:
        plan.add(after(0.5), "propose", **proposal(rng, draft))
    if RoleKind.COMMS in answering:
        fills = update_fills(rng, draft)
        plan.add(before(rng.uniform(0.2, 0.5)), "update", fills=fills)
        if back:
            plan.add(after(rng.uniform(0.1, 0.4)), "update", fills=fills)
    for action, outcome in draft.later_steps:
        plan.add(before(rng.uniform(0.1, 0.95)), "step", action=action, result=outcome)
    for _ in range(rng.choice((0, 1, 1, 2))):
        plan.add(before(rng.uniform(0.1, 0.95)), "note", **note(rng, draft, desk.cast))
    if play.quiet:
        # The last thing anyone did on the case, and then the silence the play asks for.
        plan.add(until, "note", **note(rng, draft, desk.cast))
    for kind, label, url, content in artifacts(rng, draft):
        plan.add(
            before(rng.uniform(0.1, 0.95)),
            "artifact",
            kind=kind,
            label=label,
            url=url,
            content=content,
        )
    return plan.events
