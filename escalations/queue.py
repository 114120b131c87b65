"""The queue: which cases a user sees, filtered and sorted by indexed columns."""

from __future__ import annotations

from datetime import datetime

from django.db.models import (
    Case,
    Exists,
    F,
    IntegerField,
    OuterRef,
    Prefetch,
    Q,
    QuerySet,
    Value,
    When,
    prefetch_related_objects,
)

from matrix.models import Assignment, Clock, RoleKind
from matrix.sla import Chip, chips

from .choices import CLOSED_STATUSES
from .forms import ATTENTION, SORTS
from .models import Escalation
from .search import search

# What matrix.sla.chip reads of a clock, and the case it belongs to (the prefetch's join).
CHIP_COLUMNS = (
    "id", "escalation_id", "kind", "target_minutes", "calendar_id", "due_at", "amber_at",
    "paused_at", "remaining_seconds", "stopped_at", "met", "history",
)  # fmt: skip


def queue_queryset(user, filters: dict, *, now: datetime | None = None) -> QuerySet[Escalation]:
    """Cases visible to `user`, narrowed by the queue's cleaned filters and sorted.

    `now` is needed by the clock filters (`sla=red|amber`) and the "Needs attention" order;
    `filters["view"]` is "attention" or "all" (the default here: today's list).
    """
    cases = (
        Escalation.objects.visible_to(user)
        .select_related("customer", "owner")
        # The owner's answer, in the same query: the row says when the owner has not accepted.
        .annotate(
            owner_pending=Exists(
                Assignment.objects.current().filter(
                    escalation=OuterRef("pk"),
                    kind=RoleKind.OWNER,
                    status=Assignment.Status.PENDING,
                )
            )
        )
    )
    status = filters.get("status")
    if status == "open":
        # "Not resolved or closed" reads fewer rows in SQLite's plan than "one of six open".
        cases = cases.exclude(status__in=CLOSED_STATUSES)
    elif status:
        cases = cases.filter(status=status)
    for name in ("severity", "lane", "category"):
        if filters.get(name):
            cases = cases.filter(**{name: filters[name]})
    if filters.get("customer"):
        cases = cases.filter(customer_id=filters["customer"])
    owner = filters.get("owner")
    if owner == "me":
        cases = cases.filter(owner=user)
    elif owner == "none":
        cases = cases.filter(owner__isnull=True)
    elif owner:  # a person's id, parsed by the filter form
        cases = cases.filter(owner_id=owner)
    cases = _clock_filters(cases, user, filters, now)
    if filters.get("q"):
        cases = search(cases, filters["q"])  # best match first
        if not filters.get("sort"):
            return cases
    if filters.get("view") == ATTENTION and not filters.get("sort"):
        return attention_order(cases, _needs(now))
    return cases.order_by(*SORTS.get(filters.get("sort", ""), SORTS["newest"]))


def _clock_filters(cases: QuerySet, user, filters: dict, now: datetime | None) -> QuerySet:
    """`sla`, `stalled` and `mine`, in either view; "Needs attention" keeps open cases only.

    Red is `sla_due_at <= now`, amber `sla_amber_at <= now < sla_due_at` (matrix/clocks.py
    keeps both as the nearest instants of the case's running clocks), paused `sla_paused_at`
    set, stalled `stalled_at` set (the stalled sweep).
    """
    sla = filters.get("sla")
    if sla == "red":
        cases = cases.filter(sla_due_at__lte=_needs(now))
    elif sla == "amber":
        cases = cases.filter(sla_amber_at__lte=_needs(now), sla_due_at__gt=now)
    elif sla == "paused":
        cases = cases.filter(sla_paused_at__isnull=False)
    if filters.get("stalled"):
        cases = cases.filter(stalled_at__isnull=False)
    if filters.get("mine"):
        holds = Assignment.objects.holding().filter(escalation=OuterRef("pk"), person=user)
        cases = cases.filter(Q(owner=user) | Exists(holds))
    if filters.get("view") == ATTENTION:
        cases = cases.exclude(status__in=CLOSED_STATUSES)
        if sla != "paused" and not filters.get("stalled"):
            # A running clock; through the partial index esc_attention (sla_due_at, id).
            cases = cases.filter(sla_due_at__isnull=False)
    return cases


def attention_order(cases: QuerySet, now: datetime) -> QuerySet:
    """Breached first (most overdue first), then amber by time left, then the rest by due.

    Red and amber together are exactly the cases with `sla_amber_at <= now` (a clock's amber
    instant comes before its due instant), and among them the nearest due instant first is
    breached-most-overdue then amber-least-left; green follow by their due instant, then what
    has no running clock (paused or stalled, when those filters ask), longest paused first.
    The rank is an annotation so that QueuePaginator sorts ids, not whole rows.
    """
    return cases.annotate(
        attention_rank=Case(
            When(sla_amber_at__lte=now, then=Value(0)),
            When(sla_due_at__isnull=False, then=Value(1)),
            default=Value(2),
            output_field=IntegerField(),
        )
    ).order_by(
        "attention_rank",
        F("sla_due_at").asc(nulls_last=True),
        F("sla_paused_at").asc(nulls_last=True),
        "id",
    )


def clock_chips(cases: list[Escalation], now: datetime) -> dict[int, list[Chip]]:
    """Each listed case's chips for its running and paused clocks: one query for them all."""
    running = Clock.objects.filter(stopped_at__isnull=True).only(*CHIP_COLUMNS).order_by()
    prefetch_related_objects(cases, Prefetch("clocks", queryset=running))
    return {case.pk: chips(list(case.clocks.all()), now) for case in cases}


def _needs(now: datetime | None) -> datetime:
    if now is None:
        raise TypeError("The clock filters and the Needs attention order need `now`.")
    return now
