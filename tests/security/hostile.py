"""Hostile values, and the forms of a page as a browser would submit them.

The forms are read from the pages themselves (every `<form>` with its fields, hidden ones
included), so a form added to a page is fuzzed without a change here.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from html.parser import HTMLParser
from urllib.parse import quote, urlencode

from django.apps import apps
from django.contrib.messages import ERROR, get_messages
from django.test import Client

from escalations import once

# Text a user, or someone pretending to be one, can type into any field.
TEXT = [
    "<script>alert('xss')</script>",
    '"><img src=x onerror=alert(1)>',
    "javascript:alert(document.cookie)",
    "'; DROP TABLE escalations_escalation; --",
    "' OR '1'='1",
    "a\x00b",  # NUL: PostgreSQL text cannot hold it
    "\x00",
    "\u202eevil\u202c \ufeff \U0001f4a5",  # bidi override, BOM, an emoji outside the BMP
    "\ufffd",
]
# Values of the wrong type for numbers, dates, choices and ids.
WRONG_TYPES = [
    "",
    "   ",
    "-1",
    "1e309",
    "NaN",
    "-Infinity",
    "99999999999999999999",
    "9223372036854775808",
    "2026-02-30",
    "2026-11-02T25:61",
    "²",
    "١٢",
]
# Bytes no UTF-8 decoder accepts, percent-encoded as a form posts them and raw: a lone
# surrogate (CESU-8), an invalid start byte, an overlong "/", a truncated sequence.
BAD_BYTES = [b"%ED%A0%80", b"%FF%FE", b"%C0%AF", b"%E2%82", b"\xff\xfe", b"\xed\xa0\x80"]
MEGABYTE = "x" * 1_000_000
SCRIPT_MARK = "<script>alert('xss')</script>"

# Formset management fields tampered with, as a forged request would.
TOTAL_FORMS = ["-1", "1000000", "abc", "", "1e3", "2.5"]
INITIAL_FORMS = ["5", "-1", "abc", "1000000"]


@dataclass
class Field:
    name: str
    kind: str  # input type, "select" or "textarea"
    value: str = ""
    checked: bool = False
    options: list[str] = field(default_factory=list)


@dataclass
class Form:
    action: str
    method: str
    fields: list[Field] = field(default_factory=list)

    def defaults(self, *, filled: bool = True) -> dict[str, list[str]]:
        """What the browser sends: hidden and typed values, checked boxes, the selected
        option and the first named button; with `filled`, every empty field given a plain
        value of its kind, as someone filling the form in would (so that one hostile field
        among valid ones reaches what the view does with a valid form)."""
        data: dict[str, list[str]] = {}
        button = False
        # A radio group with nothing checked: someone filling the form in picks the first.
        radios = {f.name for f in self.fields if f.kind == "radio" and f.checked}
        for f in self.fields:
            if f.kind == "radio" and filled and f.name not in radios:
                radios.add(f.name)
                data[f.name] = [f.value]
                continue
            if f.kind in {"checkbox", "radio"} and not f.checked:
                continue
            if f.kind in {"submit", "button"}:
                if button or not f.name:
                    continue
                button = True
            value = f.value
            if filled and not value.strip() and f.kind not in {"hidden", "submit", "button"}:
                value = _plain(f)
            data.setdefault(f.name, []).append(value)
        return data

    def editable(self) -> list[str]:
        return sorted(
            {f.name for f in self.fields if f.kind not in {"hidden", "submit", "button"}}
            - {"csrfmiddlewaretoken"}
        )

    def hidden(self) -> list[str]:
        skip = {"csrfmiddlewaretoken", "once"}
        return sorted({f.name for f in self.fields if f.kind == "hidden"} - skip)


def _plain(f: Field) -> str:
    if f.kind == "select":
        return next((o for o in f.options if o), "")
    if "time_zone" in f.name:
        return "Europe/Berlin"
    return {
        "number": "100",
        "date": "2026-11-02",
        "datetime-local": "2026-11-02T09:00",
        "time": "09:00",
        "email": "pat@example.com",
        "url": "https://example.com/ticket/1",
    }.get(f.kind, "Plain words typed by a user")


class _FormParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.forms: list[Form] = []
        self._form: Form | None = None
        self._select: Field | None = None
        self._textarea: Field | None = None

    def handle_starttag(self, tag, attrs):
        a = {k: (v or "") for k, v in attrs}
        if tag == "form":
            self._form = Form(a.get("action", ""), a.get("method", "get").lower())
            self.forms.append(self._form)
            return
        if self._form is None or not a.get("name") and tag != "option":
            return
        if tag in {"input", "button"}:
            kind = a.get("type", "text" if tag == "input" else "submit").lower()
            self._form.fields.append(Field(a["name"], kind, a.get("value", ""), "checked" in a))
        elif tag == "select":
            self._select = Field(a["name"], "select")
            self._form.fields.append(self._select)
        elif tag == "option" and self._select is not None:
            value = a.get("value", "")
            self._select.options.append(value)
            if "selected" in a or len(self._select.options) == 1:
                self._select.value = value
        elif tag == "textarea":
            self._textarea = Field(a["name"], "textarea")
            self._form.fields.append(self._textarea)

    def handle_data(self, data):
        if self._textarea is not None:
            self._textarea.value += data

    def handle_endtag(self, tag):
        if tag == "form":
            self._form = None
        elif tag == "select":
            self._select = None
        elif tag == "textarea":
            self._textarea = None


def forms_of(html: str) -> list[Form]:
    parser = _FormParser()
    parser.feed(html)
    return parser.forms


def table_counts() -> dict[str, int]:
    """Rows in every table of the desk (sessions and axes' sign-in records aside)."""
    return {
        model._meta.label: model._default_manager.count()
        for model in apps.get_models()
        if model._meta.app_label not in {"sessions", "axes"}
    }


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

    def every_way(self, *, megabyte: bool = True, light: bool = False) -> None:
        """`light`: every field at once, one NUL per text field, the formset counts and the
        bad bytes only (the admin's many forms)."""
        editable, hidden = self.form.editable(), self.form.hidden()
        if editable:
            for value in ALL_FIELDS:
                self.post(f"all {value[:20]!r}", self._data(**dict.fromkeys(editable, value)))
            self.post("all twice", self._data(**dict.fromkeys(editable, ["1", "two"])))
        for f in self.form.fields:
            if f.name not in editable or f.kind in {"checkbox", "radio"}:
                continue
            textual = f.kind in {"text", "textarea", "search", "email", "url"}
            if light and not textual:
                continue
            for value in (ONE_TEXT[1:] if light else ONE_TEXT) if textual else ONE_CHOICE:
                self.post(f"{f.name}={value!r}", self._data(**{f.name: value}))
        for name in [] if light else hidden:
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
            for value in TOTAL_FORMS[:2] if light else TOTAL_FORMS:
                self.post(f"{name}={value!r}", self._data(**{name: value}))
            initial = name.replace("TOTAL", "INITIAL")
            for value in INITIAL_FORMS[:2] if light else INITIAL_FORMS:
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
    client: Client,
    page_url: str,
    *,
    only: str = "",
    skip=("logout",),
    megabyte: bool = True,
    light: bool = False,
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
        fuzzer.every_way(megabyte=megabyte, light=light)
        problems += fuzzer.problems
        STATS.append((form.action, fuzzer.sent, fuzzer.accepted))
    assert posted, f"no form on {page_url}"
    # Whatever was accepted shows escaped on the page it came from.
    again = client.get(page_url)
    assert again.status_code < 500, page_url
    if SCRIPT_MARK in again.content.decode():
        problems.append(f"{page_url}: a script tag typed into a form is shown unescaped")
    return problems
