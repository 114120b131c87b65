from __future__ import annotations

from datetime import timedelta

import pytest
from django.urls import reverse

from escalations.models import Escalation
from tests.conftest import NOW, make_customer, make_escalation

URL = reverse("escalations:queue")


def _bulk(n: int, *, by, customer, **fields) -> None:
    Escalation.objects.bulk_create(
        Escalation(
            customer=customer,
            title=f"Case {i}",
            summary="Something broke.",
            entry_point="csm",
            category="relationship",
            product_area="Core",
            desired_outcome="Fix",
            recommended_next_step="Call",
            target_team="Customer Success",
            created_by=by,
            owner=by if i % 2 else None,
            severity=(i % 4) + 1,
            triage_score=i % 100,
            created_at=NOW - timedelta(minutes=i),
            updated_at=NOW - timedelta(minutes=i),
            **fields,
        )
        for i in range(n)
    )


def titles(response) -> list[str]:
    return [case.title for case in response.context["page"].object_list]


def test_anonymous_user_is_sent_to_login(client):
    response = client.get(URL)
    assert response.status_code == 302
    assert response["Location"] == f"{reverse('login')}?next=/"


def test_empty_queue_says_so(client, manager):
    client.force_login(manager)
    response = client.get(URL, {"view": "all"})
    assert "The queue is empty" in response.content.decode()


def test_filters_that_match_nothing_offer_to_clear(client, manager):
    make_escalation(by=manager, severity=3)
    client.force_login(manager)
    response = client.get(URL, {"severity": "1"})
    assert "No escalation matches these filters." in response.content.decode()


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"status": "resolved"}, ["Resolved one"]),
        ({"status": "open"}, ["Sev-1 outage", "Mine", "Billing dispute"]),
        ({"severity": "1"}, ["Sev-1 outage"]),
        ({"lane": "guardrailed"}, ["Billing dispute"]),
        ({"category": "billing"}, ["Billing dispute"]),
        ({"owner": "me"}, ["Mine"]),
        ({"q": "dispute"}, ["Billing dispute"]),
        ({"q": "globex"}, ["Resolved one"]),
    ],
)
def test_filters_narrow_the_queue(client, manager, params, expected):
    globex = make_customer(name="Globex")
    make_escalation(
        by=manager,
        title="Resolved one",
        status="resolved",
        customer=globex,
        at=NOW - timedelta(hours=4),
    )
    make_escalation(
        by=manager,
        title="Billing dispute",
        category="billing",
        invoice_reference="I-1",
        amount_in_dispute=5,
        lane="guardrailed",
        at=NOW - timedelta(hours=3),
    )
    make_escalation(by=manager, title="Mine", owner=manager, at=NOW - timedelta(hours=2))
    make_escalation(by=manager, title="Sev-1 outage", severity=1, at=NOW - timedelta(hours=1))
    client.force_login(manager)
    assert titles(client.get(URL, params)) == expected


def test_search_by_reference_finds_the_case(client, manager):
    case = make_escalation(by=manager, title="Find me")
    make_escalation(by=manager, title="Not me")
    client.force_login(manager)
    assert titles(client.get(URL, {"q": case.reference})) == ["Find me"]


def test_customer_filter_shows_the_account_and_can_be_removed(client, manager):
    acme = make_customer(name="Acme Corp")
    make_escalation(by=manager, title="Acme case", customer=acme)
    make_escalation(by=manager, title="Other case")
    client.force_login(manager)
    response = client.get(URL, {"customer": acme.pk})
    assert titles(response) == ["Acme case"]
    assert "Customer: <strong>Acme Corp</strong>" in response.content.decode()


@pytest.mark.parametrize(
    ("sort", "first"),
    [
        ("newest", ["Case 0", "Case 1"]),
        ("oldest", ["Case 59", "Case 58"]),
        ("score", ["Case 59", "Case 58"]),
        # Sev-1 first (every fourth case), newest first within a severity.
        ("severity", ["Case 0", "Case 4"]),
    ],
)
def test_sorting(client, manager, sort, first):
    _bulk(60, by=manager, customer=make_customer())
    client.force_login(manager)
    assert titles(client.get(URL, {"sort": sort}))[:2] == first


def test_pagination_keeps_filters_in_links(client, manager):
    _bulk(120, by=manager, customer=make_customer())
    client.force_login(manager)
    response = client.get(URL, {"category": "relationship", "page": "2"})
    page = response.context["page"]
    assert page.number == 2 and len(page.object_list) == 50 and page.paginator.count == 120
    assert "?category=relationship&amp;page=3" in response.content.decode()


@pytest.mark.parametrize(
    "params",
    [
        {"severity": "abc"},
        {"severity": "9"},
        {"status": "<script>"},
        {"page": "-1"},
        {"page": "99999999999999999999"},
        {"customer": "x"},
        {"sort": "password"},
        {"q": "x" * 5000},
        {"q": "%_\\'\""},
        {"owner": "admin"},
    ],
)
def test_bad_parameters_are_ignored_not_errors(client, manager, params):
    make_escalation(by=manager, title="Still here")
    client.force_login(manager)
    response = client.get(URL, params)
    assert response.status_code == 200


def test_queue_query_count_does_not_grow_with_cases(client, manager, django_assert_max_num_queries):
    customer = make_customer()
    client.force_login(manager)
    _bulk(10, by=manager, customer=customer)
    # session, user, user's groups (visibility), COUNT, the page of cases with customer and
    # owner, the page's clocks (one prefetch for the chips), user permissions and group
    # permissions (the "New escalation" button), the nav bar's My work counts (one query).
    # All cases: these have no clock, and "Needs attention" is pinned in test_needs_attention.
    with django_assert_max_num_queries(9) as small:
        client.get(URL, {"view": "all"})
    _bulk(190, by=manager, customer=make_customer())
    with django_assert_max_num_queries(9) as large:
        client.get(URL, {"view": "all"})
    assert len(small.captured_queries) == len(large.captured_queries)


def test_owner_filter_takes_a_person_id_and_names_them(client, manager, agent):
    make_escalation(by=manager, title="Alice's case", owner=agent)
    make_escalation(by=manager, title="Someone else's")
    client.force_login(manager)
    response = client.get(URL, {"owner": agent.pk})
    assert titles(response) == ["Alice's case"]
    assert f'<option value="{agent.pk}" selected>Alice Agent</option>' in response.content.decode()


@pytest.mark.parametrize(
    "params",
    [
        {"owner": "²"},
        {"owner": "①"},
        {"owner": "١"},  # Arabic-Indic one: int() reads it, no link of ours writes it
        {"owner": "9223372036854775808"},
        {"customer": "9223372036854775808"},
        {"customer": "١"},
        {"customer": "0"},
    ],
)
def test_an_id_that_is_not_one_is_ignored(client, manager, params):
    make_escalation(by=manager, title="Still here", owner=manager)
    client.force_login(manager)
    response = client.get(URL, params)
    assert response.status_code == 200
    assert titles(response) == ["Still here"]
    assert not response.context["is_filtered"]


def test_the_largest_id_is_read_and_finds_nothing(client, manager):
    make_escalation(by=manager, title="Not theirs", owner=manager)
    client.force_login(manager)
    response = client.get(URL, {"owner": "9223372036854775807", "customer": "9223372036854775807"})
    assert response.status_code == 200
    assert titles(response) == [] and response.context["is_filtered"]


def test_reference_search_ignores_a_number_past_any_id(client, manager):
    make_escalation(by=manager, title="Find me")
    client.force_login(manager)
    assert client.get(URL, {"q": "ESC-99999999999999999999"}).status_code == 200


def test_a_search_over_the_limit_is_refused_with_a_message_not_ignored(client, manager):
    make_escalation(by=manager, title="Exports fail")
    client.force_login(manager)
    response = client.get(URL, {"q": "x" * 201})
    assert response.status_code == 200
    page = response.content.decode()
    assert (
        "Nothing was searched: Ensure this value has at most 200 characters (it has 201)." in page
    )
    assert "Exports fail" not in page  # not the whole queue, as if it matched
    assert "No escalation matches these filters" in page
