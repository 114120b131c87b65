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
from django.test import Client
from django.urls import reverse

from .hostile import BAD_BYTES, SCRIPT_MARK, TEXT, WRONG_TYPES, forms_of, table_counts


def _client(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


FILTER_PAGES = [
    pytest.param("manager", lambda w: reverse("escalations:queue"), id="queue"),
    pytest.param("manager", lambda w: reverse("escalations:my_work"), id="my work"),
    pytest.param("manager", lambda w: reverse("escalations:customer_list"), id="customers"),
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


def test_a_customer_search_with_a_nul_byte_is_refused_with_a_message(world):
    # The customer list reads ?q= through a form, as the queue does: Django's CharField
    # refuses the NUL (PostgreSQL could not take it), the page says so and lists nothing
    # rather than every account as if they matched.
    client = _client(world.people["manager"])
    page = client.get(reverse("escalations:customer_list"), {"q": "a\x00b"})
    assert page.status_code == 200
    text = page.content.decode()
    assert "Nothing was searched: Null characters are not allowed." in text
    assert page.context["page"].paginator.count == 0
    assert "No account matches these filters" in text
    assert 'value="a\ufffdb"' in text  # shown again, the NUL as the replacement character
    # A plain search still searches.
    found = client.get(reverse("escalations:customer_list"), {"q": world.case.customer.name})
    assert world.case.customer in found.context["page"].object_list


def test_a_customer_search_longer_than_the_box_is_refused_not_cut(world):
    client = _client(world.people["manager"])
    page = client.get(reverse("escalations:customer_list"), {"q": "x" * 201})
    assert page.status_code == 200
    assert "Nothing was searched: Ensure this value has at most 200 characters (it has 201)." in (
        page.content.decode()
    )
    assert page.context["page"].paginator.count == 0


def test_a_queue_search_with_a_nul_byte_is_refused_with_the_fields_own_message(world):
    # The queue said "Search text is limited to 200 characters (yours has 3)" for any refused
    # search; it says what the search box's field refused, as the customer list does.
    client = _client(world.people["deskadmin"])  # sees the world's Sev-1 case
    url = reverse("escalations:queue")
    found = client.get(url, {"view": "all", "q": "Sev-1 under test"})
    assert "Sev-1 under test" in found.content.decode()
    page = client.get(url, {"view": "all", "q": "Sev-1\x00under test"})
    assert page.status_code == 200
    text = page.content.decode()
    assert "Nothing was searched: Null characters are not allowed." in text
    assert "limited to" not in text
    assert "Sev-1 under test" not in text  # not the whole queue, as if it matched
    assert "No escalation matches these filters" in text
    assert 'value="Sev-1\ufffdunder test"' in text  # shown again, the NUL as U+FFFD
    assert "\x00" not in text


# --- The admin's changelists: list filters and date hierarchies ------------------------------

# The admins other packages register (Django's auth, django-q2, axes) get the same check in
# config/apps.py: the walk below found a huge group id an OverflowError on SQLite, a NUL in
# django-q2's and axes' text filters a DataError on PostgreSQL, a year past 9999 in axes' date
# hierarchy an OverflowError on both, before it.


def _changelists(apps: set[str] | None = None) -> list:
    from django.contrib import admin

    pages = []
    for model, model_admin in sorted(
        admin.site._registry.items(), key=lambda item: item[0]._meta.label
    ):
        label = model._meta.label
        if apps is not None and model._meta.app_label not in apps:
            continue
        pages.append(pytest.param(model, model_admin, id=label))
    return pages


def test_every_admin_of_the_desk_checks_its_lookups():
    # Django hands a list filter's value to the queryset as it came: PostgreSQL refuses a NUL
    # in a text parameter (DataError), and an id past 64 bits in a related-object filter
    # (`?role__id__exact=99999999999999999999`) is an OverflowError on SQLite, a 500 either
    # way. CheckedLookupsAdmin refuses both; found by the walk below in RosterEntry,
    # MatrixCell, TriggerPhrase and ActionItem, whose admins did not use it. Every admin of
    # the desk's apps does, so a filter added later is covered before the walk meets it.
    from escalations.admin import CheckedLookupsAdmin

    unchecked = [
        f"{param.id}: {type(param.values[1]).__name__}"
        for param in _changelists()  # ours, and those of Django, django-q2 and axes
        if not isinstance(param.values[1], CheckedLookupsAdmin)
    ]
    assert not unchecked, f"Base these on escalations.admin.CheckedLookupsAdmin: {unchecked}"


@pytest.mark.parametrize(
    "admin_page, name",
    [
        ("matrix_rosterentry", "region__exact"),
        ("matrix_matrixcell", "category__exact"),
        ("triage_triggerphrase", "category__exact"),
        ("triage_triggerphrase", "forced_lane__exact"),
        ("reports_actionitem", "status__exact"),
    ],
)
def test_a_nul_in_an_admin_filter_is_the_unfiltered_list_again(world, admin_page, name):
    # What Django does with any lookup it cannot use (IncorrectLookupParameters): back to
    # the list, unfiltered, with ?e=1; on SQLite too, where the NUL would only match nothing.
    from django.contrib.auth.models import User

    client = _client(User.objects.create_superuser("root", "root@desk.test", "pw"))
    url = reverse(f"admin:{admin_page}_changelist")
    response = client.get(url, {name: "a\x00b"})
    assert response.status_code == 302
    assert response["Location"] == f"{url}?e=1"
    assert client.get(response["Location"]).status_code == 200


@pytest.mark.parametrize(
    "admin_page, name",
    [("matrix_rosterentry", "role__exact"), ("reports_actionitem", "root_cause__exact")],
)
def test_an_admin_filter_id_past_64_bits_is_no_500(world, admin_page, name):
    from django.contrib.auth.models import User

    client = _client(User.objects.create_superuser("root", "root@desk.test", "pw"))
    url = reverse(f"admin:{admin_page}_changelist")
    response = client.get(url, {name: "99999999999999999999"})
    if settings.DATABASES["default"]["ENGINE"].endswith("postgresql"):
        # PostgreSQL compares it as a number: no row has that id.
        assert response.status_code == 200
        assert response.context["cl"].result_count == 0
    else:
        # SQLite cannot bind it (OverflowError): refused as a lookup Django cannot use.
        assert response.status_code == 302
        assert response["Location"] == f"{url}?e=1"


def _lookup_params(model, model_admin, html: str) -> list[str]:
    """The filters' parameters: each plain list_filter field's exact lookup, the date
    hierarchy's, and every parameter the filter sidebar links to (custom filters' too)."""
    import re

    names = set()
    for item in model_admin.list_filter:
        if isinstance(item, str):
            field = model._meta.get_field(item)
            names.add(f"{item}__{field.target_field.name}__exact" if field.is_relation else item)
            names.add(f"{item}__exact")
    if model_admin.date_hierarchy:
        names |= {f"{model_admin.date_hierarchy}__{part}" for part in ("year", "month", "day")}
    names |= set(re.findall(r'href="\?(?:[^"]*&amp;)?([a-z_]+)=', html))
    return sorted(names - {"q", "o", "p", "e", "all", "_facets"})


@pytest.mark.parametrize("model, model_admin", _changelists())
def test_every_admin_changelist_filter_takes_hostile_values_without_a_500(
    world, model, model_admin
):
    from django.contrib.auth.models import User

    root = User.objects.create_superuser("root", "root@desk.test", "pw")
    client = _client(root)
    meta = model._meta
    url = reverse(f"admin:{meta.app_label}_{meta.model_name}_changelist")
    page = client.get(url)
    assert page.status_code == 200
    problems = []
    for name in _lookup_params(model, model_admin, page.content.decode()):
        for value in ("a\x00b", "99999999999999999999", "2026-02-30", SCRIPT_MARK):
            response = client.get(url, {name: value})
            if response.status_code >= 500:
                problems.append(f"{name}={value!r}: {response.status_code}")
            elif response.status_code == 200 and SCRIPT_MARK in response.content.decode():
                problems.append(f"{name}={value!r}: the script tag is shown unescaped")
    # The search box: Django's own form refuses the NUL with a message.
    if model_admin.search_fields:
        response = client.get(url, {"q": "a\x00b"})
        assert response.status_code == 200
    assert not problems, "\n".join(problems)
