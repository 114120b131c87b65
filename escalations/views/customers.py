"""Customers and their escalation history."""

from __future__ import annotations

from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.utils import timezone

from ..access import desk_view
from ..models import Customer, Escalation

CUSTOMER_PAGE_SIZE = 50


CUSTOMER_SORTS = {"name": ("name",), "arr": ("-arr", "name"), "renewal": ("renewal_date", "name")}


@desk_view
def customer_list(request: HttpRequest) -> HttpResponse:
    customers = Customer.objects.all()
    q = request.GET.get("q", "").strip()[:200]
    if q:
        customers = customers.filter(name__icontains=q)
    tier = request.GET.get("tier", "")
    if tier in dict(Customer._meta.get_field("tier").choices):
        customers = customers.filter(tier=tier)
    else:
        tier = ""
    sort = request.GET.get("sort", "name")
    if sort not in CUSTOMER_SORTS:
        sort = "name"
    page = Paginator(customers.order_by(*CUSTOMER_SORTS[sort]), CUSTOMER_PAGE_SIZE).get_page(
        request.GET.get("page")
    )
    params = request.GET.copy()
    params.pop("page", None)
    return render(
        request,
        "escalations/customer_list.html",
        {
            "page": page,
            "q": q,
            "tier": tier,
            "sort": sort,
            "tiers": Customer._meta.get_field("tier").choices,
            "querystring": params.urlencode(),
            "today": timezone.localdate(),
        },
    )


@desk_view
def customer_detail(request: HttpRequest, pk: int) -> HttpResponse:
    customer = get_object_or_404(Customer, pk=pk)
    now = timezone.now()
    today = timezone.localdate(now)
    history = customer.escalations.visible_to(request.user).select_related("owner")
    return render(
        request,
        "escalations/customer_detail.html",
        {
            "customer": customer,
            "days_to_renewal": customer.days_to_renewal(today),
            "tenure_days": customer.tenure_days(today),
            "counts": customer.escalation_counts(
                now, visible=Escalation.objects.visible_to(request.user)
            ),
            "history": history.order_by("-created_at", "-id")[:100],
        },
    )
