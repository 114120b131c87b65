"""Triage as a manager meets it: at intake, when the customer writes, when the brief changes."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest
from django.urls import reverse

from escalations import once, workflow
from escalations.models import Escalation, Interaction
from tests.conftest import NOW, assert_timeline_has, make_customer
from tests.escalations.intake import edit_post, intake_post
from triage.config import rules_for
from triage.models import TriageConfig, TriageRun


@pytest.fixture
def customer(db):
    # Strategic, renewing in 21 days.
    return make_customer(name="Hooli", arr=Decimal("400000"), renewal_date=date(2026, 11, 23))


def raise_case(client, user, customer, **overrides) -> Escalation:
    client.force_login(user)
    response = client.post(reverse("escalations:new"), intake_post(customer, **overrides))
    assert response.status_code == 302, response.context and response.context.get("problems")
    return Escalation.objects.latest("id")


def test_intake_triages_with_the_active_version_and_shows_the_breakdown(client, agent, customer):
    case = raise_case(client, agent, customer)
    run = case.triage_runs.get()
    assert run.trigger == "intake"
    assert run.config == TriageConfig.objects.active()
    assert (case.severity, case.lane, case.triage_score) == (run.severity, run.lane, run.score)
    reasons = {f["reason"]: f["points"] for f in run.factors}
    points = rules_for(run.config).renewal_imminent_points
    assert reasons["Renewal in 21 days"] == points
    page = client.get(case.get_absolute_url()).content.decode()
    assert "Renewal in 21 days" in page and f"+{points}" in page
    # The line saying which step decided comes with the run and stands above the factors.
    assert run.why.startswith(f"Sev-{run.severity}: ")
    assert page.index(run.why) < page.index("Renewal in 21 days")
    assert f"configuration v{run.config.version}" in page
    assert_timeline_has(case, "triage", f"score {run.score}")


def test_executive_email_is_human_first_whatever_the_score(client, agent, customer):
    case = raise_case(client, agent, customer, entry_point="executive_email")
    assert case.lane == "human_first"
    assert any("xecutive" in rule for rule in case.triage_runs.get().hard_rules)


def test_a_legal_threat_from_the_customer_retriages_the_case(client, manager, customer):
    case = raise_case(
        client,
        manager,
        customer,
        entry_point="csm",
        **{"words-0-body": "The dashboard numbers look a little off this week."},
    )
    first = case.triage_runs.get()
    client.post(
        reverse("escalations:add_interaction", args=[case.pk]),
        {
            "once": once.issue(),
            "interaction-contact_name": "Jordan Lee",
            "interaction-channel": "email",
            "interaction-direction": "inbound",
            "interaction-body": "Our lawyers are reviewing the contract. This is unacceptable.",
        },
    )
    case.refresh_from_db()
    latest = case.triage_runs.first()
    assert latest.trigger == "customer_wrote" and latest.pk != first.pk
    assert "legal_threat" in latest.flags
    assert latest.score > first.score
    assert case.lane == "human_first"


def test_our_own_reply_does_not_retriage(client, manager, customer):
    case = raise_case(client, manager, customer)
    client.post(
        reverse("escalations:add_interaction", args=[case.pk]),
        {
            "once": once.issue(),
            "interaction-contact_name": "Jordan Lee",
            "interaction-channel": "email",
            "interaction-direction": "outbound",
            "interaction-body": "We are on it.",
        },
    )
    assert case.triage_runs.count() == 1


def test_editing_the_brief_retriages(client, manager, customer):
    case = raise_case(client, manager, customer)
    client.post(reverse("escalations:edit", args=[case.pk]), edit_post(case, refund_amount="25000"))
    run = case.triage_runs.first()
    assert run.trigger == "brief_changed"
    assert "refund_over_limit" in run.flags
    case.refresh_from_db()
    assert case.lane in ("guardrailed", "human_first")


def test_a_security_breach_is_sev1(client, manager, customer):
    case = raise_case(
        client,
        manager,
        customer,
        category="relationship",
        **{
            "words-0-body": "We believe there was a security breach: our customer records were accessed by someone outside."
        },
    )
    assert case.severity == 1 and case.lane == "human_first"


def test_runs_store_the_version_that_produced_them(manager, customer):
    v1 = TriageConfig.objects.active()
    v2 = TriageConfig.objects.create(
        version=v1.version + 1, values={**v1.values, "tier_strategic_points": 40}, created_at=NOW
    )
    case = workflow.raise_escalation(
        Escalation(
            customer=customer,
            title="t",
            summary="Something broke.",
            entry_point="csm",
            category="relationship",
            product_area="Core",
            desired_outcome="x",
            recommended_next_step="y",
            target_team="CS",
        ),
        steps=[],
        interactions=[Interaction(contact_name="Pat", body="Please help.", occurred_at=NOW)],
        by=manager,
        now=NOW,
    )
    from escalations.workflow import retriage as triage_escalation

    later = triage_escalation(
        case, trigger="brief_changed", by=manager, now=NOW + timedelta(minutes=1), config=v2
    )
    first = case.triage_runs.last()
    assert first.config == v1 and later.config == v2
    assert later.score - first.score == 40 - v1.values["tier_strategic_points"]


def test_queue_filters_and_sorts_by_triage(client, manager, customer):
    calm = raise_case(
        client,
        manager,
        customer,
        entry_point="csm",
        **{"words-0-body": "Thanks for looking into this."},
    )
    angry = raise_case(
        client,
        manager,
        customer,
        entry_point="social_public",
        **{
            "words-0-body": "UNACCEPTABLE. I'll post this on LinkedIn and we are moving to a competitor."
        },
    )
    assert angry.triage_score > calm.triage_score
    response = client.get(reverse("escalations:queue"), {"sort": "score"})
    assert [c.pk for c in response.context["page"].object_list][:2] == [angry.pk, calm.pk]
    response = client.get(reverse("escalations:queue"), {"lane": "human_first"})
    assert angry.pk in [c.pk for c in response.context["page"].object_list]
    assert TriageRun.objects.filter(escalation=angry).exists()
