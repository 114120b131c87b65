"""The desk's pages `make bench` times, and the targets each is held to (issue 9 item 6).

Each function takes a `Bench` (bench/harness.py) and returns its figures; MEASUREMENTS names them.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

if __package__ in (None, ""):
    # Run as a script: make the project importable.
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import FLOOR_PATH
from bench.harness import Bench

TARGETS = {
    "floor": "baseline (× floor = 1)",
    "queue_page": "≤ 2× floor, ≤ 10 queries",
    "queue_attention": "≤ 2× floor, ≤ 10 queries",
    "queue_all": "≤ 2× floor, ≤ 10 queries",
    "queue_deep": "≤ 3× floor, ≤ 10 queries",
    "queue_search": "≤ 3× floor, ≤ 10 queries, ranked",
    "queue_search_reference": "≤ 3× floor, ≤ 10 queries, ESC-00042 found",
    "case_page": "queries = `case_page_no_roles`",
    "my_work": "constant queries (pinned in tests)",
}
QUEUE_FILTERED = "/?status=open&severity=2&category=technical"
QUEUE_ATTENTION = "/?view=attention"
QUEUE_ALL = "/?view=all"
QUEUE_DEEP = "/?view=all&page=1900"
# A word of ~16 % of the cases (the scratch data repeats 22 summaries and 50 titles), so the
# rank is computed and sorted for ~16,000 matches: a hard case, not a picked one.
QUEUE_SEARCH = "/?q=invoice"
QUEUE_REFERENCE = "/?q=ESC-00042"
# Every page measurement checks its ratio and its queries against these (issue 9 item 6).
RATIO_TARGETS = {
    "queue_page": 2,
    "queue_attention": 2,
    "queue_all": 2,
    "queue_deep": 3,
    "queue_search": 3,
    "queue_search_reference": 3,
}
MAX_QUERIES = 10


def floor(bench: Bench) -> dict:
    """The floor on its own (bench/urls.py); every page is also timed in turns with it."""
    entry = bench.time_get(FLOOR_PATH, expect="ESC-", paired=False)
    return {**entry, "x_floor": 1.0}


def queue_page(bench: Bench) -> dict:
    """The queue as a manager first opens it (its default view), roles shown."""
    entry = bench.time_get("/")
    return {**entry, **_queue_roles(bench)}


def queue_attention(bench: Bench) -> dict:
    """ "Needs attention": open cases by their nearest due clock."""
    return bench.time_get(QUEUE_ATTENTION)


def queue_all(bench: Bench) -> dict:
    """Every case, newest first, page 1 of ~1,900."""
    return bench.time_get(QUEUE_ALL, expect=f"ESC-{bench.target_id:05d}")


def _queue_roles(bench: Bench) -> dict:
    """How many of page 1's rows show an owner from the matrix, and how many not accepted yet."""
    from django.db.models import Exists, OuterRef

    from escalations.queue import queue_queryset
    from escalations.views.queue import QUEUE_PAGE_SIZE
    from matrix.models import Assignment

    user = _bench_user(bench)
    rows = list(
        queue_queryset(user, {})
        .annotate(has_roles=Exists(Assignment.objects.current().filter(escalation=OuterRef("pk"))))
        .values_list("has_roles", "owner_pending")[:QUEUE_PAGE_SIZE]
    )
    if not any(has for has, _ in rows):
        raise AssertionError("the queue's first page shows no roles; rebuild (--rebuild)")
    return {
        "rows": len(rows),
        "rows_with_roles": sum(1 for has, _ in rows if has),
        "owners_not_accepted": sum(1 for _, pending in rows if pending),
    }


def _bench_user(bench: Bench):
    from django.contrib.auth.models import User

    return User.objects.get(pk=bench.client.session["_auth_user_id"])


def queue_filtered(bench: Bench) -> dict:
    """Open Sev-2 technical cases: three filters on an indexed sort."""
    return bench.time_get(QUEUE_FILTERED)


def queue_deep(bench: Bench) -> dict:
    """Page 1900 of every case (escalations/pagination.py: read from the nearer end, ids first)."""
    return bench.time_get(QUEUE_DEEP)


def queue_search(bench: Bench) -> dict:
    """Text search through the full-text index (escalations/search.py), best match first."""
    entry = bench.time_get(QUEUE_SEARCH)
    return {**entry, **_matches(bench, "invoice")}


def queue_search_reference(bench: Bench) -> dict:
    """A reference typed into the search box: the case itself, first."""
    return bench.time_get(QUEUE_REFERENCE, expect="ESC-00042")


def _matches(bench: Bench, text: str) -> dict:
    from escalations.queue import queue_queryset

    return {"matches": queue_queryset(_bench_user(bench), {"q": text}).count()}


def case_page(bench: Bench) -> dict:
    """The rich case with its three people, a hand-off, a proposal and an update.

    10 interactions, 5 steps, 3 artifacts, 30 timeline events; the query count of its twin
    with no roles (`case_page_no_roles`) is counted here too, so the two are compared even
    when only this measurement runs.
    """
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from matrix.models import Approval, Assignment, CustomerUpdate

    entry = bench.time_get(f"/escalations/{bench.target_id}/", expect="Timeline")
    bare = f"/escalations/{bench.bare_id}/"
    with CaptureQueriesContext(connection) as queries:
        if bench.client.get(bare).status_code != 200:
            raise AssertionError(f"GET {bare} did not answer 200")
    current = Assignment.objects.current().filter(escalation_id=bench.target_id)
    return {
        **entry,
        "queries_no_roles": len(queries),
        "roles": current.count(),
        "roles_accepted": current.filter(status=Assignment.Status.ACCEPTED).count(),
        "roles_pending": current.filter(status=Assignment.Status.PENDING).count(),
        "handoffs": Assignment.objects.filter(
            escalation_id=bench.target_id, ended_at__isnull=False
        ).count(),
        "approvals": Approval.objects.filter(escalation_id=bench.target_id).count(),
        "customer_updates": CustomerUpdate.objects.filter(escalation_id=bench.target_id).count(),
        "timeline_events": _events(bench.target_id),
    }


def case_page_no_roles(bench: Bench) -> dict:
    """The rich case's twin: the same interactions, steps, artifacts and 30 events, no roles."""
    from matrix.models import Assignment

    if Assignment.objects.filter(escalation_id=bench.bare_id).exists():
        raise AssertionError("the no-roles twin has roles; rebuild (--rebuild)")
    entry = bench.time_get(f"/escalations/{bench.bare_id}/", expect="Timeline")
    return {**entry, "timeline_events": _events(bench.bare_id)}


def _events(pk: int) -> int:
    from escalations.models import TimelineEvent

    return TimelineEvent.objects.filter(escalation_id=pk).count()


def my_work(bench: Bench) -> dict:
    """My work for the benchmark's manager, a Support manager on duty on the roster.

    Roles waiting for acceptance, proposals the duty managers decide, and cases where the
    customer wrote last; each list shows its first SHOWN (100), and so far the nav counts read.
    """
    from django.urls import reverse

    from matrix.my_work import (
        SHOWN,
        approvals_to_decide,
        assignments_to_answer,
        customer_wrote_last,
    )

    person = _bench_user(bench)
    # Counted whole here, outside the timing: what waits, beyond what the page reads.
    waiting = {
        "assignments": assignments_to_answer(person).count(),
        "approvals": approvals_to_decide(person).count(),
        "customers": customer_wrote_last(person).count(),
    }
    if not all(waiting.values()):
        raise AssertionError(f"My work is missing a list ({waiting}); rebuild (--rebuild)")
    entry = bench.time_get(reverse("escalations:my_work"), expect="My work")
    return {
        **entry,
        "waiting_assignments": waiting["assignments"],
        "waiting_approvals": waiting["approvals"],
        "waiting_customers": waiting["customers"],
        "listed_each": SHOWN,
    }


MEASUREMENTS: dict[str, Callable[[Bench], dict]] = {
    "floor": floor,
    "queue_page": queue_page,
    "queue_attention": queue_attention,
    "queue_all": queue_all,
    "queue_filtered": queue_filtered,
    "queue_deep": queue_deep,
    "queue_search": queue_search,
    "queue_search_reference": queue_search_reference,
    "case_page": case_page,
    "case_page_no_roles": case_page_no_roles,
    "my_work": my_work,
}
