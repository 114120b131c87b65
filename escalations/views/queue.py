"""The queue: every case a person may see, filtered and sorted."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.models import User
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import timezone

from ..access import desk_view
from ..forms import (
    ATTENTION,
    SLA_FILTERS,
    SORT_LABELS,
    VIEW_LABELS,
    QueueFilterForm,
    parse_id,
)
from ..models import Customer
from ..pagination import QueuePaginator
from ..queue import (
    AttentionPaginator,
    CountedPaginator,
    clock_chips,
    lists_only_running,
    queue_count,
    queue_queryset,
    uses_attention_order,
)

QUEUE_PAGE_SIZE = 50
CUSTOMER_PAGE_SIZE = 50


@desk_view
def queue(request: HttpRequest) -> HttpResponse:
    now = timezone.now()
    form = QueueFilterForm(request.GET, owner_label=_owner_label(request.GET.get("owner", "")))
    filters = form.cleaned()
    for param in form.ignored():
        messages.warning(request, f"Ignored {param}: not a value this queue knows.")
    cases = queue_queryset(request.user, filters, now=now)
    if "q" in form.errors:
        # Refused, not ignored: dropping the search would show the whole queue as if it matched.
        limit = form.fields["q"].max_length
        # The field's own error: too long, or a NUL (PostgreSQL could not take it).
        messages.error(request, f"Nothing was searched: {' '.join(form.errors['q'])}")
        cases = cases.none()
        filters["q"] = form.data.get("q", "")[:limit]
    if uses_attention_order(filters):
        paginator = AttentionPaginator(
            cases, QUEUE_PAGE_SIZE, now=now, running_only=lists_only_running(filters)
        )
    elif filters.get("q"):
        paginator = QueuePaginator(cases, QUEUE_PAGE_SIZE)
    else:
        # The whole count minus what the user may not see (queue_count says why).
        paginator = CountedPaginator(
            cases,
            QUEUE_PAGE_SIZE,
            count_of=lambda: queue_count(request.user, filters, now=now),
        )
    page = paginator.get_page(request.GET.get("page"))
    # The page's clocks in one query, whichever view and page (not one per row).
    chips = clock_chips(page.object_list, now)
    customer = None
    if filters.get("customer"):
        customer = Customer.objects.filter(pk=filters["customer"]).only("name").first()
    # What the search box shows again: as typed, NUL as the replacement character (HTML cannot
    # carry a NUL; a browser shows U+FFFD), as the customer list does.
    search_text = form.data.get("q", "").replace("\x00", "\ufffd")
    params = request.GET.copy()
    params.pop("page", None)
    view = filters["view"]
    if view == ATTENTION:
        # Keep the view in every link (sort, chips, pages): a filter alone would mean "all".
        params["view"] = view
    return render(
        request,
        "escalations/queue.html",
        {
            "form": form,
            "search_text": search_text,
            "filters": filters,
            "page": page,
            "filter_customer": customer,
            "querystring": params.urlencode(),
            "sort_labels": SORT_LABELS,
            "current_sort": filters.get("sort", "" if view == ATTENTION else "newest"),
            "is_filtered": any(k not in ("sort", "view") for k in filters),
            "view": view,
            "view_labels": VIEW_LABELS,
            "sla_filters": SLA_FILTERS,
            "chips": chips,
        },
    )


def _owner_label(owner: str) -> str:
    person_id = parse_id(owner)
    if person_id is None:
        return ""
    person = User.objects.filter(pk=person_id).first()
    return (person.get_full_name() or person.username) if person else ""
