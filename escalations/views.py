"""Queue, case, intake and customer pages. Views parse, call an action, render."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required, permission_required
from django.contrib.auth.models import User
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.views.decorators.http import require_POST

from triage.panel import panel_context

from . import actions, workflow
from .access import can_add_to_case, can_edit_brief, get_escalation_for_user
from .forms import (
    SORT_LABELS,
    ArtifactForm,
    EscalationForm,
    IntakeInteractions,
    IntakeSteps,
    InteractionForm,
    NoteForm,
    QueueFilterForm,
    StepForm,
    brief_problems,
    parse_id,
)
from .models import Customer, Escalation
from .queue import queue_queryset

QUEUE_PAGE_SIZE = 50
CUSTOMER_PAGE_SIZE = 50


@login_required
def queue(request: HttpRequest) -> HttpResponse:
    form = QueueFilterForm(request.GET, owner_label=_owner_label(request.GET.get("owner", "")))
    filters = form.cleaned()
    page = Paginator(queue_queryset(request.user, filters), QUEUE_PAGE_SIZE).get_page(
        request.GET.get("page")
    )
    customer = None
    if filters.get("customer"):
        customer = Customer.objects.filter(pk=filters["customer"]).only("name").first()
    params = request.GET.copy()
    params.pop("page", None)
    return render(
        request,
        "escalations/queue.html",
        {
            "form": form,
            "filters": filters,
            "page": page,
            "filter_customer": customer,
            "querystring": params.urlencode(),
            "sort_labels": SORT_LABELS,
            "current_sort": filters.get("sort", "newest"),
            "is_filtered": any(k != "sort" for k in filters),
        },
    )


def _owner_label(owner: str) -> str:
    person_id = parse_id(owner)
    if person_id is None:
        return ""
    person = User.objects.filter(pk=person_id).first()
    return (person.get_full_name() or person.username) if person else ""


@login_required
def detail(request: HttpRequest, pk: int) -> HttpResponse:
    escalation = get_escalation_for_user(request, pk)
    return render(request, "escalations/detail.html", case_context(request, escalation))


def case_context(request: HttpRequest, escalation: Escalation, **forms) -> dict:
    now = timezone.now()
    today = timezone.localdate(now)
    customer = escalation.customer
    context = {
        "case": escalation,
        "customer": customer,
        "days_to_renewal": customer.days_to_renewal(today),
        "tenure_days": customer.tenure_days(today),
        "counts": customer.escalation_counts(escalation.created_at, excluding=escalation.pk),
        "interactions": escalation.interactions.all(),
        "steps": escalation.troubleshooting_steps.all(),
        "artifacts": escalation.artifacts.all(),
        "timeline": escalation.timeline.select_related("actor").order_by("-at", "-id"),
        "can_edit": can_edit_brief(request.user),
        "can_add": can_add_to_case(request.user),
        "interaction_form": forms.get("interaction_form") or InteractionForm(prefix="interaction"),
        "note_form": forms.get("note_form") or NoteForm(prefix="note"),
        "step_form": forms.get("step_form") or StepForm(prefix="step"),
        "artifact_form": forms.get("artifact_form") or ArtifactForm(prefix="artifact"),
        "open_panel": next(iter(forms), ""),
    }
    context.update(
        panel_context(escalation, request.user, override_form=forms.get("override_form"))
    )
    return context


@login_required
@permission_required("escalations.add_escalation", raise_exception=True)
def new(request: HttpRequest) -> HttpResponse:
    blank = Escalation()
    if request.method == "POST":
        form = EscalationForm(request.POST)
        steps = IntakeSteps(request.POST, instance=blank, prefix="steps")
        interactions = IntakeInteractions(request.POST, instance=blank, prefix="words")
        if all([form.is_valid(), steps.is_valid(), interactions.is_valid()]):
            now = timezone.now()
            customer_words = interactions.save(commit=False)
            for interaction in customer_words:
                interaction.occurred_at = interaction.occurred_at or now
            escalation = workflow.raise_escalation(
                form.save(commit=False),
                steps=steps.save(commit=False),
                interactions=customer_words,
                by=request.user,
                now=now,
            )
            messages.success(request, f"{escalation.reference} raised for {escalation.customer}.")
            return redirect(escalation)
        problems = brief_problems(form, steps, interactions)
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


@login_required
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
            return redirect(escalation)
        status = 400
    else:
        form, status = EscalationForm(instance=escalation), 200
    return render(
        request,
        "escalations/edit.html",
        {"case": escalation, "form": form, "problems": brief_problems(form)},
        status=status,
    )


def _add_to_case(request: HttpRequest, pk: int, form_class, prefix: str, apply, done: str):
    """Shared shape of the case page's 'add' forms: validate, apply, or re-show with errors."""
    escalation = get_escalation_for_user(request, pk)
    if not can_add_to_case(request.user):
        messages.error(request, "Your role can read this case but not add to it.")
        return redirect(escalation)
    form = form_class(request.POST, prefix=prefix)
    if form.is_valid():
        apply(escalation, form, now=timezone.now())
        messages.success(request, done)
        return redirect(f"{escalation.get_absolute_url()}#timeline")
    messages.error(request, "Not saved: see the highlighted fields.")
    context = case_context(request, escalation, **{f"{prefix}_form": form})
    return render(request, "escalations/detail.html", context, status=400)


@login_required
@require_POST
def add_interaction(request: HttpRequest, pk: int) -> HttpResponse:
    def apply(escalation, form, *, now):
        interaction = form.save(commit=False)
        interaction.occurred_at = interaction.occurred_at or now
        workflow.customer_wrote(escalation, interaction, by=request.user, now=now)

    return _add_to_case(request, pk, InteractionForm, "interaction", apply, "Interaction added.")


@login_required
@require_POST
def add_note(request: HttpRequest, pk: int) -> HttpResponse:
    def apply(escalation, form, *, now):
        actions.add_note(escalation, form.cleaned_data["text"], by=request.user, now=now)

    return _add_to_case(request, pk, NoteForm, "note", apply, "Note added.")


@login_required
@require_POST
def add_step(request: HttpRequest, pk: int) -> HttpResponse:
    def apply(escalation, form, *, now):
        actions.add_troubleshooting_step(
            escalation, form.save(commit=False), by=request.user, now=now
        )

    return _add_to_case(request, pk, StepForm, "step", apply, "Troubleshooting step added.")


@login_required
@require_POST
def add_artifact(request: HttpRequest, pk: int) -> HttpResponse:
    def apply(escalation, form, *, now):
        actions.add_artifact(escalation, form.save(commit=False), by=request.user, now=now)

    return _add_to_case(request, pk, ArtifactForm, "artifact", apply, "Artifact added.")


CUSTOMER_SORTS = {"name": ("name",), "arr": ("-arr", "name"), "renewal": ("renewal_date", "name")}


@login_required
def customer_list(request: HttpRequest) -> HttpResponse:
    customers = Customer.objects.all()
    q = request.GET.get("q", "").strip()[:200]
    if q:
        customers = customers.filter(name__icontains=q)
    tier = request.GET.get("tier", "")
    if tier in dict(Customer._meta.get_field("tier").choices):
        customers = customers.filter(tier=tier)
    else:
        tier = ""
    sort = request.GET.get("sort", "name")
    if sort not in CUSTOMER_SORTS:
        sort = "name"
    page = Paginator(customers.order_by(*CUSTOMER_SORTS[sort]), CUSTOMER_PAGE_SIZE).get_page(
        request.GET.get("page")
    )
    params = request.GET.copy()
    params.pop("page", None)
    return render(
        request,
        "escalations/customer_list.html",
        {
            "page": page,
            "q": q,
            "tier": tier,
            "sort": sort,
            "tiers": Customer._meta.get_field("tier").choices,
            "querystring": params.urlencode(),
            "today": timezone.localdate(),
        },
    )


@login_required
def customer_detail(request: HttpRequest, pk: int) -> HttpResponse:
    customer = get_object_or_404(Customer, pk=pk)
    now = timezone.now()
    today = timezone.localdate(now)
    history = customer.escalations.visible_to(request.user).select_related("owner")
    return render(
        request,
        "escalations/customer_detail.html",
        {
            "customer": customer,
            "days_to_renewal": customer.days_to_renewal(today),
            "tenure_days": customer.tenure_days(today),
            "counts": customer.escalation_counts(now),
            "history": history.order_by("-created_at", "-id")[:100],
        },
    )
