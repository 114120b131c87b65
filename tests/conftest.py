"""The named people of the test suite and a few domain assertions (STYLE.md item 10)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime
from decimal import Decimal
from itertools import count

import pytest
import time_machine
from django.contrib.auth.models import Group, User

from escalations.models import Customer, Escalation, Interaction, TimelineEvent, TroubleshootingStep

NOW = datetime.fromisoformat("2026-11-02T10:00:00+00:00")
_serial = count(1)


@pytest.fixture(autouse=True)
def clock() -> Iterator[time_machine.Traveller]:
    """The suite's one clock, pinned at NOW and not ticking, for every test.

    The suite's data is dated at or shortly before NOW (2026-11-02 10:00 UTC): cases are
    raised at NOW, the customer's words at 08:30 that day, renewals weeks ahead. Pinning the
    clock there means whatever a view or action does with `timezone.now()` happens right after
    that data, on any day the suite runs. A test that needs another instant asks for this
    fixture and moves it explicitly:

        def test_later(clock):
            clock.move_to(NOW + timedelta(days=1))  # or clock.shift(timedelta(hours=2))
    """
    with time_machine.travel(NOW, tick=False) as traveller:
        yield traveller


def _person(username: str, group: str | None, **extra) -> User:
    user = User.objects.create_user(username, f"{username}@desk.test", "pw", **extra)
    if group:
        user.groups.add(Group.objects.get(name=group))
    return user


@pytest.fixture
def agent(db) -> User:
    return _person("alice", "Agent", first_name="Alice", last_name="Agent")


@pytest.fixture
def manager(db) -> User:
    return _person("molly", "Support Manager", first_name="Molly", last_name="Manager")


@pytest.fixture
def executive(db) -> User:
    return _person("erin", "Executive", first_name="Erin", last_name="Exec")


@pytest.fixture
def deskadmin(db) -> User:
    return _person("dana", "Desk Admin", is_staff=True)


@pytest.fixture
def outsider(db) -> User:
    """Logged in, in no group: every desk page answers 403 (no desk role)."""
    return _person("oscar", None)


def make_customer(**fields) -> Customer:
    n = next(_serial)
    values = {
        "name": f"Customer {n}",
        "arr": Decimal("120000"),
        "plan": "Enterprise",
        "region": "EMEA",
        "renewal_date": date(2027, 1, 15),
        "customer_since": date(2019, 5, 1),
        "sla_level": "premium",
        "primary_contact_name": "Pat Contact",
        "primary_contact_email": "pat@example.com",
    }
    values.update(fields)
    return Customer.objects.create(**values)


def make_escalation(
    *, by: User, customer: Customer | None = None, at: datetime = NOW, **fields
) -> Escalation:
    """A complete technical brief saved straight through the ORM, with one step and one quote."""
    values = {
        "title": "Exports fail for the finance team",
        "summary": "Nightly exports have failed since Monday. Finance cannot close the month.",
        "entry_point": "csm",
        "category": "technical",
        "product_area": "Reporting",
        "desired_outcome": "Exports run again before month end.",
        "recommended_next_step": "Engineering to inspect the export worker.",
        "target_team": "Engineering / Tier 2",
        "environment": "EU production",
        "reproduction_steps": "Run the nightly export for account 42.",
        "created_by": by,
        "created_at": at,
        "updated_at": at,
    }
    values.update(fields)
    escalation = Escalation.objects.create(customer=customer or make_customer(), **values)
    TroubleshootingStep.objects.create(
        escalation=escalation,
        action="Restarted the export job",
        result="Failed again",
        created_by=by,
        created_at=at,
    )
    Interaction.objects.create(
        escalation=escalation,
        occurred_at=at,
        contact_name="Pat Contact",
        channel="email",
        body="Our month-end close is blocked.",
        created_by=by,
        created_at=at,
    )
    TimelineEvent.objects.create(
        escalation=escalation, at=at, actor=by, kind="created", summary="Escalation raised"
    )
    return escalation


def assert_timeline_has(
    escalation: Escalation, kind: str, fragment: str = "", actor: User | None = None
) -> TimelineEvent:
    events = list(
        TimelineEvent.objects.filter(escalation=escalation, kind=kind).order_by("-at", "-id")
    )
    matching = [
        e
        for e in events
        if fragment in f"{e.summary}\n{e.body}" and (actor is None or e.actor_id == actor.pk)
    ]
    assert matching, (
        f"no {kind!r} timeline event containing {fragment!r}; have {[e.summary for e in events]}"
    )
    return matching[0]
