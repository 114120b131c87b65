"""Hostile input across every form and every filter of the desk: no 500, nothing half-stored.

Every `<form>` of the desk's pages is read from the page as each kind of user sees it (the
case page as its creator, its comms lead and a desk admin; intake, the brief's edit page,
the customer update, close-out, My work, the bell's settings, action items, the login), then
submitted with hostile values: script tags, `javascript:` links, SQL-looking strings, NUL
bytes, bidi controls, wrong types, a 1 MB field, invalid UTF-8 and lone surrogates in the
raw body, a field sent twice, and tampered formset counts. The filters are
tests/security/test_hostile_filters.py, the commands test_hostile_commands.py.

What must hold (issue 11 item 3, DESIGN.md): never a 500; a refusal (4xx, or the form shown
again, or a redirect with an error message) changes no table; what is accepted is shown
escaped wherever it appears.
"""

from __future__ import annotations

from datetime import timedelta
from urllib.parse import quote, urlencode

import pytest
from django.contrib.messages import ERROR, get_messages
from django.test import Client
from django.urls import reverse

from escalations import once
from escalations.models import Escalation
from tests.conftest import NOW, make_customer
from tests.escalations.closeout import resolved_case
from tests.escalations.intake import intake_post

from .hostile import (
    BAD_BYTES,
    INITIAL_FORMS,
    MEGABYTE,
    SCRIPT_MARK,
    TOTAL_FORMS,
    Form,
    forms_of,
    table_counts,
)

LATER = NOW + timedelta(hours=5)  # after resolved_case's resolution at NOW + 4 h


class Fuzzer:
    """Submits one form many ways, checking each answer.

    Django validates every field of a form, so one submission with every field hostile
    reaches each field's cleaning; a hostile value in one field with the others valid
    reaches what the view does with a valid form (the database, the timeline, the page).
    """

    def __init__(self, client: Client, page_url: str, form: Form) -> None:
        self.client, self.page_url, self.form = client, page_url, form
        self.url = form.action or page_url
        self.problems: list[str] = []
        self.counts = table_counts()
        self.sent = self.accepted = 0

    def _data(self, **changes) -> dict[str, list[str]]:
        data = self.form.defaults()
        if "once" in data:
            data["once"] = [once.issue()]  # a fresh one-time token, as a fresh page has
        for name, value in changes.items():
            data[name] = value if isinstance(value, list) else [value]
        return data

    def post(self, label: str, data: dict[str, list[str]] | None = None, *, raw: bytes = b""):
        if raw:
            response = self.client.generic(
                "POST", self.url, raw, content_type="application/x-www-form-urlencoded"
            )
        else:
            response = self.client.post(self.url, data)
        self._judge(label, response)

    def _judge(self, label: str, response) -> None:
        where = f"POST {self.url} [{label}]"
        if response.status_code >= 500:
            self.problems.append(f"{where}: {response.status_code}")
            return
        refused = response.status_code != 302 or any(
            m.level == ERROR for m in _messages_of(response)
        )
        self.sent += 1
        self.accepted += not refused
        before, self.counts = self.counts, table_counts()
        if refused:
            changed = {k: (v, self.counts[k]) for k, v in before.items() if v != self.counts[k]}
            if changed:
                self.problems.append(f"{where}: refused ({response.status_code}) but {changed}")

    def every_way(self, *, megabyte: bool = True) -> None:
        editable, hidden = self.form.editable(), self.form.hidden()
        if editable:
            for value in ALL_FIELDS:
                self.post(f"all {value[:20]!r}", self._data(**dict.fromkeys(editable, value)))
            self.post("all twice", self._data(**dict.fromkeys(editable, ["1", "two"])))
        for f in self.form.fields:
            if f.name not in editable or f.kind in {"checkbox", "radio"}:
                continue
            textual = f.kind in {"text", "textarea", "search", "email", "url"}
            for value in ONE_TEXT if textual else ONE_CHOICE:
                self.post(f"{f.name}={value!r}", self._data(**{f.name: value}))
        for name in hidden:
            if name.endswith(("-TOTAL_FORMS", "-INITIAL_FORMS", "-MIN_NUM_FORMS")):
                continue
            for value in ONE_HIDDEN:
                self.post(f"hidden {name}={value!r}", self._data(**{name: value}))
        if megabyte and editable:
            # A 1 MB field is within the 1 MiB body limit: the form must refuse or take it
            # whole, never fail on it.
            longest = next((f.name for f in self.form.fields if f.kind == "textarea"), editable[0])
            self.post(f"{longest}=1 MB", self._data(**{longest: MEGABYTE}))
        for name in [n for n in hidden if n.endswith("-TOTAL_FORMS")]:
            for value in TOTAL_FORMS:
                self.post(f"{name}={value!r}", self._data(**{name: value}))
            initial = name.replace("TOTAL", "INITIAL")
            for value in INITIAL_FORMS:
                self.post(f"{initial}={value!r}", self._data(**{initial: value}))
        # Invalid UTF-8 and lone surrogates in the raw body, one kind of bad bytes per field.
        names = editable or hidden
        for shape in (BAD_BYTES[:4], BAD_BYTES[4:]):
            encoded = urlencode(self._data(), doseq=True).encode()
            for name, bad in zip(names * 4, shape, strict=False):
                encoded += b"&" + quote(name).encode() + b"=" + bad
            self.post(f"bytes {shape!r}", raw=encoded)


def _messages_of(response) -> list:
    # This request's own messages: the storage also holds earlier, still unread ones.
    return list(getattr(get_messages(response.wsgi_request), "_queued_messages", []))


# Every field at once: each hostile kind, and each wrong type.
ALL_FIELDS = [
    SCRIPT_MARK,
    '"><img src=x onerror=alert(1)>',
    "javascript:alert(document.cookie)",
    "'; DROP TABLE escalations_escalation; --",
    "a\x00b",
    "\u202eevil\u202c \ufeff \U0001f4a5",
    "",
    "-1",
    "1e309",
    "99999999999999999999",
    "2026-02-30",
    "²",
]
# One field hostile, the rest as the page drew them.
ONE_TEXT = [SCRIPT_MARK, "a\x00b"]
ONE_CHOICE = ["99999999999999999999", "²"]
ONE_HIDDEN = ["javascript:alert(1)", "-1", "9223372036854775808"]
_SEEN: set[tuple[str, tuple[str, ...]]] = set()
STATS: list[tuple[str, int, int]] = []


def fuzz_page(
    client: Client, page_url: str, *, only: str = "", skip=("logout",), megabyte=True
) -> list[str]:
    page = client.get(page_url)
    assert page.status_code == 200, page_url
    problems, posted = [], 0
    for form in forms_of(page.content.decode()):
        key = (form.action, tuple(sorted(f.name for f in form.fields)))
        if form.method != "post" or any(s in form.action for s in skip) or only not in form.action:
            continue
        posted += 1
        if key in _SEEN:
            continue  # the same form seen by another role on the same page
        _SEEN.add(key)
        fuzzer = Fuzzer(client, page_url, form)
        fuzzer.every_way(megabyte=megabyte)
        problems += fuzzer.problems
        STATS.append((form.action, fuzzer.sent, fuzzer.accepted))
    assert posted, f"no form on {page_url}"
    # Whatever was accepted shows escaped on the page it came from.
    again = client.get(page_url)
    assert again.status_code < 500, page_url
    if SCRIPT_MARK in again.content.decode():
        problems.append(f"{page_url}: a script tag typed into a form is shown unescaped")
    return problems


@pytest.fixture(autouse=True)
def _fresh_seen():
    _SEEN.clear()
    STATS.clear()


def _client(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def accepted(fragment: str) -> int:
    return sum(n for action, _, n in STATS if fragment in action)


def test_every_form_on_the_case_page(world):
    problems = []
    for role in ("creator", "assignee", "deskadmin"):
        problems += fuzz_page(_client(world.people[role]), world.case.get_absolute_url())
    assert not problems, "\n".join(problems)
    # Hostile text did reach the database (and the page shows it escaped, checked above).
    assert accepted("/notes/") and accepted("/interactions/") and accepted("/steps/")


def test_the_intake_form(agent):
    make_customer()
    problems = fuzz_page(_client(agent), reverse("escalations:new"))
    assert not problems, "\n".join(problems)
    assert Escalation.objects.exists()  # some hostile briefs were complete, and raised


def test_the_brief_edit_form(world):
    url = reverse("escalations:edit", args=[world.case.pk])
    problems = fuzz_page(_client(world.people["creator"]), url)
    assert not problems, "\n".join(problems)


def test_the_customer_update_form(world):
    url = reverse("escalations:compose_update", args=[world.case.pk])
    problems = fuzz_page(_client(world.people["assignee"]), url)
    assert not problems, "\n".join(problems)


def test_the_close_out_form(agent, manager, clock):
    case = resolved_case(agent, manager)
    clock.move_to(LATER)
    # The case page's other forms are the first test's; here only the close-out form.
    problems = fuzz_page(_client(manager), case.get_absolute_url(), only="/close/")
    assert not problems, "\n".join(problems)


def test_my_work_the_bell_and_its_settings(world):
    client = _client(world.people["assignee"])
    problems = fuzz_page(client, reverse("escalations:my_work"))
    problems += fuzz_page(client, reverse("escalations:notifications"), megabyte=False)
    problems += fuzz_page(client, reverse("escalations:notification_settings"))
    assert not problems, "\n".join(problems)


def test_the_action_item_forms(world):
    client = _client(world.people["manager"])
    problems = fuzz_page(client, reverse("reports:action_new"))
    problems += fuzz_page(client, reverse("reports:action_detail", args=[world.action_item_id]))
    assert not problems, "\n".join(problems)


def test_the_login_form(db):
    problems = fuzz_page(Client(), reverse("login"), megabyte=False)
    assert not problems, "\n".join(problems)


def test_an_intake_refused_for_its_steps_stores_no_case(agent):
    # The half-way case: the brief is valid, a formset row is not; nothing may be kept.
    customer = make_customer()
    client = _client(agent)
    data = intake_post(customer, **{"steps-0-performed_at": "2026-02-30T10:00"})
    response = client.post(reverse("escalations:new"), data)
    assert response.status_code == 400
    assert not Escalation.objects.exists()
