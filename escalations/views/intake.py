"""Raising a case with a complete brief, and editing the brief."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import permission_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone

from .. import once, workflow
from ..access import can_edit_brief, desk_view, get_escalation_for_user
from ..forms import (
    EscalationForm,
    IntakeInteractions,
    IntakeSteps,
    brief_problems,
    parse_id,
)
from ..models import Escalation
from .work import _landing


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


@desk_view
def edit(request: HttpRequest, pk: int) -> HttpResponse:
    escalation = get_escalation_for_user(request, pk)
    if not can_edit_brief(request.user):
        messages.error(request, "Only support managers and desk admins edit a brief.")
        return redirect(escalation)
    if request.method == "POST":
        form = EscalationForm(request.POST, instance=Escalation.objects.get(pk=escalation.pk))
        if form.is_valid():
            changes = workflow.edit_brief(
                escalation, form.cleaned_data, by=request.user, now=timezone.now()
            )
            if changes:
                messages.success(request, f"Brief updated ({len(changes)} field(s) changed).")
            else:
                messages.info(request, "Nothing changed.")
            # The edit re-triages: a case that became Sev-1 may be hidden from its editor.
            return _landing(request, escalation, "timeline")
        status = 400
    else:
        form, status = EscalationForm(instance=escalation), 200
    return render(
        request,
        "escalations/edit.html",
        {"case": escalation, "form": form, "problems": brief_problems(form)},
        status=status,
    )
