"""The SLA and stalled sweeps: plain functions taking `now` (django-q2 schedules and
`manage.py sla_sweep` / `stalled_sweep` call the same ones).

sla_sweep(now):
1. Select the due clocks through three partial indexes (matrix.models.Clock.Meta.indexes):
   amber (75 % used, not yet warned), breached (due passed, not yet recorded), auto-escalation
   (unacknowledged past the cell's delay). Only the needed columns — never the open cases —
   and with each the holder of the role that answers for it.
2. Load everyone else to tell, for all of them at once: duty managers, who may see Sev-1
   cases. The number of SELECTs does not depend on how many cases are open or due.
3. In chunks of settings.SWEEP_CHUNK units, one transaction each, claim every unit with a conditional UPDATE
   and go on only when exactly one row changed (another worker may have it), then insert its
   CheckEvent — the unique (case, clock, kind, key) is the exactly-once guarantee — its
   timeline line and its notifications.
4. After each chunk commits, its e-mails go (escalations/notifications.py's outbox); a worker
   killed mid-pass leaves the committed chunks done and the rest unclaimed, and the next pass
   (which also sends what a dead worker left in the outbox) does exactly the rest.

stalled_sweep(now) records, once per occurrence, the stalls DESIGN.md lists and keeps each
case's `stalled_at` / `stalled_reason` in step with what holds now.

The parts: matrix/sweep_record.py records and tells (both sweeps), matrix/stalls.py finds the
stalls, matrix/auto_escalate.py raises or notifies the next level.
"""

from __future__ import annotations

from datetime import datetime
from operator import itemgetter

from django.db.models import Case, IntegerField, OuterRef, Subquery, When
from django.utils import timezone

from escalations.models import Escalation

from .auto_escalate import auto_escalate
from .models import Assignment, CheckEvent, Clock, ClockKind, RoleKind
from .sla import duration
from .stalls import REPEAT_WINDOW, find_stalls, mark_stalled
from .sweep_record import (
    DUTY_MANAGER_ROLE,
    Tally,
    Unit,
    duty_managers,
    finish_pass,
    record,
    role_holders,
    tell_only_readers,
)

__all__ = ["DUTY_MANAGER_ROLE", "REPEAT_WINDOW", "sla_sweep", "stalled_sweep"]

# Who answers for each clock: the owner for acknowledge and resolve, the comms lead for updates.
ANSWERS_FOR = {
    ClockKind.ACKNOWLEDGE: RoleKind.OWNER,
    ClockKind.RESOLVE: RoleKind.OWNER,
    ClockKind.UPDATE: RoleKind.COMMS,
    ClockKind.FULL_UPDATE: RoleKind.COMMS,
}


def sla_sweep(now: datetime | None = None) -> dict[str, int]:
    now = now or timezone.now()
    tally = Tally()
    columns = (
        "pk",
        "kind",
        "cycle",
        "due_at",
        "target_minutes",
        "escalation_id",
        "escalation__severity",
        "escalation__category",
        "escalation__title",
        "escalation__created_by",
    )
    # Who answers for each due clock comes with it (_answerer): a lookup per due row in the
    # same statement, not a second query building an IN list of every due case.
    clocks = Clock.objects.annotate(answerer=_answerer())
    columns = (*columns, "answerer")
    running = clocks.filter(due_at__isnull=False)
    amber = running.filter(amber_warned_at__isnull=True, amber_at__lte=now, due_at__gt=now)
    breached = running.filter(breached_at__isnull=True, due_at__lte=now)
    escalate = clocks.filter(
        escalate_at__isnull=False, escalated_at__isnull=True, escalate_at__lte=now
    )
    # No ORDER BY in SQL: with one, SQLite walks the whole clock table in id order (~75 ms
    # at 200,000 clocks) instead of reading the partial index; the few due rows sort here.
    due = {
        kind: sorted(found.order_by().values(*columns), key=itemgetter("pk"))
        for kind, found in (
            (CheckEvent.Kind.AMBER, amber),
            (CheckEvent.Kind.BREACH, breached),
            (CheckEvent.Kind.AUTO_ESCALATED, escalate),
        )
    }
    rows = [row for found in due.values() for row in found]
    if not rows:
        finish_pass(now)
        return tally.as_dict()
    duty = duty_managers()
    # The desk's zone once for the pass: looked up per breach it was a third of building them.
    zone = timezone.get_current_timezone()
    units = []
    for kind, found in due.items():
        for row in found:
            units.append(_clock_unit(kind, row, duty=duty, now=now, zone=zone))
    # The due rows read each case's severity and creator: its readers need no case read.
    cases = {
        (row["escalation_id"], row["escalation__severity"], row["escalation__created_by"])
        for row in rows
    }
    tell_only_readers(units, cases=cases)
    record(units, now=now, tally=tally)
    escalations = [u for u in units if u.kind == CheckEvent.Kind.AUTO_ESCALATED and u.claimed]
    for unit in escalations:
        tally.escalated += auto_escalate(unit, now=now)
    finish_pass(now)
    return tally.as_dict()


def stalled_sweep(now: datetime | None = None) -> dict[str, int]:
    now = now or timezone.now()
    tally = Tally()
    duty = duty_managers()
    units, stalled = find_stalls(now)
    case_ids = {u.escalation_id for u in units}
    holders = role_holders(case_ids)
    facts = {
        row["pk"]: row for row in Escalation.objects.filter(pk__in=case_ids).values("pk", "title")
    }
    already = set(
        CheckEvent.objects.filter(escalation_id__in=case_ids, clock="").values_list(
            "escalation_id", "kind", "key"
        )
    )
    fresh = []
    for unit in units:
        if (unit.escalation_id, unit.kind, unit.key) in already:
            continue
        people = holders.get(unit.escalation_id, {})
        unit.people |= {p for p in (people.get(RoleKind.OWNER), people.get(RoleKind.COMMS)) if p}
        unit.people |= duty
        unit.subject = f"{Escalation.reference_for(unit.escalation_id)}: {unit.subject}"
        fresh.append(unit)
    tell_only_readers(fresh)
    for unit in fresh:
        unit.title = facts.get(unit.escalation_id, {}).get("title", "")
    record(fresh, now=now, tally=tally)
    mark_stalled(stalled, now=now)
    finish_pass(now)
    return tally.as_dict()


def _answerer() -> Case:
    """The person holding the role that answers for the clock (ANSWERS_FOR) right now, or
    NULL: a lookup of the case's one current holder of that role
    (assignment_one_current_per_role), as role_holders reads them."""

    def holder(role: str) -> Subquery:
        return Subquery(
            Assignment.objects.holding()
            .filter(escalation=OuterRef("escalation_id"), kind=role)
            .order_by()
            .values("person_id")[:1]
        )

    return Case(
        *[When(kind=clock, then=holder(role)) for clock, role in ANSWERS_FOR.items()],
        default=None,
        output_field=IntegerField(),
    )


def _clock_unit(kind: str, row: dict, *, duty: set[int], now: datetime, zone) -> Unit:
    clock = ClockKind(row["kind"])
    ref = Escalation.reference_for(row["escalation_id"])
    answerer = row["answerer"]
    if kind == CheckEvent.Kind.AMBER:
        left = duration((row["due_at"] - now).total_seconds())
        subject = f"{ref}: {clock.label} clock amber, {left} left"
        detail = f"75 % of the {duration(row['target_minutes'] * 60)} window is used."
        field_name = "amber_warned_at"
    elif kind == CheckEvent.Kind.BREACH:
        subject = f"{ref}: {clock.label} clock breached"
        detail = f"It was due {row['due_at'].astimezone(zone):%a %d %b %H:%M}."
        field_name = "breached_at"
    else:
        subject = f"{ref}: not acknowledged, auto-escalated"
        detail = "Not acknowledged within the matrix cell's auto-escalation delay."
        field_name = "escalated_at"
    unit = Unit(
        row["escalation_id"],
        kind,
        clock,
        str(row["cycle"]),
        subject,
        detail,
        row["escalation__severity"],
        claim=(Clock, row["pk"], field_name),
    )
    unit.title = row["escalation__title"]
    unit.people = ({answerer} if answerer else set()) | duty
    return unit
