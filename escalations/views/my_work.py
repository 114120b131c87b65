"""My work: what waits for the signed-in person, oldest first."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from matrix.forms import DecisionForm, DeclineForm
from matrix.my_work import approvals_to_decide, assignments_to_answer, customer_wrote_last

from ..access import desk_view

LIMIT = 100


@desk_view
def my_work(request: HttpRequest) -> HttpResponse:
    """Three lists, one query each, whatever their length (pinned in tests)."""
    user = request.user
    return render(
        request,
        "escalations/my_work.html",
        {
            "assignments": list(assignments_to_answer(user)[:LIMIT]),
            "approvals": list(approvals_to_decide(user)[:LIMIT]),
            "customers": list(customer_wrote_last(user)[:LIMIT]),
            "decline_form": DeclineForm(prefix="decline"),
            "decision_form": DecisionForm(prefix="decision"),
            "limit": LIMIT,
        },
    )
