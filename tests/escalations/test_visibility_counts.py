"""A count shown to a person counts only what that person may see (DESIGN.md "Visibility").

The account has a Sev-1 case a support manager is not on. The manager's customer page, case
page and triage reasons must not reveal it by a number; an executive (who sees every case)
reads the full counts. Triage itself still scores from every case.
"""

from __future__ import annotations

import re
from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from escalations.workflow import retriage
from tests.conftest import NOW, make_customer, make_escalation


def _value(page: str, label: str) -> str:
    """The text of the <dd> after the <dt> named `label` (tags inside stripped)."""
    match = re.search(rf"<dt[^>]*>{re.escape(label)}</dt>\s*<dd[^>]*>(.*?)</dd>", page, re.S)
    assert match, f"no {label!r} on the page"
    return re.sub(r"<[^>]+>", "", match.group(1)).split("(")[0].strip()


def _factors(page: str) -> list[str]:
    table = re.search(r'aria-label="Score breakdown">(.*?)</table>', page, re.S)
    assert table, "no score breakdown on the page"
    return [re.sub(r"\s+", " ", cell).strip() for cell in re.findall(r"<td>(.*?)</td>", table[1])]


@pytest.fixture
def account(db):
    return make_customer(name="Northwind")


@pytest.fixture
def hidden(account, deskadmin):
    """Sev-1, raised 30 h before NOW by a desk admin, resolved 10 h before NOW."""
    return make_escalation(
        by=deskadmin,
        customer=account,
        at=NOW - timedelta(hours=30),
        title="Hidden breach",
        severity=1,
        status="resolved",
        resolved_at=NOW - timedelta(hours=10),
    )


@pytest.fixture
def seen(account, agent):
    return make_escalation(
        by=agent, customer=account, at=NOW - timedelta(hours=20), title="Seen slowness", severity=2
    )


@pytest.fixture
def current(account, agent, hidden, seen):
    """Raised at NOW; its triage counted both earlier cases."""
    case = make_escalation(by=agent, customer=account, title="Current complaint")
    retriage(case, trigger="intake", now=NOW)
    case.refresh_from_db()
    assert case.severity != 1, "the case under test must stay visible to the manager"
    return case


def _page(client, user, url) -> str:
    client.force_login(user)
    response = client.get(url)
    assert response.status_code == 200
    return response.content.decode()


# --- Customer page -------------------------------------------------------------------------


def test_the_customer_page_counts_only_the_cases_a_manager_may_see(
    client, manager, account, hidden, seen
):
    make_escalation(by=manager, customer=account, at=NOW - timedelta(days=3), title="Third one")
    page = _page(client, manager, account.get_absolute_url())
    assert _value(page, "Escalations, last 90 days") == "2"
    assert _value(page, "Open escalations") == "2"
    assert _value(page, "All escalations") == "2"
    assert "Hidden breach" not in page and "Seen slowness" in page


def test_the_customer_page_counts_everything_for_an_executive(
    client, executive, account, hidden, seen
):
    page = _page(client, executive, account.get_absolute_url())
    assert _value(page, "Escalations, last 90 days") == "2"
    assert _value(page, "Open escalations") == "1"  # the Sev-1 case is resolved
    assert _value(page, "All escalations") == "2"
    assert "Hidden breach" in page


def test_the_customer_page_of_a_sev1_case_creator_counts_it(client, deskadmin, manager, account):
    mine = make_escalation(
        by=manager, customer=account, at=NOW - timedelta(days=1), title="Mine", severity=1
    )
    make_escalation(by=deskadmin, customer=account, at=NOW - timedelta(days=2), severity=1)
    page = _page(client, manager, account.get_absolute_url())
    assert _value(page, "All escalations") == "1"
    assert mine.reference in page


# --- Case page: account context ------------------------------------------------------------


def test_the_case_page_counts_prior_and_other_open_cases_the_manager_may_see(
    client, manager, current
):
    page = _page(client, manager, current.get_absolute_url())
    assert _value(page, "Prior escalations (90 days)") == "1"
    assert _value(page, "Other open escalations") == "1"
    assert "Hidden breach" not in page


def test_the_case_page_counts_every_case_for_an_executive(client, executive, current):
    page = _page(client, executive, current.get_absolute_url())
    assert _value(page, "Prior escalations (90 days)") == "2"
    assert _value(page, "Other open escalations") == "1"  # the Sev-1 case is resolved


def test_an_open_hidden_case_is_not_among_the_other_open_escalations(
    client, manager, executive, account, current
):
    make_escalation(by=executive, customer=account, at=NOW - timedelta(days=40), severity=1)
    assert (
        _value(_page(client, manager, current.get_absolute_url()), "Other open escalations") == "1"
    )
    assert (
        _value(_page(client, executive, current.get_absolute_url()), "Other open escalations")
        == "2"
    )


# --- Case page: triage reasons -------------------------------------------------------------


def test_triage_still_counts_every_case(current):
    reasons = {f["name"]: f["reason"] for f in current.triage_runs.get().factors}
    assert reasons["prior_escalations"] == "2 escalations in the last 90 days"
    assert reasons["ticket_burst"] == "3 tickets in 48 hours"
    assert reasons["repeat_contact"] == "Contacted again 10 hours after a resolution"


def test_triage_reasons_give_no_number_to_a_manager_who_may_not_see_every_counted_case(
    client, manager, current
):
    factors = _factors(_page(client, manager, current.get_absolute_url()))
    assert "Earlier escalations in the last 90 days" in factors
    assert "A burst of tickets in 48 hours" in factors
    assert "Contacted again soon after a resolution" in factors
    numbered = re.compile(r"^\d+ escalations? in|^\d+ tickets? in|again \d+ hours? after")
    assert not any(numbered.search(f) for f in factors)


def test_triage_reasons_keep_their_points_for_the_manager(client, manager, executive, current):
    page_manager = _page(client, manager, current.get_absolute_url())
    page_executive = _page(client, executive, current.get_absolute_url())
    points = re.compile(r'<td class="text-end[^"]*">([^<]+)</td>')
    assert points.findall(page_manager) == points.findall(page_executive)
    assert re.search(r'aria-label="Score">(\d+)<', page_manager)[1] == str(current.triage_score)


def test_triage_reasons_give_the_numbers_to_an_executive(client, executive, current):
    factors = _factors(_page(client, executive, current.get_absolute_url()))
    assert "2 escalations in the last 90 days" in factors
    assert "3 tickets in 48 hours" in factors
    assert "Contacted again 10 hours after a resolution" in factors


def test_a_hidden_case_outside_a_factors_window_leaves_its_number(
    client, manager, agent, deskadmin, account
):
    # The Sev-1 case is five days old: it is in the 90-day count, not in the 48-hour burst,
    # and the last resolution is a case the manager sees.
    make_escalation(by=deskadmin, customer=account, at=NOW - timedelta(days=5), severity=1)
    make_escalation(
        by=agent,
        customer=account,
        at=NOW - timedelta(hours=20),
        status="resolved",
        resolved_at=NOW - timedelta(hours=6),
    )
    make_escalation(by=agent, customer=account, at=NOW - timedelta(hours=10))
    case = make_escalation(by=agent, customer=account)
    retriage(case, trigger="intake", now=NOW)
    factors = _factors(_page(client, manager, case.get_absolute_url()))
    assert "Earlier escalations in the last 90 days" in factors
    assert "3 tickets in 48 hours" in factors
    assert "Contacted again 6 hours after a resolution" in factors


def test_a_later_resolution_the_manager_sees_keeps_the_repeat_contact_hours(
    client, manager, agent, deskadmin, account
):
    make_escalation(
        by=deskadmin,
        customer=account,
        at=NOW - timedelta(days=60),
        severity=1,
        status="resolved",
        resolved_at=NOW - timedelta(hours=50),
    )
    make_escalation(
        by=agent,
        customer=account,
        at=NOW - timedelta(days=70),
        status="resolved",
        resolved_at=NOW - timedelta(hours=30),
    )
    case = make_escalation(by=agent, customer=account)
    retriage(case, trigger="intake", now=NOW)
    factors = _factors(_page(client, manager, case.get_absolute_url()))
    assert "Contacted again 30 hours after a resolution" in factors
    assert "Earlier escalations in the last 90 days" in factors


def test_the_case_page_asks_the_same_number_of_queries_with_or_without_hidden_history(
    client, manager, agent, account, current
):
    # The counts and what they leave out come from the one account-context query: a hidden
    # history costs no query of its own.
    plain = make_escalation(by=agent, customer=make_customer(name="Quiet account"))
    retriage(plain, trigger="intake", now=NOW)
    client.force_login(manager)
    client.get(plain.get_absolute_url())  # warm the session and per-process caches
    with CaptureQueriesContext(connection) as with_history:
        assert client.get(current.get_absolute_url()).status_code == 200
    with CaptureQueriesContext(connection) as without_history:
        assert client.get(plain.get_absolute_url()).status_code == 200
    assert len(with_history) == len(without_history)


def test_a_reader_without_a_desk_role_counts_nothing(outsider, account, hidden, seen):
    from escalations.models import Escalation

    counts = account.escalation_counts(NOW, visible=Escalation.objects.visible_to(outsider))
    assert (counts["prior_90d"], counts["open"], counts["total"]) == (0, 0, 0)


def test_the_queue_link_of_other_open_escalations_lists_what_the_count_says(
    client, manager, account, current
):
    page = _page(client, manager, current.get_absolute_url())
    link = re.search(r'href="([^"]*customer=\d+&amp;status=open)"', page)[1].replace("&amp;", "&")
    queue = _page(client, manager, link)
    assert "Seen slowness" in queue and "Hidden breach" not in queue
    assert reverse("escalations:queue") in link
