"""Closing a case with its close-out, from the case page's workflow panel."""

from __future__ import annotations

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.http import require_POST

from .. import closeout, once, workflow
from ..access import desk_view, get_escalation_for_user
from ..forms import CloseOutForm
from ..refusals import Refused
from .case import case_context


def _again(request: HttpRequest, escalation, form: CloseOutForm, status: int) -> HttpResponse:
    """The case page again, the close-out open with everything typed and each problem shown."""
    context = case_context(request, escalation, closeout_form=form)
    return render(request, "escalations/detail.html", context, status=status)


@desk_view
@require_POST
def close(request: HttpRequest, pk: int) -> HttpResponse:
    escalation = get_escalation_for_user(request, pk)
    back = f"{escalation.get_absolute_url()}#workflow"
    form = CloseOutForm(request.POST, escalation=escalation, prefix="closeout")
    if not workflow.may_move(request.user, escalation):
        # As for any move: the case page with the refusal, nothing changed.
        messages.error(request, workflow.NOT_A_MOVER)
        context = case_context(request, escalation)
        return render(request, "escalations/detail.html", context, status=409)
    token = once.token_from(request)
    if not form.is_valid() or token is None:
        if form.is_valid():
            form.add_error(None, once.MISSING)
        messages.error(request, "Not closed: see the highlighted fields.")
        return _again(request, escalation, form, 400)
    now = timezone.now()
    try:
        record = once.create(
            token,
            user=request.user,
            now=now,
            make=lambda: workflow.close_escalation(
                escalation, form.cleaned_data, by=request.user, now=now
            ),
            url_of=lambda _: back,
        )
    except once.AlreadySubmitted as duplicate:
        return once.already(request, duplicate, back)
    except closeout.Incomplete as refused:
        # Something changed between the form and the close (a row retired meanwhile).
        for name, message in refused.problems.items():
            form.add_error(name if name in form.fields else None, message)
        messages.error(request, "Not closed: see the highlighted fields.")
        return _again(request, escalation, form, 400)
    except Refused as refused:
        # Not resolved any more, or somebody closed or reopened it first: the page as it is now.
        messages.error(request, refused.message)
        return _again(request, get_escalation_for_user(request, pk), form, 409)
    follow_up = timezone.localtime(escalation.follow_up_due_at)
    messages.success(
        request,
        f"{escalation.reference} is closed ({'within' if record.within_sla else 'outside'} "
        f"SLA). The CSM follow-up is due {follow_up:%a %d %b}.",
    )
    return redirect(back)
