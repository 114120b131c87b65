"""`python manage.py monthly_report YYYY-MM [--json|--csv]` prints what the page shows."""

from __future__ import annotations

import json
from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from reports.csv_export import TABLES
from tests.reports.november import LATER

pytestmark = pytest.mark.django_db


@pytest.fixture
def later(clock):
    clock.move_to(LATER)


def run(*args) -> str:
    out = StringIO()
    call_command("monthly_report", *args, stdout=out)
    return out.getvalue()


def test_json_is_the_figures_the_page_renders(client, executive, november, later):
    client.force_login(executive)
    page = client.get("/reports/2026-11/").context["figures"]
    assert json.loads(run("2026-11", "--json")) == page


def test_csv_is_the_pages_tables(client, manager, november, later):
    printed = run("2026-11", "--csv")
    client.force_login(manager)
    severity = client.get("/reports/2026-11/severity.csv").content.decode()
    assert f"# severity\r\n{severity}" in printed
    assert [line[2:] for line in printed.splitlines() if line.startswith("# ")] == list(TABLES)


def test_the_text_summary(november, later):
    text = run("2026-11")
    assert text.startswith("Monthly escalations report: November 2026\nLive figures, as of ")
    assert "Escalations raised" in text and "+67 %" in text
    assert "SLA attainment: 43 %" in text
    assert "ARR at risk, open at period end: $370k (3 accounts)" in text
    assert "  Alice: 3" in text
    assert f"{november.cases['c2'].reference} Case c2" in text


def test_a_quarter_too(november, later):
    assert json.loads(run("2026-Q4", "--json"))["headlines"][0]["value"] == 9


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["2026-13"], "'2026-13' is not a month or a quarter: write YYYY-MM"),
        (["Nov"], "is not a month or a quarter"),
        (["2027-02"], "February 2027 has not started yet"),
        (["2026-11", "--now", "yesterday"], "is not an ISO instant"),
    ],
)
def test_bad_input_is_a_clear_error(la_desk, later, args, message):
    with pytest.raises(CommandError, match=message):
        run(*args)


def test_json_and_csv_together_are_refused(la_desk, later):
    with pytest.raises(CommandError, match="not allowed with"):
        run("2026-11", "--json", "--csv")
