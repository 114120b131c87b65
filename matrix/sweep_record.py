"""What a sweep found, recorded exactly once and told to the right people.

A sweep turns what is due into Units; record() claims them chunk by chunk (a conditional UPDATE
per mark), inserts their CheckEvents (the unique (case, clock, kind, key) is the exactly-once
guarantee), writes their timeline lines and their notifications (unique per (recipient, key)),
in one transaction per chunk, as multi-row INSERT … ON CONFLICT DO NOTHING RETURNING through
the connection's cursor (insert_rows): the database decides what is new. Their e-mails go
after that transaction commits; finish_pass() sends, after commit, whatever the outbox holds.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime

from django.conf import settings
from django.db import connection, transaction
from django.urls import reverse

from escalations import notifications
from escalations.bulk_insert import insert_rows
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
    # Unordered: one current holder per role (assignment_one_current_per_role), and the
    # model's ordering would join every case and sort (~5 ms at 1,000 cases).
    for item in (
        Assignment.objects.holding()
        .filter(escalation_id__in=list(case_ids))
        .order_by()
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


def tell_only_readers(units: list[Unit], *, cases: Iterable[tuple] | None = None) -> None:
    """Each unit is told only to those of its people who may see its case: a Sev-1 case to
    its readers alone (DESIGN.md "Visibility"), by the case layer's one rule. `cases`: the
    units' cases as (pk, severity, created_by_id) when the caller has read them."""
    everyone = {p for u in units for p in u.people}
    if not everyone:
        return
    readers = Escalation.objects.filter(pk__in={u.escalation_id for u in units}).readers(
        everyone, cases=cases
    )
    for unit in units:
        unit.people &= readers.get(unit.escalation_id, set())


# --- Recording -------------------------------------------------------------------------------


def record(units: list[Unit], *, now: datetime, tally: Tally) -> None:
    """In chunks of settings.SWEEP_CHUNK: a killed worker loses at most the chunk it was in."""
    chunk = settings.SWEEP_CHUNK
    for start in range(0, len(units), chunk):
        _record_chunk(units[start : start + chunk], now=now, tally=tally)


def _record_chunk(units: list[Unit], *, now: datetime, tally: Tally) -> None:
    """One chunk, one transaction: claim, record once, tell.

    The rows go in as multi-row INSERTs through the connection's cursor, not bulk_create:
    Django preparing ~3,000 model instances' values was most of a 1,000-breach pass (issue 9
    item 8). Each INSERT states what the unique constraints already guarantee —
    ON CONFLICT DO NOTHING RETURNING hands back only the rows this transaction created.
    """
    with transaction.atomic():
        won = _claim(units, now=now)
        claimed = [u for u in units if u.claim is None or u.claim[1] in won]
        events = _insert_events(claimed, now=now)
        _insert_timeline(events, now=now)
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
    # As the ORM would store it (SQLite: naive UTC text), so `filter(breached_at=now)` matches.
    mark = Clock._meta.get_field("breached_at").get_db_prep_save(now, connection)
    with connection.cursor() as cursor:
        for name, ids in by_field.items():
            also = (
                ", amber_warned_at = COALESCE(amber_warned_at, %s)" if name == "breached_at" else ""
            )
            marks = [mark, mark] if also else [mark]
            placeholders = ", ".join(["%s"] * len(ids))
            cursor.execute(
                f"UPDATE {table} SET {name} = %s{also} "  # noqa: S608 - names are ours
                f"WHERE id IN ({placeholders}) AND {name} IS NULL RETURNING id",
                [*marks, *ids],
            )
            won.update(row[0] for row in cursor.fetchall())
    return won


def _insert_events(units: list[Unit], *, now: datetime) -> list[Unit]:
    """Insert each unit's CheckEvent; the units whose event is new.

    The unique `check_event_once` decides, in the INSERT itself: a row recorded before, or by
    another worker since (PostgreSQL waits for that worker's transaction, SQLite's IMMEDIATE
    transactions queue behind it), is skipped and not returned.
    """
    if not units:
        return []
    at = CheckEvent._meta.get_field("at").get_db_prep_save(now, connection)
    rows = [(u.escalation_id, u.kind, u.clock, u.key, at, u.detail[:300]) for u in units]
    created = set(
        insert_rows(
            CheckEvent,
            ("escalation", "kind", "clock", "key", "at", "detail"),
            rows,
            unique=("escalation", "clock", "kind", "key"),
            returning=("escalation", "clock", "kind", "key"),
        )
    )
    return [u for u in units if (u.escalation_id, u.clock, u.kind, u.key) in created]


def _insert_timeline(units: list[Unit], *, now: datetime) -> None:
    """Each recorded unit's "SLA clock" line. Inserts only: the timeline's triggers refuse
    UPDATE and DELETE (escalations migrations 0003 and 0007), not this."""
    at = TimelineEvent._meta.get_field("at").get_db_prep_save(now, connection)
    changes = TimelineEvent._meta.get_field("changes").get_db_prep_save([], connection)
    rows = [
        (
            unit.escalation_id,
            at,
            None,
            TimelineEvent.Kind.SLA.value,
            unit.subject.split(": ", 1)[-1][:300],
            unit.detail,
            changes,
        )
        for unit in units
    ]
    insert_rows(
        TimelineEvent, ("escalation", "at", "actor", "kind", "summary", "body", "changes"), rows
    )


def finish_pass(now: datetime) -> None:
    """Send what a dead worker left unsent (the outbox keeps it until it has gone).

    After commit: called inside a caller's transaction, it must not mail uncommitted rows.
    """
    transaction.on_commit(lambda: notifications.send_outbox(now))
