"""Hostile input in every form of the admin the desk registers: no 500, nothing half-stored.

Each registered model's add page (or, where adding is not allowed, its first row's change
page) is read as a superuser sees it and submitted with every field hostile at once, a NUL in
each text field, tampered inline formset counts and bad bytes (tests/security/hostile.py,
light). The desk's own validation lives here too: trigger phrases compiled by RE2, update
templates' placeholders, calendars' time zones and working days, matrix targets.
"""

from __future__ import annotations

import json

import pytest
from django.contrib import admin
from django.contrib.auth.models import User
from django.test import Client
from django.urls import NoReverseMatch, reverse

from .hostile import _SEEN, SCRIPT_MARK, fuzz_page

# Django's and django-q2's and axes' own admins are theirs to test.
OURS = {"escalations", "triage", "matrix", "reports"}


def admin_form_pages() -> list:
    pages = []
    for model in sorted(admin.site._registry, key=lambda model: model._meta.label):
        meta = model._meta
        if meta.app_label not in OURS:
            continue
        prefix = f"admin:{meta.app_label}_{meta.model_name}"
        pages.append(pytest.param(meta.label, prefix, id=meta.label))
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


@pytest.mark.parametrize("forged", ["abc", "1e3", "-1", "99999999999999999999", "a\x00b", "²"])
def test_a_forged_user_in_the_preferences_form_is_a_field_error(root, world, forged):
    # Django's autocomplete widget labels the submitted user by looking it up; a value that is
    # no user id was a ValueError there (a 500) when the refused form was shown again. Found
    # by test_every_admin_form_takes_hostile_input; escalations/admin.py IdAutocompleteSelect.
    from escalations.models import Preferences

    before = Preferences.objects.count()
    page = root.post(
        reverse("admin:escalations_preferences_add"),
        {"user": forged, "time_zone": "Europe/Berlin"},
    )
    assert page.status_code == 200
    errors = page.context["adminform"].form.errors
    assert list(errors) == ["user"], errors
    assert Preferences.objects.count() == before


# --- The golden-set upload: the triage command's JSON, through the admin ----------------------

LEGAL_BRIEF = {"summary": "Our lawyers are reviewing the outage.", "source": "executive_email"}


def _golden_upload(root, content: bytes):
    from django.core.files.uploadedfile import SimpleUploadedFile

    from triage.models import TriageConfig

    url = reverse("admin:triage_triageconfig_golden", args=[TriageConfig.objects.active().pk])
    upload = SimpleUploadedFile("set.json", content, "application/json")
    return root.post(url, {"upload": upload, "name": "Hostile set"})


def test_a_golden_upload_with_an_escaped_lone_surrogate_is_scored(root):
    # "\ud800" escaped in the JSON: the engine reads it as U+FFFD (triage/phrases.py), as the
    # triage command does; the set is scored and stored as uploaded (plain ASCII).
    from triage.models import GoldenSet

    brief = {**LEGAL_BRIEF, "summary": "\ud800" + LEGAL_BRIEF["summary"]}
    content = json.dumps([{"id": "legal-surrogate", "brief": brief, "expect": {"sev": [1, 2]}}])
    assert "\\ud800" in content  # escaped: the file itself is ASCII
    content = content.encode()
    page = _golden_upload(root, content)
    assert page.status_code == 200
    assert "1 of 1 agree" in page.content.decode()
    assert GoldenSet.objects.get().briefs == content.decode()


def test_a_golden_upload_nested_too_deeply_is_a_field_error(root):
    # Found by this test: json.loads recurses per level of nesting, and load_golden caught
    # only JSONDecodeError, so the admin's GoldenSetForm let the RecursionError through: a
    # 500. load_golden (triage/golden.py) now turns it into a GoldenError, as the triage and
    # backtest_triage commands say it.
    from triage.models import GoldenSet

    page = _golden_upload(root, b"[" * 100_000 + b"]" * 100_000)
    assert page.status_code == 200
    assert "The golden set is not valid JSON: nested too deeply." in page.content.decode()
    assert not GoldenSet.objects.exists()


def test_a_golden_upload_with_raw_surrogate_bytes_is_a_field_error(root):
    # Found by this test: json.loads decodes bytes with "surrogatepass", so a file holding the
    # CESU-8 bytes of a lone surrogate (ED A0 80) was a valid golden set to load_golden; then
    # GoldenSetForm.clean decoded the same bytes as strict UTF-8 to store them, a
    # UnicodeDecodeError: a 500. The form now decodes the file once, strictly, before loading.
    from triage.models import GoldenSet

    content = b'[{"id": "legal-raw", "brief": {"summary": "\xed\xa0\x80 lawyers"}, '
    content += b'"expect": {"sev": [1, 2]}}]'
    page = _golden_upload(root, content)
    assert page.status_code == 200
    # The ED is byte 44: `[{"id": "legal-raw", "brief": {"summary": "` is 43 bytes.
    assert (
        "The golden set is not valid UTF-8 (byte 44 of the file, 0xed: invalid continuation "
        "byte)." in page.content.decode()
    )
    assert not GoldenSet.objects.exists()


@pytest.mark.parametrize(
    "encoding",
    [
        # json.loads reads UTF-16 and UTF-32 bytes too (it sniffs the encoding), so such a
        # file passed load_golden and failed as UTF-8 when stored, like the surrogate above.
        "utf-16",
        "utf-32",
        # "é" as one Latin-1 byte (0xe9): no UTF-8.
        "latin-1",
    ],
)
def test_a_golden_upload_in_another_encoding_is_refused_as_not_utf8(root, encoding):
    from triage.models import GoldenSet

    brief = {**LEGAL_BRIEF, "summary": "Nos avocats étudient la panne."}
    content = json.dumps(
        [{"id": "legal-fr", "brief": brief, "expect": {"sev": [1, 2]}}], ensure_ascii=False
    )
    page = _golden_upload(root, content.encode(encoding))
    assert page.status_code == 200
    assert "The golden set is not valid UTF-8" in page.content.decode()
    assert not GoldenSet.objects.exists()


def test_a_golden_upload_saved_with_a_byte_order_mark_is_scored_and_stored_without_it(root):
    # Windows editors start UTF-8 files with EF BB BF. It is read as the start of the file,
    # not as text: the set is scored, and what is stored loads again when chosen later.
    from triage.models import GoldenSet

    content = json.dumps([{"id": "legal-bom", "brief": LEGAL_BRIEF, "expect": {"sev": [1, 2]}}])
    page = _golden_upload(root, b"\xef\xbb\xbf" + content.encode())
    assert page.status_code == 200
    assert "1 of 1 agree" in page.content.decode()
    assert GoldenSet.objects.get().briefs == content
