"""Every report table as CSV: its content, who may download it, and formula cells neutralised."""

from __future__ import annotations

import csv
import io

import pytest

from reports.csv_export import TABLES, neutralise
from tests.conftest import make_escalation
from tests.reports.november import LATER, at

pytestmark = pytest.mark.django_db


@pytest.fixture
def later(clock):
    clock.move_to(LATER)


def download(client, user, url: str):
    client.force_login(user)
    return client.get(url)


def test_the_severity_table(client, manager, november, later):
    response = download(client, manager, "/reports/2026-11/severity.csv")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"] == 'attachment; filename="report-2026-11-severity.csv"'
    assert response.content.decode() == (
        "severity,count\r\nSev-1 critical,1\r\nSev-2 high,1\r\nSev-3 medium,2\r\nSev-4 low,1\r\n"
    )


def test_the_times_and_root_cause_tables(client, manager, november, later):
    rows = list(
        csv.reader(
            io.StringIO(download(client, manager, "/reports/2026-11/times.csv").content.decode())
        )
    )
    assert rows[0] == ["measure", "severity", "cases", "median_seconds", "p90_seconds"]
    assert ["Time to resolve", "All", "3", "399600", "3316992"] in rows
    assert ["Time to acknowledge", "Sev-4 low", "0", "", ""] in rows
    causes = download(client, manager, "/reports/2026-11/root_cause.csv").content.decode()
    assert "Product bug,2,Engineering,2,400000.00\r\n" in causes


def test_every_table_downloads(client, manager, november, later):
    client.force_login(manager)
    for name in TABLES:
        response = client.get(f"/reports/2026-11/{name}.csv")
        assert response.status_code == 200, name
        assert response.content.decode().count("\r\n") >= 1, name


def test_a_hidden_sev1_title_is_blank_in_the_csv(client, manager, executive, november, later):
    c2 = november.cases["c2"]
    hidden = download(client, manager, "/reports/2026-11/sev1_cases.csv").content.decode()
    assert hidden == f"reference,title,customer,arr\r\n{c2.reference},,,300000.00\r\n"
    shown = download(client, executive, "/reports/2026-11/sev1_cases.csv").content.decode()
    assert f"{c2.reference},Case c2,Account A,300000.00" in shown


def test_cells_a_spreadsheet_would_run_are_neutralised(client, manager, agent, la_desk, later):
    for area in ('=HYPERLINK("http://evil.test","x")', "+1+1", "-2+3", "@SUM(A1)", "Plain"):
        make_escalation(by=agent, at=at("11-10T12:00"), product_area=area)
    body = download(client, manager, "/reports/2026-11/product_area.csv").content.decode()
    rows = list(csv.reader(io.StringIO(body)))
    assert sorted(r[0] for r in rows[1:]) == sorted(
        ['\'=HYPERLINK("http://evil.test","x")', "'+1+1", "'-2+3", "'@SUM(A1)", "Plain"]
    )


def test_numbers_stay_numbers():
    assert neutralise(-0.25) == -0.25
    assert neutralise("-0.25") == "'-0.25"
    assert neutralise("\tcmd") == "'\tcmd"


def test_an_unknown_table_or_an_agent_gets_404(client, manager, november, later):
    assert download(client, manager, "/reports/2026-11/secrets.csv").status_code == 404
    assert (
        download(client, november.people["alice"], "/reports/2026-11/severity.csv").status_code
        == 404
    )
    assert download(client, manager, "/reports/2027-01/severity.csv").status_code == 404
