"""A case's SLA clocks: started, stopped, paused, resumed, restarted and re-targeted.

The workflow calls one function here per case event; each takes `now`, changes the case's
Clock rows, appends a line to each clock's own history (the explanation on the case page) and
rewrites the case's summary columns (Escalation.sla_due_at / sla_amber_at / sla_paused_at) so
the queue filters and sorts by "what needs me now" through an index.

What moves which clock (DESIGN.md "SLA clocks & checks", issue 9):
1. Raised: acknowledge, next-customer-update (when the cell has a cadence) and resolve start.
2. Acknowledged (the case leaves "new"): the acknowledge clock stops; an executive escalation's
   8-hour full-update clock starts.
3. Waiting on the customer pauses every running clock; the customer replying, or the case
   moving on, resumes them with the working time they had left.
4. Only an update the comms lead sends to the customer restarts the update clock (and stops the
   executive full-update clock). Internal notes and customer replies never touch it.
5. Resolved stops the rest; reopened restarts resolve and update with fresh windows.
6. A severity, category or executive change is a new commitment: each clock keeps the working
   time already used, takes the new cell's target, and starts a new cycle (so its amber warning
   and breach may be recorded again). An admin changing a matrix target re-targets open cases
   the same way from that moment, in the same cycle.
7. A window that ends overdue (the clock stops late, restarts or is re-targeted while overdue)
   marks that line of the clock's history "missed", and such lines outlive HISTORY_KEPT: the
   close-out's "within SLA" (`sla_verdict`, matrix.sla.verdict) reads them, since a restart
   clears the clock's own met and breach columns for its next window.
Sev-3/4 acknowledge and resolve clocks count the customer region's business hours; Sev-1/2
run 24×7, and update cadences are calendar time.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from escalations import timeline
from escalations.choices import Severity
from escalations.models import Escalation, TimelineEvent

from .calendars import calendar_for_region, hours_for
from .models import (
    AMBER_SHARE,
    BusinessCalendar,
    CheckEvent,
    Clock,
    ClockKind,
    ExecutiveRow,
    MatrixCell,
)
from .roster import cell_for, executive_row
from .sla import Verdict, duration, target_text, verdict

BUSINESS_HOURS_SEVERITIES = (Severity.SEV3, Severity.SEV4)
HISTORY_KEPT = 30
_UNSET = object()


@dataclass(frozen=True)
class Targets:
    """What the case's cell (and executive row) promise, in minutes per clock kind."""

    minutes: dict[str, int]
    escalate_minutes: int | None
    calendar: BusinessCalendar | None
    source: str

    def calendar_of(self, kind: str) -> BusinessCalendar | None:
        # A cadence ("weekly", "every 2 days") is calendar time: only acknowledge and resolve
        # targets count business hours (a week of working hours would be a month).
        return None if kind == ClockKind.UPDATE else self.calendar

    def hours_label(self, kind: str) -> str:
        calendar = self.calendar_of(kind)
        return f"business hours ({calendar.name})" if calendar else "24×7"


def targets_for(
    escalation: Escalation,
    *,
    cell: MatrixCell | None | object = _UNSET,
    row: ExecutiveRow | None | object = _UNSET,
) -> Targets | None:
    """The clocks a case gets from its matrix cell; None before triage or without a cell."""
    if cell is _UNSET:
        cell = cell_for(escalation)
    if cell is None:
        return None
    minutes = {
        ClockKind.ACKNOWLEDGE: cell.acknowledge_minutes,
        ClockKind.RESOLVE: cell.resolve_minutes,
    }
    if cell.update_minutes:
        minutes[ClockKind.UPDATE] = cell.update_minutes
    source = str(cell)
    if escalation.executive:
        if row is _UNSET:
            row = executive_row()
        if row is not None:
            minutes[ClockKind.ACKNOWLEDGE] = min(cell.acknowledge_minutes, row.acknowledge_minutes)
            minutes[ClockKind.FULL_UPDATE] = row.full_update_minutes
            source += " with the executive row"
    calendar = None
    if escalation.severity in BUSINESS_HOURS_SEVERITIES:
        calendar = calendar_for_region(escalation.customer.region)
    return Targets(minutes, cell.auto_escalate_minutes, calendar, source)


# --- Events ----------------------------------------------------------------------------------


def start(escalation: Escalation, *, now: datetime) -> list[Clock]:
    """The case was raised and triaged: its clocks start now."""
    targets = targets_for(escalation)
    clocks = []
    if targets is not None:
        for kind in (ClockKind.ACKNOWLEDGE, ClockKind.UPDATE, ClockKind.RESOLVE):
            if kind in targets.minutes:
                clock = _new(escalation, kind, targets, now=now)
                hours = hours_for(clock.calendar)
                _note(
                    clock,
                    now,
                    f"Started when the case was raised: {targets.source} gives "
                    f"{target_text(clock.target_minutes)}, {targets.hours_label(kind)}.",
                )
                _run(clock, hours, start=now, remaining=clock.target_minutes * 60)
                if kind == ClockKind.ACKNOWLEDGE and targets.escalate_minutes:
                    clock.escalate_at = hours.add(now, targets.escalate_minutes * 60)
                clock.save()
                clocks.append(clock)
    _sync(escalation, clocks)
    return clocks


def acknowledged(escalation: Escalation, *, now: datetime, by=None) -> None:
    clocks = _clocks(escalation)
    who = f" by {_name(by)}" if by else ""
    _stop(clocks, (ClockKind.ACKNOWLEDGE,), now=now, why=f"acknowledged{who}")
    if escalation.executive and ClockKind.FULL_UPDATE not in clocks:
        targets = targets_for(escalation)
        if targets and ClockKind.FULL_UPDATE in targets.minutes:
            clock = _new(escalation, ClockKind.FULL_UPDATE, targets, now=now)
            _note(
                clock,
                now,
                f"Started at acknowledgement: an executive escalation gets a full customer "
                f"update within {target_text(clock.target_minutes)}.",
            )
            _run(clock, hours_for(clock.calendar), start=now, remaining=clock.target_minutes * 60)
            clock.save()
            clocks[clock.kind] = clock
    _sync(escalation, clocks.values())


def paused(escalation: Escalation, *, now: datetime) -> None:
    clocks = _clocks(escalation)
    for clock in clocks.values():
        if clock.due_at is None:
            continue
        hours = hours_for(clock.calendar)
        clock.remaining_seconds = round(hours.between(now, clock.due_at))
        clock.paused_at = now
        clock.due_at = clock.amber_at = None
        _note(
            clock,
            now,
            f"Paused while waiting on the customer, {_left(clock.remaining_seconds)}.",
        )
        clock.save()
    _sync(escalation, clocks.values())


def resumed(escalation: Escalation, *, now: datetime, why: str) -> None:
    clocks = _clocks(escalation)
    for clock in clocks.values():
        if clock.paused_at is None or clock.stopped_at is not None:
            continue
        _run(clock, hours_for(clock.calendar), start=now, remaining=clock.remaining_seconds or 0)
        _note(clock, now, f"Resumed: {why}, {_left(clock.remaining_seconds or 0)}.")
        clock.paused_at = None
        clock.remaining_seconds = None
        clock.save()
    _sync(escalation, clocks.values())


def update_sent(escalation: Escalation, *, now: datetime, by) -> None:
    """The comms lead's update reached the customer: the update window starts again."""
    clocks = _clocks(escalation)
    update = clocks.get(ClockKind.UPDATE)
    if update is not None and update.stopped_at is None:
        _restart(update, now=now, why=f"update sent to the customer by {_name(by)} (comms lead)")
    _stop(
        clocks,
        (ClockKind.FULL_UPDATE,),
        now=now,
        why=f"full update sent to the customer by {_name(by)}",
    )
    _sync(escalation, clocks.values())


def resolved(escalation: Escalation, *, now: datetime, why: str = "the case was resolved") -> None:
    clocks = _clocks(escalation)
    _stop(clocks, ClockKind.values, now=now, why=why)
    _sync(escalation, clocks.values())


def reopened(escalation: Escalation, *, now: datetime) -> None:
    clocks = _clocks(escalation)
    targets = targets_for(escalation)
    if targets is not None:
        for kind in (ClockKind.RESOLVE, ClockKind.UPDATE):
            if kind not in targets.minutes:
                continue
            clock = clocks.get(kind)
            if clock is None:
                clock = clocks[kind] = _new(escalation, kind, targets, now=now)
                clock.cycle = 0
            clock.target_minutes = targets.minutes[kind]
            clock.calendar = targets.calendar_of(kind)
            _restart(clock, now=now, why="the case was reopened")
    _sync(escalation, clocks.values())


def retarget(escalation: Escalation, *, now: datetime, why: str, new_cycle: bool) -> list[str]:
    """Give open clocks the targets the case's cell says now, keeping the time already used.

    Returns one line per clock whose target changed, for the timeline.
    """
    clocks = _clocks(escalation)
    targets = targets_for(escalation)
    if targets is None or not clocks:
        return []
    changed = []
    for kind, clock in list(clocks.items()):
        if clock.stopped_at is not None:
            continue
        minutes = targets.minutes.get(kind)
        if minutes is None:
            _stop(clocks, (kind,), now=now, why=f"{targets.source} has no such target")
            changed.append(f"{clock.get_kind_display()}: no longer applies")
            continue
        calendar = targets.calendar_of(kind)
        if minutes == clock.target_minutes and calendar == clock.calendar and not new_cycle:
            continue
        old_hours, new_hours = hours_for(clock.calendar), hours_for(calendar)
        left_before = _remaining(clock, old_hours, now)
        used = clock.target_minutes * 60 - left_before
        before = clock.target_minutes
        clock.target_minutes, clock.calendar = minutes, calendar
        remaining = minutes * 60 - used
        if clock.paused_at is not None:
            clock.remaining_seconds = round(remaining)
        else:
            _run(clock, new_hours, start=now, remaining=remaining)
        if (
            kind == ClockKind.ACKNOWLEDGE
            and clock.escalated_at is None
            and targets.escalate_minutes
        ):
            clock.escalate_at = new_hours.add(now, targets.escalate_minutes * 60 - used)
        if new_cycle:
            clock.cycle += 1
            clock.amber_warned_at = clock.breached_at = None
        else:
            # The sweep may warn again under the new target; its CheckEvent key keeps the record
            # of this cycle's earlier warning, so nobody is told twice.
            if clock.due_at is not None and clock.due_at > now:
                clock.breached_at = None
            if clock.amber_at is not None and clock.amber_at > now:
                clock.amber_warned_at = None
        line = (
            f"{clock.get_kind_display()}: {target_text(before)} → {target_text(minutes)}"
            if before != minutes
            else f"{clock.get_kind_display()}: {target_text(minutes)}, {targets.hours_label(kind)}"
        )
        # Overdue under the old target: that promise was broken, whatever the new one says.
        missed = left_before < 0
        late = f" It was overdue by {duration(left_before)} before." if missed else ""
        _note(clock, now, f"Re-targeted ({why}): {line}, {_left(remaining)}.{late}", missed=missed)
        clock.save()
        changed.append(line)
    for kind in (ClockKind.UPDATE, ClockKind.RESOLVE):
        # A clock the old cell did not have (Sev-4's updates are "on change") starts now.
        if kind in targets.minutes and kind not in clocks:
            clock = clocks[kind] = _new(escalation, kind, targets, now=now)
            _run(clock, hours_for(clock.calendar), start=now, remaining=clock.target_minutes * 60)
            _note(clock, now, f"Started ({why}): {target_text(clock.target_minutes)}.")
            clock.save()
            changed.append(
                f"{clock.get_kind_display()}: starts, {target_text(clock.target_minutes)}"
            )
    _sync(escalation, clocks.values())
    return changed


def retarget_open_cases(cases: Iterable[Escalation], *, now: datetime, why: str, by) -> int:
    """An admin changed a matrix target: open cases take it from now and their timelines say so."""
    count = 0
    for escalation in cases:
        lines = retarget(escalation, now=now, why=why, new_cycle=False)
        if lines:
            timeline.record(
                escalation,
                TimelineEvent.Kind.SLA,
                f"SLA targets changed in the matrix ({why}); they apply from now",
                by=by,
                now=now,
                body="\n".join(lines),
            )
            count += 1
    return count


TARGET_FIELDS = {
    "acknowledge_minutes": "acknowledge",
    "update_minutes": "customer updates",
    "resolve_minutes": "resolve",
    "auto_escalate_minutes": "auto-escalation",
    "full_update_minutes": "executive full update",
}


def after_matrix_change(
    row: MatrixCell | ExecutiveRow, changed: Iterable[str], *, now: datetime, by
) -> int:
    """An admin saved a cell or the executive row: re-target the open cases it governs."""
    changed = [TARGET_FIELDS[name] for name in changed if name in TARGET_FIELDS]
    if not changed:
        return 0
    cases = Escalation.objects.open().select_related("customer")
    if isinstance(row, MatrixCell):
        cases = cases.filter(severity=row.severity, category=row.category)
    else:
        cases = cases.filter(executive=True)
    why = f"{row}: {', '.join(changed)} changed"
    return retarget_open_cases(cases.iterator(), now=now, why=why, by=by)


# --- Within SLA ------------------------------------------------------------------------------


def sla_verdict(
    escalation: Escalation, *, now: datetime, clocks: Iterable[Clock] | None = None
) -> Verdict:
    """Did the case keep every SLA promise (matrix.sla.verdict has the rule)?

    Two queries: the clocks (none when the caller already holds them) and the clock kinds the
    sla sweep recorded a breach for.
    """
    found = list(Clock.objects.filter(escalation=escalation) if clocks is None else clocks)
    breached = set(
        CheckEvent.objects.filter(escalation=escalation, kind=CheckEvent.Kind.BREACH)
        .order_by()  # no Meta ordering: its columns would defeat the DISTINCT
        .values_list("clock", flat=True)
        .distinct()
    )
    return verdict(found, breached, now)


# --- Mechanics -------------------------------------------------------------------------------


def _clocks(escalation: Escalation) -> dict[str, Clock]:
    found = Clock.objects.filter(escalation=escalation).select_related("calendar")
    return {c.kind: c for c in found.prefetch_related("calendar__holidays")}


def _new(escalation: Escalation, kind: str, targets: Targets, *, now: datetime) -> Clock:
    return Clock(
        escalation=escalation,
        kind=kind,
        target_minutes=targets.minutes[kind],
        calendar=targets.calendar_of(kind),
        started_at=now,
    )


def _run(clock: Clock, hours, *, start: datetime, remaining: float) -> None:
    """Run from `start` with `remaining` working seconds; amber once 75 % of the target is used."""
    spare = (1 - AMBER_SHARE) * clock.target_minutes * 60
    clock.due_at = hours.add(start, remaining)
    clock.amber_at = hours.add(start, remaining - spare)


def _remaining(clock: Clock, hours, now: datetime) -> float:
    if clock.paused_at is not None:
        return clock.remaining_seconds or 0
    if clock.due_at is None:
        return 0
    return hours.between(now, clock.due_at)


def _restart(clock: Clock, *, now: datetime, why: str) -> None:
    hours = hours_for(clock.calendar)
    # The window this restart ends was missed when it ran overdue (a stopped clock's miss is
    # already marked by _stop): the mark keeps it after met and breached_at are cleared below.
    left = None if clock.stopped_at is not None else _remaining(clock, hours, now)
    missed = left is not None and left < 0
    clock.cycle += 1
    clock.started_at = now
    clock.stopped_at = clock.met = None
    clock.amber_warned_at = clock.breached_at = None
    window = clock.target_minutes * 60
    if clock.paused_at is not None:
        clock.remaining_seconds = window
    else:
        _run(clock, hours, start=now, remaining=window)
    late = f" The window before was missed by {duration(left)}." if missed else ""
    _note(
        clock,
        now,
        f"Restarted: {why}; next due within {target_text(clock.target_minutes)}.{late}",
        missed=missed,
    )
    clock.save()


def _stop(clocks: dict[str, Clock], kinds: Iterable[str], *, now: datetime, why: str) -> None:
    for kind in kinds:
        clock = clocks.get(kind)
        if clock is None or clock.stopped_at is not None:
            continue
        left = _remaining(clock, hours_for(clock.calendar), now)
        clock.met = left >= 0
        clock.stopped_at = now
        clock.due_at = clock.amber_at = clock.paused_at = None
        clock.remaining_seconds = None
        clock.escalate_at = None
        outcome = (
            f"met with {duration(left)} to spare" if left >= 0 else f"missed by {duration(left)}"
        )
        _note(clock, now, f"Stopped: {why}; {outcome}.", missed=left < 0)
        clock.save()


def _note(clock: Clock, now: datetime, text: str, *, missed: bool = False) -> None:
    line = {"at": now.isoformat(), "text": text}
    if missed:
        line["missed"] = True
    history = [*clock.history, line]
    # Older lines go, except the missed ones: "within SLA" is decided from them at close.
    dropped = history[:-HISTORY_KEPT]
    clock.history = [old for old in dropped if old.get("missed")] + history[-HISTORY_KEPT:]


def _left(seconds: float) -> str:
    return f"{duration(seconds)} left" if seconds >= 0 else f"overdue by {duration(seconds)}"


def _name(user) -> str:
    return user.get_full_name() or user.username


def _sync(escalation: Escalation, clocks: Iterable[Clock]) -> None:
    """Write the case's clock summary: what the queue sorts and filters by."""
    clocks = list(clocks)
    due = [c.due_at for c in clocks if c.due_at is not None]
    amber = [c.amber_at for c in clocks if c.amber_at is not None]
    paused = [c.paused_at for c in clocks if c.paused_at is not None and c.stopped_at is None]
    fields = {
        "sla_due_at": min(due, default=None),
        "sla_amber_at": min(amber, default=None),
        "sla_paused_at": min(paused, default=None),
    }
    Escalation.objects.filter(pk=escalation.pk).update(**fields)
    for name, value in fields.items():
        setattr(escalation, name, value)
