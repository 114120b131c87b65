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


def chip(clock: Clock, now: datetime) -> Chip:
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
        label=ClockKind(clock.kind).label,
        short_label=SHORT_LABELS[clock.kind],
        state=state,
        state_label=ClockState(state).label,
        css=CHIP_CLASSES[state],
        text=text,
        explanation=explanation,
        history=tuple(
            {"at": datetime.fromisoformat(line["at"]), "text": line["text"]}
            for line in clock.history
        ),
    )


def chips(clocks: list[Clock], now: datetime, *, running_only: bool = False) -> list[Chip]:
    ordered = sorted(clocks, key=lambda c: ORDER[c.kind])
    if running_only:
        ordered = [c for c in ordered if c.stopped_at is None]
    return [chip(c, now) for c in ordered]


def _at(instant: datetime | None) -> str:
    if instant is None:
        return "—"
    return f"{timezone.localtime(instant):%a %d %b %H:%M}"
