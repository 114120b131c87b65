"""What waits for one person: assignments to accept, approvals to decide, customers who wrote."""

from __future__ import annotations

from datetime import datetime

from django.db import connection
from django.db.models import (
    Case,
    Exists,
    F,
    OuterRef,
    Q,
    QuerySet,
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


# How many of each list My work shows, and how far the navigation's counts read: past it they
# say "100+". A badge needs no exact 564; reading only this many rows keeps every page's counts
# bounded by it rather than by how much waits for the person (at 100,000 cases a duty manager
# had 216 roles to accept, 564 proposals and 571 customers waiting: 15 ms on every page).
SHOWN = 100


def counts(user) -> dict[str, int]:
    """The navigation bar's three counts, and the bell's unread count, in one query.

    Each is exact up to SHOWN and SHOWN + 1 beyond it (`shown_count` writes it "100+");
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


def shown_count(n: int) -> str:
    """A count as the badges write it: exact up to SHOWN, "100+" past it."""
    return f"{SHOWN}+" if n > SHOWN else str(n)


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
        lists = (
            assignments_to_answer(user),
            approvals_to_decide(user),
            customer_wrote_last(user),
            # Through the partial index notification_unread: only unread rows are read.
            Notification.objects.unread().filter(recipient=user),
        )
        parts, params = [], []
        for n, rows in enumerate(lists):
            # COUNT over at most SHOWN + 1 rows: the LIMIT inside lets the database stop there.
            limited = rows.order_by().select_related(None).values("pk")[: SHOWN + 1]
            sql, part_params = limited.query.sql_with_params()
            # The text is the ORM's own compilation; values travel as parameters.
            parts.append(f"(SELECT COUNT(*) FROM ({sql}) AS list{n})")  # noqa: S608
            params.extend(part_params)
        statement = _STATEMENTS[key] = ("SELECT " + ", ".join(parts), tuple(params))
    return statement
