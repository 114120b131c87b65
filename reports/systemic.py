"""Systemic problems: a root cause with at least five escalations in a quarter (DESIGN.md "Reports").

Which date counts: the close-out's `closed_at`, in the desk's time zone. The root cause is only
known once a case is closed, and each case has one close-out, so a case counts once, in the
quarter it was closed, however long it ran. A case reopened and closed again keeps its one
close-out (updated at the second close), so it moves to the later quarter.

ARR at risk is the ARR of the distinct accounts among those cases: three cases of one
$300k account put $300k at risk, not $900k.

Every case counts for everyone who reads reports; a Sev-1 case's title (and its link) appear
only to those who may see it (Escalation.objects.visible_to, the desk's one visibility rule).

Queries, whatever the data size: the problems with their counts and ARR (1), their cases, at
most CASES_SHOWN per problem (1); `panel` adds the action items (1) and the users they name
come with them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal

from django.db import connection
from django.db.models import (
    DecimalField,
    Exists,
    F,
    OuterRef,
    Q,
    QuerySet,
    Subquery,
    Sum,
    Value,
)
from django.db.models.expressions import RawSQL
from django.db.models.functions import Coalesce
from django.urls import reverse

from escalations.access import is_manager
from escalations.models import CloseOut, Customer, Escalation, RootCause

from .figures.sql import cases_by_id
from .models import ActionItem
from .periods import Period, desk_zone

THRESHOLD = 5  # DESIGN.md: "a root cause with >= 5 escalations in a quarter"
CASES_SHOWN = 25  # per problem, most ARR first: the page stays a page at 100,000 cases
ZERO = Decimal("0")
# Within a problem, its cases at the biggest accounts first, then the latest closed.
MOST_ARR = [F("escalation__customer__arr").desc(), F("closed_at").desc(), F("id").desc()]


@dataclass(frozen=True)
class CaseLine:
    """One case of a systemic problem as this reader may see it."""

    reference: str
    title: str  # "" when the reader may not see the case (a Sev-1 they are not on)
    url: str  # "" likewise: the case page would be a 404 for them
    customer: str
    arr: Decimal
    severity: int | None
    closed_at: datetime

    @property
    def hidden(self) -> bool:
        return not self.url


@dataclass
class Problem:
    root_cause: RootCause
    cases: int
    accounts: int
    arr_at_risk: Decimal
    lines: list[CaseLine] = field(default_factory=list)
    action_items: list[ActionItem] = field(default_factory=list)

    @property
    def more(self) -> int:
        """Cases counted but not listed (beyond CASES_SHOWN)."""
        return self.cases - len(self.lines)


def closed_in(start, end, prefix: str = "") -> Q:
    """Close-outs recorded in [start, end); `prefix` reaches CloseOut from another model."""
    return Q(**{f"{prefix}closed_at__gte": start, f"{prefix}closed_at__lt": end})


def arr_at_risk(root_cause, start, end) -> Subquery:
    """SQL for the ARR of the distinct accounts with a case of `root_cause` closed in [start, end).

    Each argument is a value or an expression of the outer query (OuterRef("root_cause") etc.),
    so the same subquery ranks the problems of one quarter and the action items of many.
    Summed over Customer rows, each account once, so several cases of one account count once.
    """
    accounts = CloseOut.objects.filter(
        root_cause=_outer(root_cause),
        closed_at__gte=_outer(start),
        closed_at__lt=_outer(end),
    ).values("escalation__customer")
    total = (
        # IN, not a correlated EXISTS per account: the set is the problem's close-outs, read
        # through the (root_cause, closed_at) index, and each account is then found by its key.
        Customer.objects.filter(pk__in=accounts)
        .order_by()  # Customer's default ordering by name would be grouped on
        # A constant to "group by": no GROUP BY at all, so one row, the sum over all accounts.
        .annotate(_all=Value(1))
        .values("_all")
        .annotate(total=Sum("arr"))
        .values("total")
    )
    return Coalesce(
        Subquery(total, output_field=DecimalField(max_digits=14, decimal_places=2)),
        Value(ZERO),
        output_field=DecimalField(max_digits=14, decimal_places=2),
    )


def _outer(value):
    # Inside `accounts`, the caller's query is two levels up: Customer, then the caller's.
    if isinstance(value, OuterRef):
        return OuterRef(value)
    return value


# The quarter's close-outs grouped twice: by root cause and account (each account once), then
# by root cause. Raw SQL because the ORM cannot aggregate over a grouped subquery; the tables
# are our own constants, the values parameters.
PROBLEMS_SQL = """
SELECT r.*, p.cases, p.accounts, p.arr_at_risk
FROM {rootcause} r
JOIN (
    SELECT pair.root_cause_id, SUM(pair.n) AS cases, COUNT(*) AS accounts,
           SUM(c.arr) AS arr_at_risk
    FROM (
        SELECT co.root_cause_id, e.customer_id, COUNT(*) AS n
        FROM {closeout} co
        JOIN {escalation} e ON e.id = co.escalation_id
        WHERE co.closed_at >= %s AND co.closed_at < %s
        GROUP BY co.root_cause_id, e.customer_id
    ) pair
    JOIN {customer} c ON c.id = pair.customer_id
    GROUP BY pair.root_cause_id
    HAVING SUM(pair.n) >= %s
) p ON p.root_cause_id = r.id
ORDER BY p.arr_at_risk DESC, p.cases DESC, r."order", r.name
"""
CENTS = Decimal("0.01")


def problem_counts(period: Period) -> list[RootCause]:
    """The quarter's systemic problems: root causes with >= THRESHOLD close-outs, most ARR at risk
    first, each with `cases`, `accounts` and `arr_at_risk` (one query).

    One pass over the quarter's close-outs (the closed_at index, each case's account by its
    key). The first version, a scalar subquery per root cause for each figure, read every
    case's row twice: 130 ms at 100,000 cases (4,400 close-outs in the quarter) against 27 ms.
    """
    tables = {
        "rootcause": RootCause._meta.db_table,
        "closeout": CloseOut._meta.db_table,
        "escalation": Escalation._meta.db_table,
        "customer": Customer._meta.db_table,
    }
    adapt = connection.ops.adapt_datetimefield_value
    found = list(
        RootCause.objects.raw(
            PROBLEMS_SQL.format(**tables),
            [adapt(period.start), adapt(period.end), THRESHOLD],
        )
    )
    for cause in found:
        # SQLite sums a decimal column as a float: back to dollars and cents.
        cause.arr_at_risk = Decimal(str(cause.arr_at_risk)).quantize(CENTS)
    return found


def is_systemic(period: Period, root_cause: RootCause) -> bool:
    return any(cause.pk == root_cause.pk for cause in problem_counts(period))


def from_root_causes(rows: list[dict]) -> list[RootCause]:
    """problem_counts read from the period's root-cause rows the report has computed already
    (figures.closeouts.root_causes: the same close-outs, grouped the same way, with each
    cause's count, accounts and ARR), so the quarterly page does not count them twice. No
    query: each cause is built from its row (slug, name, function) without its id, which
    `problems` takes from the cause's case rows.

    The rows come in the root causes' order (then name), so a stable sort on ARR and cases
    gives PROBLEMS_SQL's order.
    """
    found = []
    for row in rows:
        if row["count"] >= THRESHOLD:
            cause = RootCause(slug=row["key"], name=row["label"], function=row["function"])
            cause.cases, cause.accounts = row["count"], row["accounts"]
            cause.arr_at_risk = Decimal(row["arr_at_risk"])
            found.append(cause)
    found.sort(key=lambda cause: (-cause.arr_at_risk, -cause.cases))
    return found


def problems(period: Period, user, *, counts: list[dict] | None = None) -> list[Problem]:
    """The quarter's systemic problems with their first CASES_SHOWN cases each (two queries).

    `counts`: the period's root-cause rows of its figures (figures.compute), when the caller
    has them (the quarterly page): the problems are read from them (from_root_causes) and
    only their cases are queried (one query)."""
    causes = problem_counts(period) if counts is None else from_root_causes(counts)
    found = {
        cause.slug: Problem(cause, cause.cases, cause.accounts, cause.arr_at_risk)
        for cause in causes
    }
    if not found:
        return []
    rows = _case_rows(period, list(found), user)
    # One reverse() for all the lines: resolving the URL per case was ~4 ms for 225 lines.
    case_url = reverse("escalations:detail", args=[987654321]).replace("987654321", "{}")
    for row in rows:
        pk = row["escalation_id"]
        problem = found[row["root_cause__slug"]]
        problem.root_cause.pk = row["root_cause_id"]  # the id a cause built from its row lacks
        problem.lines.append(
            CaseLine(
                reference=Escalation.reference_for(pk),
                title=row["escalation__title"] if row["shown"] else "",
                url=case_url.format(pk) if row["shown"] else "",
                customer=row["escalation__customer__name"],
                arr=row["escalation__customer__arr"],
                severity=row["escalation__severity"],
                closed_at=row["closed_at"],
            )
        )
    return list(found.values())


# The CASES_SHOWN close-outs with the most ARR per root cause, ranked by MOST_ARR's order.
# Raw SQL so that each close-out's account is read through esc_by_id (sql.cases_by_id):
# the ORM's ranking read each case's wide row, ~20 ms a quarter against ~12 ms. Tables are
# our own constants, the values parameters.
RANKED_SQL = """
SELECT id FROM (
    SELECT co.id, ROW_NUMBER() OVER (
        PARTITION BY co.root_cause_id ORDER BY c.arr DESC, co.closed_at DESC, co.id DESC
    ) AS n
    FROM {closeout} co
    JOIN {escalation} ON e.id = co.escalation_id
    JOIN {customer} c ON c.id = e.customer_id
    WHERE co.closed_at >= %s AND co.closed_at < %s
      AND co.root_cause_id IN (SELECT id FROM {rootcause} WHERE slug IN ({slugs}))
) AS ranked
WHERE n <= %s
"""


def _case_rows(period: Period, causes: list[str], user) -> QuerySet:
    """The CASES_SHOWN close-outs with the most ARR per root cause (named by slug), and
    whether `user` may see each.

    Ranked first (ids only), then the ranked rows read with their visibility: the visibility
    subquery runs for the 25 rows per problem shown, not for every case of the quarter.
    """
    tables = {
        "closeout": CloseOut._meta.db_table,
        # Each close-out's account through esc_by_id, not the case's wide row.
        "escalation": cases_by_id("e"),
        "customer": Customer._meta.db_table,
        "rootcause": RootCause._meta.db_table,
        "slugs": ", ".join(["%s"] * len(causes)),
    }
    adapt = connection.ops.adapt_datetimefield_value
    ranked = RawSQL(  # noqa: S611 - our own table names; the values are parameters
        RANKED_SQL.format(**tables),
        [adapt(period.start), adapt(period.end), *causes, CASES_SHOWN],
    )
    visible = Escalation.objects.visible_to(user).filter(pk=OuterRef("escalation_id"))
    return (
        CloseOut.objects.filter(pk__in=ranked)
        .annotate(shown=Exists(visible))
        .order_by("root_cause_id", *MOST_ARR)
        .values(
            "root_cause_id",
            "root_cause__slug",
            "shown",
            "closed_at",
            "escalation_id",
            "escalation__title",
            "escalation__severity",
            "escalation__customer__name",
            "escalation__customer__arr",
        )
    )


def ranked_open_items(up_to: Period | None = None) -> QuerySet[ActionItem]:
    """Action items still open (raised for `up_to` or before), most ARR at risk first.

    An item's ARR at risk is its problem's, live: the distinct accounts' ARR among the cases of
    its root cause closed in its quarter (a case closed there later raises it).
    """
    items = _items().filter(status__in=ActionItem.OPEN_STATUSES)
    if up_to is not None:
        items = items.filter(quarter__lte=up_to.label)
    return items.order_by("-arr_at_risk", "due_date", "id")


def _items() -> QuerySet[ActionItem]:
    return ActionItem.objects.select_related("root_cause", "owner").annotate(
        arr_at_risk=arr_at_risk(OuterRef("root_cause"), OuterRef("starts_at"), OuterRef("ends_at"))
    )


def panel(period: Period, user, *, now: datetime, counts: list[dict] | None = None) -> dict:
    """What the quarterly report shows about systemic problems (templates/reports/_systemic.html).

    problems      this quarter's systemic problems, each with its cases and its action items
    open_items    every open action item raised for this quarter or before, most ARR first
    last_quarter  what was done with the previous quarter's action items (status and outcome)
    Four queries: problems, their cases, and the action items of all three lists in one.
    `counts`: the period's root-cause rows from its figures, when the page has them (problems).
    """
    found = problems(period, user, counts=counts)
    previous = period.previous().label
    by_cause = {problem.root_cause.pk: problem for problem in found}
    wanted = Q(status__in=ActionItem.OPEN_STATUSES, quarter__lte=period.label) | Q(
        quarter__in=[period.label, previous]
    )
    items = with_overdue(_items().filter(wanted).order_by("-arr_at_risk", "due_date", "id"), now)
    for item in items:
        if item.quarter == period.label and item.root_cause_id in by_cause:
            by_cause[item.root_cause_id].action_items.append(item)
    return {
        "period": period,
        "threshold": THRESHOLD,
        "problems": found,
        "open_items": [item for item in items if item.is_open and item.quarter <= period.label],
        "last_quarter": [item for item in items if item.quarter == previous],
        "previous": period.previous(),
        "may_raise": is_manager(user),
    }


def today(now: datetime) -> date:
    return now.astimezone(desk_zone()).date()


def with_overdue(items, now: datetime) -> list[ActionItem]:
    """The items as a list, each marked `.overdue` (open and due before today, desk time)."""
    day = today(now)
    items = list(items)
    for item in items:
        item.overdue = item.is_overdue(day)
    return items
