"""Override and feedback on a case's triage. The case page itself is escalations.views.detail."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import permission_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.views.decorators.http import require_POST

from triage import actions
from triage.forms import FeedbackForm, OverrideForm

from .. import once, workflow
from ..access import desk_view, get_escalation_for_user
from .case import case_context
from .work import _landing, once_if_token, submitted_before


@desk_view
@require_POST
@permission_required("triage.add_triageoverride", raise_exception=True)
def override(request: HttpRequest, pk: int) -> HttpResponse:
    escalation = get_escalation_for_user(request, pk)
    form = OverrideForm(request.POST, prefix="override", escalation=escalation)
    if not escalation.triage_runs.exists():
        messages.error(request, "This case has not been triaged yet.")
        return redirect(escalation)
    # Before the form: a double click's second request would otherwise be refused as an
    # override that changes nothing (the first made it), which is not what happened.
    if first := submitted_before(request):
        return once.already(request, first, f"{escalation.get_absolute_url()}#triage")
    if form.is_valid():
        now = timezone.now()
        try:
            once_if_token(
                request,
                f"{escalation.get_absolute_url()}#triage",
                lambda: workflow.override_triage(
                    escalation,
                    severity=form.cleaned_data["severity"],
                    lane=form.cleaned_data["lane"] or None,
                    reason=form.cleaned_data["reason"],
                    by=request.user,
                    now=now,
                ),
            )
        except once.AlreadySubmitted as duplicate:
            return once.already(request, duplicate, f"{escalation.get_absolute_url()}#triage")
        messages.success(request, "Triage overridden; the reason is on the timeline.")
        # An override to Sev-1 can hide the case from the manager who made it.
        return _landing(request, escalation, "triage")
    messages.error(request, "Not overridden: see the triage panel.")
    context = case_context(request, escalation, override_form=form)
    return render(request, "escalations/detail.html", context, status=400)


@desk_view
@require_POST
@permission_required("triage.add_triagefeedback", raise_exception=True)
def feedback(request: HttpRequest, pk: int, run_id: int) -> HttpResponse:
    escalation = get_escalation_for_user(request, pk)
    run = get_object_or_404(escalation.triage_runs, pk=run_id)
    form = FeedbackForm(request.POST)
    back = f"{escalation.get_absolute_url()}#triage"
    if form.is_valid():
        now = timezone.now()
        try:
            once_if_token(
                request,
                back,
                lambda: actions.give_feedback(
                    run,
                    verdict=form.cleaned_data["verdict"],
                    note=form.cleaned_data["note"],
                    by=request.user,
                    now=now,
                ),
            )
        except once.AlreadySubmitted as duplicate:
            return once.already(request, duplicate, back)
        messages.success(request, "Thanks — your verdict on this triage is recorded.")
    else:
        messages.error(request, " ".join(["Not recorded:", *form.problems()]))
    return redirect(back)
