"""`seed_report_demo` (run by seed_demo at its end): an action item for the latest complete
quarter's systemic problem, a finished one for the quarter before, last month's snapshot.

At the suite's instant (2026-11-02 10:00 UTC) the latest complete quarter is Q3 2026, the one
before it Q2, the previous month October.
"""

from __future__ import annotations

from datetime import date, datetime
from io import StringIO

import pytest
from django.contrib.auth.models import Group, User
from django.core.management import call_command
from django.core.management.base import CommandError
from django.test import override_settings

from escalations.models import Notification
from reports.models import ActionItem, Snapshot
from tests.conftest import NOW
from tests.reports.closed_cases import closed_case

pytestmark = pytest.mark.django_db

AUGUST = datetime.fromisoformat("2026-08-15T12:00:00+00:00")
MAY = datetime.fromisoformat("2026-05-20T12:00:00+00:00")


def run(*args: str) -> list[str]:
    out = StringIO()
    with override_settings(DEBUG=True):
        call_command("seed_report_demo", "--now", NOW.isoformat(), *args, stdout=out)
    return out.getvalue().splitlines()


def person(username: str, group: str) -> User:
    user = User.objects.create_user(username, f"{username}@desk.test", "pw")
    user.groups.add(Group.objects.get(name=group))
    return user


@pytest.fixture
def demo_people(db):
    """The demo's raiser and the owners it picks by function (escalations/demo_data.py)."""
    return {
        "manager": person("manager", "Support Manager"),
        "mei.lin": person("mei.lin", "Agent"),
        "sarah.okoye": person("sarah.okoye", "Support Manager"),
        "executive": person("executive", "Executive"),
    }


def test_it_raises_this_quarters_item_and_last_quarters_done_one_and_takes_the_snapshot(
    demo_people,
):
    people = demo_people
    for _ in range(5):
        closed_case("product-bug", AUGUST, by=people["manager"])  # Q3: 5 product bugs
    for _ in range(6):
        closed_case("kb-gap", MAY, by=people["manager"])  # Q2: 6 knowledge-base gaps

    lines = run()

    q3 = ActionItem.objects.get(quarter="2026-Q3")
    assert (q3.root_cause.slug, q3.function, q3.status) == (
        "product-bug",
        "engineering",
        "in_progress",
    )
    assert (q3.owner, q3.created_by) == (people["mei.lin"], people["manager"])
    # Raised five days after Q3 ended, due a month after the demo's now.
    assert q3.created_at == datetime.fromisoformat("2026-10-06T00:00:00+00:00")
    assert q3.due_date == date(2026, 12, 2)
    q2 = ActionItem.objects.get(quarter="2026-Q2")
    assert (q2.root_cause.slug, q2.function, q2.status) == ("kb-gap", "support_ops", "done")
    assert q2.owner == people["sarah.okoye"] and q2.outcome
    assert list(Snapshot.objects.values_list("month", flat=True)) == ["2026-10"]
    assert Notification.objects.filter(recipient=people["executive"], key="report:2026-10").exists()
    assert lines == [
        "seed_report_demo: action item for Product bug in Q3 2026 (5 cases, $600,000 ARR at "
        "risk): in progress, routed to Engineering",
        "seed_report_demo: action item for Knowledge-base gap in Q2 2026 (6 cases, $720,000 "
        "ARR at risk): done, routed to Support Ops",
        "seed_report_demo: snapshot of 2026-10: taken, executives told",
    ]


def test_a_second_run_changes_nothing(demo_people):
    for _ in range(5):
        closed_case("product-bug", AUGUST, by=demo_people["manager"])
    run()
    before = (list(ActionItem.objects.values()), list(Snapshot.objects.values()))

    lines = run()

    assert (list(ActionItem.objects.values()), list(Snapshot.objects.values())) == before
    assert lines == [
        "seed_report_demo: action items: Product bug in Q3 2026 has one already",
        "seed_report_demo: action items: no systemic problem in Q2 2026 (no root cause with 5 "
        "or more cases closed); none added",
        "seed_report_demo: snapshot of 2026-10: already there",
    ]


def test_without_a_systemic_problem_it_says_so_and_still_takes_the_snapshot(demo_people):
    for _ in range(4):
        closed_case("product-bug", AUGUST, by=demo_people["manager"])  # one short

    lines = run()

    assert ActionItem.objects.count() == 0
    assert lines[0] == (
        "seed_report_demo: action items: no systemic problem in Q3 2026 (no root cause with 5 "
        "or more cases closed); none added"
    )
    assert Snapshot.objects.filter(month="2026-10").exists()


def test_it_refuses_to_run_with_debug_off(db):
    with pytest.raises(CommandError, match="DEBUG off"):
        call_command("seed_report_demo", "--now", NOW.isoformat(), stdout=StringIO())


@pytest.mark.parametrize("bad", ["yesterday", "2026-13-01T00:00:00"])
def test_a_bad_instant_is_refused(db, bad):
    with pytest.raises(CommandError, match="ISO 8601"), override_settings(DEBUG=True):
        call_command("seed_report_demo", "--now", bad, stdout=StringIO())


def test_seed_demo_runs_it_at_its_end(db):
    out = StringIO()
    with override_settings(DEBUG=True):
        call_command("seed_demo", "--now", NOW.isoformat(), "--escalations", "0", stdout=out)

    # Its lines come just before seed_demo's summary, which stays the last line.
    lines = out.getvalue().splitlines()
    assert lines[-1].startswith("seed_demo: ")
    assert lines[-2] == "seed_report_demo: snapshot of 2026-10: taken, executives told"
    assert lines[-4].startswith("seed_report_demo: action items: no systemic problem in Q3 2026")
