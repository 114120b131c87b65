"""Raising a case with a complete brief (its edit page is escalations/views/brief.py)."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import permission_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone

from .. import once, workflow
from ..access import desk_view
from ..forms import (
    EscalationForm,
    IntakeInteractions,
    IntakeSteps,
    brief_problems,
    parse_id,
)
from ..models import Escalation


@desk_view
@permission_required("escalations.add_escalation", raise_exception=True)
def new(request: HttpRequest) -> HttpResponse:
    blank = Escalation()
    if request.method == "POST":
        form = EscalationForm(request.POST)
        steps = IntakeSteps(request.POST, instance=blank, prefix="steps")
        interactions = IntakeInteractions(request.POST, instance=blank, prefix="words")
        valid = all([form.is_valid(), steps.is_valid(), interactions.is_valid()])
        token = once.token_from(request)
        if valid and token:
            now = timezone.now()
            customer_words = interactions.save(commit=False)
            for interaction in customer_words:
                interaction.occurred_at = interaction.occurred_at or now
            try:
                escalation = once.create(
                    token,
                    user=request.user,
                    now=now,
                    make=lambda: workflow.raise_escalation(
                        form.save(commit=False),
                        steps=steps.save(commit=False),
                        interactions=customer_words,
                        by=request.user,
                        now=now,
                    ),
                )
            except once.AlreadySubmitted as duplicate:
                return once.already(request, duplicate, reverse("escalations:queue"))
            messages.success(request, f"{escalation.reference} raised for {escalation.customer}.")
            return redirect(escalation)
        problems = brief_problems(form, steps, interactions) + ([] if token else [once.MISSING])
        status = 400
    else:
        initial = {}
        if customer_id := parse_id(request.GET.get("customer")):
            initial["customer"] = customer_id
        form = EscalationForm(initial=initial)
        steps = IntakeSteps(instance=blank, prefix="steps")
        interactions = IntakeInteractions(instance=blank, prefix="words")
        problems, status = [], 200
    return render(
        request,
        "escalations/new.html",
        {"form": form, "steps": steps, "interactions": interactions, "problems": problems},
        status=status,
    )
