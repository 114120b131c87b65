"""The severity matrix as teams share it: the whole grid, read-only and printable."""

from __future__ import annotations

from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from escalations.access import desk_view, reads_reports

from .grid import grid_context

# The issue shares the grid with managers and executives (and desk admins, who edit it).
# Agents see the targets of their own cases on the case page; the whole grid, with the
# roster of who holds which role, is not theirs to read.
NOT_SHARED = (
    "The severity matrix is shared with support managers, executives and desk admins. "
    "The targets and people of your own cases are on each case page."
)


@desk_view
def grid(request: HttpRequest) -> HttpResponse:
    if not reads_reports(request.user):
        raise PermissionDenied(NOT_SHARED)
    return render(request, "matrix/grid.html", grid_context())
