from __future__ import annotations

import re
from decimal import Decimal

import pytest
from django.urls import reverse

from escalations.forms import MAX_PER_BRIEF
from escalations.models import Escalation
from tests.conftest import assert_timeline_has, make_customer
from tests.escalations.intake import intake_post

URL = reverse("escalations:new")


@pytest.fixture
def customer(db):
    return make_customer(name="Northwind Logistics")


def test_anonymous_user_is_sent_to_login(client):
    response = client.get(URL)
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("login"))


@pytest.mark.parametrize(("given", "selected"), [("own", True), ("²", False), ("9" * 19, False)])
def test_intake_link_preselects_a_customer_only_by_a_real_id(
    client, agent, customer, given, selected
):
    client.force_login(agent)
    response = client.get(URL, {"customer": customer.pk if given == "own" else given})
    assert response.status_code == 200
    assert (f'<option value="{customer.pk}" selected>' in response.content.decode()) is selected


def test_executive_may_not_raise_escalations(client, executive):
    client.force_login(executive)
    assert client.get(URL).status_code == 403


def test_complete_brief_is_saved_with_steps_words_and_timeline(client, agent, customer):
    client.force_login(agent)
    response = client.post(URL, intake_post(customer), follow=True)
    escalation = Escalation.objects.get()
    assert response.redirect_chain[-1][0] == escalation.get_absolute_url()
    assert escalation.customer == customer
    assert escalation.amount_in_dispute == Decimal("18400.00")
    assert escalation.created_by == agent
    assert escalation.status == "new"
    assert [s.action for s in escalation.troubleshooting_steps.all()] == [
        "Checked the billing ledger"
    ]
    words = escalation.interactions.get()
    assert words.direction == "inbound" and "dispute the charge" in words.body
    assert_timeline_has(escalation, "created", "Northwind Logistics", actor=agent)
    assert f"{escalation.reference} raised for Northwind Logistics" in response.content.decode()


REQUIRED = {
    "customer": "Choose the customer account.",
    "title": "Give the escalation a title.",
    "summary": "Summarise the case in one to three sentences.",
    "entry_point": "Say how the escalation reached us.",
    "category": "Choose a category.",
    "product_area": "Name the affected product area.",
    "desired_outcome": "Say what outcome the customer wants.",
    "recommended_next_step": "Recommend a next step.",
    "target_team": "Name the team that should take it.",
}


@pytest.mark.parametrize("field", sorted(REQUIRED))
def test_each_missing_required_field_is_named(client, agent, customer, field):
    client.force_login(agent)
    response = client.post(URL, intake_post(customer, **{field: ""}))
    assert response.status_code == 400
    assert response.context["form"].errors[field] == [REQUIRED[field]]
    assert REQUIRED[field] in response.content.decode()
    assert not Escalation.objects.exists()


@pytest.mark.parametrize(
    ("category", "field", "message"),
    [
        ("technical", "environment", "A technical brief needs the environment."),
        ("technical", "reproduction_steps", "A technical brief needs the reproduction steps."),
        ("billing", "invoice_reference", "A billing brief needs the invoice / order reference."),
        ("billing", "amount_in_dispute", "A billing brief needs the amount in dispute."),
        (
            "compliance",
            "regulation_concerned",
            "A compliance brief needs the data or regulation concerned.",
        ),
    ],
)
def test_category_specific_fields_are_required(client, agent, customer, category, field, message):
    client.force_login(agent)
    filled = {
        "environment": "EU prod",
        "reproduction_steps": "Open the report.",
        "invoice_reference": "INV-1",
        "amount_in_dispute": "10",
        "regulation_concerned": "GDPR",
    }
    response = client.post(URL, intake_post(customer, category=category, **{**filled, field: ""}))
    assert response.status_code == 400
    assert response.context["form"].errors[field] == [message]
    assert not Escalation.objects.exists()


def test_relationship_brief_needs_no_category_fields(client, agent, customer):
    client.force_login(agent)
    data = intake_post(
        customer, category="relationship", invoice_reference="", amount_in_dispute=""
    )
    assert client.post(URL, data).status_code == 302


def test_a_troubleshooting_step_is_required(client, agent, customer):
    client.force_login(agent)
    response = client.post(
        URL, intake_post(customer, **{"steps-0-action": "", "steps-0-result": ""})
    )
    assert response.status_code == 400
    page = response.content.decode()
    assert "Add at least one troubleshooting step with its result." in page
    assert "Describe what was tried." in page


def test_a_step_needs_its_result(client, agent, customer):
    client.force_login(agent)
    response = client.post(URL, intake_post(customer, **{"steps-0-result": ""}))
    assert response.status_code == 400
    assert "Troubleshooting step 1, Result: Say what came of it." in response.content.decode()


def test_the_customers_words_are_required(client, agent, customer):
    client.force_login(agent)
    data = intake_post(
        customer, **{"words-0-contact_name": "", "words-0-body": "", "words-0-occurred_at": ""}
    )
    response = client.post(URL, data)
    assert response.status_code == 400
    assert (
        "Add at least one interaction in the customer&#x27;s own words."
        in response.content.decode()
    )


@pytest.mark.parametrize(
    ("prefix", "message"),
    [
        ("steps", "A brief holds at most 20 troubleshooting steps"),
        ("words", "A brief holds at most 20 interactions with the customer"),
    ],
)
@pytest.mark.parametrize("claimed", ["21", "100000"])
def test_more_forms_than_a_brief_holds_are_refused_without_building_them(
    client, agent, customer, prefix, message, claimed
):
    client.force_login(agent)
    response = client.post(URL, intake_post(customer, **{f"{prefix}-TOTAL_FORMS": claimed}))
    assert response.status_code == 400
    page = response.content.decode()
    assert message in page
    # Built and rendered: at most absolute_max forms, whatever TOTAL_FORMS claims.
    rendered = set(re.findall(rf'name="{prefix}-(\d+)-', page))
    assert 1 <= len(rendered) <= MAX_PER_BRIEF
    assert "Checked the billing ledger" in page
    assert not Escalation.objects.exists()


@pytest.mark.parametrize(
    ("prefix", "what"),
    [("steps", "troubleshooting steps"), ("words", "customer&#x27;s words")],
)
@pytest.mark.parametrize("claimed", ["1", "2", "١"])  # "١": an Arabic-Indic one, read as 1
def test_a_changed_saved_rows_count_is_named_and_every_value_kept(
    client, agent, customer, prefix, what, claimed
):
    client.force_login(agent)
    response = client.post(URL, intake_post(customer, **{f"{prefix}-INITIAL_FORMS": claimed}))
    assert response.status_code == 400
    page = response.content.decode()
    assert f"The {what} part of this form was changed outside the desk" in page
    assert "None" not in page and "This field is required." not in page
    for value in ("Checked the billing ledger", "Two charges of $18,400 on Nov 1"):
        assert value in page, value
    assert "Jordan Lee (CFO)" in page and "2026-11-02T08:30" in page
    # Re-rendered with the true count, so submitting the page again raises the case.
    assert f'name="{prefix}-INITIAL_FORMS" value="0"' in page
    assert not Escalation.objects.exists()
    assert client.post(URL, intake_post(customer)).status_code == 302


def test_an_unreadable_form_count_says_so(client, agent, customer):
    client.force_login(agent)
    response = client.post(URL, intake_post(customer, **{"steps-TOTAL_FORMS": "abc"}))
    assert response.status_code == 400
    page = response.content.decode()
    assert "The troubleshooting steps part of this form was changed outside the desk" in page
    assert "reload the page and enter them again" in page


@pytest.mark.parametrize(
    "summary",
    [
        "One. Two. Three. Four.",
        "This went wrong! And this? And that. And more.",
    ],
)
def test_summary_longer_than_three_sentences_is_refused(client, agent, customer, summary):
    client.force_login(agent)
    response = client.post(URL, intake_post(customer, summary=summary))
    assert response.context["form"].errors["summary"] == [
        "Keep the summary to one to three sentences."
    ]


def test_refused_post_keeps_every_typed_value(client, agent, customer):
    client.force_login(agent)
    data = intake_post(customer, title="", desired_outcome="Keep me: ünïcødé ✓")
    response = client.post(URL, data)
    assert response.status_code == 400
    page = response.content.decode()
    for value in (
        "Keep me: ünïcødé ✓",
        "The customer was billed twice for November.",
        "Billing to void invoice INV-2291 and issue a credit note.",
        "INV-2291",
        "18400.00",
        "Checked the billing ledger",
        "Two charges of $18,400 on Nov 1",
        "Jordan Lee (CFO)",
        "2026-11-02T08:30",
        "ZD-1021",
    ):
        assert value in page, value
    assert f'<option value="{customer.pk}" selected>' in page


def test_script_payload_renders_as_text(client, agent, customer):
    client.force_login(agent)
    payload = '<script>alert("x")</script>'
    data = intake_post(customer, title=payload, **{"words-0-body": payload})
    response = client.post(URL, data, follow=True)
    page = response.content.decode()
    assert payload not in page
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in page


@pytest.mark.parametrize(
    "overrides",
    [
        {"title": "x" * 5000},
        {"amount_in_dispute": "1e400"},
        {"amount_in_dispute": "-5"},
        {"amount_in_dispute": "NaN"},
        {"customer": "999999"},
        {"customer": "'; drop table--"},
        {"category": "astrology"},
        {"words-0-occurred_at": "99999-99-99T99:99"},
        {"steps-TOTAL_FORMS": "100000"},
        {"steps-TOTAL_FORMS": "abc"},
        {"words-0-body": "\x00nul"},
        {"summary": "a" * 100_000},
    ],
    ids=lambda o: next(iter(o)),
)
def test_malformed_input_is_refused_without_error(client, agent, customer, overrides):
    client.force_login(agent)
    response = client.post(URL, intake_post(customer, **overrides))
    assert response.status_code == 400
    assert not Escalation.objects.exists()
    assert "The brief is not complete yet" in response.content.decode()
