"""What waits for one person: assignments to accept, approvals to decide, customers who wrote."""

from __future__ import annotations

from datetime import datetime

from django.contrib.auth.models import User
from django.db.models import (
    Case,
    Exists,
    F,
    Func,
    IntegerField,
    OuterRef,
    Q,
    QuerySet,
    Subquery,
    Value,
    When,
)

from escalations.choices import OPEN_STATUSES, Direction
from escalations.models import Escalation, Interaction, Notification

from .models import Approval, Assignment


def assignments_to_answer(user) -> QuerySet[Assignment]:
    return (
        Assignment.objects.current()
        .filter(person=user, status=Assignment.Status.PENDING, escalation__status__in=OPEN_STATUSES)
        .select_related("escalation__customer", "role", "assigned_by")
        .order_by("assigned_at", "id")
    )


def approvals_to_decide(user) -> QuerySet[Approval]:
    return (
        Approval.objects.waiting_for(user)
        # Correlated, not `escalation__in=visible_to(...)`: SQLite would first list every
        # visible case id (100,000 of them in the bench) before looking at a single approval.
        .filter(Exists(Escalation.objects.visible_to(user).filter(pk=OuterRef("escalation_id"))))
        .select_related("escalation__customer", "proposed_by", "decider_role")
        .order_by("proposed_at", "id")
    )


def customer_wrote_last(user) -> QuerySet[Escalation]:
    """Open cases where `user` holds a role and the latest interaction is the customer's."""
    latest = Interaction.objects.filter(escalation=OuterRef("pk")).order_by("-occurred_at", "-id")
    return (
        Escalation.objects.filter(status__in=OPEN_STATUSES)
        .filter(Exists(Assignment.objects.holding().filter(escalation=OuterRef("pk"), person=user)))
        .annotate(
            last_direction=Subquery(latest.values("direction")[:1]),
            last_at=Subquery(latest.values("occurred_at")[:1]),
        )
        .filter(last_direction=Direction.INBOUND)
        .select_related("customer")
        .order_by("last_at", "id")
    )


def urgent_first(rows: QuerySet, now: datetime, *, via: str = "") -> QuerySet:
    """`rows` with the cases whose clocks are red or amber first, nearest due first.

    Red and amber together are the cases whose earliest amber instant has passed
    (`sla_amber_at <= now`, kept by matrix/clocks.py); the rest keep the list's own order.
    `via` leads from the row to its case ("escalation__" for assignments and approvals).
    """
    urgent = Q(**{f"{via}sla_amber_at__lte": now})
    return rows.annotate(
        clock_urgent=Case(When(urgent, then=Value(0)), default=Value(1)),
        urgent_due=Case(When(urgent, then=F(f"{via}sla_due_at")), default=None),
    ).order_by("clock_urgent", F("urgent_due").asc(nulls_last=True), *rows.query.order_by)


def counts(user) -> dict[str, int]:
    """The navigation bar's three counts, and the bell's unread count, in one query.

    `total` is what waits on My work; `unread` (the bell) is counted apart from it.
    """
    if not user.is_authenticated:
        return {"assignments": 0, "approvals": 0, "customers": 0, "total": 0, "unread": 0}
    row = (
        User.objects.filter(pk=user.pk)
        .annotate(
            n_assignments=_count(assignments_to_answer(user)),
            n_approvals=_count(approvals_to_decide(user)),
            n_customers=_count(customer_wrote_last(user)),
            # Through the partial index notification_unread: only unread rows are read.
            n_unread=_count(Notification.objects.unread().filter(recipient=user)),
        )
        .values("n_assignments", "n_approvals", "n_customers", "n_unread")
        .first()
    ) or {"n_assignments": 0, "n_approvals": 0, "n_customers": 0, "n_unread": 0}
    result = {
        "assignments": row["n_assignments"],
        "approvals": row["n_approvals"],
        "customers": row["n_customers"],
    }
    result["total"] = sum(result.values())
    result["unread"] = row["n_unread"]
    return result


class _Count(Func):
    # COUNT(*) in a scalar subquery: an aggregate Django does not GROUP BY.
    function = "COUNT"
    output_field = IntegerField()


def _count(queryset: QuerySet) -> Subquery:
    rows = queryset.order_by().select_related(None).annotate(n=_Count(F("pk"))).values("n")
    return Subquery(rows, output_field=IntegerField())
