"""The case page and the forms that add to it."""

from __future__ import annotations

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.http import require_POST

from matrix.forms import MoveForm
from matrix.panel import panel_context as matrix_panel
from matrix.sla import chips
from triage.panel import panel_context

from .. import actions, once, workflow
from ..access import can_add_to_case, can_edit_brief, desk_view, get_escalation_for_user
from ..closeout_panel import panel_context as closeout_panel
from ..forms import (
    ArtifactForm,
    InteractionForm,
    NoteForm,
    StepForm,
)
from ..models import Escalation, TimelineEvent


@desk_view
def detail(request: HttpRequest, pk: int) -> HttpResponse:
    escalation = get_escalation_for_user(request, pk)
    return render(request, "escalations/detail.html", case_context(request, escalation))


def case_context(request: HttpRequest, escalation: Escalation, **forms) -> dict:
    now = timezone.now()
    today = timezone.localdate(now)
    customer = escalation.customer
    decisions_only = request.GET.get("timeline") == "decisions"
    # Counted as this reader may see them; the triage panel reads the same row.
    counts = customer.escalation_counts(
        escalation.created_at,
        excluding=escalation.pk,
        visible=Escalation.objects.visible_to(request.user),
    )
    clocks = list(escalation.clocks.all())
    context = {
        "case": escalation,
        "customer": customer,
        "days_to_renewal": customer.days_to_renewal(today),
        "tenure_days": customer.tenure_days(today),
        "counts": counts,
        "interactions": escalation.interactions.all(),
        "steps": escalation.troubleshooting_steps.all(),
        "artifacts": escalation.artifacts.all(),
        "timeline": _timeline(escalation, decisions_only),
        # Every clock, stopped ones too, with its explanation and history (one query).
        "clock_chips": chips(clocks, now),
        "decisions_only": decisions_only,
        "moves": workflow.moves_for(request.user, escalation),
        "move_form": forms.get("move_form") or MoveForm(prefix="move"),
        "can_edit": can_edit_brief(request.user),
        "can_add": can_add_to_case(request.user),
        "interaction_form": forms.get("interaction_form") or InteractionForm(prefix="interaction"),
        "note_form": forms.get("note_form") or NoteForm(prefix="note"),
        "step_form": forms.get("step_form") or StepForm(prefix="step"),
        "artifact_form": forms.get("artifact_form") or ArtifactForm(prefix="artifact"),
        "open_panel": next(iter(forms), ""),
    }
    context.update(
        panel_context(
            escalation, request.user, counts=counts, override_form=forms.get("override_form")
        )
    )
    context.update(matrix_panel(escalation, request.user, **forms))
    context.update(
        closeout_panel(
            escalation,
            moves=context["moves"],
            clocks=clocks,
            now=now,
            form=forms.get("closeout_form"),
        )
    )
    return context


def _timeline(escalation: Escalation, decisions_only: bool):
    events = escalation.timeline.select_related("actor").order_by("-at", "-id")
    if decisions_only:
        events = events.filter(kind__in=TimelineEvent.DECISION_KINDS)
    return events


def _add_to_case(request: HttpRequest, pk: int, form_class, prefix: str, apply, done: str):
    """Shared shape of the case page's 'add' forms: validate, apply, or re-show with errors."""
    escalation = get_escalation_for_user(request, pk)
    if not can_add_to_case(request.user):
        messages.error(request, "Your role can read this case but not add to it.")
        return redirect(escalation)
    form = form_class(request.POST, prefix=prefix)
    token = once.token_from(request)
    back = f"{escalation.get_absolute_url()}#timeline"
    if form.is_valid() and token:
        now = timezone.now()
        try:
            once.create(
                token,
                user=request.user,
                now=now,
                make=lambda: apply(escalation, form, now=now),
                url_of=lambda _: back,
            )
        except once.AlreadySubmitted as duplicate:
            return once.already(request, duplicate, back)
        messages.success(request, done)
        return redirect(back)
    messages.error(
        request, once.MISSING if form.is_valid() else "Not saved: see the highlighted fields."
    )
    context = case_context(request, escalation, **{f"{prefix}_form": form})
    return render(request, "escalations/detail.html", context, status=400)


@desk_view
@require_POST
def add_interaction(request: HttpRequest, pk: int) -> HttpResponse:
    def apply(escalation, form, *, now):
        interaction = form.save(commit=False)
        interaction.occurred_at = interaction.occurred_at or now
        workflow.customer_wrote(escalation, interaction, by=request.user, now=now)

    return _add_to_case(request, pk, InteractionForm, "interaction", apply, "Interaction added.")


@desk_view
@require_POST
def add_note(request: HttpRequest, pk: int) -> HttpResponse:
    def apply(escalation, form, *, now):
        actions.add_note(escalation, form.cleaned_data["text"], by=request.user, now=now)

    return _add_to_case(request, pk, NoteForm, "note", apply, "Note added.")


@desk_view
@require_POST
def add_step(request: HttpRequest, pk: int) -> HttpResponse:
    def apply(escalation, form, *, now):
        actions.add_troubleshooting_step(
            escalation, form.save(commit=False), by=request.user, now=now
        )

    return _add_to_case(request, pk, StepForm, "step", apply, "Troubleshooting step added.")


@desk_view
@require_POST
def add_artifact(request: HttpRequest, pk: int) -> HttpResponse:
    def apply(escalation, form, *, now):
        actions.add_artifact(escalation, form.save(commit=False), by=request.user, now=now)

    return _add_to_case(request, pk, ArtifactForm, "artifact", apply, "Artifact added.")
