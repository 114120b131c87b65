"""Formatting for the report templates. Filters format; the figures were decided in SQL."""

from __future__ import annotations

from decimal import Decimal

from django import template

from matrix.sla import duration as _duration

register = template.Library()

NONE = "—"


@register.filter
def duration(seconds: float | None) -> str:
    return NONE if seconds is None else _duration(seconds)


@register.filter
def percent(share: float | None) -> str:
    return NONE if share is None else f"{share * 100:.0f} %"


@register.filter
def money(amount: str | None) -> str:
    if amount in (None, ""):
        return NONE
    value = Decimal(amount)
    if value >= 1_000_000:
        return f"${value / 1_000_000:,.1f}M"
    if value >= 10_000:
        return f"${value / 1000:,.0f}k"
    return f"${value:,.0f}"


@register.filter
def headline_value(headline: dict, which: str = "value") -> str:
    value = headline[which]
    unit = headline["unit"]
    if value is None:
        return NONE
    if unit == "share":
        return percent(value)
    if unit == "seconds":
        return duration(value)
    if unit == "money":
        return money(value)
    return f"{value:,}"


@register.filter
def change_text(headline: dict) -> str:
    """ "+12 %" or "−3 pts"; "no comparison" when the period before had nothing to compare."""
    change = headline["change"]
    if change is None:
        return "no comparison"
    if headline["change_unit"] == "points":
        points = change * 100
        return "no change" if round(points) == 0 else f"{points:+.0f} pts".replace("-", "−")
    pct = change * 100
    return "no change" if round(pct) == 0 else f"{pct:+.0f} %".replace("-", "−")


@register.filter
def change_class(headline: dict) -> str:
    """Green when the change is the good way for this headline, red the bad way."""
    change = headline["change"]
    if change is None or round(change * 100) == 0:
        return "chip-grey"
    good = (change < 0) == (headline["better"] == "lower")
    return "chip-green" if good else "chip-red"


@register.filter
def change_words(headline: dict) -> str:
    """The change chip in words, for screen readers and print (colour alone says nothing)."""
    change = headline["change"]
    if change is None or round(change * 100) == 0:
        return ""
    good = (change < 0) == (headline["better"] == "lower")
    return "better" if good else "worse"


@register.filter
def times_median(ratio: float | None) -> str:
    return NONE if ratio is None else f"{ratio:.1f}×"
