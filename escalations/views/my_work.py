"""My work: what waits for the signed-in person, cases with breached or amber clocks first."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import timezone

from matrix.forms import DecisionForm, DeclineForm
from matrix.my_work import (
    approvals_to_decide,
    assignments_to_answer,
    customer_wrote_last,
    urgent_first,
)

from ..access import desk_view
from ..queue import clock_chips

LIMIT = 100


@desk_view
def my_work(request: HttpRequest) -> HttpResponse:
    """Three lists, one query each, and one for all their clocks, whatever their length.

    Within each list, cases whose clocks are red or amber come first (nearest due first);
    the rest stay oldest first. Pinned in tests/matrix/test_work_pages.py.
    """
    user = request.user
    now = timezone.now()
    via = "escalation__"
    assignments = list(urgent_first(assignments_to_answer(user), now, via=via)[:LIMIT])
    approvals = list(urgent_first(approvals_to_decide(user), now, via=via)[:LIMIT])
    customers = list(urgent_first(customer_wrote_last(user), now)[:LIMIT])
    cases = [a.escalation for a in assignments] + [a.escalation for a in approvals] + customers
    return render(
        request,
        "escalations/my_work.html",
        {
            "assignments": assignments,
            "approvals": approvals,
            "customers": customers,
            "chips": clock_chips(cases, now),
            "decline_form": DeclineForm(prefix="decline"),
            "decision_form": DecisionForm(prefix="decision"),
            "limit": LIMIT,
        },
    )
