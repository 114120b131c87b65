"""What a sweep found, recorded exactly once and told to the right people.

A sweep turns what is due into Units; record() claims them chunk by chunk (a conditional UPDATE
per mark), inserts their CheckEvents (the unique (case, clock, kind, key) is the exactly-once
guarantee), writes their timeline lines and queues their notifications, in one transaction per
chunk. finish_pass() sends, after commit, whatever the outbox holds.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime

from django.conf import settings
from django.db import IntegrityError, connection, transaction
from django.urls import reverse

from escalations import notifications
from escalations.models import Escalation, TimelineEvent

from .models import Assignment, CheckEvent, Clock, RosterEntry

# The roster role told about every breach and stall (DESIGN.md: "notify the owner and the
# manager"). By name, as shipped in matrix/migrations/0002_defaults.py.
DUTY_MANAGER_ROLE = "Support manager on duty"


@dataclass
class Tally:
    recorded: int = 0
    notified: int = 0
    escalated: int = 0

    def as_dict(self) -> dict[str, int]:
        return {"recorded": self.recorded, "notified": self.notified, "escalated": self.escalated}


@dataclass
class Unit:
    """One thing a sweep found due: what to claim, what to record, whom to tell."""

    escalation_id: int
    kind: str  # CheckEvent.Kind
    clock: str  # ClockKind or ""
    key: str
    subject: str
    detail: str
    severity: int | None
    claim: tuple | None = None  # (model, pk, field) claimed with a conditional UPDATE
    people: set[int] = field(default_factory=set)
    title: str = ""
    claimed: bool = False


# --- Who to tell -----------------------------------------------------------------------------


def role_holders(case_ids: Iterable[int]) -> dict[int, dict[str, int]]:
    holders: dict[int, dict[str, int]] = defaultdict(dict)
    for item in (
        Assignment.objects.holding()
        .filter(escalation_id__in=list(case_ids))
        .values_list("escalation_id", "kind", "person_id")
    ):
        holders[item[0]][item[1]] = item[2]
    return holders


def duty_managers() -> set[int]:
    """The manager on duty: the first present holder of the role in roster order."""
    first = (
        RosterEntry.objects.filter(role__name=DUTY_MANAGER_ROLE, away=False, person__is_active=True)
        .order_by("order", "id")
        .values_list("person_id", flat=True)
        .first()
    )
    return {first} if first else set()


def tell_only_readers(units: list[Unit]) -> None:
    """Each unit is told only to those of its people who may see its case: a Sev-1 case to
    its readers alone (DESIGN.md "Visibility"), by the case layer's one rule."""
    everyone = {p for u in units for p in u.people}
    if not everyone:
        return
    readers = Escalation.objects.filter(pk__in={u.escalation_id for u in units}).readers(everyone)
    for unit in units:
        unit.people &= readers.get(unit.escalation_id, set())


# --- Recording -------------------------------------------------------------------------------


def record(units: list[Unit], *, now: datetime, tally: Tally) -> None:
    """In chunks of settings.SWEEP_CHUNK: a killed worker loses at most the chunk it was in."""
    chunk = settings.SWEEP_CHUNK
    for start in range(0, len(units), chunk):
        _record_chunk(units[start : start + chunk], now=now, tally=tally)


def _record_chunk(units: list[Unit], *, now: datetime, tally: Tally) -> None:
    """One chunk, one transaction: claim, record once, tell."""
    with transaction.atomic():
        won = _claim(units, now=now)
        claimed = [u for u in units if u.claim is None or u.claim[1] in won]
        events = _insert_events(claimed, now=now)
        TimelineEvent.objects.bulk_create(
            TimelineEvent(
                escalation_id=unit.escalation_id,
                at=now,
                kind=TimelineEvent.Kind.SLA,
                summary=unit.subject.split(": ", 1)[-1][:300],
                body=unit.detail,
            )
            for unit in events
        )
        messages = []
        # One reverse() for the chunk: resolving a URL a thousand times costs tens of ms.
        case_url = reverse("escalations:detail", args=[987654321]).replace("987654321", "{}")
        for unit in events:
            unit.claimed = True
            url = case_url.format(unit.escalation_id)
            key = f"{unit.kind}:{unit.clock or 'case'}:{unit.escalation_id}:{unit.key}"
            body = f"{unit.title}\n\n{unit.detail}".strip()
            messages.extend(
                notifications.Message(
                    recipient_id=person,
                    escalation_id=unit.escalation_id,
                    key=key,
                    subject=unit.subject,
                    body=body,
                    url=url,
                    severity=unit.severity,
                )
                for person in sorted(p for p in unit.people if p)
            )
        tally.recorded += len(events)
        tally.notified += notifications.notify_many(messages, now=now)


def _claim(units: list[Unit], *, now: datetime) -> set[int]:
    """Mark the chunk's clocks in one UPDATE per mark; the ids it returns are this worker's.

    UPDATE … WHERE <mark> IS NULL RETURNING id is atomic per row on PostgreSQL and SQLite: of
    two workers, the second waits for (or is serialised behind) the first and matches nothing.
    """
    won: set[int] = set()
    by_field: dict[str, list[int]] = defaultdict(list)
    for unit in units:
        if unit.claim is not None:
            by_field[unit.claim[2]].append(unit.claim[1])
    table = Clock._meta.db_table
    with connection.cursor() as cursor:
        for name, ids in by_field.items():
            also = (
                ", amber_warned_at = COALESCE(amber_warned_at, %s)" if name == "breached_at" else ""
            )
            marks = [now, now] if also else [now]
            placeholders = ", ".join(["%s"] * len(ids))
            cursor.execute(
                f"UPDATE {table} SET {name} = %s{also} "  # noqa: S608 - names are ours
                f"WHERE id IN ({placeholders}) AND {name} IS NULL RETURNING id",
                [*marks, *ids],
            )
            won.update(row[0] for row in cursor.fetchall())
    return won


def _insert_events(units: list[Unit], *, now: datetime) -> list[Unit]:
    """Insert each unit's CheckEvent; the units whose event is new (the unique key decides)."""
    if not units:
        return []
    already = set(
        CheckEvent.objects.filter(
            escalation_id__in={u.escalation_id for u in units}, kind__in={u.kind for u in units}
        ).values_list("escalation_id", "clock", "kind", "key")
    )
    fresh = [u for u in units if (u.escalation_id, u.clock, u.kind, u.key) not in already]
    rows = [_event(u, now) for u in fresh]
    try:
        with transaction.atomic():
            CheckEvent.objects.bulk_create(rows)
        return fresh
    except IntegrityError:
        pass  # another worker recorded one of them since the read: one by one
    created = []
    for unit in fresh:
        try:
            with transaction.atomic():
                _event(unit, now).save(force_insert=True)
            created.append(unit)
        except IntegrityError:
            continue
    return created


def _event(unit: Unit, now: datetime) -> CheckEvent:
    return CheckEvent(
        escalation_id=unit.escalation_id,
        kind=unit.kind,
        clock=unit.clock,
        key=unit.key,
        at=now,
        detail=unit.detail[:300],
    )


def finish_pass(now: datetime) -> None:
    """Send what a dead worker left unsent (the outbox keeps it until it has gone).

    After commit: called inside a caller's transaction, it must not mail uncommitted rows.
    """
    transaction.on_commit(lambda: notifications.send_outbox(now))
