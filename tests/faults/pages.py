"""Reading what a page's forms hold, as the browser would send them back."""

from __future__ import annotations

from html.parser import HTMLParser


class _Forms(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.forms: list[tuple[str, dict[str, str]]] = []
        self._values: dict[str, str] = {}
        self._textarea: str | None = None
        self._select: str | None = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        name = attrs.get("name")
        if tag == "form":
            self._values = {}
            self.forms.append((attrs.get("action") or "", self._values))
        elif tag == "input" and name:
            checkable = attrs.get("type") in ("checkbox", "radio")
            if checkable and "checked" not in attrs:
                return
            self._values.setdefault(name, attrs.get("value") or ("on" if checkable else ""))
        elif tag == "select" and name:
            self._select = name
        elif tag == "option" and self._select and "selected" in attrs:
            self._values.setdefault(self._select, attrs.get("value") or "")
        elif tag == "textarea" and name:
            self._textarea = name
            self._values.setdefault(name, "")

    def handle_endtag(self, tag):
        if tag == "textarea":
            self._textarea = None
        elif tag == "select":
            self._select = None

    def handle_data(self, data):
        if self._textarea is not None:
            self._values[self._textarea] += data


def _parse(html: str) -> list[tuple[str, dict[str, str]]]:
    parser = _Forms()
    parser.feed(html)
    # A textarea's first newline after its tag is not part of its value (HTML's rule).
    return [
        (action, {k: v.removeprefix("\n") for k, v in values.items()})
        for action, values in parser.forms
    ]


def field_values(html: str) -> dict[str, str]:
    """Every named field of the page's forms as the browser would send it: inputs, chosen
    options, textareas' text; unchecked boxes are left out and the first of a name wins."""
    merged: dict[str, str] = {}
    for _action, values in _parse(html):
        for name, value in values.items():
            merged.setdefault(name, value)
    return merged


def form_posting_to(html: str, action: str, **having: str) -> dict[str, str]:
    """The fields of the first form on the page that posts to `action` (and holds the fields
    `having`, e.g. the move it makes), CSRF token left out (the test client does not check it)."""
    for target, values in _parse(html):
        if target == action and all(values.get(k) == v for k, v in having.items()):
            return {k: v for k, v in values.items() if k != "csrfmiddlewaretoken"}
    raise AssertionError(f"no form posting to {action} with {having} on the page")
