"""Whatever a user types or puts in a URL, the desk answers with a page, never a 500."""

from __future__ import annotations

import pytest
from django.urls import reverse
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from tests.conftest import make_customer
from tests.escalations.intake import intake_post

FIELDS = [
    "title",
    "summary",
    "product_area",
    "desired_outcome",
    "amount_in_dispute",
    "refund_amount",
    "customer",
    "category",
    "entry_point",
    "words-0-body",
    "words-0-occurred_at",
    "steps-0-action",
    "steps-TOTAL_FORMS",
    "external_ticket_ids",
]
text = st.text(st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=300)
# What str.isdigit() or int() accept but an id is not: superscripts and circled numbers ("No"),
# Arabic-Indic and other decimal digits ("Nd"), and numbers past any database's integers.
unicode_digits = st.text(st.characters(categories=["Nd", "No"]), min_size=1, max_size=25)
huge_numbers = st.integers(min_value=2**31 - 1, max_value=10**40).map(str)
id_like = st.one_of(text, unicode_digits, huge_numbers, st.integers().map(str))
SETTINGS = settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


@pytest.mark.django_db
@SETTINGS
@given(values=st.dictionaries(st.sampled_from(FIELDS), text, min_size=1, max_size=4))
def test_intake_never_errors(client, agent, values):
    customer = make_customer()
    client.force_login(agent)
    response = client.post(reverse("escalations:new"), intake_post(customer, **values))
    assert response.status_code in (302, 400)


@pytest.mark.django_db
@SETTINGS
@given(
    params=st.dictionaries(
        st.sampled_from(
            ["q", "status", "severity", "lane", "category", "owner", "customer", "sort", "page"]
        ),
        id_like,
        max_size=5,
    )
)
@example(params={"owner": "²"})
@example(params={"owner": "①"})
@example(params={"owner": "١٢"})
@example(params={"customer": "9223372036854775808"})
@example(params={"customer": "9223372036854775807", "owner": "9223372036854775807"})
@example(params={"q": "ESC-99999999999999999999", "page": "²"})
def test_queue_never_errors(client, manager, params):
    client.force_login(manager)
    assert client.get(reverse("escalations:queue"), params).status_code == 200


@pytest.mark.django_db
@SETTINGS
@given(customer=id_like)
@example(customer="²")
@example(customer="9223372036854775808")
def test_intake_page_never_errors_whatever_customer_it_is_given(client, agent, customer):
    client.force_login(agent)
    assert client.get(reverse("escalations:new"), {"customer": customer}).status_code == 200
