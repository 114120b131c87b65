"""`manage.py triage` scores a JSON brief; `manage.py backtest_triage` replays a version."""

from __future__ import annotations

import io
import json

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from escalations.workflow import override_triage
from escalations.workflow import retriage as triage_escalation
from tests.conftest import NOW, make_escalation
from triage.models import TriageConfig, TriageRun

BRIEF = {
    "title": "Platform down",
    "summary": "Complete outage since 9am. Our lawyers are asking about the SLA credits.",
    "category": "technical",
    "source": "executive_email",
    "messages": [{"at": "2026-11-02T09:00:00Z", "body": "Nothing works. This is unacceptable."}],
    "customer": {
        "arr": 300000,
        "renewal_date": "2026-11-23",
        "customer_since": "2015-01-01",
        "prior_escalations_90d": 0,
    },
    "now": "2026-11-02T10:00:00Z",
}


def run_triage(payload: str, monkeypatch) -> dict:
    monkeypatch.setattr("sys.stdin", io.StringIO(payload))
    out = io.StringIO()
    call_command("triage", "-", stdout=out)
    return json.loads(out.getvalue())


@pytest.mark.django_db
def test_scores_a_brief_from_stdin_and_saves_nothing(monkeypatch):
    result = run_triage(json.dumps(BRIEF), monkeypatch)
    assert result["severity"] == 1 and result["lane"] == "human_first"
    # A complete outage: the impact floor decided, and the output says so in one line.
    assert result["why"] == "Sev-1: complete outage (impact floor)"
    assert result["decision"]["decided_by"] == "floor" and result["decision"]["floor"] == 1
    assert {"legal_threat", "outage", "executive_complaint"} <= set(result["flags"])
    assert result["config_version"] == TriageConfig.objects.active().version
    assert -1 <= result["sentiment"]["compound"] <= 1
    assert {"name", "points", "reason"} <= set(result["factors"][0])
    assert "Renewal in 21 days" in [f["reason"] for f in result["factors"]]
    assert not TriageRun.objects.exists()


@pytest.mark.django_db
def test_only_summary_is_required(monkeypatch):
    result = run_triage('{"summary": "A routine question about invoices."}', monkeypatch)
    assert result["lane"] == "autonomous" and result["severity"] == 4


@pytest.mark.django_db
def test_reads_a_file(tmp_path):
    path = tmp_path / "brief.json"
    path.write_text(json.dumps(BRIEF), encoding="utf-8")
    out = io.StringIO()
    call_command("triage", str(path), stdout=out)
    assert json.loads(out.getvalue())["severity"] == 1


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("payload", "fragment"),
    [
        ("{not json", "Invalid JSON"),
        ("[1, 2]", "object"),
        ('{"summary": 3}', "summary"),
        ('{"summary": "x", "customer": {"arr": "lots"}}', "customer.arr"),
        ('{"summary": "x", "messages": [{"at": "yesterday", "body": "hi"}]}', "messages[0].at"),
        ('{"summary": "x", "tickets_48h": true}', "tickets_48h"),
        ('{"summary": "x", "source": "pigeon"}', "source"),
    ],
)
def test_bad_input_names_the_problem_and_exits_2(monkeypatch, payload, fragment):
    with pytest.raises(CommandError) as error:
        run_triage(payload, monkeypatch)
    assert error.value.returncode == 2
    assert fragment in str(error.value)
    assert "\n" not in str(error.value)


def test_missing_file_exits_2(db):
    with pytest.raises(CommandError) as error:
        call_command("triage", "/nonexistent/brief.json")
    assert error.value.returncode == 2


def test_backtest_reports_agreement_and_the_confusion_table(manager):
    for i in range(4):
        case = make_escalation(by=manager, title=f"Closed {i}", status="closed", entry_point="csm")
        triage_escalation(case, trigger="intake", by=manager, now=NOW)
    # A manager judged one case more severe than the engine: the backtest counts it as missed.
    case.refresh_from_db()
    override_triage(
        case, severity=1, lane=None, reason="CEO involved directly.", by=manager, now=NOW
    )
    make_escalation(by=manager, title="Still open")  # open cases are not replayed
    out = io.StringIO()
    call_command("backtest_triage", "--json", stdout=out)
    report = json.loads(out.getvalue())
    assert report["cases"] == 4
    assert report["agreed"] == 3 and report["too_low"] == 1
    assert report["sev12_cases"] == 1 and report["sev12_flagged_at_intake"] == 0
    assert sum(report["confusion"]["final_sev1"].values()) == 1
    text = io.StringIO()
    call_command("backtest_triage", "--since", "2026-01-01", stdout=text)
    assert "Agreement with the final severity: 3 of 4 (75.0%)" in text.getvalue()
    assert (
        text.getvalue()
        .strip()
        .splitlines()[-1]
        .startswith("backtest_triage: v2 over 4 closed cases")
    )


def test_backtest_of_a_candidate_version_and_bad_arguments(manager):
    active = TriageConfig.objects.active()
    TriageConfig.objects.create(
        version=3, values={**active.values, "sev3_threshold": 5}, created_at=NOW
    )
    case = make_escalation(by=manager, status="closed", entry_point="csm")
    triage_escalation(case, trigger="intake", by=manager, now=NOW)
    out = io.StringIO()
    call_command("backtest_triage", "--config", "3", "--json", stdout=out)
    assert json.loads(out.getvalue())["config_version"] == 3
    with pytest.raises(CommandError, match="no triage configuration version 9"):
        call_command("backtest_triage", "--config", "9")
    with pytest.raises(CommandError, match="--since must be a date"):
        call_command("backtest_triage", "--since", "last week")
