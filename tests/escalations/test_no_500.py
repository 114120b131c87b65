"""Whatever a user types or puts in a URL, the desk answers with a page, never a 500."""

from __future__ import annotations

import pytest
from django.urls import reverse
from hypothesis import HealthCheck, given, settings
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
        text,
        max_size=5,
    )
)
def test_queue_never_errors(client, manager, params):
    client.force_login(manager)
    assert client.get(reverse("escalations:queue"), params).status_code == 200
