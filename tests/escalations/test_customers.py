from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from django.urls import reverse

from tests.conftest import make_customer, make_escalation


@pytest.mark.parametrize(
    ("arr", "tier"),
    [
        ("250000", "strategic"),
        ("249999.99", "enterprise"),
        ("50000", "enterprise"),
        ("10000", "mid_market"),
        ("9999", "smb"),
        ("0", "smb"),
    ],
)
def test_tier_follows_arr_thresholds(db, arr, tier):
    assert make_customer(arr=Decimal(arr)).tier == tier


def test_tier_is_kept_in_step_when_arr_changes(db):
    customer = make_customer(arr=Decimal("5000"))
    customer.arr = Decimal("300000")
    customer.save(update_fields=["arr"])
    customer.refresh_from_db()
    assert customer.tier == "strategic"


def test_customer_list_filters_and_sorts(client, agent):
    make_customer(name="Small Co", arr=Decimal("5000"))
    make_customer(name="Big Co", arr=Decimal("900000"))
    make_customer(name="Mid Co", arr=Decimal("60000"))
    client.force_login(agent)
    names = lambda r: [c.name for c in r.context["page"].object_list]  # noqa: E731
    assert names(client.get(reverse("escalations:customer_list"), {"sort": "arr"})) == [
        "Big Co",
        "Mid Co",
        "Small Co",
    ]
    assert names(client.get(reverse("escalations:customer_list"), {"tier": "smb"})) == ["Small Co"]
    assert names(client.get(reverse("escalations:customer_list"), {"q": "mid"})) == ["Mid Co"]
    response = client.get(
        reverse("escalations:customer_list"), {"tier": "<b>", "sort": "x", "page": "z"}
    )
    assert response.status_code == 200


def test_customer_list_query_count_is_constant(client, agent, django_assert_max_num_queries):
    for _ in range(30):
        make_customer()
    client.force_login(agent)
    # session, user, groups (desk role), count, page of customers, permissions (user, group),
    # the nav bar's My work counts
    with django_assert_max_num_queries(8):
        client.get(reverse("escalations:customer_list"))


def test_customer_page_shows_account_and_history(client, agent, manager):
    customer = make_customer(name="Umbrella", renewal_date=date(2030, 1, 1))
    make_escalation(by=manager, customer=customer, title="Umbrella outage")
    make_escalation(by=manager, customer=customer, title="Hidden Sev-1", severity=1)
    client.force_login(agent)
    page = client.get(customer.get_absolute_url()).content.decode()
    assert "Umbrella outage" in page
    assert "Hidden Sev-1" not in page  # the Sev-1 rule applies to history too
    assert "Enterprise" in page


def test_unknown_customer_is_404(client, agent):
    client.force_login(agent)
    assert client.get(reverse("escalations:customer_detail", args=[424242])).status_code == 404


def test_admin_refuses_a_renewal_before_the_customer_started(client, deskadmin):
    client.force_login(deskadmin)  # the Desk Admin group may add customers
    response = client.post(
        reverse("admin:escalations_customer_add"),
        {
            "name": "Backwards Ltd",
            "arr": "5000",
            "plan": "Starter",
            "region": "EMEA",
            "renewal_date": "2020-01-01",
            "customer_since": "2024-01-01",
            "sla_level": "standard",
            "primary_contact_name": "Bo",
            "primary_contact_email": "bo@example.com",
        },
    )
    assert response.status_code == 200
    assert (
        "The renewal date must come after the date they became a customer."
        in response.content.decode()
    )
