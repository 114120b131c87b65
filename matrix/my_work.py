"""What waits for one person: assignments to accept, approvals to decide, customers who wrote."""

from __future__ import annotations

from datetime import datetime

from django.contrib.auth.models import User
from django.db import connection
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

from escalations.access import has_desk_role, sees_all_cases
from escalations.choices import OPEN_STATUSES
from escalations.models import Escalation, Notification

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
    """Open cases where `user` holds a role and the latest interaction is the customer's.

    The case stores when the customer wrote last (Escalation.customer_wrote_last_at, kept from
    its interactions), so this is a range of the index esc_customer_waiting and one probe of
    the person's assignment per case, not a look at every open case's latest interaction.
    """
    return (
        Escalation.objects.filter(status__in=OPEN_STATUSES, customer_wrote_last_at__isnull=False)
        .filter(Exists(Assignment.objects.holding().filter(escalation=OuterRef("pk"), person=user)))
        .annotate(last_at=F("customer_wrote_last_at"))
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
    sql, params = _counts_statement(user)
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        row = cursor.fetchone() or (0, 0, 0, 0)
    result = dict(zip(("assignments", "approvals", "customers"), row[:3], strict=True))
    result["total"] = sum(result.values())
    result["unread"] = row[3]
    return result


# The counts' statement, compiled once per person and process. Building and compiling these
# nested querysets (the approvals' rule and the Sev-1 rule in correlated subqueries) costs the
# ORM ~5-8 ms, as much as the database takes to run the statement, on every desk page; and its
# text is the same each time for the same person. Its text depends only on who asks (their id,
# and which branch of the Sev-1 rule applies to them: visible_to reads their groups); what it
# counts (roles, roster, proposals, interactions, notifications) is read when it runs.
_STATEMENTS: dict[tuple, tuple[str, tuple]] = {}
_STATEMENTS_KEPT = 1_000


def _counts_statement(user) -> tuple[str, tuple]:
    key = (connection.alias, connection.vendor, user.pk, sees_all_cases(user), has_desk_role(user))
    statement = _STATEMENTS.get(key)
    if statement is None:
        if len(_STATEMENTS) >= _STATEMENTS_KEPT:
            _STATEMENTS.clear()
        rows = User.objects.filter(pk=user.pk).annotate(
            n_assignments=_count(assignments_to_answer(user)),
            n_approvals=_count(approvals_to_decide(user)),
            n_customers=_count(customer_wrote_last(user)),
            # Through the partial index notification_unread: only unread rows are read.
            n_unread=_count(Notification.objects.unread().filter(recipient=user)),
        )
        columns = ("n_assignments", "n_approvals", "n_customers", "n_unread")
        sql, params = rows.values_list(*columns).query.sql_with_params()
        statement = _STATEMENTS[key] = (sql, tuple(params))
    return statement


class _Count(Func):
    # COUNT(*) in a scalar subquery: an aggregate Django does not GROUP BY.
    function = "COUNT"
    output_field = IntegerField()


def _count(queryset: QuerySet) -> Subquery:
    rows = queryset.order_by().select_related(None).annotate(n=_Count(F("pk"))).values("n")
    return Subquery(rows, output_field=IntegerField())
