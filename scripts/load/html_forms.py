"""Read a page's forms as a browser would submit them: every named field with its value.

The simulated managers (locustfile.py) post what the page gave them — the CSRF token, the
one-time token, the formsets' management counts, the defaults the desk filled in — and change
only what a person would type. Standard library only: Locust's process must stay light.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

# Only the <form> elements are parsed: a case page is ~100 KB, its forms a few KB.
_FORM = re.compile(r"<form\b[^>]*>.*?</form>", re.IGNORECASE | re.DOTALL)
_ACTION = re.compile(r"""\baction\s*=\s*["']([^"']*)["']""", re.IGNORECASE)


@dataclass
class Form:
    action: str
    fields: dict[str, str] = field(default_factory=dict)
    # Each <select>'s option values, for a simulated person to choose from.
    options: dict[str, list[str]] = field(default_factory=dict)

    def filled(self, **values: str) -> dict[str, str]:
        """What the browser sends: the page's fields, with `values` typed over them."""
        return {**self.fields, **values}


class _FormParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.form: Form | None = None
        self._textarea: str | None = None
        self._text: list[str] = []
        self._select: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        if tag == "form":
            self.form = Form(action=a.get("action", ""))
            return
        if self.form is None:
            return
        name = a.get("name", "")
        if tag == "input" and name:
            kind = a.get("type", "text").lower()
            if kind in ("submit", "button", "image", "file", "reset"):
                return
            if kind in ("checkbox", "radio") and "checked" not in a:
                return
            self.form.fields[name] = a.get("value", "on" if kind == "checkbox" else "")
        elif tag == "textarea" and name:
            self._textarea, self._text = name, []
        elif tag == "select" and name:
            self._select = name
            self.form.options[name] = []
        elif tag == "option" and self._select is not None:
            value = a.get("value", "")
            self.form.options[self._select].append(value)
            if "selected" in a:
                self.form.fields[self._select] = value

    def handle_endtag(self, tag: str) -> None:
        if self.form is None:
            return
        if tag == "textarea" and self._textarea is not None:
            # Django starts a textarea's content with a newline the browser drops.
            self.form.fields[self._textarea] = "".join(self._text).removeprefix("\n")
            self._textarea = None
        elif tag == "select" and self._select is not None:
            options = self.form.options[self._select]
            self.form.fields.setdefault(self._select, options[0] if options else "")
            self._select = None

    def handle_data(self, data: str) -> None:
        if self._textarea is not None:
            self._text.append(data)


def forms(html: str, action: str | re.Pattern[str] | None = "") -> list[Form]:
    """The page's forms whose action contains `action` (a string or a compiled pattern);
    None: the forms without an action, which post back to the page itself."""
    found = []
    for match in _FORM.finditer(html):
        chunk = match.group(0)
        head = _ACTION.search(chunk[: chunk.find(">") + 1])
        target = head.group(1) if head else ""
        if action is None:
            if target:
                continue
        elif isinstance(action, re.Pattern):
            if not action.search(target):
                continue
        elif action not in target:
            continue
        parser = _FormParser()
        parser.feed(chunk)
        parser.close()
        if parser.form is not None:
            found.append(parser.form)
    return found


def form(html: str, action: str | re.Pattern[str] | None = "") -> Form | None:
    matching = forms(html, action)
    return matching[0] if matching else None
