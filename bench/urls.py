"""The benchmark's URLconf: the desk's URLs plus the `floor` view (ROOT_URLCONF in bench/run.py).

The floor is what a page of 50 cases costs with nothing of the desk in it: login, a Paginator
(its COUNT and its page) over an indexed order, the rows' customers in the same query, and a
plain template rendered without context processors (no navigation, no My work counts). Every
page measurement is reported as a ratio to it, measured in the same run (issue 9 item 6), so
the figures survive the machine's drift. It lives here, not in the product's URLs.
"""

from __future__ import annotations

from pathlib import Path

from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.template import engines
from django.urls import path

from bench import FLOOR_PATH
from config.urls import urlpatterns as desk_urlpatterns
from escalations.models import Escalation

_TEMPLATE = engines["django"].from_string((Path(__file__).parent / "floor.html").read_text())


@login_required
def floor(request: HttpRequest) -> HttpResponse:
    cases = Escalation.objects.select_related("customer").order_by("-created_at", "-id")
    page = Paginator(cases, 50).get_page(request.GET.get("page"))
    return HttpResponse(_TEMPLATE.render({"page": page}))


urlpatterns = [path(FLOOR_PATH.strip("/") + "/", floor, name="bench_floor"), *desk_urlpatterns]
