"""The severity matrix as teams share it: the whole grid, read-only and printable."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from escalations.access import desk_view

from .models import MatrixCell


@desk_view
def grid(request: HttpRequest) -> HttpResponse:
    return render(request, "matrix/grid.html", {"cells": MatrixCell.objects.all()})
