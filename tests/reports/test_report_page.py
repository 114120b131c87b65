"""The report pages as each reader sees them: /reports/, a month, a quarter, bad periods."""

from __future__ import annotations

import re

import pytest

from reports.figures import compute
from reports.models import Snapshot
from reports.periods import parse
from tests.conftest import make_escalation
from tests.reports.november import LATER, at

pytestmark = pytest.mark.django_db


@pytest.fixture
def later(clock):
    clock.move_to(LATER)


def page(client, user, url: str):
    client.force_login(user)
    return client.get(url)


def test_reports_opens_the_latest_complete_month(client, manager, la_desk, later):
    response = page(client, manager, "/reports/")
    assert response.status_code == 302
    assert response["Location"] == "/reports/2026-11/"


def test_the_month_page_for_a_manager(client, manager, november, later):
    response = page(client, manager, "/reports/2026-11/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Escalations monthly report: November 2026" in html
    assert "Live figures, as of now" in html
    assert "No escalations in" not in html
    # Headlines with their change against October.
    assert "compared with October 2026" in html
    assert re.search(
        r"Escalations raised</div>\s*<div class=\"report-headline-value\">5</div>", html
    )
    assert "+67 %" in html
    # Every figure section is there.
    for heading in (
        "By severity",
        "By category",
        "By root cause",
        "By trigger",
        "By product area",
        "By entry point",
        "SLA attainment per clock and severity",
        "Time to acknowledge and to resolve",
        "ARR at risk",
        "Agents raising twice the team median or more",
        "Triage",
        "Sev-1 cases raised: 1",
        "How these figures are counted",
    ):
        assert heading in html, heading
    assert "Alice" in html  # the agent at 3x the median


def test_a_sev1_case_counts_for_a_manager_not_on_it_but_its_title_is_hidden(
    client, manager, november, later
):
    c2 = november.cases["c2"]
    html = page(client, manager, "/reports/2026-11/").content.decode()
    assert c2.reference in html
    assert "Case c2" not in html
    assert "title hidden" in html
    assert f"/escalations/{c2.pk}/" not in html  # no link to a page that would 404


def test_an_executive_sees_the_sev1_title(client, executive, november, later):
    c2 = november.cases["c2"]
    html = page(client, executive, "/reports/2026-11/").content.decode()
    assert "Case c2" in html
    assert f"/escalations/{c2.pk}/" in html


@pytest.mark.parametrize("url", ["/reports/", "/reports/2026-11/", "/reports/2026-Q4/"])
def test_agents_get_404(client, november, later, url):
    # bob raised the Sev-1 case; being its creator does not make him a report reader.
    assert page(client, november.people["bob"], url).status_code == 404


def test_someone_with_no_desk_role_is_refused(client, outsider, la_desk, later):
    assert page(client, outsider, "/reports/2026-11/").status_code == 403


def test_charts_are_accessible_svg_with_their_numbers_in_tables(client, manager, november, later):
    html = page(client, manager, "/reports/2026-11/").content.decode()
    charts = re.findall(r'<svg class="report-chart" role="img"[^>]*aria-labelledby="([^" ]+)', html)
    # Six breakdowns, two trend lines, SLA by clock, triage feedback.
    assert len(charts) == 10
    for title_id in charts:
        assert f'<title id="{title_id}">' in html
    assert "Escalations raised per month, December 2025 to November 2026" in html
    # The severity table beside its chart.
    assert re.search(r'<th scope="row">Sev-3 medium</th><td class="text-end">2</td>', html)
    # The SLA attainment line: November at 3 of 7.
    assert re.search(r"November 2026</th><td[^>]*>5</td><td[^>]*>3</td><td[^>]*>4</td>", html)


def test_the_page_keeps_to_the_strict_csp(client, manager, november, later):
    response = page(client, manager, "/reports/2026-11/")
    html = response.content.decode()
    assert "script-src 'self'" in response["Content-Security-Policy"]
    assert "style=" not in html
    assert "<style" not in html
    assert re.findall(r"<script(?![^>]*\bsrc=)", html) == []
    assert 'href="/static/css/reports-print.css" media="print"' in html


def test_an_empty_month_renders_cleanly(client, manager, november, later):
    response = page(client, manager, "/reports/2026-06/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "No escalations in June 2026" in html
    assert "By severity" not in html
    assert "no comparison" in html


def test_a_month_with_a_snapshot_renders_from_it(client, manager, november, later):
    taken = at("12-01T09:00")
    Snapshot.objects.create(
        month="2026-11", figures=compute(parse("2026-11"), now=taken), taken_at=taken
    )
    make_escalation(by=november.people["alice"], at=at("11-25T12:00"), severity=4)
    response = page(client, manager, "/reports/2026-11/")
    html = response.content.decode()
    assert "Snapshot as of 1 December 2026, 01:00 PST" in html
    assert "Live figures" not in html
    # The case added since the snapshot is not in it; the quarter, computed live, has it.
    assert response.context["figures"]["headlines"][0]["value"] == 5
    quarter = page(client, manager, "/reports/2026-Q4/")
    assert quarter.context["figures"]["headlines"][0]["value"] == 10


def test_links_between_periods(client, manager, november, later):
    html = page(client, manager, "/reports/2026-11/").content.decode()
    assert 'href="/reports/2026-10/" rel="prev"' in html
    assert 'href="/reports/2026-12/" rel="next"' in html
    assert 'href="/reports/2026-Q4/"' in html
    quarter = page(client, manager, "/reports/2026-Q4/").content.decode()
    assert "Escalations quarterly report: Q4 2026" in quarter
    for month in ("2026-10", "2026-11", "2026-12"):
        assert f'href="/reports/{month}/"' in quarter
    assert 'href="/reports/2027-Q1/"' not in quarter  # not started


def test_the_month_in_progress_says_so(client, manager, november, later):
    html = page(client, manager, "/reports/2026-12/").content.decode()
    assert "month in progress" in html
    assert 'rel="next"' not in html


def test_a_future_month_is_404_and_says_it_has_not_started(client, manager, la_desk, later):
    response = page(client, manager, "/reports/2027-01/")
    assert response.status_code == 404
    assert "has not started yet" in response.content.decode()
    assert "/reports/2026-11/" in response.content.decode()


@pytest.mark.parametrize("bad", ["2026-13", "2026-Q5", "november", "2026-1", "0001-01"])
def test_a_bad_period_is_404_and_says_how_to_write_one(client, manager, la_desk, later, bad):
    response = page(client, manager, f"/reports/{bad}/")
    assert response.status_code == 404
    assert "YYYY-MM" in response.content.decode()


def test_the_nav_has_reports_for_readers_only(client, manager, november, later):
    assert 'href="/reports/"' in page(client, manager, "/").content.decode()
    assert 'href="/reports/"' not in page(client, november.people["alice"], "/").content.decode()


def test_typed_text_in_a_chart_is_escaped(client, manager, agent, la_desk, later):
    make_escalation(by=agent, at=at("11-10T12:00"), product_area="<script>alert(1)</script>")
    html = page(client, manager, "/reports/2026-11/").content.decode()
    assert "<script>alert(1)</script>" not in html
    # In the chart's bar label, its title and its description, and in the table.
    assert html.count("&lt;script&gt;alert(1)&lt;/script&gt;") >= 4
