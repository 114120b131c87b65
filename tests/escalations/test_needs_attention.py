"""The queue answers "what needs me now" (issue 9 item 6), with clock chips on the queue, the
case page and My work.

The rules, from the issue and DESIGN.md: the queue opens on "Needs attention" — open cases with
a running clock, breached first (most overdue first), then amber (≥ 75 % of the window used,
least time left first), then the rest by when they fall due; `sla=red|amber|paused`,
`stalled=1` and `mine=1` narrow it. Expected instants come from the matrix (Sev-1: acknowledge
15 min; Sev-2: acknowledge 1 h, resolve 8 h, update every 2 days, all 24×7) and `NOW`
(Monday 2026-11-02 10:00 UTC, the suite's pinned clock), never from the code's output.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from django.contrib.auth.models import User
from django.contrib.staticfiles import finders
from django.urls import reverse

from escalations.models import Escalation
from escalations.pagination import QueuePaginator
from escalations.queue import AttentionPaginator, lists_only_running, queue_queryset
from matrix import clocks
from matrix.models import Assignment, RoleKind
from tests.conftest import NOW, make_customer, make_escalation

# The matrix tests' named people (Molly on duty, Eli the Engineering lead...), as a fixture
# here too: the tests that take `roster` say noqa F811 (pytest's usual import of a fixture).
from tests.matrix.conftest import roster, staff  # noqa: F401

URL = reverse("escalations:queue")
MINUTE = timedelta(minutes=1)


def raised(by: User, title: str, *, severity: int, at: datetime, **fields) -> Escalation:
    """A case raised at `at` whose clocks started then, from its matrix cell (matrix.clocks)."""
    case = make_escalation(
        by=by,
        title=title,
        severity=severity,
        customer=make_customer(region="EMEA"),
        at=at,
        **fields,
    )
    clocks.start(case, now=at)
    return case


def acknowledged(case: Escalation, at: datetime) -> Escalation:
    Escalation.objects.filter(pk=case.pk).update(status="acknowledged")
    clocks.acknowledged(case, now=at)
    return case


def titles(response) -> list[str]:
    return [case.title for case in response.context["page"].object_list]


CHIP = re.compile(
    r'<span class="chip chip-sla (chip-sla-\w+)" title="[^"]*">'
    r'<span class="visually-hidden">[^<]*</span><span aria-hidden="true">([^<]+)</span> ([^<]+)<'
)


def chips_in(html: str) -> list[tuple[str, str, str]]:
    """(class, short label, text) of each clock chip in `html`, in order."""
    return CHIP.findall(html)


def row_of(html: str, case: Escalation) -> str:
    """The queue's table row of `case`."""
    for row in re.findall(r"<tr>.*?</tr>", html, flags=re.S):
        if case.reference in row:
            return row
    raise AssertionError(f"{case.reference} is not listed")


@pytest.fixture
def desk(manager):
    """Six cases whose clocks stand, at NOW, in each order the rule sets; and four it leaves out.

    Sev-2's acknowledge clock is 1 h (amber after 45 min), its resolve clock 8 h (amber after
    6 h); Sev-1's acknowledge clock is 15 min (amber after 11 min 15 s).
    """
    h = timedelta(hours=1)
    cases = {
        # Breached: acknowledge due NOW - 40 min and NOW - 5 min.
        "red, 40 min over": raised(manager, "red, 40 min over", severity=2, at=NOW - 100 * MINUTE),
        "red, 5 min over": raised(manager, "red, 5 min over", severity=2, at=NOW - 65 * MINUTE),
        # Amber: acknowledge due in 12 min (amber since NOW - 3 min) ...
        "amber, 12 min left": raised(
            manager, "amber, 12 min left", severity=2, at=NOW - 48 * MINUTE
        ),
        # ... and, acknowledged, the 8 h resolve clock due in 50 min (amber since NOW - 1 h 10).
        "amber, 50 min left": acknowledged(
            raised(manager, "amber, 50 min left", severity=2, at=NOW - 7 * h - 10 * MINUTE),
            NOW - 7 * h,
        ),
        # Green, though due before the second amber case: a Sev-1 acknowledge clock due in
        # 13 min that turns amber only in 9 min 15 s.
        "green, 13 min left": raised(
            manager, "green, 13 min left", severity=1, at=NOW - 2 * MINUTE
        ),
        "green, 55 min left": raised(
            manager, "green, 55 min left", severity=2, at=NOW - 5 * MINUTE
        ),
    }
    # Left out of the default view: paused while waiting on the customer, resolved, never
    # triaged (no clock), and open without a running clock but stalled.
    paused = raised(
        manager, "paused", severity=2, at=NOW - 30 * MINUTE, status="waiting_on_customer"
    )
    clocks.paused(paused, now=NOW - 10 * MINUTE)
    done = raised(manager, "resolved", severity=2, at=NOW - 3 * h, status="resolved")
    clocks.resolved(done, now=NOW - 2 * h)
    make_escalation(by=manager, title="untriaged", at=NOW - 90 * MINUTE)
    make_escalation(by=manager, title="stalled, no clock", at=NOW - 4 * h, stalled_at=NOW - h)
    cases["paused"] = paused
    return cases


ATTENTION_ORDER = [
    "red, 40 min over",
    "red, 5 min over",
    "amber, 12 min left",
    "amber, 50 min left",
    "green, 13 min left",
    "green, 55 min left",
]


# --- The default view and its order ------------------------------------------------------------


def test_the_queue_opens_on_needs_attention_breached_then_amber_then_the_rest(
    client, manager, desk
):
    client.force_login(manager)
    response = client.get(URL)
    assert response.context["view"] == "attention"
    assert titles(response) == ATTENTION_ORDER
    page = response.content.decode()
    assert "6 open cases need attention" in page
    assert '<a class="nav-link active" aria-current="page" href="?view=attention">' in page


def test_all_cases_is_todays_list_newest_first(client, manager, desk):
    client.force_login(manager)
    response = client.get(URL, {"view": "all"})
    listed = titles(response)
    assert len(listed) == 10  # every case, with or without a clock
    raised_at = [case.created_at for case in response.context["page"].object_list]
    assert raised_at == sorted(raised_at, reverse=True)


def test_a_filter_of_todays_list_without_a_view_is_all_cases(client, manager, desk):
    client.force_login(manager)
    response = client.get(URL, {"status": "resolved"})
    assert response.context["view"] == "all"
    assert titles(response) == ["resolved"]


def test_the_links_of_needs_attention_keep_the_view(client, manager, desk):
    client.force_login(manager)
    page = client.get(URL).content.decode()
    assert 'href="?view=attention&amp;sort=severity"' in page  # a column sort
    assert 'href="?view=attention&amp;sla=red"' in page  # a filter chip
    assert 'href="?view=all"' in page  # the other tab
    assert '<input type="hidden" name="view" value="attention">' in page  # the filter bar


def test_pages_of_needs_attention_read_forwards_and_backwards_alike(manager):
    """Through QueuePaginator, page 2 of 2 is read from the end: the same rows in order."""
    customer = make_customer()
    rows = []
    for i in range(23):
        due = NOW + (i % 7 - 3) * 10 * MINUTE
        amber = due - (20 if i % 2 else 90) * MINUTE  # odd: amber 20 min before due
        rows.append(
            make_escalation(
                by=manager,
                customer=customer,
                title=f"Case {i}",
                sla_due_at=due,
                sla_amber_at=amber,
                stalled_at=NOW if i % 5 == 0 else None,
            )
        )
    for i in range(4):  # stalled with no running clock: last, whichever way it is read
        make_escalation(by=manager, customer=customer, title=f"Quiet {i}", stalled_at=NOW)

    def rank(case):
        if case.sla_due_at is None:
            return (2, datetime.max.replace(tzinfo=NOW.tzinfo), case.pk)
        return (0 if case.sla_amber_at <= NOW else 1, case.sla_due_at, case.pk)

    everyone = Escalation.objects.all()
    for filters in ({"view": "attention"}, {"view": "attention", "stalled": True}):
        expected = [c.pk for c in sorted(queue_queryset(manager, filters, now=NOW), key=rank)]
        # Ordered by the rule, not by the query: the same set as the filter says.
        if filters.get("stalled"):
            assert set(expected) == set(
                everyone.filter(stalled_at__isnull=False).values_list("pk", flat=True)
            )
        else:
            assert set(expected) == {c.pk for c in rows}
        cases = queue_queryset(manager, filters, now=NOW)
        for paginator in (
            # Four a page, ids first: the later pages are read backwards (nulls first, then).
            QueuePaginator(cases, 4, deferred_from=0),
            # The view's: each part walked in its index order, the straddling pages ranked.
            AttentionPaginator(cases, 4, now=NOW),
            AttentionPaginator(cases, 4, now=NOW, deferred_from=0),
            AttentionPaginator(cases, 3, now=NOW, orphans=2),
            # As the view builds it: told when the filters keep only running clocks.
            AttentionPaginator(cases, 4, now=NOW, running_only=lists_only_running(filters)),
        ):
            pages = [paginator.page(n).object_list for n in paginator.page_range]
            assert [case.pk for page in pages for case in page] == expected


# --- Filters ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"sla": "red"}, ["red, 40 min over", "red, 5 min over"]),
        ({"sla": "amber"}, ["amber, 12 min left", "amber, 50 min left"]),
        ({"sla": "paused"}, ["paused"]),
        ({"stalled": "1"}, ["stalled, no clock"]),
        ({"sla": "red", "severity": "1", "view": "attention"}, []),
        ({"severity": "1", "view": "attention"}, ["green, 13 min left"]),
    ],
)
def test_clock_filters_narrow_needs_attention(client, manager, desk, params, expected):
    client.force_login(manager)
    response = client.get(URL, params)
    assert response.context["view"] == "attention"
    assert titles(response) == expected


def test_clock_filters_combine_with_all_cases(client, manager, desk):
    client.force_login(manager)
    response = client.get(URL, {"view": "all", "sla": "red"})
    # Newest first, as the all-cases list is: raised 65 min ago before 100 min ago.
    assert titles(response) == ["red, 5 min over", "red, 40 min over"]


def test_a_stalled_case_with_a_running_clock_is_listed_with_its_reason(client, manager, desk):
    stalled = desk["green, 55 min left"]
    Escalation.objects.filter(pk=stalled.pk).update(
        stalled_at=NOW - MINUTE, stalled_reason="No activity within the update cadence"
    )
    client.force_login(manager)
    response = client.get(URL, {"stalled": "1"})
    assert titles(response) == ["green, 55 min left", "stalled, no clock"]
    row = row_of(response.content.decode(), stalled)
    assert "Stalled" in row and "No activity within the update cadence" in row


def test_mine_lists_cases_where_i_hold_a_role_or_am_the_owner(client, roster, agent):  # noqa: F811
    molly = roster.duty
    owned = raised(agent, "I own it", severity=2, at=NOW - 50 * MINUTE, owner=molly)
    # Sev-3 technical: the matrix makes the Support manager on duty (Molly) decision authority.
    authority = raised(agent, "I decide on it", severity=3, at=NOW - 20 * MINUTE)
    staff(authority, now=NOW - 20 * MINUTE)
    assert authority.assignments.holding().get(kind=RoleKind.AUTHORITY).person == molly
    declined = raised(agent, "I declined it", severity=3, at=NOW - 30 * MINUTE)
    staff(declined, now=NOW - 30 * MINUTE)
    declined.assignments.filter(person=molly).update(status=Assignment.Status.DECLINED)
    raised(agent, "Someone else's", severity=2, at=NOW - 40 * MINUTE)
    client.force_login(molly)
    response = client.get(URL, {"mine": "1"})
    # Nearest due first: the owned case's acknowledge clock is due in 10 min.
    assert titles(response) == [owned.title, authority.title]
    assert len(titles(client.get(URL))) == 4  # without the filter: every running clock


@pytest.mark.parametrize(
    "params",
    [{"sla": "purple"}, {"view": "everything"}, {"stalled": "yes"}, {"mine": "<b>"}],
)
def test_a_clock_parameter_not_understood_is_ignored_with_a_message(client, manager, desk, params):
    client.force_login(manager)
    response = client.get(URL, params)
    assert response.status_code == 200
    assert titles(response) == ATTENTION_ORDER  # ignored: the default view, unfiltered
    name = next(iter(params))
    page = response.content.decode()
    assert f"Ignored {name}=" in page
    assert "<b>" not in page.split("Ignored", 1)[1][:60]  # escaped, not markup


def test_a_sev1_case_the_reader_may_not_see_is_not_listed(client, manager, agent):
    raised(manager, "Secret outage", severity=1, at=NOW - 20 * MINUTE)  # breached 5 min ago
    raised(manager, "Visible breach", severity=2, at=NOW - 70 * MINUTE)
    client.force_login(agent)
    for params in ({}, {"sla": "red"}):
        response = client.get(URL, params)
        assert titles(response) == ["Visible breach"]
        assert "Secret outage" not in response.content.decode()
    client.force_login(manager)  # its creator sees it, most overdue first
    assert titles(client.get(URL)) == ["Visible breach", "Secret outage"]


def test_nothing_needing_attention_says_so_and_links_to_all_cases(client, manager):
    make_escalation(by=manager, title="No clock")
    client.force_login(manager)
    page = client.get(URL).content.decode()
    assert "Nothing needs you right now." in page
    assert 'href="/?view=all">See all cases</a>' in page
    assert "No clock" not in page


# --- Chips -----------------------------------------------------------------------------------


def test_each_row_shows_a_chip_per_running_clock_at_the_pinned_instant(client, manager, desk):
    client.force_login(manager)
    page = client.get(URL).content.decode()
    # Raised 100 min ago: acknowledge (1 h) overdue 40 min; update (every 2 days) 1 d 22 h
    # 20 min left; resolve (8 h) 6 h 20 min left.
    assert chips_in(row_of(page, desk["red, 40 min over"])) == [
        ("chip-sla-red", "Ack", "overdue 40 min"),
        ("chip-sla-green", "Update", "1 d 22 h left"),
        ("chip-sla-green", "Resolve", "6 h 20 min left"),
    ]
    amber = row_of(page, desk["amber, 12 min left"])
    assert chips_in(amber)[0] == ("chip-sla-amber", "Ack", "12 min left")
    # The state and why are there in words, not only as a colour.
    assert 'title="Acknowledge: At risk. Due Mon 02 Nov 10:12: 75 % of its window is used' in amber
    assert '<span class="visually-hidden">Acknowledge clock, At risk: </span>' in amber
    # A stopped clock is no longer a chip in the row: the acknowledged case shows two.
    assert chips_in(row_of(page, desk["amber, 50 min left"])) == [
        ("chip-sla-green", "Update", "1 d 16 h left"),
        ("chip-sla-amber", "Resolve", "50 min left"),
    ]


def test_a_paused_case_shows_paused_chips_with_the_time_left(client, manager, desk):
    client.force_login(manager)
    page = client.get(URL, {"sla": "paused"}).content.decode()
    # Raised 30 min ago, paused 10 min ago after 20 min: acknowledge had 40 min left, resolve
    # 7 h 40 min, update 1 d 23 h 40 min.
    assert chips_in(row_of(page, desk["paused"])) == [
        ("chip-sla-paused", "Ack", "paused, 40 min left"),
        ("chip-sla-paused", "Update", "paused, 1 d 23 h left"),
        ("chip-sla-paused", "Resolve", "paused, 7 h 40 min left"),
    ]


def test_the_chip_classes_are_in_the_stylesheet():
    css = Path(finders.find("css/desk.css")).read_text(encoding="utf-8")
    for state in ("green", "amber", "red", "paused", "met", "missed"):
        assert f".chip-sla-{state} " in css


def test_needs_attention_query_count_is_pinned_and_does_not_grow(
    client, manager, django_assert_max_num_queries
):
    def add(n):
        # Sev-2, acknowledge due 1 h after raising: raised 70, 50 and 5 min ago is red, amber
        # and green, so page 1 holds both parts (red or amber, then the rest) each time.
        for i in range(n):
            raised(manager, f"Case {i}", severity=2, at=NOW - (70, 50, 5)[i % 3] * MINUTE)

    add(3)
    client.force_login(manager)
    client.get(URL)  # the session is warm
    # session, user, user's groups (visibility), COUNT (with the size of each part of the
    # order), the page's ids in attention order and those rows with customer and owner (a
    # page across two parts is read ranked, ids first; a page inside one part reads its rows
    # in one query), the page's clocks (one prefetch for every chip), user permissions and
    # group permissions (the "New escalation" button), the nav bar's My work counts.
    with django_assert_max_num_queries(10) as small:
        client.get(URL)
    add(21)
    with django_assert_max_num_queries(10) as large:
        response = client.get(URL)
    assert len(titles(response)) == 24
    assert len(small.captured_queries) == len(large.captured_queries)
    # Only red ones: one part, its rows in one query.
    with django_assert_max_num_queries(9):
        assert len(titles(client.get(URL, {"sla": "red"}))) == 8


# --- The case page ---------------------------------------------------------------------------


def test_the_case_page_shows_every_clock_with_its_explanation_and_history(client, manager):
    h = timedelta(hours=1)
    case = raised(manager, "Clocked", severity=2, at=NOW - 3 * h)  # 07:00
    acknowledged(case, NOW - 3 * h + 10 * MINUTE)  # 07:10, 50 min to spare
    clocks.paused(case, now=NOW - 2 * h)  # 08:00: resolve has 7 h left, update 47 h
    clocks.resumed(case, now=NOW - h, why="the customer replied")  # 09:00
    client.force_login(manager)
    page = client.get(case.get_absolute_url()).content.decode()
    panel = page[page.index('id="clocks"') :]
    panel = panel[: panel.index("</section>")]
    # Acknowledge: stopped at 07:10, within its hour.
    ack = panel[panel.index('id="clock-acknowledge"') : panel.index('id="clock-update"')]
    assert "chip-sla-met" in ack
    assert "met its 1 h target" in ack
    assert "Nov 2, 07:00</time> — Started when the case was raised" in ack
    assert "Nov 2, 07:10</time> — Stopped: acknowledged" in ack
    # Resolve: 8 h from 07:00, an hour paused: due 16:00, 6 h left at 10:00.
    resolve = panel[panel.index('id="clock-resolve"') :]
    assert "6 h left" in resolve and "Due Mon 02 Nov 16:00" in resolve
    assert "Nov 2, 08:00</time> — Paused while waiting on the customer, 7 h left" in resolve
    assert "Nov 2, 09:00</time> — Resumed: the customer replied, 7 h left" in resolve
    # Update: every 2 days from 07:00, paused an hour: due Wednesday 08:00.
    update = panel[panel.index('id="clock-update"') : panel.index('id="clock-resolve"')]
    assert "1 d 22 h left" in update and "Due Wed 04 Nov 08:00" in update
    assert "Paused while waiting on the customer" in update


def test_a_case_without_clocks_says_why(client, manager):
    case = make_escalation(by=manager)
    client.force_login(manager)
    page = client.get(case.get_absolute_url()).content.decode()
    assert "No clocks yet: they start from the severity matrix" in page


# --- My work ---------------------------------------------------------------------------------


def test_my_work_shows_chips_and_puts_red_and_amber_cases_first(client, roster, agent):  # noqa: F811
    eli = roster.engineer  # Engineering lead: owner of technical cases
    older_green = raised(agent, "Older, green", severity=2, at=NOW - 10 * MINUTE)
    staff(older_green, now=NOW - 10 * MINUTE)
    newer_red = raised(agent, "Newer, red", severity=2, at=NOW - 70 * MINUTE)
    staff(newer_red, now=NOW - 5 * MINUTE)
    newest_amber = raised(agent, "Newest, amber", severity=2, at=NOW - 50 * MINUTE)
    staff(newest_amber, now=NOW - 2 * MINUTE)
    client.force_login(eli)
    response = client.get(reverse("escalations:my_work"))
    page = response.content.decode()
    accept = page[page.index('id="accept-heading"') : page.index('id="decide-heading"')]
    # Red (acknowledge 10 min over), then amber (10 min left), then the green one, though it
    # was assigned first.
    assert (
        accept.index(newer_red.reference)
        < accept.index(newest_amber.reference)
        < accept.index(older_green.reference)
    )
    acks = [chip for chip in chips_in(accept) if chip[1] == "Ack"]
    assert acks == [
        ("chip-sla-red", "Ack", "overdue 10 min"),
        ("chip-sla-amber", "Ack", "10 min left"),
        ("chip-sla-green", "Ack", "50 min left"),
    ]


@pytest.mark.parametrize("view", ["attention", "all"])
@pytest.mark.parametrize("sla", ["", "red", "amber", "paused"])
@pytest.mark.parametrize("stalled", [False, True])
def test_filters_said_to_keep_only_running_clocks_do(manager, view, sla, stalled):
    # A case of every kind: running green, amber, red, paused, stalled with no clock, none.
    customer = make_customer()
    kinds = {
        "green": {"sla_due_at": NOW + 60 * MINUTE, "sla_amber_at": NOW + 30 * MINUTE},
        "amber": {"sla_due_at": NOW + 10 * MINUTE, "sla_amber_at": NOW - 5 * MINUTE},
        "red": {"sla_due_at": NOW - 10 * MINUTE, "sla_amber_at": NOW - 40 * MINUTE},
        "paused": {"sla_paused_at": NOW - 30 * MINUTE},
        "stalled": {"stalled_at": NOW},
        "paused and stalled": {"sla_paused_at": NOW - 30 * MINUTE, "stalled_at": NOW},
        "none": {},
    }
    for title, fields in kinds.items():
        make_escalation(by=manager, customer=customer, title=title, **fields)
    filters = {
        "view": view,
        **({"sla": sla} if sla else {}),
        **({"stalled": True} if stalled else {}),
    }
    listed = queue_queryset(manager, filters, now=NOW)
    if lists_only_running(filters):
        assert not listed.filter(sla_due_at__isnull=True).exists()
    else:
        # Said only when true: otherwise something without a running clock is listed.
        assert listed.filter(sla_due_at__isnull=True).exists()
