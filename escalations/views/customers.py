"""Customers and their escalation history."""

from __future__ import annotations

from django import forms
from django.contrib import messages
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.utils import timezone

from ..access import desk_view
from ..models import Customer, Escalation

CUSTOMER_PAGE_SIZE = 50


CUSTOMER_SORTS = {"name": ("name",), "arr": ("-arr", "name"), "renewal": ("renewal_date", "name")}


class CustomerFilterForm(forms.Form):
    """The customer list's query parameters, cleaned as the queue's are (QueueFilterForm).

    Django's CharField refuses a NUL byte, which PostgreSQL cannot take in a query (a
    DataError, a 500, when it reached `icontains`); an unknown tier or sort is dropped.
    """

    q = forms.CharField(required=False, max_length=200)
    tier = forms.ChoiceField(required=False, choices=Customer._meta.get_field("tier").choices)
    sort = forms.ChoiceField(required=False, choices=[(key, key) for key in CUSTOMER_SORTS])

    def value(self, name: str) -> str:
        """The parameter as cleaned, or "" when it was missing or not valid."""
        self.is_valid()
        return "" if name in self.errors else self.cleaned_data.get(name) or ""


@desk_view
def customer_list(request: HttpRequest) -> HttpResponse:
    form = CustomerFilterForm(request.GET)
    customers = Customer.objects.all()
    q = form.value("q")
    if "q" in form.errors:
        # Refused, not dropped: the whole list would look like the search's answer.
        messages.error(request, f"Nothing was searched: {' '.join(form.errors['q'])}")
        customers = customers.none()
        # Shown again in the search box (U+FFFD where a NUL was), so the empty list reads as
        # "no account matches", not "no accounts yet".
        q = form.data.get("q", "")[:200].replace("\x00", "\ufffd")
    elif q:
        customers = customers.filter(name__icontains=q)
    tier = form.value("tier")
    if tier:
        customers = customers.filter(tier=tier)
    sort = form.value("sort") or "name"
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
