"""How a clock reads to a person: its chip, its time left or overdue, its explanation.

Pure functions over a Clock's stored instants and `now` (no queries), so the queue's chips and
the case page's explanations say the same thing and a test can pin both to one instant.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from django.utils import timezone

from .models import Clock, ClockKind, ClockState

CHIP_CLASSES = {
    ClockState.GREEN: "chip-sla-green",
    ClockState.AMBER: "chip-sla-amber",
    ClockState.RED: "chip-sla-red",
    ClockState.PAUSED: "chip-sla-paused",
    ClockState.MET: "chip-sla-met",
    ClockState.MISSED: "chip-sla-missed",
}
SHORT_LABELS = {
    ClockKind.ACKNOWLEDGE: "Ack",
    ClockKind.UPDATE: "Update",
    ClockKind.RESOLVE: "Resolve",
    ClockKind.FULL_UPDATE: "Exec update",
}
ORDER = {kind: i for i, kind in enumerate(ClockKind.values)}
# Looked up once here, not through the enums for every chip of a list.
KIND_LABELS = dict(ClockKind.choices)
STATE_LABELS = dict(ClockState.choices)


def duration(seconds: float) -> str:
    """A span as a manager reads it: "45 min", "3 h 10 min", "2 d 4 h"."""
    minutes = int(abs(seconds) // 60)
    days, rest = divmod(minutes, 24 * 60)
    hours, mins = divmod(rest, 60)
    if days:
        return f"{days} d {hours} h" if hours else f"{days} d"
    if hours:
        return f"{hours} h {mins} min" if mins else f"{hours} h"
    return f"{mins} min" if mins else "under a minute"


def target_text(minutes: int) -> str:
    return duration(minutes * 60)


@dataclass(frozen=True)
class Chip:
    kind: str
    label: str
    short_label: str
    state: str
    state_label: str
    css: str
    text: str  # "12 min left", "overdue 40 min", "paused, 3 h left", "met"
    explanation: str  # one sentence: why it stands where it does
    history: tuple[dict, ...]


def chip(clock: Clock, now: datetime, *, with_history: bool = True) -> Chip:
    """The clock's chip at `now`; `with_history` False leaves out the lines of what moved it
    (only the case page's clocks panel lists them; the lists read no `history` column)."""
    state = clock.state(now)
    target = target_text(clock.target_minutes)
    hours = "business hours" if clock.calendar_id else "24×7"
    if state == ClockState.PAUSED:
        left = clock.remaining_seconds or 0
        text = f"paused, {duration(left)} {'left' if left >= 0 else 'over'}"
        explanation = (
            f"Paused since {_at(clock.paused_at)} while waiting on the customer, with "
            f"{duration(left)} {'left' if left >= 0 else 'already overdue'} of its {target}."
        )
    elif state in (ClockState.MET, ClockState.MISSED):
        text = "met" if state == ClockState.MET else "missed"
        explanation = f"Stopped {_at(clock.stopped_at)}: {state.label.lower()} its {target} target."
    elif clock.due_at is None:
        text, explanation = "—", "Not running."
    else:
        left = (clock.due_at - now).total_seconds()
        if left <= 0:
            text = f"overdue {duration(left)}"
            explanation = (
                f"Breached: due {_at(clock.due_at)}, {duration(left)} ago ({target}, {hours})."
            )
        else:
            text = f"{duration(left)} left"
            used = "75 % of its window is used" if state == ClockState.AMBER else "on track"
            explanation = f"Due {_at(clock.due_at)}: {used} ({target}, {hours})."
    return Chip(
        kind=clock.kind,
        label=KIND_LABELS[clock.kind],
        short_label=SHORT_LABELS[clock.kind],
        state=state,
        state_label=STATE_LABELS[state],
        css=CHIP_CLASSES[state],
        text=text,
        explanation=explanation,
        history=tuple(
            {"at": datetime.fromisoformat(line["at"]), "text": line["text"]}
            for line in clock.history
        )
        if with_history
        else (),
    )


def chips(
    clocks: list[Clock], now: datetime, *, running_only: bool = False, with_history: bool = True
) -> list[Chip]:
    ordered = sorted(clocks, key=lambda c: ORDER[c.kind])
    if running_only:
        ordered = [c for c in ordered if c.stopped_at is None]
    return [chip(c, now, with_history=with_history) for c in ordered]


def _at(instant: datetime | None) -> str:
    if instant is None:
        return "—"
    return f"{timezone.localtime(instant):%a %d %b %H:%M}"


# --- Within SLA: the close-out's computed verdict ------------------------------------------


@dataclass(frozen=True)
class Verdict:
    """Whether a case kept every SLA promise it was given, and, when not, which it broke."""

    within: bool
    misses: tuple[str, ...]  # one line per clock that missed, e.g. "Resolve: missed its 8 h target"
    clocks: int  # how many clocks the case ran

    @property
    def text(self) -> str:
        """The verdict in words, for the close-out form and the timeline."""
        if not self.within:
            return "no — " + "; ".join(self.misses)
        if not self.clocks:
            return "yes — the case had no SLA clock"
        return "yes — every clock met its target"


def verdict(clocks: list[Clock], breached: set[str], now: datetime) -> Verdict:
    """Within SLA: every clock the case ran met its target, over the case's whole life.

    Pure over the case's Clock rows and the clock kinds the sla sweep recorded a breach for
    (CheckEvent kind "breach", any cycle). A clock missed when any of these holds:
    1. A breach was recorded for it, in any cycle: an update window missed before the next
       update was sent, a resolution missed before the case was reopened, a target breached
       before a re-target moved it. The promise in force at the time was broken.
    2. It stopped missed (matrix.clocks._stop judges a clock against the target in force when
       it stopped; a re-targeted clock carries the working time used before the change).
    3. A line of its history is marked missed: matrix.clocks marks a window that ended overdue
       when the clock stopped, restarted or was re-targeted, so a miss the sweep did not see
       (it runs every minute; the demo and tests run it at one instant) still counts.
    4. It still runs overdue at `now`, or is paused with its window already used up.
    Pausing while waiting on the customer never counts against a clock: it keeps the working
    time it had left. The executive full-update clock counts like the others: missed when the
    full update (or the resolution) came after its 8 hours. A case without clocks (no matrix
    cell) promised nothing and is within SLA.
    """
    misses = []
    for clock in sorted(clocks, key=lambda c: ORDER[c.kind]):
        label = ClockKind(clock.kind).label
        target = target_text(clock.target_minutes)
        if clock.stopped_at is not None and clock.met is False:
            misses.append(f"{label}: missed its {target} target")
        elif clock.kind in breached:
            misses.append(f"{label}: a breach was recorded")
        elif any(line.get("missed") for line in clock.history):
            misses.append(f"{label}: a window ran overdue before it restarted or was re-targeted")
        elif clock.stopped_at is None and clock.paused_at is not None:
            if (clock.remaining_seconds or 0) < 0:
                misses.append(f"{label}: overdue when paused")
        elif clock.stopped_at is None and clock.due_at is not None and clock.due_at <= now:
            misses.append(f"{label}: overdue {duration((clock.due_at - now).total_seconds())}")
    return Verdict(not misses, tuple(misses), len(clocks))
