"""Every figure of November 2026 against the numbers worked out by hand from
tests/reports/november.py (its docstring has the table), in Los Angeles time."""

from __future__ import annotations

import json

import pytest

from reports.figures import compute
from reports.periods import parse
from tests.reports.november import LATER

pytestmark = pytest.mark.django_db


@pytest.fixture
def figures(november) -> dict:
    return compute(parse("2026-11"), now=LATER)


def rows(figures: dict, name: str) -> dict:
    found = next(b for b in figures["breakdowns"] if b["name"] == name)
    return {row["label"]: row["count"] for row in found["rows"]}


def headline(figures: dict, key: str) -> dict:
    return next(h for h in figures["headlines"] if h["key"] == key)


def test_the_figures_are_plain_json(figures):
    assert json.loads(json.dumps(figures)) == figures


def test_volume_counts_cases_raised_in_the_local_month(figures):
    # c2, c3, c4, c5 (Nov 30 23:30 in LA), c7; not c1 (Oct 31 20:00 in LA) nor c6 (Dec 1 00:30).
    assert rows(figures, "severity") == {
        "Sev-1 critical": 1,
        "Sev-2 high": 1,
        "Sev-3 medium": 2,
        "Sev-4 low": 1,
    }
    assert rows(figures, "category") == {
        "Technical": 3,
        "Billing": 1,
        "Compliance": 0,
        "Relationship": 1,
    }
    assert rows(figures, "entry_point") == {
        "Executive e-mail": 1,
        "Executive CC'd": 0,
        "CSM / AE escalation": 2,
        "Flagged ticket": 1,
        "Public social post": 0,
        "AI hand-off": 1,
    }
    product = next(b for b in figures["breakdowns"] if b["name"] == "product_area")
    # Most first, ties by name.
    assert [(r["label"], r["count"]) for r in product["rows"]] == [
        ("Login", 2),
        ("Reporting", 2),
        ("Billing portal", 1),
    ]


def test_root_cause_and_trigger_count_close_outs_of_the_month(figures):
    # c1 and c3 (product bug), c0 closed Nov 30 23:59 in LA (kb gap); c4 closed in December.
    causes = rows(figures, "root_cause")
    assert causes["Product bug"] == 2
    assert causes["Knowledge-base gap"] == 1
    assert causes["Process failure"] == 0
    assert sum(causes.values()) == 3
    bug = next(
        r
        for b in figures["breakdowns"]
        if b["name"] == "root_cause"
        for r in b["rows"]
        if r["key"] == "product-bug"
    )
    # Accounts A ($300k, c1) and B ($100k, c3).
    assert (bug["accounts"], bug["arr_at_risk"], bug["function"]) == (2, "400000.00", "engineering")
    assert rows(figures, "trigger")["Outage or defect"] == 3


def test_avoidable_share_of_the_months_close_outs(figures):
    # c1 and c0 avoidable, c3 not.
    assert figures["closeouts"]["total"] == 3
    assert figures["closeouts"]["avoidable"] == 2
    assert figures["closeouts"]["avoidable_share"] == pytest.approx(2 / 3)
    # October had no close-outs: no comparison, not a division by zero.
    assert headline(figures, "avoidable_share")["previous"] is None
    assert headline(figures, "avoidable_share")["change"] is None


def test_sla_attainment_per_clock_and_severity(figures):
    table = {(r["kind"], r["severity"]): (r["met"], r["breached"]) for r in figures["sla"]["rows"]}
    # Acknowledge: c2 met (Sev-1), c4 breached (Sev-2), c3 met (Sev-3); c1's was in October
    # (Oct 31 22:00 in LA) and c5's in December.
    assert table[("acknowledge", 1)] == (1, 0)
    assert table[("acknowledge", 2)] == (0, 1)
    assert table[("acknowledge", 3)] == (1, 0)
    assert table[("acknowledge", 4)] == (0, 0)
    # Resolve: c2 past due (Sev-1), c1 met (Sev-2), c3 breached (Sev-3); c4's is paused with
    # an hour left: not counted.
    assert table[("resolve", 1)] == (0, 1)
    assert table[("resolve", 2)] == (1, 0)
    assert table[("resolve", 3)] == (0, 1)
    # Update: c2's was paused already overdue; c4's runs until after LATER.
    assert table[("update", 1)] == (0, 1)
    assert table[("update", 2)] == (0, 0)
    kinds = {r["kind"]: (r["met"], r["breached"]) for r in figures["sla"]["by_kind"]}
    assert kinds == {
        "acknowledge": (2, 1),
        "update": (0, 1),
        "resolve": (1, 2),
        "full_update": (0, 0),
    }
    assert figures["sla"]["overall"] == {
        "met": 3,
        "breached": 4,
        "attainment": pytest.approx(3 / 7),
    }
    sla = headline(figures, "sla_attainment")
    # October: c1's acknowledge clock met, nothing breached.
    assert sla["previous"] == 1.0
    assert sla["change"] == pytest.approx(3 / 7 - 1)
    assert sla["change_unit"] == "points"


def test_time_to_acknowledge_median_and_p90(figures):
    ack = figures["times"]["acknowledge"]
    by = {r["severity"]: r for r in ack["rows"]}
    # c2 10 min, c4 2 h 30, c3 2 h.
    assert (by[1]["count"], by[1]["median"], by[1]["p90"]) == (1, 600, 600)
    assert (by[2]["median"], by[3]["median"]) == (9000, 7200)
    assert by[4]["count"] == 0 and by[4]["median"] is None
    # [600, 7200, 9000]: the middle one; p90 at 0.8 of the way from 7200 to 9000.
    assert ack["overall"] == {"count": 3, "median": 7200, "p90": 8640}
    # October: c1 in 2 h. Same median: no change.
    assert headline(figures, "ack_median")["previous"] == 7200
    assert headline(figures, "ack_median")["change"] == 0


def test_time_to_resolve_median_and_p90(figures):
    res = figures["times"]["resolve"]
    by = {r["severity"]: r for r in res["rows"]}
    # c1 4 d 15 h (Sev-2); c3 2 d and c0 46 d 19 h 59 min (Sev-3).
    assert (by[2]["count"], by[2]["median"], by[2]["p90"]) == (1, 399600, 399600)
    assert (by[3]["count"], by[3]["median"], by[3]["p90"]) == (2, 2109570, 3658986)
    assert res["overall"] == {"count": 3, "median": 399600, "p90": 3316992}
    # October: c00 in one day.
    assert headline(figures, "resolve_median")["previous"] == 86400
    assert headline(figures, "resolve_median")["change"] == pytest.approx(3.625)


def test_arr_at_risk_counts_each_account_once(figures):
    # Open at the end of November: c2 and c7 (A, once), c4 (C, resolved in December), c5 (D).
    assert figures["arr"]["open"] == {"amount": "370000.00", "accounts": 3}
    # Escalated in November: A (c2, c7), B, C, D.
    assert figures["arr"]["escalated"] == {"amount": "470000.00", "accounts": 4}
    # October: open at its end A (c1) and C (c0); escalated D, C, A.
    assert headline(figures, "arr_open")["previous"] == "350000.00"
    assert headline(figures, "arr_open")["change"] == pytest.approx(20 / 350)
    assert headline(figures, "arr_escalated")["previous"] == "370000.00"
    assert headline(figures, "arr_escalated")["change"] == pytest.approx(100 / 370)


def test_agents_at_twice_the_team_median(figures):
    # alice 3 (c3, c4, c7), bob 1, carol 1: median 1, alice at 3x.
    agents = figures["agents"]
    assert (agents["raisers"], agents["median"], agents["threshold"]) == (3, 1, 2)
    assert [(a["name"], a["count"], a["ratio"]) for a in agents["flagged"]] == [("Alice", 3, 3.0)]


def test_triage_override_rate_and_feedback(figures, november):
    triage = figures["triage"]
    # c3 overridden, of five raised; October none of three.
    assert (triage["overridden"], triage["cases"]) == (1, 5)
    assert triage["override_rate"] == pytest.approx(0.2)
    assert headline(figures, "override_rate")["previous"] == 0.0
    assert headline(figures, "override_rate")["change"] == pytest.approx(0.2)
    feedback = {r["key"]: (r["count"], r["share"]) for r in triage["feedback"]["rows"]}
    assert triage["feedback"]["total"] == 3
    assert feedback == {
        "right": (2, pytest.approx(2 / 3)),
        "too_high": (1, pytest.approx(1 / 3)),
        "too_low": (0, 0.0),
    }


def test_volume_headlines_and_their_change(figures, november):
    volume = headline(figures, "volume")
    # November 5, October 3 (c00, c0, c1).
    assert (volume["value"], volume["previous"]) == (5, 3)
    assert volume["change"] == pytest.approx(2 / 3)
    sev1 = headline(figures, "sev1")
    assert (sev1["value"], sev1["previous"], sev1["change"]) == (1, 0, None)
    c2 = november.cases["c2"]
    assert figures["sev1"] == {
        "count": 1,
        "cases": [
            {
                "id": c2.pk,
                "reference": c2.reference,
                "title": "Case c2",
                "severity": 1,
                "customer": "Account A",
                "arr": "300000.00",
            }
        ],
    }


def test_twelve_month_trend(figures):
    trend = figures["trend"]
    assert [m["label"] for m in trend][:2] == ["2025-12", "2026-01"]
    assert trend[-1]["label"] == "2026-11"
    by = {m["label"]: m for m in trend}
    assert (by["2026-10"]["volume"], by["2026-10"]["met"], by["2026-10"]["breached"]) == (3, 1, 0)
    assert (by["2026-11"]["volume"], by["2026-11"]["met"], by["2026-11"]["breached"]) == (5, 3, 4)
    assert by["2026-06"] == {
        "label": "2026-06",
        "title": "June 2026",
        "volume": 0,
        "met": 0,
        "breached": 0,
        "attainment": None,
    }


def test_in_utc_the_boundary_cases_fall_in_the_other_months(november, settings):
    settings.TIME_ZONE = "UTC"
    figures = compute(parse("2026-11"), now=LATER)
    # c1 (11-01 03:00Z) is November now; c5 (12-01 07:30Z) is December.
    assert figures["period"]["start"] == "2026-11-01T00:00:00+00:00"
    assert rows(figures, "severity") == {
        "Sev-1 critical": 1,
        "Sev-2 high": 2,
        "Sev-3 medium": 2,
        "Sev-4 low": 0,
    }
    # c0 closed 12-01 07:59Z: December in UTC.
    assert figures["closeouts"]["total"] == 2


def test_an_empty_month_has_no_division_by_zero(november):
    figures = compute(parse("2026-06"), now=LATER)
    assert figures["breakdowns"][0]["total"] == 0
    assert figures["sla"]["overall"] == {"met": 0, "breached": 0, "attainment": None}
    assert figures["times"]["resolve"]["overall"] == {"count": 0, "median": None, "p90": None}
    assert figures["closeouts"]["avoidable_share"] is None
    assert figures["triage"]["override_rate"] is None
    assert figures["agents"] == {"raisers": 0, "median": None, "threshold": None, "flagged": []}
    assert all(h["change"] is None for h in figures["headlines"])


def test_a_quarter_adds_its_months(november):
    figures = compute(parse("2026-Q4"), now=LATER)
    # October 3, November 5, December so far c6.
    assert headline(figures, "volume")["value"] == 9
    assert headline(figures, "volume")["previous"] == 0
    assert figures["previous"]["label"] == "2026-Q3"
    assert figures["trend"][-1]["label"] == "2026-12"
    # Close-outs: c1, c3, c0 (Nov) and c4 (Dec).
    assert figures["closeouts"]["total"] == 4
