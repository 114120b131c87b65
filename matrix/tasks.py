"""The SLA and stalled sweeps: plain functions taking `now` (django-q2 schedules and
`manage.py sla_sweep` / `stalled_sweep` call the same ones).

sla_sweep(now):
1. Select the due clocks through three partial indexes (matrix.models.Clock.Meta.indexes):
   amber (75 % used, not yet warned), breached (due passed, not yet recorded), auto-escalation
   (unacknowledged past the cell's delay). Only the needed columns — never the open cases.
2. Load everyone to tell, for all of them at once: role holders, duty managers, who may see
   Sev-1 cases. The number of SELECTs does not depend on how many cases are open or due.
3. In chunks of settings.SWEEP_CHUNK units, one transaction each, claim every unit with a conditional UPDATE
   and go on only when exactly one row changed (another worker may have it), then insert its
   CheckEvent — the unique (case, clock, kind, key) is the exactly-once guarantee — its
   timeline line and its notifications.
4. After each chunk commits, its e-mails go (escalations/notifications.py's outbox); a worker
   killed mid-pass leaves the committed chunks done and the rest unclaimed, and the next pass
   (which also sends what a dead worker left in the outbox) does exactly the rest.

stalled_sweep(now) records, once per occurrence, the stalls DESIGN.md lists and keeps each
case's `stalled_at` / `stalled_reason` in step with what holds now.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from django.conf import settings
from django.contrib.auth.models import User
from django.db import IntegrityError, connection, transaction
from django.db.models import Count, Exists, OuterRef, Q
from django.urls import reverse
from django.utils import timezone

from escalations import notifications
from escalations.access import DESK_ADMIN, EXECUTIVE
from escalations.choices import OPEN_STATUSES, Severity, Status
from escalations.models import Escalation, Interaction, TimelineEvent
from escalations.refusals import Conflict, Refused

from .models import (
    Assignment,
    CheckEvent,
    Clock,
    ClockKind,
    MatrixCell,
    Role,
    RoleKind,
    RosterEntry,
)
from .sla import duration

# The roster role told about every breach and stall (DESIGN.md: "notify the owner and the
# manager"). By name, as shipped in matrix/migrations/0002_defaults.py.
DUTY_MANAGER_ROLE = "Support manager on duty"
# Who answers for each clock: the owner for acknowledge and resolve, the comms lead for updates.
ANSWERS_FOR = {
    ClockKind.ACKNOWLEDGE: RoleKind.OWNER,
    ClockKind.RESOLVE: RoleKind.OWNER,
    ClockKind.UPDATE: RoleKind.COMMS,
    ClockKind.FULL_UPDATE: RoleKind.COMMS,
}
REPEAT_WINDOW = timedelta(hours=72)
MANY_INTERACTIONS = 5


@dataclass
class Tally:
    recorded: int = 0
    notified: int = 0
    escalated: int = 0

    def as_dict(self) -> dict[str, int]:
        return {"recorded": self.recorded, "notified": self.notified, "escalated": self.escalated}


@dataclass
class _Unit:
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
        "escalation__created_by_id",
    )
    running = Clock.objects.filter(due_at__isnull=False)
    amber = running.filter(amber_warned_at__isnull=True, amber_at__lte=now, due_at__gt=now)
    breached = running.filter(breached_at__isnull=True, due_at__lte=now)
    escalate = Clock.objects.filter(
        escalate_at__isnull=False, escalated_at__isnull=True, escalate_at__lte=now
    )
    due = {
        CheckEvent.Kind.AMBER: list(amber.order_by("pk").values(*columns)),
        CheckEvent.Kind.BREACH: list(breached.order_by("pk").values(*columns)),
        CheckEvent.Kind.AUTO_ESCALATED: list(escalate.order_by("pk").values(*columns)),
    }
    rows = [row for found in due.values() for row in found]
    if not rows:
        _finish(now)
        return tally.as_dict()
    case_ids = {row["escalation_id"] for row in rows}
    holders = _holders(case_ids)
    duty = _duty_managers()
    units = []
    for kind, found in due.items():
        for row in found:
            units.append(_clock_unit(kind, row, holders=holders, duty=duty, now=now))
    _tell_only_who_may_see(units, rows)
    chunk = settings.SWEEP_CHUNK
    for start in range(0, len(units), chunk):
        _record(units[start : start + chunk], now=now, tally=tally)
    escalations = [u for u in units if u.kind == CheckEvent.Kind.AUTO_ESCALATED and u.claimed]
    for unit in escalations:
        tally.escalated += _auto_escalate(unit, now=now)
    _finish(now)
    return tally.as_dict()


def stalled_sweep(now: datetime | None = None) -> dict[str, int]:
    now = now or timezone.now()
    tally = Tally()
    units: list[_Unit] = []
    stalled: dict[int, list[str]] = defaultdict(list)
    duty = _duty_managers()

    # 1. No activity within the update cadence (waiting on the customer is not a stall).
    cadences = [
        (cell.severity, cell.category, now - timedelta(minutes=cell.update_minutes))
        for cell in MatrixCell.objects.filter(update_minutes__isnull=False)
    ]
    if cadences:
        quiet = Q()
        for severity, category, cutoff in cadences:
            quiet |= Q(severity=severity, category=category, updated_at__lt=cutoff)
        for case in (
            Escalation.objects.filter(status__in=OPEN_STATUSES)
            .exclude(status=Status.WAITING_ON_CUSTOMER)
            .filter(quiet)
            .values("pk", "severity", "updated_at")
        ):
            silence = duration((now - case["updated_at"]).total_seconds())
            units.append(
                _Unit(
                    case["pk"],
                    CheckEvent.Kind.NO_ACTIVITY,
                    "",
                    case["updated_at"].isoformat(),
                    "No activity within the update cadence",
                    f"Nothing has happened on the case for {silence}.",
                    case["severity"],
                )
            )
            stalled[case["pk"]].append(f"no activity for {silence}")

    # 2. Assignments not accepted within their window (assignment_pending_due index).
    for item in (
        Assignment.objects.current()
        .filter(status=Assignment.Status.PENDING, respond_by__lte=now)
        .values("pk", "kind", "person_id", "escalation_id", "escalation__severity")
    ):
        label = RoleKind(item["kind"]).label.lower()
        unit = _Unit(
            item["escalation_id"],
            CheckEvent.Kind.UNACCEPTED,
            "",
            str(item["pk"]),
            f"The {label} role has not been accepted",
            f"The {label} assignment is past its answer-by time.",
            item["escalation__severity"],
        )
        unit.people.add(item["person_id"])
        units.append(unit)
        stalled[item["escalation_id"]].append(f"{label} not accepted")

    # 3. Five or more interactions without resolution (key: the reopen count, so a reopened
    # case that loops again is told again).
    for case in (
        Escalation.objects.filter(status__in=OPEN_STATUSES)
        .annotate(n=Count("interactions"))
        .filter(n__gte=MANY_INTERACTIONS)
        .values("pk", "severity", "n", "reopened_count")
    ):
        units.append(
            _Unit(
                case["pk"],
                CheckEvent.Kind.MANY_INTERACTIONS,
                "",
                str(case["reopened_count"]),
                f"{case['n']} interactions and still not resolved",
                f"{case['n']} interactions with the customer without a resolution.",
                case["severity"],
            )
        )
        stalled[case["pk"]].append(f"{case['n']} interactions without resolution")

    # 4. The customer came back within 72 h of the resolution.
    comeback = Interaction.objects.filter(
        escalation=OuterRef("pk"),
        direction="inbound",
        occurred_at__gt=OuterRef("resolved_at"),
        occurred_at__lte=OuterRef("resolved_at") + REPEAT_WINDOW,
    )
    for case in (
        Escalation.objects.filter(
            status__in=(Status.RESOLVED, Status.CLOSED), resolved_at__gte=now - 2 * REPEAT_WINDOW
        )
        .filter(Exists(comeback))
        .values("pk", "severity", "resolved_at")
    ):
        units.append(
            _Unit(
                case["pk"],
                CheckEvent.Kind.REPEAT_CONTACT,
                "",
                case["resolved_at"].isoformat(),
                "The customer wrote again after the resolution",
                "Repeat contact within 72 h of the resolution.",
                case["severity"],
            )
        )
        stalled[case["pk"]].append("customer wrote again within 72 h of the resolution")

    # 5. The CSM's post-closure follow-up is due.
    for case in Escalation.objects.filter(
        follow_up_due_at__isnull=False, follow_up_due_at__lte=now
    ).values("pk", "severity", "closed_at"):
        units.append(
            _Unit(
                case["pk"],
                CheckEvent.Kind.FOLLOW_UP,
                "",
                (case["closed_at"] or now).isoformat(),
                "The post-closure follow-up is due",
                "Check in with the customer: the case was closed a week ago.",
                case["severity"],
            )
        )

    case_ids = {u.escalation_id for u in units}
    holders = _holders(case_ids)
    facts = {
        row["pk"]: row
        for row in Escalation.objects.filter(pk__in=case_ids).values("pk", "title", "created_by_id")
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
        unit.subject = f"{_reference(unit.escalation_id)}: {unit.subject}"
        fresh.append(unit)
    _tell_only_who_may_see(
        fresh,
        [
            {"escalation_id": k, "escalation__created_by_id": v["created_by_id"]}
            for k, v in facts.items()
        ],
    )
    for unit in fresh:
        unit.title = facts.get(unit.escalation_id, {}).get("title", "")
    chunk = settings.SWEEP_CHUNK
    for start in range(0, len(fresh), chunk):
        _record(fresh[start : start + chunk], now=now, tally=tally)
    _mark_stalled(stalled, now=now)
    _finish(now)
    return tally.as_dict()


# --- Who to tell -----------------------------------------------------------------------------


def _holders(case_ids: Iterable[int]) -> dict[int, dict[str, int]]:
    holders: dict[int, dict[str, int]] = defaultdict(dict)
    for item in (
        Assignment.objects.holding()
        .filter(escalation_id__in=list(case_ids))
        .values_list("escalation_id", "kind", "person_id")
    ):
        holders[item[0]][item[1]] = item[2]
    return holders


def _duty_managers() -> set[int]:
    """The manager on duty: the first present holder of the role in roster order."""
    first = (
        RosterEntry.objects.filter(role__name=DUTY_MANAGER_ROLE, away=False, person__is_active=True)
        .order_by("order", "id")
        .values_list("person_id", flat=True)
        .first()
    )
    return {first} if first else set()


def _tell_only_who_may_see(units: list[_Unit], rows: Iterable[dict]) -> None:
    """A Sev-1 case is told only to those who may see it (DESIGN.md "Visibility")."""
    sev1 = [u for u in units if u.severity == Severity.SEV1]
    if not sev1:
        return
    creators = {row["escalation_id"]: row.get("escalation__created_by_id") for row in rows}
    everyone = {p for u in sev1 for p in u.people}
    sees_all = set(
        User.objects.filter(pk__in=everyone, groups__name__in=(EXECUTIVE, DESK_ADMIN)).values_list(
            "pk", flat=True
        )
    )
    assignees = _holders({u.escalation_id for u in sev1})
    for unit in sev1:
        allowed = sees_all | set(assignees.get(unit.escalation_id, {}).values())
        allowed.add(creators.get(unit.escalation_id))
        unit.people &= allowed


# --- The units -------------------------------------------------------------------------------


def _clock_unit(kind: str, row: dict, *, holders, duty: set[int], now: datetime) -> _Unit:
    clock = ClockKind(row["kind"])
    ref = _reference(row["escalation_id"])
    people = holders.get(row["escalation_id"], {})
    answerer = people.get(ANSWERS_FOR[clock])
    if kind == CheckEvent.Kind.AMBER:
        left = duration((row["due_at"] - now).total_seconds())
        subject = f"{ref}: {clock.label} clock amber, {left} left"
        detail = f"75 % of the {duration(row['target_minutes'] * 60)} window is used."
        field_name = "amber_warned_at"
    elif kind == CheckEvent.Kind.BREACH:
        subject = f"{ref}: {clock.label} clock breached"
        detail = f"It was due {timezone.localtime(row['due_at']):%a %d %b %H:%M}."
        field_name = "breached_at"
    else:
        subject = f"{ref}: not acknowledged, auto-escalated"
        detail = "Not acknowledged within the matrix cell's auto-escalation delay."
        field_name = "escalated_at"
    unit = _Unit(
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


def _record(units: list[_Unit], *, now: datetime, tally: Tally) -> None:
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


def _claim(units: list[_Unit], *, now: datetime) -> set[int]:
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


def _insert_events(units: list[_Unit], *, now: datetime) -> list[_Unit]:
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


def _event(unit: _Unit, now: datetime) -> CheckEvent:
    return CheckEvent(
        escalation_id=unit.escalation_id,
        kind=unit.kind,
        clock=unit.clock,
        key=unit.key,
        at=now,
        detail=unit.detail[:300],
    )


def _auto_escalate(unit: _Unit, *, now: datetime) -> int:
    """The cell says raise (the next level takes the owner role) or notify the next level."""
    from . import actions

    escalation = Escalation.objects.select_related("customer").get(pk=unit.escalation_id)
    cell = MatrixCell.objects.filter(
        severity=escalation.severity, category=escalation.category
    ).first()
    current = escalation.assignments.current().filter(kind=RoleKind.OWNER).first()
    role = current.role if current and current.role_id else (cell.owner_role if cell else None)
    up = Role.objects.filter(pk=role.escalates_to_id).first() if role else None
    if cell is None or up is None:
        return 0
    from .roster import holders

    people = holders(up, escalation.customer.region)
    if not people:
        return 0
    if cell.auto_escalation == MatrixCell.AutoEscalation.RAISE:
        try:
            actions.assign(
                escalation,
                RoleKind.OWNER,
                people[0],
                role=up,
                by=None,
                now=now,
                cell=cell,
                handoff=actions.Handoff(
                    note=(
                        f"Raised by the desk: not acknowledged within "
                        f"{duration(cell.auto_escalate_minutes * 60)}."
                    ),
                    temperature=Assignment.Temperature.WARM,
                    direction=Assignment.Direction.HIERARCHICAL,
                ),
            )
        except (Conflict, Refused):
            # Somebody reassigned or acknowledged at the same moment: their change stands.
            return 0
        told = [people[0].pk]
    else:
        told = [p.pk for p in people]
    created = notifications.notify_many(
        [
            notifications.Message(
                recipient_id=person,
                escalation_id=escalation.pk,
                key=f"escalated_to:{escalation.pk}:{unit.key}:{person}",
                subject=f"{escalation.reference}: not acknowledged — escalated to you ({up})",
                body=f"{escalation.title}\n\n{unit.detail}",
                url=escalation.get_absolute_url(),
                severity=escalation.severity,
            )
            for person in told
            if escalation.severity != Severity.SEV1 or person in _sev1_readers(escalation, told)
        ],
        now=now,
    )
    return 1 if created or cell.auto_escalation == MatrixCell.AutoEscalation.RAISE else 0


def _sev1_readers(escalation: Escalation, people: list[int]) -> set[int]:
    sees_all = User.objects.filter(pk__in=people, groups__name__in=(EXECUTIVE, DESK_ADMIN))
    holding = escalation.assignments.holding().values_list("person_id", flat=True)
    return set(sees_all.values_list("pk", flat=True)) | set(holding)


def _mark_stalled(stalled: dict[int, list[str]], *, now: datetime) -> None:
    """The queue's `stalled=1`: set on what is stalled now, cleared on what moved again."""
    by_reason: dict[str, list[int]] = defaultdict(list)
    for pk, reasons in stalled.items():
        by_reason["; ".join(dict.fromkeys(reasons))[:300]].append(pk)
    for reason, pks in by_reason.items():
        Escalation.objects.filter(pk__in=pks).exclude(stalled_reason=reason).update(
            stalled_at=now, stalled_reason=reason
        )
    Escalation.objects.filter(stalled_at__isnull=False).exclude(pk__in=list(stalled)).update(
        stalled_at=None, stalled_reason=""
    )


def _finish(now: datetime) -> None:
    """Send what a dead worker left unsent (the outbox keeps it until it has gone).

    After commit: called inside a caller's transaction, it must not mail uncommitted rows.
    """
    transaction.on_commit(lambda: notifications.send_outbox(now))


def _reference(pk: int) -> str:
    return f"ESC-{pk:05d}"
