"""The quarterly report's systemic panel: this quarter's problems with their action items, open
items ranked by ARR at risk, and what was done with last quarter's.

The desk's time zone is UTC; the clock stands at 2026-11-02. Q3 2026 holds two problems:
routing failures at one $2M account (5 cases) and product bugs at five $120k accounts ($600k).
Q2 holds five knowledge-base gaps at five $120k accounts ($600k).
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

import pytest

from escalations.models import RootCause
from reports import actions, systemic
from reports.periods import parse
from tests.conftest import NOW, make_customer
from tests.reports.closed_cases import closed_case

pytestmark = pytest.mark.django_db

AUGUST = datetime.fromisoformat("2026-08-15T12:00:00+00:00")
MAY = datetime.fromisoformat("2026-05-20T12:00:00+00:00")


def item(by, quarter, cause, title, due, **fields):
    values = {
        "period": parse(quarter),
        "root_cause": RootCause.objects.get(slug=cause),
        "title": title,
        "function": RootCause.objects.get(slug=cause).function,
        "owner": by,
        "due_date": due,
        "by": by,
        "now": NOW,
    }
    values.update(fields)
    return actions.raise_item(**values)


@pytest.fixture
def desk(manager):
    rich = make_customer(name="Rich", arr=Decimal("2000000"))
    for _ in range(5):
        closed_case("routing-failure", AUGUST, by=manager, customer=rich)
        closed_case("product-bug", AUGUST, by=manager)
        closed_case("kb-gap", MAY, by=manager)
    return {
        "routing": item(
            manager, "2026-Q3", "routing-failure", "Route billing right", date(2026, 12, 1)
        ),
        "bugs": item(
            manager,
            "2026-Q3",
            "product-bug",
            "Fix export retry",
            date(2026, 12, 10),
            status="in_progress",
        ),
        "kb_done": item(
            manager,
            "2026-Q2",
            "kb-gap",
            "Rewrite SSO articles",
            date(2026, 11, 20),
            status="done",
            outcome="Rewrote 12 articles; SSO cases halved.",
        ),
        "kb_open": item(manager, "2026-Q2", "kb-gap", "KB review rota", date(2026, 12, 20)),
    }


def titles(items):
    return [i.title for i in items]


def test_the_panel_lists_problems_open_items_by_arr_and_last_quarters_outcomes(
    manager, desk, django_assert_max_num_queries
):
    manager._desk_groups = frozenset({"Support Manager"})  # read once per request

    # problems with counts and ARR; their cases; every action item of the three lists
    with django_assert_max_num_queries(3):
        panel = systemic.panel(parse("2026-Q3"), manager, now=NOW)

    assert [(p.root_cause.slug, p.arr_at_risk) for p in panel["problems"]] == [
        ("routing-failure", Decimal("2000000")),
        ("product-bug", Decimal("600000")),
    ]
    assert [titles(p.action_items) for p in panel["problems"]] == [
        ["Route billing right"],
        ["Fix export retry"],
    ]
    # 2M, then the two at 600k by due date; the done one is not open.
    assert titles(panel["open_items"]) == [
        "Route billing right",
        "Fix export retry",
        "KB review rota",
    ]
    assert [i.arr_at_risk for i in panel["open_items"]] == [
        Decimal("2000000"),
        Decimal("600000"),
        Decimal("600000"),
    ]
    assert titles(panel["last_quarter"]) == ["Rewrite SSO articles", "KB review rota"]
    assert panel["may_raise"] is True


def test_the_quarterly_page_shows_the_panel_and_a_manager_can_raise_from_it(client, manager, desk):
    client.force_login(manager)

    html = client.get("/reports/2026-Q3/").content.decode()

    assert "Systemic problems in Q3 2026" in html
    assert 'href="/reports/actions/new/?quarter=2026-Q3&amp;root_cause=routing-failure"' in html
    assert (
        "<strong>5</strong> escalations from <strong>1</strong> account, "
        "<strong>$2.0M</strong> ARR at risk. Routed to Support Ops."
    ) in html
    assert "What was done with Q2 2026's action items" in html
    assert "Rewrote 12 articles; SSO cases halved." in html


def test_an_executive_reads_the_panel_without_the_create_buttons(client, executive, desk):
    client.force_login(executive)

    html = client.get("/reports/2026-Q3/").content.decode()

    assert "Systemic problems in Q3 2026" in html
    assert "Create action item" not in html


def test_a_quarter_without_problems_says_so_and_shows_last_quarters_items(client, manager, desk):
    client.force_login(manager)

    html = client.get("/reports/2026-Q4/").content.decode()

    assert "No root cause reached 5 escalations closed in Q4 2026." in html
    assert "What was done with Q3 2026's action items" in html
    assert "Route billing right" in html and "Fix export retry" in html


def test_user_text_in_an_item_is_escaped(client, manager, desk):
    item(manager, "2026-Q3", "product-bug", "<script>alert(1)</script>", date(2026, 12, 1))
    client.force_login(manager)

    html = client.get("/reports/2026-Q3/").content.decode()

    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
