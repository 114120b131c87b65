"""The comms lead writes to the customer: a template filled from the case, edited, sent."""

from __future__ import annotations

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone

from matrix.actions import comms_lead, name_of, suggested_template, template_values
from matrix.forms import UpdateForm
from matrix.models import UpdateTemplate

from .. import once, workflow
from ..access import desk_view, get_escalation_for_user
from ..refusals import Refused


@desk_view
def compose(request: HttpRequest, pk: int) -> HttpResponse:
    escalation = get_escalation_for_user(request, pk)
    lead = comms_lead(escalation)
    if lead is None or lead.person_id != request.user.pk:
        who = f" ({name_of(lead.person)})" if lead else ""
        messages.error(request, f"Only the case's comms lead{who} writes to the customer.")
        return redirect(f"{escalation.get_absolute_url()}#updates")
    templates = list(UpdateTemplate.objects.all())
    now = timezone.now()
    status = 200
    if request.method == "POST":
        form = UpdateForm(request.POST)
        token = once.token_from(request)
        if form.is_valid() and token:
            data = form.cleaned_data
            try:
                once.create(
                    token,
                    user=request.user,
                    now=now,
                    make=lambda: workflow.send_customer_update(
                        escalation,
                        subject=data["subject"],
                        body=data["body"],
                        template=data["template"],
                        by=request.user,
                        now=now,
                    ),
                    url_of=lambda _: f"{escalation.get_absolute_url()}#updates",
                )
            except once.AlreadySubmitted as duplicate:
                return once.already(request, duplicate, escalation.get_absolute_url())
            except Refused as error:
                messages.error(request, error.message)
                return redirect(f"{escalation.get_absolute_url()}#updates")
            messages.success(
                request,
                f"Update sent to {escalation.customer.primary_contact_name} "
                f"<{escalation.customer.primary_contact_email}>.",
            )
            return redirect(f"{escalation.get_absolute_url()}#updates")
        if form.is_valid():
            form.add_error(None, once.MISSING)
        status = 400
        chosen = form.cleaned_data.get("template") if form.is_bound else None
    else:
        purpose = request.GET.get("template") or suggested_template(escalation)
        chosen = next((t for t in templates if t.purpose == purpose), None)
        subject = body = ""
        if chosen is not None:
            subject, body = chosen.fill(template_values(escalation, sender=request.user, now=now))
        form = UpdateForm(initial={"template": chosen, "subject": subject, "body": body})
    return render(
        request,
        "escalations/update.html",
        {
            "case": escalation,
            "form": form,
            "templates": templates,
            "chosen": chosen,
            "to": escalation.customer,
        },
        status=status,
    )
