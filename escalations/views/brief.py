"""Editing a case's brief, guarded against two managers saving over each other.

The form carries the fingerprint of the brief it was drawn from (actions.brief_fingerprint).
The save compares it with the row it has locked (workflow.edit_brief); when somebody changed
the brief meanwhile, nothing is written and the page comes back with 409: their version beside
what this person typed, which stays in the form, and the current fingerprint, so saving again
(after checking) goes through. A double click finds its own first save: nothing is left to
change, so it says so and goes to the case.
"""

from __future__ import annotations

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone

from .. import timeline, workflow
from ..access import can_edit_brief, desk_view, get_escalation_for_user
from ..actions import BRIEF_FIELDS, BriefChanged, brief_fingerprint
from ..forms import BriefEditForm, brief_problems
from ..models import Escalation
from .work import _landing


@desk_view
def edit(request: HttpRequest, pk: int) -> HttpResponse:
    escalation = get_escalation_for_user(request, pk)
    if not can_edit_brief(request.user):
        messages.error(request, "Only support managers and desk admins edit a brief.")
        return redirect(escalation)
    if request.method != "POST":
        form = BriefEditForm(instance=escalation, initial={"drawn": brief_fingerprint(escalation)})
        return _page(request, escalation, form)
    data = request.POST.copy()
    # The form writes what was typed onto its instance: never the case shown above it.
    form = BriefEditForm(data, instance=Escalation.objects.get(pk=escalation.pk))
    if not form.is_valid():
        return _page(request, escalation, form, status=400)
    values = {name: form.cleaned_data[name] for name in BRIEF_FIELDS}
    try:
        changes = workflow.edit_brief(
            escalation,
            values,
            by=request.user,
            now=timezone.now(),
            drawn=form.cleaned_data["drawn"],
        )
    except BriefChanged as stale:
        theirs, yours = (
            timeline.snapshot(stale.current, BRIEF_FIELDS),
            timeline.snapshot(form.instance, BRIEF_FIELDS),
        )
        if theirs == yours:
            # A double click (or a colleague typing the same): the brief already says this.
            messages.info(request, "The brief already says exactly what you saved.")
            return _landing(request, escalation, "timeline")
        messages.error(request, stale.message)
        data["drawn"] = brief_fingerprint(stale.current)
        again = BriefEditForm(data, instance=Escalation.objects.get(pk=escalation.pk))
        again.is_valid()
        differences = [
            {
                "label": stale.current._meta.get_field(name).verbose_name,
                "theirs": theirs[name],
                "yours": yours[name],
            }
            for name in BRIEF_FIELDS
            if theirs[name] != yours[name]
        ]
        return _page(
            request,
            stale.current,
            again,
            status=409,
            conflict={"differences": differences, "last_edit": stale.last_edit},
        )
    if changes:
        messages.success(request, f"Brief updated ({len(changes)} field(s) changed).")
    else:
        messages.info(request, "Nothing changed.")
    # The edit re-triages: a case that became Sev-1 may be hidden from its editor.
    return _landing(request, escalation, "timeline")


def _page(request, escalation, form, *, status: int = 200, conflict=None) -> HttpResponse:
    problems = brief_problems(form) if form.is_bound else []
    context = {"case": escalation, "form": form, "problems": problems, "conflict": conflict}
    return render(request, "escalations/edit.html", context, status=status)
