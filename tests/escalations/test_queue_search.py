"""The queue's text search (issue 9 item 6): the database's full-text index, best match first.

Expectations come from the issue: results ranked, the reference still found, whatever is
typed answers with a page, and the Sev-1 visibility rule still applies. Every test here runs
on SQLite (FTS5) and on PostgreSQL (tsvector).
"""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.core.management import call_command
from django.db import connection
from django.urls import reverse
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from escalations.models import Escalation
from escalations.queue import queue_queryset
from escalations.search import search
from tests.conftest import NOW, make_customer, make_escalation

URL = reverse("escalations:queue")


def raise_case(*, by, **fields) -> Escalation:
    """make_escalation with a summary of no searched word (its default mentions exports)."""
    return make_escalation(by=by, **{"summary": "Details to follow.", **fields})


def titles(response) -> list[str]:
    return [case.title for case in response.context["page"].object_list]


def found(user, text: str, **filters) -> list[str]:
    return [case.title for case in queue_queryset(user, {"q": text, **filters})]


def test_a_title_match_ranks_above_a_summary_only_match(manager):
    # The summary-only match is newer: newest-first would put it on top.
    make_escalation(
        by=manager,
        title="Invoice totals wrong",
        summary="The figures do not add up.",
        at=NOW - timedelta(days=3),
    )
    make_escalation(
        by=manager,
        title="Dashboard slow",
        summary="The invoice page is slow too.",
        at=NOW - timedelta(hours=1),
    )
    raise_case(by=manager, title="Nothing to do with it", summary="Login fails.")
    assert found(manager, "invoice") == ["Invoice totals wrong", "Dashboard slow"]


def test_the_customer_name_is_searched_with_the_case(manager):
    globex = make_customer(name="Globex Corporation")
    raise_case(by=manager, title="Exports fail", customer=globex)
    raise_case(by=manager, title="Exports fail elsewhere")
    assert found(manager, "globex") == ["Exports fail"]
    # Words may come from the title and the customer's name together.
    assert found(manager, "globex exports") == ["Exports fail"]


def test_word_forms_match(manager):
    raise_case(by=manager, title="Invoices disputed", summary="Two charges.")
    assert found(manager, "invoice") == ["Invoices disputed"]
    assert found(manager, "INVOICE DISPUTE") == ["Invoices disputed"]


@pytest.mark.parametrize(
    "shape", ["{ref}", "{ref_lower}", "{pk}", "esc{pk}", "esc-{pk}", "ESC-0{pk}"]
)
def test_a_reference_finds_its_case_first(manager, shape):
    case = raise_case(by=manager, title="Find me")
    raise_case(by=manager, title=f"Mentions {case.pk} in passing")
    text = shape.format(ref=case.reference, ref_lower=case.reference.lower(), pk=case.pk)
    assert found(manager, text)[0] == "Find me"


def test_the_reference_esc_00042_is_found_at_the_queue(client, manager):
    customer = make_customer()
    Escalation.objects.bulk_create(
        Escalation(
            pk=pk,
            customer=customer,
            title=f"Case {pk}",
            summary="Something broke.",
            entry_point="csm",
            category="relationship",
            product_area="Core",
            desired_outcome="Fix",
            recommended_next_step="Call",
            target_team="Customer Success",
            created_by=manager,
            created_at=NOW - timedelta(minutes=pk),
            updated_at=NOW,
        )
        for pk in range(40, 45)
    )
    client.force_login(manager)
    assert titles(client.get(URL, {"q": "ESC-00042"})) == ["Case 42"]


def test_operators_are_plain_words(manager):
    raise_case(by=manager, title="Exports fail")
    raise_case(by=manager, title="Payroll late")
    raise_case(by=manager, title="Exports or payroll, whichever runs first")
    # Read as query syntax, OR would find the first two cases, NOT the first, NEAR the third.
    assert found(manager, "exports OR payroll") == ["Exports or payroll, whichever runs first"]
    assert "Exports fail" not in found(manager, "exports NOT payroll")
    assert found(manager, "NEAR(exports payroll)") == []


@pytest.mark.parametrize(
    "text",
    [
        "AND",
        "OR",
        "NOT",
        "NEAR",
        "*",
        "^",
        '"',
        '""',
        '"unbalanced',
        "exports*",
        "^exports",
        "-exports",
        "title:exports",
        "{title summary}: exports",
        "exports AND",
        "(exports",
        "exports)",
        "NEAR(exports fail, 2)",
        "x' OR '1'='1",
        "%_\\",
        "\x00",
        "exports\x00fail",
        "Überweisung",
        "請求書",
        "🔥🔥",
        "\u200b",
        "ESC-",
        "ESC-99999999999999999999",
        "0",
        "   ",
    ],
)
def test_whatever_is_typed_answers_with_a_page(client, manager, text):
    raise_case(by=manager, title='Exports "fail" (again) AND NOT payroll')
    client.force_login(manager)
    response = client.get(URL, {"q": text})
    assert response.status_code == 200


def test_punctuation_and_quotes_in_the_text_still_find_the_words(manager):
    raise_case(by=manager, title='Exports "fail" again')
    raise_case(by=manager, title="Order INV-2026-48213 disputed")
    raise_case(by=manager, title="Order INV-2026 and 48213 separately")
    assert found(manager, '"exports fail"') == ['Exports "fail" again']
    assert found(manager, "exports, fail!") == ['Exports "fail" again']
    # A chunk is a phrase: its words in that order.
    assert found(manager, "INV-2026-48213") == ["Order INV-2026-48213 disputed"]


def test_unicode_words_are_found(manager):
    raise_case(by=manager, title="Überweisung für Zürich fehlgeschlagen")
    assert found(manager, "Überweisung") == ["Überweisung für Zürich fehlgeschlagen"]
    assert found(manager, "zürich") == ["Überweisung für Zürich fehlgeschlagen"]


def test_text_without_a_word_finds_nothing(manager):
    raise_case(by=manager, title="Exports fail")
    assert found(manager, "!!! ???") == []
    assert list(search(Escalation.objects.all(), "")) == []


def test_a_sev1_case_the_user_may_not_see_is_not_found(client, manager, executive, agent):
    raise_case(by=agent, title="Secret outage at the bank", severity=1)
    raise_case(by=agent, title="Ordinary outage", severity=2)
    assert found(manager, "outage") == ["Ordinary outage"]
    hidden = Escalation.objects.get(severity=1)
    assert found(manager, hidden.reference) == []
    assert set(found(executive, "outage")) == {"Secret outage at the bank", "Ordinary outage"}
    client.force_login(manager)
    assert "Secret outage" not in client.get(URL, {"q": "secret outage"}).content.decode()


def test_a_chosen_sort_replaces_the_ranking_but_keeps_the_narrowing(client, manager):
    raise_case(by=manager, title="Invoice wrong", at=NOW - timedelta(hours=1))
    raise_case(by=manager, title="Login slow", summary="Invoice page too.", at=NOW)
    raise_case(by=manager, title="Unrelated", at=NOW - timedelta(hours=2))
    client.force_login(manager)
    assert titles(client.get(URL, {"q": "invoice"})) == ["Invoice wrong", "Login slow"]
    assert titles(client.get(URL, {"q": "invoice", "sort": "newest"})) == [
        "Login slow",
        "Invoice wrong",
    ]


def test_search_counts_and_pages_its_matches(client, manager):
    customer = make_customer()
    for i in range(55):
        make_escalation(
            by=manager, title=f"Invoice {i}", customer=customer, at=NOW - timedelta(minutes=i)
        )
    raise_case(by=manager, title="Other", customer=customer)
    client.force_login(manager)
    first = client.get(URL, {"q": "invoice"})
    assert first.context["page"].paginator.count == 55
    second = client.get(URL, {"q": "invoice", "page": "2"})
    assert len(second.context["page"].object_list) == 5
    shown = set(titles(first)) | set(titles(second))
    assert shown == {f"Invoice {i}" for i in range(55)}


def test_search_page_query_count_does_not_grow_with_matches(
    client, manager, django_assert_max_num_queries
):
    customer = make_customer()
    client.force_login(manager)
    raise_case(by=manager, title="Invoice one", customer=customer)
    # session, user, user's groups (visibility), COUNT of the matches, the page's ids by rank
    # (QueuePaginator sorts ids, not whole rows, by a computed rank), those rows with customer
    # and owner, user permissions and group permissions (the "New escalation" button), the nav
    # bar's My work counts (one query), the page's clocks (one prefetch for the chips): the
    # plain queue's 9 and the ids.
    with django_assert_max_num_queries(10) as small:
        client.get(URL, {"q": "invoice"})
    for i in range(30):
        raise_case(by=manager, title=f"Invoice {i}", customer=customer)
    with django_assert_max_num_queries(10) as large:
        response = client.get(URL, {"q": "invoice"})
    assert len(response.context["page"].object_list) == 31
    assert len(small.captured_queries) == len(large.captured_queries)


# --- the index stays in step with the cases --------------------------------------------------


def _index_is_consistent() -> None:
    if connection.vendor == "sqlite":
        with connection.cursor() as cursor:
            # Checks the index against its content (the view of cases and customers); raises
            # "database disk image is malformed" when a delete was given the wrong values.
            cursor.execute(
                "INSERT INTO escalations_search(escalations_search, rank) "
                "VALUES ('integrity-check', 1)"
            )


def test_the_index_follows_edits_renames_and_deletes(manager):
    acme = make_customer(name="Acme")
    case = raise_case(by=manager, title="Exports fail", customer=acme)
    assert found(manager, "exports") == ["Exports fail"]

    case.title = "Imports fail"
    case.save()
    assert found(manager, "exports") == []
    assert found(manager, "imports") == ["Imports fail"]
    case.save()  # unchanged: nothing to re-index
    _index_is_consistent()

    acme.name = "Initech"
    acme.save()
    assert found(manager, "acme") == []
    assert found(manager, "initech") == ["Imports fail"]

    other = make_customer(name="Umbrella")
    Escalation.objects.filter(pk=case.pk).update(customer=other, summary="Moved over.")
    assert found(manager, "initech") == []
    assert found(manager, "umbrella moved") == ["Imports fail"]
    _index_is_consistent()

    bare = Escalation.objects.create(
        customer=other,
        title="Short lived",
        summary="Raised in error.",
        entry_point="csm",
        category="relationship",
        product_area="Core",
        desired_outcome="-",
        recommended_next_step="-",
        target_team="-",
        created_by=manager,
        created_at=NOW,
        updated_at=NOW,
    )
    assert found(manager, "short lived") == ["Short lived"]
    bare.delete()
    assert found(manager, "short lived") == []
    _index_is_consistent()


def test_cases_created_in_bulk_are_indexed(manager):
    customer = make_customer(name="Bulk Buyer")
    Escalation.objects.bulk_create(
        Escalation(
            customer=customer,
            title=f"Bulk case {i}",
            summary="Made in one go.",
            entry_point="csm",
            category="relationship",
            product_area="Core",
            desired_outcome="-",
            recommended_next_step="-",
            target_team="-",
            created_by=manager,
            created_at=NOW - timedelta(minutes=i),
            updated_at=NOW,
        )
        for i in range(3)
    )
    assert found(manager, "bulk buyer") == ["Bulk case 0", "Bulk case 1", "Bulk case 2"]


def test_the_triggers_are_in_place(db):
    # A later migration that remakes the cases or customers table on SQLite drops them.
    if connection.vendor == "sqlite":
        sql = "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE %s"
        expected = {"insert", "update", "delete", "customer_rename", "customer_delete"}
    else:
        sql = "SELECT tgname FROM pg_trigger WHERE tgname LIKE %s"
        expected = {"insert", "update", "customer_rename"}
    with connection.cursor() as cursor:
        cursor.execute(sql, ["escalations_search_%"])
        names = {row[0] for row in cursor.fetchall()}
    assert names == {f"escalations_search_{name}" for name in expected}


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_flushing_the_database_leaves_the_index_consistent(django_user_model):
    # The test backend's flush deletes customers before their cases (config/sqlite);
    # PostgreSQL truncates. Either way a fresh case must be found, and only it.
    person = django_user_model.objects.create_user("fred")
    raise_case(by=person, title="Before the flush", customer=make_customer(name="Gone Ltd"))
    call_command("flush", interactive=False, verbosity=0)
    _index_is_consistent()
    person = django_user_model.objects.create_user("fred")
    raise_case(by=person, title="After the flush", customer=make_customer(name="Gone Ltd"))
    _index_is_consistent()
    assert [c.title for c in search(Escalation.objects.all(), "gone flush")] == ["After the flush"]


# --- whatever text, no error -----------------------------------------------------------------

TEXT = st.text(st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=200)


@pytest.mark.django_db
@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(text=TEXT)
@example(text='" OR "')
@example(text="NEAR(a b, 1) AND NOT c*")
@example(text='{title}: "x" ^y')
@example(text="esc-0")
@example(text="ESC-9223372036854775808")
@example(text="a\x00b")
@example(text="exports")
def test_any_text_is_searched_without_error(manager, exports_case, text):
    cases = queue_queryset(manager, {"q": text})
    shown = [case.title for case in cases[:50]]
    assert cases.count() == len(shown)
    assert set(shown) <= {exports_case.title}


@pytest.fixture
def exports_case(manager):
    return raise_case(by=manager, title="Exports fail")
