"""Reading what a page's form holds, as the browser would send it back."""

from __future__ import annotations

from html.parser import HTMLParser


class _Fields(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.values: dict[str, str] = {}
        self._textarea: str | None = None
        self._select: str | None = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "input" and attrs.get("name"):
            if attrs.get("type") in ("checkbox", "radio") and "checked" not in attrs:
                return
            default = "on" if attrs.get("type") in ("checkbox", "radio") else ""
            self.values.setdefault(attrs["name"], attrs.get("value") or default)
        elif tag == "select" and attrs.get("name"):
            self._select = attrs["name"]
        elif tag == "option" and self._select and "selected" in attrs:
            self.values.setdefault(self._select, attrs.get("value") or "")
        elif tag == "textarea" and attrs.get("name"):
            self._textarea = attrs["name"]
            self.values.setdefault(self._textarea, "")

    def handle_endtag(self, tag):
        if tag == "textarea":
            self._textarea = None
        elif tag == "select":
            self._select = None

    def handle_data(self, data):
        if self._textarea is not None:
            self.values[self._textarea] += data


def field_values(html: str) -> dict[str, str]:
    """Each named input's value, each select's chosen option and each textarea's text, as
    the browser would send them (unchecked boxes are left out; the first of a name wins)."""
    parser = _Fields()
    parser.feed(html)
    # A textarea's first newline after its tag is not part of its value (HTML's rule).
    return {k: v.removeprefix("\n") for k, v in parser.values.items()}
