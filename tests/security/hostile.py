"""Hostile values, and the forms of a page as a browser would submit them.

The forms are read from the pages themselves (every `<form>` with its fields, hidden ones
included), so a form added to a page is fuzzed without a change here.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from html.parser import HTMLParser

from django.apps import apps

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
