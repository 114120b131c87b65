"""The report pages: /reports/ (the latest complete month), a month, a quarter, their CSV.

Executives, support managers and desk admins read reports (escalations.access.reads_reports);
anyone else on the desk gets the plain 404, never a hint that reports exist. A month with a
stored snapshot renders from it ("as of" when it was taken); any other period is computed
live.
"""

from __future__ import annotations

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.http import require_GET

from escalations.access import desk_view, reads_reports

from . import csv_export, figures, page
from .periods import Period, latest_complete_month, parse


def _reader(request: HttpRequest) -> None:
    if not reads_reports(request.user):
        raise Http404("Reports are for executives and support managers.")


def _no_report(request: HttpRequest, text: str, why: str, now) -> HttpResponse:
    return render(
        request,
        "reports/no_report.html",
        {"asked": text, "why": why, "latest": latest_complete_month(now)},
        status=404,
    )


def _period(request: HttpRequest, text: str, now) -> Period | HttpResponse:
    found = parse(text)
    if found is None:
        return _no_report(request, text, "not_a_period", now)
    if found.is_future(now):
        return _no_report(request, text, "future", now)
    return found


def _figures(period: Period, request: HttpRequest, now):
    """The period's figures as this reader may read them, and when the snapshot was taken."""
    found, taken_at = figures.for_period(period, now=now)
    return figures.for_viewer(found, request.user), taken_at


@require_GET
@desk_view
def index(request: HttpRequest) -> HttpResponse:
    _reader(request)
    return redirect("reports:report", period=latest_complete_month(timezone.now()).label)


@require_GET
@desk_view
def report(request: HttpRequest, period: str) -> HttpResponse:
    _reader(request)
    now = timezone.now()
    found = _period(request, period, now)
    if isinstance(found, HttpResponse):
        return found
    shown, taken_at = _figures(found, request, now)
    context = page.context(found, shown, now=now, taken_at=taken_at)
    if not found.is_month:
        causes = next(b["rows"] for b in shown["breakdowns"] if b["name"] == "root_cause")
        context["systemic"] = _systemic(found, request, now, causes)
    return render(request, "reports/report.html", context)


def _systemic(period: Period, request: HttpRequest, now, causes: list[dict]) -> dict | None:
    # --- Systemic problems and action items: reports/systemic.py and its template
    # templates/reports/_systemic.html are their own part of the app (issue 10 item 4); the
    # quarterly page includes the panel as `systemic`. Until that part is in, no panel.
    try:
        from . import systemic
    except ModuleNotFoundError as error:
        if error.name != "reports.systemic":
            raise
        return None
    # The figures' root-cause rows are the quarter's close-outs counted already: the panel
    # takes its problems from them instead of counting again.
    return systemic.panel(period, request.user, now=now, counts=causes)


@require_GET
@desk_view
def table_csv(request: HttpRequest, period: str, table: str) -> HttpResponse:
    _reader(request)
    now = timezone.now()
    found = _period(request, period, now)
    if isinstance(found, HttpResponse):
        return found
    if table not in csv_export.TABLES:
        raise Http404("No such table.")
    shown, _taken_at = _figures(found, request, now)
    response = HttpResponse(
        csv_export.table_csv(table, shown), content_type="text/csv; charset=utf-8"
    )
    response["Content-Disposition"] = f'attachment; filename="report-{found.label}-{table}.csv"'
    return response
