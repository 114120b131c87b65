"""The demo desk shows triage on first run: every case scored, some overridden, some marked."""

from __future__ import annotations

from django.db.models import Count

from escalations.models import Escalation, TimelineEvent
from tests.escalations.test_seed_demo import run_seed
from triage.models import TriageFeedback, TriageOverride, TriageRun


def test_seed_triages_every_case_with_the_shipped_configuration(db):
    output = run_seed()
    assert "400 triaged, 30 overrides, 60 feedback marks" in output
    assert not Escalation.objects.filter(triage_score__isnull=True).exists()
    assert not Escalation.objects.filter(severity__isnull=True).exists()
    runs = TriageRun.objects.filter(trigger="seed")
    assert runs.values("escalation").distinct().count() == 400
    assert set(runs.values_list("config__version", flat=True)) == {2}
    # Scored as the case arrived: the run is dated at intake.
    assert not runs.exclude(at=models_created_at()).exists()
    severities = dict(Escalation.objects.values_list("severity").annotate(n=Count("id")))
    assert set(severities) == {1, 2, 3, 4}
    lanes = set(Escalation.objects.values_list("lane", flat=True))
    assert lanes == {"autonomous", "guardrailed", "human_first"}


def models_created_at():
    from django.db.models import F

    return F("escalation__created_at")


def test_seeded_overrides_and_feedback_are_on_the_timeline(db):
    run_seed()
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
    assert TimelineEvent.objects.filter(kind="triage").count() >= 400
