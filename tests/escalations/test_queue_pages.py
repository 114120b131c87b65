"""Deep queue pages (issue 9 item 6): the same rows as plain pagination, without a long OFFSET.

QueuePaginator reads a page past the middle backwards and loads deep pages by their ids first;
whichever way it goes, every page must hold exactly the rows Django's own Paginator gives.
`deferred_from=0` forces the ids-first path on a small data set, the default keeps plain
slices (forwards or backwards).
"""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.core.paginator import Paginator
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from escalations.forms import SORTS
from escalations.models import Escalation
from escalations.pagination import QueuePaginator
from escalations.queue import queue_queryset
from tests.conftest import NOW, make_customer

URL = reverse("escalations:queue")
CASES = 23  # per page 5: four full pages and a last page of 3
PER_PAGE = 5


@pytest.fixture
def cases(manager, agent):
    customer = make_customer(name="Pager Inc")
    Escalation.objects.bulk_create(
        Escalation(
            customer=customer,
            title=f"Case {i}" + (" invoice" if i % 3 else ""),
            summary="Invoice disputed." if i % 4 == 0 else "Something broke.",
            entry_point="csm",
            category="relationship",
            product_area="Core",
            desired_outcome="Fix",
            recommended_next_step="Call",
            target_team="Customer Success",
            # Sev-1 cases raised by someone else are hidden from the manager.
            created_by=agent if i % 7 == 0 else manager,
            severity=(i % 4) + 1,
            status=("new", "diagnose", "resolved", "closed")[i % 4],
            # Every other pair shares its instant, so the id decides between them; some
            # scores are missing (NULL sorts at one end, and must stay there backwards).
            triage_score=None if i % 5 == 0 else i % 3,
            created_at=NOW - timedelta(hours=i // 2),
            updated_at=NOW - timedelta(hours=i % 6),
        )
        for i in range(CASES)
    )


def pks(page) -> list[int]:
    return [case.pk for case in page.object_list]


def assert_same_pages(queryset, *, orphans: int = 0, per_page: int = PER_PAGE) -> None:
    plain = Paginator(queryset, per_page, orphans=orphans)
    assert plain.num_pages > 2
    numbers = [*range(1, plain.num_pages + 1), 0, plain.num_pages + 1, "last", "x", None, "-1"]
    for deferred_from in (0, 1_000):
        ours = QueuePaginator(queryset, per_page, orphans=orphans, deferred_from=deferred_from)
        for number in numbers:
            expected = plain.get_page(number)
            page = ours.get_page(number)
            assert page.number == expected.number, (number, deferred_from)
            assert pks(page) == pks(expected), (number, deferred_from)


@pytest.mark.parametrize("sort", sorted(SORTS))
def test_every_sort_pages_like_plain_pagination(manager, cases, sort):
    assert_same_pages(queue_queryset(manager, {"sort": sort}))


@pytest.mark.parametrize("filters", [{}, {"status": "open"}, {"severity": 2}, {"q": "invoice"}])
def test_filtered_and_searched_queues_page_like_plain_pagination(manager, cases, filters):
    assert_same_pages(queue_queryset(manager, filters), per_page=2)


def test_orphans_on_the_last_page_are_kept(manager, cases):
    assert_same_pages(queue_queryset(manager, {}), orphans=3)


def test_an_order_that_is_not_total_reads_forwards(manager, cases):
    # By title alone (unique here) there is no id to break ties, so nothing is read backwards.
    queryset = queue_queryset(manager, {}).order_by("title")
    assert_same_pages(queryset)
    with CaptureQueriesContext(connection) as queries:
        QueuePaginator(queryset, PER_PAGE).page(4)  # past the middle: backwards if it could
    assert all(" DESC" not in query["sql"] for query in queries.captured_queries)


def test_a_deep_page_skips_ids_not_rows(manager, cases):
    queryset = queue_queryset(manager, {})
    with CaptureQueriesContext(connection) as queries:
        page = QueuePaginator(queryset, PER_PAGE, deferred_from=0).page(2)
    # COUNT, the page's ids (no joins), the page's rows by id.
    count, ids, rows = (query["sql"] for query in queries.captured_queries)
    assert "COUNT(" in count
    assert "JOIN" not in ids and "LIMIT 5" in ids
    assert "LIMIT 5" not in rows and " IN (" in rows
    assert pks(page) == pks(Paginator(queryset, PER_PAGE).page(2))


def test_the_queue_page_links_work_to_the_last_page(client, manager, cases):
    client.force_login(manager)
    visible = queue_queryset(manager, {}).count()
    last = (visible + 49) // 50
    assert last == 1  # the view pages by 50; more cases below
    more = make_customer()
    Escalation.objects.bulk_create(
        Escalation(
            customer=more,
            title=f"More {i}",
            summary="Filler.",
            entry_point="csm",
            category="relationship",
            product_area="Core",
            desired_outcome="Fix",
            recommended_next_step="Call",
            target_team="Customer Success",
            created_by=manager,
            created_at=NOW - timedelta(days=2, minutes=i),
            updated_at=NOW,
        )
        for i in range(130)
    )
    expected = list(queue_queryset(manager, {}).values_list("pk", flat=True))
    last = (len(expected) + 49) // 50
    seen = []
    for number in range(1, last + 1):
        response = client.get(URL, {"view": "all", "page": number})
        page = response.context["page"]
        seen += pks(page)
        if page.has_next():
            assert f"page={number + 1}" in response.content.decode()
    assert seen == expected
    # Past the end: the last page, as Django's get_page does.
    beyond = client.get(URL, {"view": "all", "page": 99})
    assert beyond.context["page"].number == last
    assert pks(beyond.context["page"]) == expected[(last - 1) * 50 :]
