"""Who may see and do what. Every view reaches cases through this module."""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404

from .models import Escalation

AGENT = "Agent"
SUPPORT_MANAGER = "Support Manager"
EXECUTIVE = "Executive"
DESK_ADMIN = "Desk Admin"
DESK_GROUPS = frozenset({AGENT, SUPPORT_MANAGER, EXECUTIVE, DESK_ADMIN})


def group_names(user) -> frozenset[str]:
    # Cached on the user object so one request asks the database once.
    cached = getattr(user, "_desk_groups", None)
    if cached is None:
        cached = frozenset()
        if user.is_authenticated:
            cached = frozenset(user.groups.values_list("name", flat=True))
        user._desk_groups = cached
    return cached


def has_desk_role(user) -> bool:
    """Reading the desk needs one of its roles: signed in is not enough."""
    if not user.is_authenticated:
        return False
    return user.is_superuser or bool(group_names(user) & DESK_GROUPS)


def desk_view(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    """Login required, then a desk role: anyone else gets a clear 403, never the data."""

    @wraps(view)
    def guarded(request: HttpRequest, *args, **kwargs) -> HttpResponse:
        if not has_desk_role(request.user):
            raise PermissionDenied(
                "Your account has no role on the desk. Ask a desk admin to add you to a team."
            )
        return view(request, *args, **kwargs)

    return login_required(guarded)


def is_manager(user) -> bool:
    """Support managers and desk admins run the desk: assign, move and edit cases."""
    return user.is_authenticated and (
        user.is_superuser or bool(group_names(user) & {SUPPORT_MANAGER, DESK_ADMIN})
    )


def reads_reports(user) -> bool:
    return user.is_authenticated and (
        user.is_superuser or bool(group_names(user) & {SUPPORT_MANAGER, EXECUTIVE, DESK_ADMIN})
    )


def sees_all_cases(user) -> bool:
    """Executives and desk admins see every case, Sev-1 included."""
    if not user.is_authenticated:
        return False
    return user.is_superuser or bool(group_names(user) & {EXECUTIVE, DESK_ADMIN})


def can_edit_brief(user) -> bool:
    return user.has_perm("escalations.change_escalation")


def can_add_to_case(user) -> bool:
    return user.has_perm("escalations.add_interaction")


def get_escalation_for_user(request: HttpRequest, pk: int) -> Escalation:
    """The escalation with its customer and owner, or 404 when this user may not see it."""
    queryset = Escalation.objects.select_related("customer", "owner", "created_by")
    return get_object_or_404(queryset.visible_to(request.user), pk=pk)


def may_see(user, escalation: Escalation) -> bool:
    return Escalation.objects.visible_to(user).filter(pk=escalation.pk).exists()
