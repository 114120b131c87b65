"""The demo desk shows triage on first run: every case scored, some overridden, some marked."""

from __future__ import annotations

import pytest
from django.db import transaction
from django.db.models import Count, F

from escalations.models import Escalation, TimelineEvent
from tests.escalations.test_seed_demo import run_seed
from triage.models import TriageFeedback, TriageOverride, TriageRun

pytestmark = [pytest.mark.django_db, pytest.mark.xdist_group("seed_triage")]
CASES = 60


@pytest.fixture(scope="module")
def seeded(django_db_setup, django_db_blocker):
    """A smaller demo desk than the default, enough for every severity, lane and mark."""
    with django_db_blocker.unblock(), transaction.atomic():
        yield run_seed("--escalations", str(CASES))
        transaction.set_rollback(True)


def test_seed_triages_every_case_with_the_shipped_configuration(seeded):
    assert f"{CASES} triaged, 30 overrides, 60 feedback marks" in seeded
    assert not Escalation.objects.filter(triage_score__isnull=True).exists()
    assert not Escalation.objects.filter(severity__isnull=True).exists()
    runs = TriageRun.objects.filter(trigger="seed")
    assert runs.values("escalation").distinct().count() == runs.count() == CASES
    assert set(runs.values_list("config__version", flat=True)) == {2}
    # Scored as the case arrived: the run is dated at intake.
    assert not runs.exclude(at=F("escalation__created_at")).exists()
    # The customer's later words re-score the case, as they do on the desk.
    assert TriageRun.objects.filter(trigger="customer_wrote").exists()
    severities = dict(Escalation.objects.values_list("severity").annotate(n=Count("id")))
    assert set(severities) == {1, 2, 3, 4}
    lanes = set(Escalation.objects.values_list("lane", flat=True))
    assert lanes == {"autonomous", "guardrailed", "human_first"}


def test_seeded_overrides_and_feedback_are_on_the_timeline(seeded):
    assert TriageOverride.objects.count() == 30
    assert TriageFeedback.objects.count() == 60
    assert set(TriageFeedback.objects.values_list("verdict", flat=True)) == {
        "right",
        "too_high",
        "too_low",
    }
    overridden = TriageOverride.objects.first().escalation
    assert (
        overridden.severity
        == TriageOverride.objects.filter(escalation=overridden).first().new_severity
    )
    assert TimelineEvent.objects.filter(kind="override").count() == 30
    assert TimelineEvent.objects.filter(kind="triage").count() >= CASES
    # A manager judges a run that exists, while the case is still being worked on.
    for override in TriageOverride.objects.select_related("run", "escalation"):
        assert override.run.at <= override.at <= override.escalation.updated_at
