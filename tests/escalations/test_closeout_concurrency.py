"""Two managers closing the same case at the same moment: one close-out, one timeline entry,
and the other is told (issue 10 item 1; the moves' race is tests/matrix/test_concurrency.py).

Each close runs in its own thread and PostgreSQL connection, released together by a barrier;
SQLite serialises writers, so the race cannot be staged there.
"""

from __future__ import annotations

from datetime import timedelta
from functools import partial

import pytest
from django.contrib.auth.models import Group, User
from django.db import connection

from escalations import workflow
from escalations.models import CloseOut, Escalation, RootCause
from escalations.refusals import Conflict, Refused
from tests.conftest import NOW
from tests.escalations.closeout import closeout_values, resolved_case
from tests.matrix.test_concurrency import ROUNDS, at_once, one_wins

pytestmark = [
    pytest.mark.skipif(
        connection.vendor != "postgresql",
        reason="needs two concurrent connections to PostgreSQL (DATABASE_URL=postgres://...)",
    ),
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def close(case: Escalation, by: User, cause: str):
    values = closeout_values(root_cause=RootCause.objects.get(slug=cause))
    fresh = Escalation.objects.get(pk=case.pk)
    return workflow.close_escalation(fresh, values, by=by, now=NOW + timedelta(hours=5))


def test_two_managers_closing_at_once_one_wins(agent, manager):
    other = User.objects.create_user("sam", "sam@desk.test", "pw")
    other.groups.add(Group.objects.get(name="Support Manager"))
    for _ in range(ROUNDS):
        case = resolved_case(agent, manager)

        results = at_once(
            partial(close, case, manager, "product-bug"),
            partial(close, case, other, "process-failure"),
        )

        winner, lost = one_wins(results, loser=Refused)
        if isinstance(lost, Conflict):  # the two met: the second read the case before the commit
            assert "moved the case to closed first" in lost.message
        else:  # under load the second can start after the first committed: it finds it closed
            assert "not possible while the case is closed; nothing was changed" in lost.message
        record = CloseOut.objects.get(escalation=case)
        assert (record.closed_by_id, record.root_cause_id) == (
            winner.closed_by_id,
            winner.root_cause_id,
        )
        assert case.timeline.filter(summary="Resolved → Closed").count() == 1
        assert Escalation.objects.get(pk=case.pk).status == "closed"
