"""Systemic problems: root causes with >= 5 cases closed in a quarter (issue 10 item 4).

Expectations are worked out by hand from the fixtures in each test. The desk's time zone is
America/New_York unless a test says otherwise: Q4 2026 there runs from 2026-10-01 04:00 UTC
(midnight EDT) to 2027-01-01 05:00 UTC (midnight EST).
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

import pytest
from django.contrib.auth.models import Group, User
from django.test import override_settings

from reports import systemic
from reports.periods import parse
from tests.conftest import make_customer
from tests.reports.closed_cases import closed_case

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("new_york")]

Q4 = parse("2026-Q4")
MID_Q4 = datetime.fromisoformat("2026-11-10T15:00:00+00:00")


@pytest.fixture
def new_york():
    with override_settings(TIME_ZONE="America/New_York"):
        yield


@pytest.fixture
def cora(db) -> User:
    """A support manager who raises the Sev-1 case; `manager` (Molly) is not on it."""
    user = User.objects.create_user("cora", "cora@desk.test", "pw")
    user.groups.add(Group.objects.get(name="Support Manager"))
    return user


def by_slug(found):
    return {problem.root_cause.slug: problem for problem in found}


def test_five_cases_of_one_root_cause_make_a_problem_whose_arr_counts_each_account_once(manager):
    big = make_customer(name="Big", arr=Decimal("300000"))
    mid = make_customer(name="Mid", arr=Decimal("50000"))
    small = make_customer(name="Small", arr=Decimal("20000"))
    for customer in (big, big, big, mid, small):
        closed_case("product-bug", MID_Q4, by=manager, customer=customer)
    for _ in range(4):
        closed_case("kb-gap", MID_Q4, by=manager, customer=big)

    found = systemic.problems(Q4, manager)

    assert [p.root_cause.slug for p in found] == ["product-bug"]  # 4 KB gaps are not enough
    bug = found[0]
    assert (bug.cases, bug.accounts) == (5, 3)
    # 300k + 50k + 20k, Big once although it has three of the cases; not 300k * 3 + ...
    assert bug.arr_at_risk == Decimal("370000")
    assert bug.root_cause.function == "engineering"
    assert len(bug.lines) == 5 and bug.more == 0
    # Most ARR first.
    assert [line.customer for line in bug.lines] == ["Big", "Big", "Big", "Mid", "Small"]


def test_problems_are_ranked_by_arr_at_risk(manager):
    rich = make_customer(name="Rich", arr=Decimal("400000"))
    for _ in range(5):
        closed_case("product-bug", MID_Q4, by=manager)  # five accounts of 120k: 600k
    for _ in range(6):
        closed_case("routing-failure", MID_Q4, by=manager, customer=rich)  # one account: 400k

    found = systemic.problems(Q4, manager)

    assert [(p.root_cause.slug, p.cases, p.arr_at_risk) for p in found] == [
        ("product-bug", 5, Decimal("600000")),
        ("routing-failure", 6, Decimal("400000")),
    ]


def test_the_quarter_is_counted_in_the_desk_time_zone(manager):
    # Routing: 4 mid-quarter and one on New Year's Eve at 23:30 in New York (04:30 UTC on the
    # 1st): 5 in Q4 there, 4 in UTC. Process: 4 mid-quarter and one on 30 September at 23:30
    # in New York (03:30 UTC on 1 October): 4 in Q4 there, 5 in UTC.
    for _ in range(4):
        closed_case("routing-failure", MID_Q4, by=manager)
        closed_case("process-failure", MID_Q4, by=manager)
    closed_case("routing-failure", datetime.fromisoformat("2027-01-01T04:30:00+00:00"), by=manager)
    closed_case("process-failure", datetime.fromisoformat("2026-10-01T03:30:00+00:00"), by=manager)

    in_new_york = by_slug(systemic.problems(Q4, manager))
    with override_settings(TIME_ZONE="UTC"):
        in_utc = by_slug(systemic.problems(Q4, manager))

    assert set(in_new_york) == {"routing-failure"} and in_new_york["routing-failure"].cases == 5
    assert set(in_utc) == {"process-failure"} and in_utc["process-failure"].cases == 5


def test_open_cases_and_cases_closed_in_other_quarters_do_not_count(manager, agent):
    from tests.conftest import make_escalation

    for _ in range(4):
        closed_case("product-bug", MID_Q4, by=manager)
    closed_case("product-bug", datetime.fromisoformat("2026-09-15T12:00:00+00:00"), by=manager)
    closed_case("product-bug", datetime.fromisoformat("2027-01-15T12:00:00+00:00"), by=manager)
    make_escalation(by=agent, suspected_root_cause="Product bug again")  # open: no close-out

    assert systemic.problems(Q4, manager) == []


def test_a_sev1_case_counts_for_a_manager_not_on_it_but_its_title_is_hidden(
    manager, executive, cora
):
    for _ in range(4):
        closed_case("product-bug", MID_Q4, by=manager)
    secret = closed_case(
        "product-bug",
        MID_Q4,
        by=cora,
        customer=make_customer(name="Secretive", arr=Decimal("900000")),
        title="Tenant data visible to another tenant",
        severity=1,
    )

    as_molly = systemic.problems(Q4, manager)[0]
    as_erin = systemic.problems(Q4, executive)[0]

    assert as_molly.cases == as_erin.cases == 5
    assert as_molly.arr_at_risk == as_erin.arr_at_risk == Decimal("900000") + 4 * Decimal("120000")
    molly_line = as_molly.lines[0]  # the 900k account comes first
    assert molly_line.reference == secret.reference
    assert (molly_line.title, molly_line.url, molly_line.hidden) == ("", "", True)
    erin_line = as_erin.lines[0]
    assert erin_line.title == "Tenant data visible to another tenant"
    assert erin_line.url == secret.get_absolute_url()
    # Cora raised it: she may see it, so she sees its title.
    assert systemic.problems(Q4, cora)[0].lines[0].title == "Tenant data visible to another tenant"


def test_at_most_25_cases_are_listed_per_problem_and_the_rest_are_counted(manager):
    rich = make_customer(name="Rich", arr=Decimal("500000"))
    closed_case("agent-knowledge-gap", MID_Q4, by=manager, customer=rich)
    for _ in range(26):
        closed_case("agent-knowledge-gap", MID_Q4, by=manager)

    (problem,) = systemic.problems(Q4, manager)

    assert problem.cases == 27
    assert len(problem.lines) == 25
    assert problem.more == 2
    assert problem.lines[0].customer == "Rich"


def test_problems_take_two_queries_however_many_problems_and_cases(
    manager, django_assert_max_num_queries
):
    for cause in ("product-bug", "kb-gap", "routing-failure"):
        for _ in range(6):
            closed_case(cause, MID_Q4, by=manager)
    manager._desk_groups = frozenset({"Support Manager"})  # the request has read them already

    # 1. the root causes with >= 5 cases, their accounts and ARR at risk (one grouped pass)
    # 2. their cases, ranked within each root cause, with whether this reader may see each
    with django_assert_max_num_queries(2):
        found = systemic.problems(Q4, manager)

    assert [p.cases for p in found] == [6, 6, 6]
    assert sum(len(p.lines) for p in found) == 18


def test_an_empty_quarter_has_no_problems(manager):
    assert systemic.problems(parse("2025-Q1"), manager) == []
