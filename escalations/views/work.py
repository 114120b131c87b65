"""Working a case: its three roles, its moves through the workflow, approvals and decisions.

Each view parses its form, calls one workflow function and goes back to the case page. A
refusal (not allowed, or somebody else was first) comes back as a message on the page, with
nothing changed.
"""

from __future__ import annotations

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.views.decorators.http import require_POST

from matrix.actions import answered_while_deciding, changed_while_deciding
from matrix.forms import DecisionForm, DeclineForm, MoveForm, ProposalForm, RolesForm
from matrix.models import Approval, Assignment, RoleKind
from matrix.roster import cell_for, suggest

from .. import once, workflow
from ..access import desk_view, get_escalation_for_user, is_manager, may_see
from ..models import Escalation, SubmissionToken
from ..refusals import Refused
from .case import case_context


def _page(escalation: Escalation, anchor: str) -> str:
    return f"{escalation.get_absolute_url()}#{anchor}"


def _refused(request: HttpRequest, escalation: Escalation, error: Refused, anchor: str):
    messages.error(request, error.message)
    return redirect(_page(escalation, anchor))


def _invalid(request: HttpRequest, escalation: Escalation, **forms) -> HttpResponse:
    messages.error(request, "Not saved: see the highlighted fields.")
    context = case_context(request, escalation, **forms)
    return render(request, "escalations/detail.html", context, status=400)


def _once(request: HttpRequest, escalation: Escalation, anchor: str, act) -> HttpResponse | None:
    """Run `act(now)` once for this form's token; a response when it did not (yet) run.

    A missing token, a second submission of the same page, or a refusal each go back to the
    case with a message; None means the action ran.
    """
    token = once.token_from(request)
    if token is None:
        messages.error(request, once.MISSING)
        return redirect(_page(escalation, anchor))
    now = timezone.now()
    try:
        once.create(
            token,
            user=request.user,
            now=now,
            make=lambda: act(now),
            url_of=lambda _: _page(escalation, anchor),
        )
    except once.AlreadySubmitted as duplicate:
        return once.already(request, duplicate, _page(escalation, anchor))
    except Refused as error:
        return _refused(request, escalation, error, anchor)
    return None


def submitted_before(request: HttpRequest) -> once.AlreadySubmitted | None:
    """The form's token was spent by an earlier submission of the same page (a double click).

    For forms checked against state the first submission changed: asked before those checks,
    the second request is told what happened instead of being refused as stale.
    """
    token = once.token_from(request)
    spent = token and SubmissionToken.objects.filter(token=token, user=request.user).first()
    return once.AlreadySubmitted(spent.result_url) if spent else None


def once_if_token(request: HttpRequest, back: str, make):
    """make() once for the page's token; without one (not from the page) make() as is.

    The forms of these views draw a token; a request without one cannot double either: the
    state it changes refuses the second (a move already made, a role already changed).
    """
    token = once.token_from(request)
    if token is None:
        return make()
    return once.create(
        token, user=request.user, now=timezone.now(), make=make, url_of=lambda _: back
    )


def _landing(request: HttpRequest, escalation: Escalation, anchor: str) -> HttpResponse:
    """Back to the case, or to the queue when the change hid it from this person."""
    if may_see(request.user, escalation):
        return redirect(_page(escalation, anchor))
    messages.warning(
        request,
        f"{escalation.reference} is now Sev-1: only executives, desk admins, its three "
        "assignees and its creator see it, so it left your queue.",
    )
    return redirect("escalations:queue")


@desk_view
@require_POST
def assign_roles(request: HttpRequest, pk: int) -> HttpResponse:
    escalation = get_escalation_for_user(request, pk)
    if not is_manager(request.user):
        messages.error(request, "Only support managers and desk admins assign a case's roles.")
        return redirect(_page(escalation, "roles"))
    if first := submitted_before(request):
        return once.already(request, first, _page(escalation, "roles"))
    current = {a.kind: a for a in escalation.assignments.current().select_related("person")}
    cell = cell_for(escalation)
    suggestions = {s.kind: s for s in suggest(escalation, cell, balance=False)}
    stale = _changed_since_drawn(request, current)
    if stale:
        messages.error(request, stale)
        return redirect(_page(escalation, "roles"))
    form = RolesForm(request.POST, current=current, suggestions=suggestions, prefix="roles")
    if not form.is_valid():
        return _invalid(request, escalation, roles_form=form)
    picks = {}
    for kind in RoleKind.values:
        person = form.cleaned_data[kind]
        suggestion = suggestions.get(kind)
        role = suggestion.role if suggestion and suggestion.person == person else None
        held = current.get(kind)
        if role is None and held and held.person_id == person.pk:
            role = held.role
        picks[kind] = (person, role, form.seen(kind))
    try:
        made = once_if_token(
            request,
            _page(escalation, "roles"),
            lambda: workflow.assign_roles(
                escalation, picks, handoff=form.handoff(), by=request.user, now=timezone.now()
            ),
        )
    except once.AlreadySubmitted as duplicate:
        return once.already(request, duplicate, _page(escalation, "roles"))
    except Refused as error:
        return _refused(request, escalation, error, "roles")
    if made:
        names = ", ".join(f"{a.get_kind_display().lower()} {a.person_name}" for a in made)
        messages.success(request, f"Assigned: {names}. Each will be asked to accept.")
    else:
        messages.info(request, "Roles confirmed; nobody changed.")
    return _landing(request, escalation, "roles")


def _changed_since_drawn(request: HttpRequest, current: dict[str, Assignment]) -> str:
    """Somebody changed a role, or its holder answered, after this form was drawn: say so."""
    for kind in RoleKind.values:
        seen = request.POST.get(f"roles-seen_{kind}", "")
        held = current.get(kind)
        if seen.isascii() and seen.isdigit() and int(seen) != (held.pk if held else 0):
            return changed_while_deciding(kind, held)
        status = request.POST.get(f"roles-seen_{kind}_status", "")
        if held and status and status != held.status:
            return answered_while_deciding(kind, held)
    return ""


def _my_assignment(request: HttpRequest, pk: int, assignment_id: int) -> Assignment:
    escalation = get_escalation_for_user(request, pk)
    assignment = get_object_or_404(escalation.assignments, pk=assignment_id)
    assignment.escalation = escalation
    return assignment


@desk_view
@require_POST
def accept(request: HttpRequest, pk: int, assignment_id: int) -> HttpResponse:
    assignment = _my_assignment(request, pk, assignment_id)
    escalation = assignment.escalation
    refused = _once(
        request,
        escalation,
        "roles",
        lambda now: workflow.accept_assignment(assignment, by=request.user, now=now),
    )
    if refused:
        return refused
    messages.success(
        request, f"You are the {assignment.get_kind_display().lower()} of {escalation.reference}."
    )
    if request.POST.get("next") == "my":
        return redirect("escalations:my_work")
    return redirect(_page(escalation, "roles"))


@desk_view
@require_POST
def decline(request: HttpRequest, pk: int, assignment_id: int) -> HttpResponse:
    assignment = _my_assignment(request, pk, assignment_id)
    escalation = assignment.escalation
    if first := submitted_before(request):
        return once.already(request, first, _page(escalation, "roles"))
    form = DeclineForm(request.POST, prefix="decline")
    if not form.is_valid():
        return _invalid(request, escalation, decline_form=form)
    try:
        once_if_token(
            request,
            _page(escalation, "roles"),
            lambda: workflow.decline_assignment(
                assignment, reason=form.cleaned_data["reason"], by=request.user, now=timezone.now()
            ),
        )
    except once.AlreadySubmitted as duplicate:
        return once.already(request, duplicate, _page(escalation, "roles"))
    except Refused as error:
        return _refused(request, escalation, error, "roles")
    messages.success(request, "Declined; the managers are asked to pick someone else.")
    return _landing(request, escalation, "roles")


@desk_view
@require_POST
def move(request: HttpRequest, pk: int) -> HttpResponse:
    escalation = get_escalation_for_user(request, pk)
    if first := submitted_before(request):
        return once.already(request, first, _page(escalation, "workflow"))
    form = MoveForm(request.POST, prefix="move")
    if not form.is_valid():
        return _invalid(request, escalation, move_form=form)
    data = form.cleaned_data
    try:
        target = once_if_token(
            request,
            _page(escalation, "workflow"),
            lambda: workflow.change_status(
                escalation,
                data["transition"],
                by=request.user,
                now=timezone.now(),
                note=data["note"],
                resolution=data["resolution"],
            ),
        )
    except once.AlreadySubmitted as duplicate:
        return once.already(request, duplicate, _page(escalation, "workflow"))
    except Refused as error:
        messages.error(request, error.message)
        context = case_context(request, escalation, move_form=form)
        return render(request, "escalations/detail.html", context, status=409)
    messages.success(request, f"{escalation.reference} is now {target.replace('_', ' ')}.")
    return _landing(request, escalation, "workflow")


@desk_view
@require_POST
def propose(request: HttpRequest, pk: int) -> HttpResponse:
    escalation = get_escalation_for_user(request, pk)
    form = ProposalForm(request.POST, prefix="proposal")
    token = once.token_from(request)
    if not form.is_valid() or token is None:
        if form.is_valid():
            form.add_error(None, once.MISSING)
        return _invalid(request, escalation, proposal_form=form)
    data, now = form.cleaned_data, timezone.now()
    try:
        approval = once.create(
            token,
            user=request.user,
            now=now,
            make=lambda: workflow.propose_approval(
                escalation,
                kind=data["kind"],
                amount=data["amount"],
                reason=data["reason"],
                customer_message=data["customer_message"],
                by=request.user,
                now=now,
            ),
            url_of=lambda _: _page(escalation, "approvals"),
        )
    except once.AlreadySubmitted as duplicate:
        return once.already(request, duplicate, _page(escalation, "approvals"))
    except Refused as error:
        messages.error(request, error.message)
        context = case_context(request, escalation, proposal_form=form)
        return render(request, "escalations/detail.html", context, status=409)
    messages.success(request, f"{approval} proposed; the {approval.decider_role} decides.")
    return redirect(_page(escalation, "approvals"))


@desk_view
@require_POST
def decide(request: HttpRequest, pk: int, approval_id: int) -> HttpResponse:
    escalation = get_escalation_for_user(request, pk)
    approval: Approval = get_object_or_404(escalation.approvals, pk=approval_id)
    approval.escalation = escalation
    form = DecisionForm(request.POST, prefix="decision")
    if not form.is_valid():
        return _invalid(request, escalation, decision_form=form)
    refused = _once(
        request,
        escalation,
        "approvals",
        lambda now: workflow.decide_approval(
            approval,
            approve=form.cleaned_data["decision"] == "approve",
            reason=form.cleaned_data["reason"],
            by=request.user,
            now=now,
        ),
    )
    if refused:
        return refused
    messages.success(request, f"{approval} {approval.get_status_display().lower()}.")
    if request.POST.get("next") == "my":
        return redirect("escalations:my_work")
    return redirect(_page(escalation, "approvals"))
