"""My work: what waits for the signed-in person, cases with breached or amber clocks first."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import timezone

from matrix.forms import DecisionForm, DeclineForm
from matrix.my_work import (
    SHOWN,
    approvals_to_decide,
    assignments_to_answer,
    customer_wrote_last,
    urgent_first,
)

from ..access import desk_view
from ..queue import clock_chips


@desk_view
def my_work(request: HttpRequest) -> HttpResponse:
    """Three lists, one query each, and one for all their clocks, whatever their length.

    Within each list, cases whose clocks are red or amber come first (nearest due first);
    the rest stay oldest first. Each shows its first SHOWN; one more row is read so that its
    heading can say there are more ("100+", as the navigation's count does).
    Pinned in tests/matrix/test_work_pages.py.
    """
    user = request.user
    now = timezone.now()
    via = "escalation__"
    assignments = list(urgent_first(assignments_to_answer(user), now, via=via)[: SHOWN + 1])
    approvals = list(urgent_first(approvals_to_decide(user), now, via=via)[: SHOWN + 1])
    customers = list(urgent_first(customer_wrote_last(user), now)[: SHOWN + 1])
    sizes = {
        "assignments": len(assignments),
        "approvals": len(approvals),
        "customers": len(customers),
    }
    assignments, approvals, customers = assignments[:SHOWN], approvals[:SHOWN], customers[:SHOWN]
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
            "sizes": sizes,
            "shown": SHOWN,
        },
    )
