"""The stalls DESIGN.md lists, found at an instant, and the case's stalled mark kept in step."""

from __future__ import annotations

from collections import defaultdict
from datetime import datetime, timedelta

from django.db.models import Count, Exists, OuterRef, Q

from escalations.choices import OPEN_STATUSES, Status
from escalations.models import Escalation, Interaction

from .models import Assignment, CheckEvent, MatrixCell, RoleKind
from .sla import duration
from .sweep_record import Unit

REPEAT_WINDOW = timedelta(hours=72)
MANY_INTERACTIONS = 5


def find_stalls(now: datetime) -> tuple[list[Unit], dict[int, list[str]]]:
    """What is stalled at `now`: one unit per occurrence, and each case's reasons in words."""
    units: list[Unit] = []
    stalled: dict[int, list[str]] = defaultdict(list)

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
                Unit(
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
        unit = Unit(
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
            Unit(
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
            Unit(
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
            Unit(
                case["pk"],
                CheckEvent.Kind.FOLLOW_UP,
                "",
                (case["closed_at"] or now).isoformat(),
                "The post-closure follow-up is due",
                "Check in with the customer: the case was closed a week ago.",
                case["severity"],
            )
        )
    return units, stalled


def mark_stalled(stalled: dict[int, list[str]], *, now: datetime) -> None:
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
