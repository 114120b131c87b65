"""Two managers saving the same action item at the same moment: one is saved, one is told.

Each save runs in its own thread, hence its own PostgreSQL connection, released together by
a barrier. SQLite runs one writer at a time, so the race cannot be staged there.
"""

from __future__ import annotations

from datetime import date, datetime
from functools import partial

import pytest
from django.db import connection

from escalations.models import RootCause
from reports import actions
from reports.models import ActionItem
from reports.periods import parse
from tests.conftest import NOW
from tests.matrix.test_concurrency import at_once
from tests.reports.closed_cases import closed_case

pytestmark = [
    pytest.mark.skipif(
        connection.vendor != "postgresql",
        reason="needs two concurrent connections to PostgreSQL (DATABASE_URL=postgres://...)",
    ),
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

ROUNDS = 3  # once could pass by luck of the scheduler


def save(item_id: int, values: dict, *, by):
    item = ActionItem.objects.select_related("owner").get(pk=item_id)
    return actions.update_item(item, values, seen_version=1, by=by, now=NOW)


def test_of_two_managers_saving_version_1_at_once_one_wins_and_the_other_is_told(
    manager, deskadmin
):
    for _ in range(5):
        closed_case("product-bug", datetime.fromisoformat("2026-08-15T12:00:00+00:00"), by=manager)
    for _ in range(ROUNDS):
        item = actions.raise_item(
            period=parse("2026-Q3"),
            root_cause=RootCause.objects.get(slug="product-bug"),
            title="Fix the export retry",
            function="engineering",
            owner=manager,
            due_date=date(2026, 12, 15),
            by=manager,
            now=NOW,
        )
        molly = {"status": "dropped", "outcome": "Molly: not worth it."}
        dana = {"status": "done", "outcome": "Dana: shipped in 4.2."}

        results = at_once(
            partial(save, item.pk, molly, by=manager),
            partial(save, item.pk, dana, by=deskadmin),
        )

        stale = [r for r in results if isinstance(r, actions.Stale)]
        saved = [r for r in results if isinstance(r, ActionItem)]
        assert len(stale) == 1 and len(saved) == 1, results
        item.refresh_from_db()
        assert item.version == 2
        # The stored item is the winner's edit, whole: never a mix of the two.
        assert (item.status, item.outcome) in {
            ("dropped", "Molly: not worth it."),
            ("done", "Dana: shipped in 4.2."),
        }
        assert item.outcome == saved[0].outcome
        # The loser was shown what the winner saved.
        assert stale[0].current.outcome == item.outcome
