"""Hostile input in every form of the admin the desk registers: no 500, nothing half-stored.

Each registered model's add page (or, where adding is not allowed, its first row's change
page) is read as a superuser sees it and submitted with every field hostile at once, a NUL in
each text field, tampered inline formset counts and bad bytes (tests/security/hostile.py,
light). The desk's own validation lives here too: trigger phrases compiled by RE2, update
templates' placeholders, calendars' time zones and working days, matrix targets.
"""

from __future__ import annotations

import pytest
from django.contrib import admin
from django.contrib.auth.models import User
from django.test import Client
from django.urls import NoReverseMatch, reverse

from .hostile import _SEEN, SCRIPT_MARK, fuzz_page

# Django's and django-q2's and axes' own admins are theirs to test.
OURS = {"escalations", "triage", "matrix", "reports"}


# Found by this test: Django's admin AutocompleteSelect (PreferencesAdmin.autocomplete_fields
# "user") filters the queryset by the submitted value when it re-shows a refused form, and a
# value that is no id raises ValueError there (django/contrib/admin/widgets.py, optgroups):
# a 500 for a forged POST by a desk admin. Strict: once escalations/admin.py avoids it (a
# plain select, or a form that drops an invalid value), this mark must go.
KNOWN = {
    "escalations.Preferences": pytest.mark.xfail(
        raises=ValueError, strict=True, reason="admin autocomplete re-shows a non-id value"
    )
}


def admin_form_pages() -> list:
    pages = []
    for model in sorted(admin.site._registry, key=lambda model: model._meta.label):
        meta = model._meta
        if meta.app_label not in OURS:
            continue
        marks = [KNOWN[meta.label]] if meta.label in KNOWN else []
        prefix = f"admin:{meta.app_label}_{meta.model_name}"
        pages.append(pytest.param(meta.label, prefix, id=meta.label, marks=marks))
    return pages


@pytest.fixture
def root(world) -> Client:
    superuser = User.objects.create_superuser("root", "root@desk.test", "pw")
    client = Client()
    client.force_login(superuser)
    return client


@pytest.mark.parametrize(
    "label, prefix", admin_form_pages(), ids=[p[0] for p in admin_form_pages()]
)
def test_every_admin_form_takes_hostile_input(root, label, prefix):
    _SEEN.clear()
    page = reverse(f"{prefix}_add")
    if root.get(page).status_code != 200:
        model = next(m for m in admin.site._registry if m._meta.label == label)
        first = model._default_manager.order_by("pk").first()
        if first is None:
            pytest.skip(f"{label}: no add page and no row to change")
        try:
            page = reverse(f"{prefix}_change", args=[first.pk])
        except NoReverseMatch:
            pytest.skip(f"{label}: neither added nor changed in the admin")
        response = root.get(page)
        if response.status_code != 200 or 'name="_save"' not in response.content.decode():
            pytest.skip(f"{label}: read-only in the admin")
    problems = fuzz_page(root, page, megabyte=False, light=True)
    listing = root.get(reverse(f"{prefix}_changelist"))
    assert listing.status_code == 200
    assert SCRIPT_MARK not in listing.content.decode()
    assert not problems, "\n".join(problems)
