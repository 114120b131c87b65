"""The queue: which cases a user sees, filtered and sorted by indexed columns."""

from __future__ import annotations

from datetime import datetime
from functools import cached_property

from django.core.paginator import Page, Paginator
from django.db.models import (
    Case,
    Count,
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

from matrix.models import Assignment, Clock, RoleKind
from matrix.sla import Chip, chips

from .choices import CLOSED_STATUSES
from .forms import ATTENTION, SORTS
from .models import Escalation
from .pagination import DEFERRED_FROM, QueuePaginator
from .search import search

# What matrix.sla.chip reads of a clock, and the case it belongs to (clock_chips groups by it);
# not its history, which only the case page lists (a JSON list to decode per clock).
CHIP_COLUMNS = (
    "id", "escalation_id", "kind", "target_minutes", "calendar_id", "due_at", "amber_at",
    "paused_at", "remaining_seconds", "stopped_at", "met",
)  # fmt: skip


# The columns of a queue row: the case's, its customer's and its owner's.
ROW_COLUMNS = (
    "id", "title", "severity", "triage_score", "lane", "status", "category", "created_at",
    "updated_at", "stalled_at", "stalled_reason", "customer__name", "customer__tier",
    "owner__username", "owner__first_name", "owner__last_name",
)  # fmt: skip


def queue_queryset(user, filters: dict, *, now: datetime | None = None) -> QuerySet[Escalation]:
    """Cases visible to `user`, narrowed by the queue's cleaned filters and sorted.

    `now` is needed by the clock filters (`sla=red|amber`) and the "Needs attention" order;
    `filters["view"]` is "attention" or "all" (the default here: today's list).
    """
    cases = (
        Escalation.objects.visible_to(user)
        .select_related("customer", "owner")
        # What the rows show (escalations/templatetags/desk.py queue_rows): the cases table
        # is wide (brief fields, summaries), and building 50 full rows with their customer
        # and owner cost ~1.5 ms more than these columns.
        .only(*ROW_COLUMNS)
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
    cases = _narrowed(cases, user, filters, now)
    if filters.get("q"):
        cases = search(cases, filters["q"])  # best match first
        if not filters.get("sort"):
            return cases
    if filters.get("view") == ATTENTION and not filters.get("sort"):
        return attention_order(cases, _needs(now))
    return cases.order_by(*SORTS.get(filters.get("sort", ""), SORTS["newest"]))


def queue_count(user, filters: dict, *, now: datetime | None = None) -> int:
    """How many cases queue_queryset(user, filters) lists, for filters without a search.

    Counted as every case the filters keep minus those hidden from `user` (the Sev-1 rule,
    Escalation.objects.hidden_from), in one query. Testing the rule on each case the filters
    keep cost ~10-15 ms for the 95,000 visible cases of the unfiltered queue at 100,000
    (every index entry read); the whole count is the size SQLite keeps for the table, and the
    hidden ones are the Sev-1 range of esc_queue_count (~5,000, each one assignment probe).
    """
    if filters.get("q"):
        raise ValueError("A search's count is the search's own (queue_queryset(...).count()).")
    cases = _narrowed(Escalation.objects.all(), user, filters, now)
    row = (
        Escalation.objects.order_by()
        .annotate(total=_count_all(cases), hidden=_count_all(cases.hidden_from(user)))
        .values_list("total", "hidden")
        .first()
    )
    if row is None:
        return 0  # no case at all
    total, hidden = row
    return total - (hidden or 0)  # hidden_from is empty (None here) for who sees every case


class _CountAll(Func):
    # COUNT(*) as a scalar subquery (an aggregate Django does not GROUP BY); with no WHERE,
    # SQLite answers COUNT(*) from the table's b-tree without reading its rows.
    template = "COUNT(*)"
    output_field = IntegerField()


def _count_all(cases: QuerySet) -> Subquery:
    rows = cases.order_by().annotate(n=_CountAll()).values("n")
    return Subquery(rows, output_field=IntegerField())


class CountedPaginator(QueuePaginator):
    """QueuePaginator whose count comes from `count_of()` (queue_count), asked for once."""

    def __init__(self, cases: QuerySet, per_page: int, *, count_of, **kwargs) -> None:
        super().__init__(cases, per_page, **kwargs)
        self.count_of = count_of

    @cached_property
    def count(self) -> int:
        return self.count_of()


def _narrowed(cases: QuerySet, user, filters: dict, now: datetime | None) -> QuerySet:
    """`cases` narrowed by the queue's cleaned filters (a search aside), in no order."""
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
    return _clock_filters(cases, user, filters, now)


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


def lists_only_running(filters: dict) -> bool:
    """Whether queue_queryset keeps only cases with a running clock for these filters."""
    if filters.get("sla") in ("red", "amber"):
        return True  # due or at risk: a running clock
    return (
        filters.get("view") == ATTENTION and not filters.get("sla") and not filters.get("stalled")
    )


def uses_attention_order(filters: dict) -> bool:
    """Whether queue_queryset sorted these filters' cases by attention_order."""
    return filters.get("view") == ATTENTION and not filters.get("sort") and not filters.get("q")


def _urgent(now: datetime) -> Q:
    # Red or amber. A clock's amber instant comes before its due instant, so this is
    # `sla_amber_at <= now` on every case matrix/clocks.py keeps; the second half only keeps
    # a row with a due instant and no amber one (none is written so) from being ranked green.
    return Q(sla_amber_at__lte=now) | Q(sla_due_at__lte=now)


def attention_order(cases: QuerySet, now: datetime) -> QuerySet:
    """Breached first (most overdue first), then amber by time left, then the rest by due.

    Red and amber together are exactly the cases with `sla_amber_at <= now`, and among them
    the nearest due instant first is breached-most-overdue then amber-least-left; green follow
    by their due instant, then what has no running clock (paused or stalled, when those filters
    ask), longest paused first. AttentionPaginator reads each of those three parts through
    the index esc_attention rather than sorting them all by the rank.
    """
    return cases.annotate(
        attention_rank=Case(
            When(_urgent(now), then=Value(0)),
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


class AttentionPaginator(Paginator):
    """Pages of attention_order that walk the index instead of sorting every open case.

    Ranked as one list, the database must compute the rank of every case with a running
    clock and sort them all before it can return 50 (at 100,000 cases ~9,000, 13 ms in
    SQLite). The order is three parts, each already in an index's order:
    1. red or amber: `sla_due_at` ascending (esc_attention from its start);
    2. the rest with a running clock: `sla_due_at` ascending from `now` on (esc_attention);
    3. no running clock (paused or stalled, when the filters let them in): paused longest first.
    One COUNT query sizes the three parts (and is the page count). A page inside one part reads
    that part in its order, with a LIMIT the database stops at (ids first when deep, as
    QueuePaginator does); the one page that straddles two parts reads the ranked list instead.
    Same rows, same order as the ranked list (tested).
    """

    def __init__(
        self,
        cases: QuerySet,
        per_page: int,
        *,
        now: datetime,
        deferred_from: int = DEFERRED_FROM,
        running_only: bool = False,
        **kwargs,
    ) -> None:
        super().__init__(cases, per_page, **kwargs)
        self.deferred_from = deferred_from
        # The caller's word that `cases` holds only running clocks (lists_only_running).
        self.running_only = running_only
        self.running = running = Q(sla_due_at__isnull=False)
        self.urgent = running & _urgent(now)
        self.parts = [
            (self.urgent, ("sla_due_at", "id")),
            (running & Q(sla_due_at__gt=now) & ~_urgent(now), ("sla_due_at", "id")),
            (Q(sla_due_at__isnull=True), (F("sla_paused_at").asc(nulls_last=True), "id")),
        ]

    @cached_property
    def count(self) -> int:
        # The three sizes from two filtered counts and the whole: an urgent case has a running
        # clock, and a running one that is not urgent is due after `now`. Each FILTER is
        # evaluated on every row (~0.3 µs each at ~9,000 open cases), so no more of them than
        # that, and none when the filters already keep only running clocks.
        counted = {"urgent": Count("pk", filter=self.urgent)}
        if not self.running_only:
            counted["running"] = Count("pk", filter=self.running)
        counted["total"] = Count("*")
        sizes = self.object_list.order_by().aggregate(**counted)
        total = sizes["total"] or 0
        running_n = total if self.running_only else sizes["running"] or 0
        self.sizes = [sizes["urgent"] or 0, running_n - (sizes["urgent"] or 0), total - running_n]
        return total

    def page(self, number) -> Page:
        # As Paginator.page, with the slice taken by _rows.
        number = self.validate_number(number)
        bottom = (number - 1) * self.per_page
        top = bottom + self.per_page
        if top + self.orphans >= self.count:
            top = self.count
        return self._get_page(self._rows(bottom, top), number, self)

    def _rows(self, bottom: int, top: int) -> list:
        start = 0
        for (where, ordering), size in zip(self.parts, self.sizes, strict=True):
            if start <= bottom and top <= start + size:
                part = self.object_list.filter(where).order_by(*ordering)
                return self._slice(part, bottom - start, top - start)
            start += size
        return self._slice(self.object_list, bottom, top, ids_first=True) if top > bottom else []

    def _slice(self, cases: QuerySet, bottom: int, top: int, *, ids_first: bool = False) -> list:
        if bottom < self.deferred_from and not ids_first:
            return list(cases[bottom:top])
        return _by_ids(cases, bottom, top)


def _by_ids(cases: QuerySet, bottom: int, top: int) -> list:
    # Skip ids, not whole rows with their joins and subqueries (escalations/pagination.py).
    ids = list(cases.values_list("pk", flat=True)[bottom:top])
    by_id = {row.pk: row for row in cases.order_by().filter(pk__in=ids)}
    return [by_id[pk] for pk in ids if pk in by_id]


def clock_chips(cases: list[Escalation], now: datetime) -> dict[int, list[Chip]]:
    """Each listed case's chips for its running and paused clocks: one query for them all.

    A plain `escalation_id IN (...)` grouped here, not prefetch_related: the prefetch builds a
    related manager and a queryset per case (~1-2 ms for 50 rows) that nothing else reads.
    """
    by_case: dict[int, list[Clock]] = {case.pk: [] for case in cases}
    if by_case:
        running = Clock.objects.filter(escalation_id__in=by_case, stopped_at__isnull=True)
        for clock in running.only(*CHIP_COLUMNS).order_by():
            by_case[clock.escalation_id].append(clock)
    return {pk: chips(clocks, now, with_history=False) for pk, clocks in by_case.items()}


def _needs(now: datetime | None) -> datetime:
    if now is None:
        raise TypeError("The clock filters and the Needs attention order need `now`.")
    return now
