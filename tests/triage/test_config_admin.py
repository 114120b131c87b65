"""Desk admins tune triage in the admin: each save is a new version, validated, backtestable."""

from __future__ import annotations

import pytest
from django.urls import reverse

from escalations.workflow import retriage as triage_escalation
from tests.conftest import NOW, make_escalation
from triage.config import TUNABLE_FIELDS
from triage.models import TriageConfig, TriggerPhrase


@pytest.fixture
def admin_client(client, deskadmin):
    client.force_login(deskadmin)
    return client


def form_data(config: TriageConfig, **changes) -> dict[str, str]:
    data = {f.name: str(config.values[f.name]) for f in TUNABLE_FIELDS}
    data["profanity"] = ", ".join(config.values["profanity"])
    data["note"] = "tuning"
    data.update({k: str(v) for k, v in changes.items()})
    return data


def test_saving_a_version_writes_the_next_one_and_keeps_the_old(admin_client):
    # The shipped migrations leave v2 active (v1 was the first defaults).
    v2 = TriageConfig.objects.active()
    assert v2.version == 2
    url = reverse("admin:triage_triageconfig_change", args=[v2.pk])
    response = admin_client.post(url, form_data(v2, sev2_threshold=70), follow=True)
    assert "Saved as version 3. Run its backtest, then make it active." in response.content.decode()
    v2.refresh_from_db()
    v3 = TriageConfig.objects.get(version=3)
    assert v2.values["sev2_threshold"] == 60 and v2.is_active
    assert v3.values["sev2_threshold"] == 70 and not v3.is_active


def test_saving_with_activate_switches_the_active_version(admin_client):
    v1 = TriageConfig.objects.active()
    admin_client.post(
        reverse("admin:triage_triageconfig_add"),
        {**form_data(v1, sev1_threshold=95), "activate": "on"},
    )
    assert TriageConfig.objects.active().version == 3
    assert TriageConfig.objects.filter(is_active=True).count() == 1


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        (
            {"sev1_threshold": 55},
            "The Sev-1 threshold (55) must be higher than the Sev-2 one (60).",
        ),
        (
            {"sev2_threshold": 30},
            "The Sev-2 threshold (30) must be higher than the Sev-3 one (35).",
        ),
        (
            {"floor_legal_threat": 5},
            "Impact floor “Legal threat” must be 1 to 4 (4 means no floor; it is 5).",
        ),
        (
            {"tier_enterprise_arr": 300000},
            "Tier thresholds must rise: mid-market &lt; enterprise &lt; strategic",
        ),
        ({"sev1_threshold": 120}, "The Sev-1 threshold must be at most 100 (it is 120)."),
        ({"tier_strategic_points": 500}, "must be between 0 and 100 (it is 500)"),
        ({"sev3_threshold": "abc"}, "Enter a whole number."),
    ],
)
def test_admin_validates_what_is_typed(admin_client, changes, message):
    v1 = TriageConfig.objects.active()
    response = admin_client.post(
        reverse("admin:triage_triageconfig_change", args=[v1.pk]), form_data(v1, **changes)
    )
    assert response.status_code == 200
    assert message in response.content.decode()
    assert TriageConfig.objects.count() == 2


def test_backtest_page_and_activation(admin_client, manager):
    for i in range(3):
        case = make_escalation(by=manager, title=f"Closed {i}", status="closed")
        triage_escalation(case, trigger="intake", by=manager, now=NOW)
    v2 = TriageConfig.objects.active()
    admin_client.post(
        reverse("admin:triage_triageconfig_add"), form_data(v2, tier_enterprise_points=10)
    )
    v3 = TriageConfig.objects.get(version=3)
    page = admin_client.get(
        reverse("admin:triage_triageconfig_backtest", args=[v3.pk])
    ).content.decode()
    assert "over 3 closed cases" in page
    assert "Differences from the active version v2" in page
    admin_client.post(reverse("admin:triage_triageconfig_activate", args=[v3.pk]))
    assert TriageConfig.objects.active() == v3


def test_backtest_page_rejects_a_bad_date_politely(admin_client):
    v1 = TriageConfig.objects.active()
    response = admin_client.get(
        reverse("admin:triage_triageconfig_backtest", args=[v1.pk]), {"since": "yesterday"}
    )
    assert response.status_code == 200
    assert "Enter the date as YYYY-MM-DD." in response.content.decode()


def test_versions_cannot_be_deleted(admin_client):
    v1 = TriageConfig.objects.active()
    assert (
        admin_client.get(reverse("admin:triage_triageconfig_delete", args=[v1.pk])).status_code
        == 403
    )


def test_a_broken_phrase_pattern_is_refused_with_a_message(admin_client):
    response = admin_client.post(
        reverse("admin:triage_triggerphrase_add"),
        {
            "label": "broken",
            "pattern": "(our lawyers",
            "category": "legal",
            "weight": "10",
            "forced_lane": "",
            "min_severity": "",
        },
    )
    assert response.status_code == 200
    assert "not a valid regular expression" in response.content.decode()
    assert not TriggerPhrase.objects.filter(label="broken").exists()


def test_a_disabled_phrase_no_longer_fires(manager):
    case = make_escalation(by=manager, environment="x")
    case.interactions.create(
        occurred_at=NOW,
        contact_name="Pat",
        body="We will involve our lawyers.",
        created_by=manager,
        created_at=NOW,
    )
    assert "legal_threat" in triage_escalation(case, trigger="intake", by=manager, now=NOW).flags
    TriggerPhrase.objects.filter(category="legal").update(is_active=False)
    assert (
        "legal_threat"
        not in triage_escalation(case, trigger="customer_wrote", by=manager, now=NOW).flags
    )


def test_managers_cannot_reach_triage_configuration(client, manager):
    client.force_login(manager)
    response = client.get(reverse("admin:triage_triageconfig_changelist"))
    assert response.status_code == 302  # not staff: sent to the admin login
