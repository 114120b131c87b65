"""Hostile values in every filter of the desk (its GET forms) and in its URLs: no 500.

The parameters are read from the GET forms of each page (the queue's filters, My work's,
the customers', the bell's, the reports' and the action items'), plus the paging, sorting
and search parameters every list takes; each gets script tags, `javascript:` links,
SQL-looking strings, NUL bytes, wrong types, 5,000 characters, the same name twice, and
invalid UTF-8 and lone surrogates raw and percent-encoded in the query string. Nothing a
filter reads is stored, so no table changes either.
"""

from __future__ import annotations

from urllib.parse import quote

import pytest
from django.conf import settings
from django.db import DataError
from django.test import Client
from django.urls import reverse

from .hostile import BAD_BYTES, SCRIPT_MARK, TEXT, WRONG_TYPES, forms_of, table_counts


def _client(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def _on_postgresql() -> bool:
    return settings.DATABASES["default"]["ENGINE"].endswith("postgresql")


FILTER_PAGES = [
    pytest.param("manager", lambda w: reverse("escalations:queue"), id="queue"),
    pytest.param("manager", lambda w: reverse("escalations:my_work"), id="my work"),
    pytest.param(
        "manager",
        lambda w: reverse("escalations:customer_list"),
        id="customers",
        # Found by this test: escalations/views/customers.py hands ?q= to icontains as it
        # came, and PostgreSQL refuses a NUL byte in text (DataError, a 500). The queue's own
        # search strips it. Strict: once the view is fixed this mark must go.
        marks=pytest.mark.xfail(
            _on_postgresql(),
            raises=DataError,
            strict=True,
            reason="customer list: ?q= with a NUL byte is a 500 on PostgreSQL",
        ),
    ),
    pytest.param("manager", lambda w: reverse("escalations:notifications"), id="bell"),
    pytest.param("executive", lambda w: reverse("reports:report", args=["2026-10"]), id="report"),
    pytest.param("executive", lambda w: reverse("reports:actions"), id="action items"),
]


def _filter_params(client: Client, url: str) -> list[str]:
    page = client.get(url)
    assert page.status_code == 200, url
    names = {
        f.name
        for form in forms_of(page.content.decode())
        if form.method == "get"
        for f in form.fields
    }
    return sorted(names | {"page", "sort", "q"})


@pytest.mark.parametrize("role, page", FILTER_PAGES)
def test_every_filter_takes_hostile_values_without_a_500(world, role, page):
    client = _client(world.people[role])
    url = page(world)
    params = _filter_params(client, url)
    problems = []

    def get(label: str, **extra):
        response = client.get(url, **extra)
        if response.status_code >= 500:
            problems.append(f"GET {url} [{label}]: {response.status_code}")
        elif SCRIPT_MARK in response.content.decode():
            problems.append(f"GET {url} [{label}]: the script tag is shown unescaped")

    before = table_counts()
    # Every parameter at once, each kind of value; then each parameter alone with the kinds
    # that reach furthest (the others left out, so the filter is otherwise valid).
    for value in TEXT + WRONG_TYPES + ["x" * 5000]:
        get(f"all {value[:20]!r}", data=dict.fromkeys(params, value))
    for name in params:
        for value in (SCRIPT_MARK, "a\x00b", "99999999999999999999", "\u00b2"):
            get(f"{name}={value[:20]!r}", data={name: value})
        get(f"{name} twice", QUERY_STRING=f"{name}=1&{name}=2")
    for bad in BAD_BYTES:
        # Percent-encoded and raw (WSGI hands raw bytes over as latin-1), in every parameter.
        query = "&".join(f"{name}=" + bad.decode("latin-1") for name in params)
        get(f"bytes {bad!r}", QUERY_STRING=query)
    assert not problems, "\n".join(problems)
    # Reading is not writing: no filter stores anything.
    assert table_counts() == before


@pytest.mark.parametrize(
    "period",
    [
        "9999-12",
        "0000-01",
        "0001-01",
        "2026-13",
        "2026-00",
        "2026-Q0",
        "2026-Q5",
        "9999-Q4",
        "-2026-01",
        "2026-1",
        "²⁰²⁶-01",
        "2026-10\x00",
        "<script>",
        "2026-10; DROP TABLE x",
    ],
)
def test_a_hostile_report_period_is_a_page_not_a_500(world, period):
    client = _client(world.people["executive"])
    for url in (f"/reports/{quote(period)}/", f"/reports/{quote(period)}/severity.csv"):
        response = client.get(url)
        assert response.status_code in (200, 302, 400, 404), (url, response.status_code)


@pytest.mark.parametrize("path_id", ["99999999999999999999", "9223372036854775808", "0"])
def test_ids_past_any_integer_in_the_path_are_404(world, path_id):
    client = _client(world.people["deskadmin"])
    for url in (
        f"/escalations/{path_id}/",
        f"/customers/{path_id}/",
        f"/reports/actions/{path_id}/",
        f"/escalations/{world.case.pk}/triage/{path_id}/feedback/",
    ):
        response = client.get(url)
        assert response.status_code in (404, 405), (url, response.status_code)
