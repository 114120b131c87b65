"""Golden sets: the desk's own labelled briefs are the test of the shipped configuration, and
admins score any version against a set from the command line or the admin."""

from __future__ import annotations

import html
import io
import json
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.core.management.base import CommandError
from django.urls import reverse

from triage.config import rules_for
from triage.golden import GoldenError, load_golden, score_golden
from triage.golden_sets import SHIPPED_DIR, shipped_sets
from triage.models import GoldenSet, TriageConfig

SHARED_SAMPLE = Path(__file__).resolve().parents[2].parent / "shared/triage/golden-sample.json"


def shipped_rules():
    # The configuration the migrations ship, rows and all: proves the literal data too.
    return rules_for(TriageConfig.objects.active())


@pytest.mark.django_db
@pytest.mark.parametrize("golden", shipped_sets(), ids=lambda s: s.key)
def test_every_shipped_golden_set_agrees_and_every_hard_rule_holds(golden):
    report = score_golden(golden.cases(), shipped_rules(), name=golden.name)

    missed = [d.as_dict() for d in report.disagreements]
    assert report.agreement >= 0.95, missed
    assert report.hard_rules_held, [d for d in missed if d["hard_rule"]]


def test_the_desk_ships_at_least_250_labelled_briefs():
    briefs = [case for golden in shipped_sets() for case in golden.cases()]
    assert len(briefs) >= 250
    assert len({case.id for case in briefs}) == len(briefs)  # ids unique across the sets


@pytest.mark.django_db
@pytest.mark.skipif(not SHARED_SAMPLE.exists(), reason="shared/ is not beside the repo")
def test_the_shared_sample_agrees_too():
    report = score_golden(load_golden(SHARED_SAMPLE.read_text()), shipped_rules())
    assert report.agreement >= 0.95, [d.as_dict() for d in report.disagreements]
    assert report.hard_rules_held


# A set whose labeller expects a breach to be routine: it must disagree, and say why.
WRONG = [
    {
        "id": "security-wrong-label",
        "brief": {"summary": "Our customer records were leaked online. This is a breach."},
        "expect": {"sev": [4, 4], "lane": "autonomous", "hard": True},
    },
    {
        "id": "routine-question",
        "brief": {"summary": "How do I export invoices as CSV?"},
        "expect": {"sev": [4, 4], "lane": "autonomous"},
    },
]


def test_the_command_reports_per_category_and_each_disagreement(db, tmp_path):
    path = tmp_path / "wrong.json"
    path.write_text(json.dumps(WRONG))
    out = io.StringIO()
    call_command("backtest_triage", "--golden", str(path), stdout=out)
    text = out.getvalue()
    assert "Agreement: 1 of 2 (50.0%)" in text
    assert "Hard rules held: 0 of 1  <-- a hard rule was missed" in text
    assert "- security-wrong-label [hard rule]: expected Sev-4, autonomous, got Sev-1" in text
    assert "Sev-1: security breach or data exposure reported (impact floor)" in text
    out = io.StringIO()
    call_command("backtest_triage", "--golden", str(path), "--json", stdout=out)
    report = json.loads(out.getvalue())
    assert report["by_category"]["security"] == {"agreed": 0, "cases": 1, "agreement": 0.0}
    assert report["by_category"]["routine"]["agreed"] == 1
    assert report["disagreements"][0]["factors"]


def test_min_agreement_fails_the_command(db, tmp_path):
    path = tmp_path / "wrong.json"
    path.write_text(json.dumps(WRONG))
    with pytest.raises(CommandError) as error:
        call_command("backtest_triage", "--golden", str(path), "--min-agreement", "0.95")
    assert error.value.returncode == 1
    ok = tmp_path / "ok.json"
    ok.write_text(json.dumps(WRONG[1:]))
    call_command(
        "backtest_triage", "--golden", str(ok), "--min-agreement", "0.95", stdout=io.StringIO()
    )


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("not json", "The golden set is not valid JSON"),
        ("[]", "A golden set is a non-empty JSON list of {id, brief, expect}."),
        ('[{"brief": {}, "expect": {}}]', "brief 1 needs an id (a short name)."),
        (
            '[{"id": "a", "brief": {"summary": "x"}, "expect": {"sev": [1, 2]}},'
            ' {"id": "a", "brief": {"summary": "y"}, "expect": {"sev": [1, 2]}}]',
            "brief 2 ('a'): the id is used twice.",
        ),
        (
            '[{"id": "a", "brief": {"title": "x"}, "expect": {"sev": [1, 2]}}]',
            "brief 1 ('a'): summary is required.",
        ),
        (
            '[{"id": "a", "brief": {"summary": "x"}, "expect": {"sev": [3, 1]}}]',
            "brief 1 ('a'): expect.sev must be [most, least] severe, each 1 to 4.",
        ),
        (
            '[{"id": "a", "brief": {"summary": "x"}, "expect": {"sev": [1, 2], "lane": "fast"}}]',
            "brief 1 ('a'): lane must be one of autonomous, guardrailed, human_first.",
        ),
        (
            '[{"id": "a", "brief": {"summary": "x"},'
            ' "expect": {"sev": [1, 2], "lane": "autonomous", "lane_min": "guardrailed"}}]',
            "brief 1 ('a'): give at most one of lane, lane_min and lane_not.",
        ),
    ],
)
def test_a_bad_golden_set_is_refused_naming_the_brief(text, message):
    with pytest.raises(GoldenError) as error:
        load_golden(text)
    assert message in str(error.value)


@pytest.fixture
def admin_client(client, deskadmin):
    client.force_login(deskadmin)
    return client


def golden_url() -> str:
    return reverse("admin:triage_triageconfig_golden", args=[TriageConfig.objects.active().pk])


def test_the_admin_scores_a_shipped_set(admin_client):
    key = shipped_sets()[0].key
    page = admin_client.post(golden_url(), {"golden_set": key}).content.decode()
    assert f"v2 on {shipped_sets()[0].name}:" in page
    assert "Hard rules held:" in page


def test_an_upload_is_scored_and_stored_for_next_time(admin_client):
    upload = SimpleUploadedFile("wrong.json", json.dumps(WRONG).encode(), "application/json")
    page = admin_client.post(golden_url(), {"upload": upload, "name": "Regression set"})
    text = page.content.decode()
    assert "1 of 2 agree" in text and "a hard rule was missed" in text
    assert "security-wrong-label" in text
    stored = GoldenSet.objects.get()
    assert (stored.name, stored.cases) == ("Regression set", 2)
    again = admin_client.post(golden_url(), {"golden_set": f"upload:{stored.pk}"})
    assert "1 of 2 agree" in again.content.decode()


def test_a_broken_upload_is_refused_with_its_problem(admin_client):
    upload = SimpleUploadedFile("bad.json", b'[{"id": "x"}]', "application/json")
    page = html.unescape(admin_client.post(golden_url(), {"upload": upload}).content.decode())
    assert "brief 1 ('x'): brief must be an object" in page
    assert not GoldenSet.objects.exists()


def test_a_tampered_choice_is_refused(admin_client):
    page = admin_client.post(golden_url(), {"golden_set": "file:../../etc/passwd"})
    assert page.status_code == 200
    assert "Select a valid choice" in page.content.decode()


def test_managers_cannot_open_the_admin_golden_page(client, manager):
    client.force_login(manager)
    assert client.get(golden_url()).status_code == 302  # not staff: the admin login


def test_the_shipped_sets_are_the_files_in_triage_golden():
    assert {s.key for s in shipped_sets()} == {f"file:{p.stem}" for p in SHIPPED_DIR.glob("*.json")}
