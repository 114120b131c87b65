"""Formatting for the desk's templates. Filters format; they never decide business rules."""

from __future__ import annotations

from decimal import Decimal
from html import escape as _esc

from django import template
from django.http import QueryDict
from django.utils import timezone
from django.utils.html import format_html
from django.utils.safestring import SafeString

from escalations import once
from escalations.choices import Category, Lane, Status
from matrix.my_work import shown_count

register = template.Library()

SEVERITY_CLASSES = {1: "chip-red", 2: "chip-amber", 3: "chip-yellow", 4: "chip-green"}
SEVERITY_SHORT = {1: "Sev-1", 2: "Sev-2", 3: "Sev-3", 4: "Sev-4"}
LANE_CLASSES = {"human_first": "chip-red", "guardrailed": "chip-amber", "autonomous": "chip-green"}
STATUS_CLASSES = {
    "new": "text-bg-primary",
    "acknowledged": "text-bg-info",
    "diagnose": "text-bg-info",
    "awaiting_approval": "text-bg-warning",
    "execute": "text-bg-info",
    "waiting_on_customer": "text-bg-secondary",
    "resolved": "text-bg-success",
    "closed": "text-bg-dark",
}


@register.filter
def severity_class(severity: int | None) -> str:
    return SEVERITY_CLASSES.get(severity, "chip-grey")


@register.filter
def severity_short(severity: int | None) -> str:
    return SEVERITY_SHORT.get(severity, "Untriaged")


@register.filter
def lane_class(lane: str) -> str:
    return LANE_CLASSES.get(lane, "chip-grey")


@register.filter
def status_class(status: str) -> str:
    return STATUS_CLASSES.get(status, "text-bg-secondary")


@register.filter
def money(value: Decimal | int | float | None) -> str:
    if value in (None, ""):
        return "—"
    amount = Decimal(value)
    if amount >= 1_000_000:
        return f"${amount / 1_000_000:,.1f}M"
    if amount >= 10_000:
        return f"${amount / 1000:,.0f}k"
    return f"${amount:,.0f}"


@register.filter
def days_from_now(days: int | None) -> str:
    if days is None:
        return "—"
    if days == 0:
        return "today"
    if days > 0:
        return f"in {days} day{'s' if days != 1 else ''}"
    return f"{-days} day{'s' if days != -1 else ''} ago"


@register.filter
def tenure(days: int | None) -> str:
    if days is None or days < 0:
        return "—"
    years, rest = divmod(days, 365)
    if years:
        months = rest // 30
        return f"{years} yr {months} mo" if months else f"{years} yr"
    return f"{rest // 30} mo" if rest >= 30 else f"{rest} days"


@register.simple_tag
def with_params(querystring: str, **changes) -> str:
    """The current query string with some parameters replaced (and the page reset)."""
    params = QueryDict(querystring, mutable=True)
    for key, value in changes.items():
        if value in (None, ""):
            params.pop(key, None)
        else:
            params[key] = value
    params.pop("page", None)
    encoded = params.urlencode()
    return f"?{encoded}" if encoded else "?"


@register.filter
def signed(points: int) -> str:
    return f"{points:+d}"


@register.filter
def shown(n: int) -> str:
    """A My work or bell count as its badge writes it ("100+" past what is counted)."""
    return shown_count(n)


@register.filter
def get_item(mapping: dict, key: str):
    return mapping.get(key, key)


@register.filter
def flag_label(flag: str) -> str:
    return flag.replace("_", " ").capitalize()


# Label lookups for the queue's rows: a dict read per cell instead of Django's
# get_FOO_display(), which rebuilds the choices mapping on every call (~0.03 ms × 150 cells).
STATUS_LABELS = dict(Status.choices)
LANE_LABELS = dict(Lane.choices)
CATEGORY_LABELS = dict(Category.choices)


@register.filter
def status_label(value: str) -> str:
    return STATUS_LABELS.get(value, value)


@register.filter
def lane_label(value: str) -> str:
    return LANE_LABELS.get(value, value)


@register.filter
def category_label(value: str) -> str:
    return CATEGORY_LABELS.get(value, value)


@register.filter
def short_datetime(value) -> str:
    """'Nov 3, 14:05' in the desk's time zone; Django's |date costs ~4x more per cell."""
    if value is None:
        return ""
    local = timezone.localtime(value)
    return f"{local:%b} {local.day}, {local:%H:%M}"


@register.simple_tag
def once_field() -> str:
    """The hidden one-time token of a form that creates something (escalations/once.py)."""
    return format_html('<input type="hidden" name="{}" value="{}">', once.FIELD, once.issue())


# --- The queue's rows and clock chips, rendered in Python --------------------------------
# A template include per row and a variable lookup per cell cost ~0.25 ms a row (13 ms for the
# queue's 50 rows, the whole floor page's time); so does format_html's lazy-aware escaping per
# value (~1 µs each, ~45 per row). Here every value is escaped with html.escape, exactly what
# Django's escape filter and autoescape do (django.utils.html.escape), and the markup is the
# templates', character for character. Only markup built here from escaped values is marked
# safe.


def _chip(c) -> str:
    label, state, explanation = _esc(c.label), _esc(c.state_label), _esc(c.explanation)
    return (
        f'<span class="chip chip-sla {_esc(c.css)}" title="{label}: {state}. {explanation}">'
        f'<span class="visually-hidden">{label} clock, {state}: </span>'
        f'<span aria-hidden="true">{_esc(c.short_label)}</span> {_esc(c.text)}'
        f'<span class="visually-hidden">. {explanation}</span></span>'
    )


_NO_CHIP = (
    '<span class="text-muted small">—<span class="visually-hidden">no running clock</span></span>'
)


def _chips(chips) -> str:
    return " ".join(_chip(c) for c in chips) if chips else _NO_CHIP


@register.simple_tag
def clock_chips(chips) -> SafeString:
    """A case's clock chips (matrix.sla.Chip): the state in words, a sign for amber and red,
    the explanation in the title and for screen readers (templates/escalations/_clock_chips.html)."""
    return SafeString(_chips(chips))  # built from escaped values only


@register.simple_tag
def filter_select(field) -> SafeString:
    """One of the queue's filter selects: a label and its options, the current one selected.

    Was templates/_filter_select.html; its loop and lookups per option cost ~1 ms for the
    owner list's people, on every queue page.
    """
    current = str(field.value())
    options = "".join(
        f'\n    <option value="{_esc(str(value))}"'
        f"{' selected' if str(value) == current else ''}>{_esc(str(label))}</option>"
        for value, label in field.field.choices
    )
    field_id = _esc(field.id_for_label)
    return SafeString(  # built from escaped values only
        '<div class="col-6 col-sm-4 col-lg">\n'
        f'  <label class="form-label small mb-0" for="{field_id}">{_esc(str(field.label))}</label>\n'
        f'  <select name="{_esc(field.html_name)}" id="{field_id}" '
        f'class="form-select form-select-sm">{options}\n  </select>\n</div>'
    )


def _case_url_maker():
    # One reverse() for the page instead of one per row (~20 µs each).
    from django.urls import reverse

    marker = 987654321
    prefix, _, suffix = reverse("escalations:detail", args=[marker]).partition(str(marker))
    return lambda pk: f"{prefix}{pk}{suffix}"


@register.simple_tag
def queue_rows(cases, chips: dict) -> SafeString:
    """The queue table's rows (was a template loop with the chips partial per row).

    `cases` carry `customer` and `owner` (select_related) and `owner_pending`; `chips` maps a
    case's id to its chips (escalations.queue.clock_chips).
    """
    url_for = _case_url_maker()
    return SafeString("".join(_row(case, chips, url_for) for case in cases))  # escaped values


def _row(case, chips: dict, url_for) -> str:
    url = _esc(url_for(case.pk))
    customer = case.customer
    owner = case.owner
    if owner is None:
        owner_html = '<span class="text-muted">Unassigned</span>'
    else:
        owner_html = _esc(owner.get_full_name() or owner.username)
        if case.owner_pending:
            owner_html += ' <span class="small text-warning-emphasis">(not accepted)</span>'
    lane = case.lane
    if lane:
        lane_class = _esc(LANE_CLASSES.get(lane, "chip-grey"))
        lane_html = f'<span class="chip {lane_class}">{_esc(LANE_LABELS.get(lane, lane))}</span>'
    else:
        lane_html = "—"
    stalled = ""
    if case.stalled_at:
        reason = _esc(case.stalled_reason)
        stalled = (
            f' <span class="chip chip-grey" title="{reason}">Stalled'
            f'<span class="visually-hidden">: {reason}</span></span>'
        )
    score = "—" if case.triage_score is None else _esc(str(case.triage_score))
    severity_class = _esc(SEVERITY_CLASSES.get(case.severity, "chip-grey"))
    status_class = _esc(STATUS_CLASSES.get(case.status, "text-bg-secondary"))
    return (
        "\n    <tr>\n"
        f'      <td class="text-nowrap d-none d-sm-table-cell"><a href="{url}">'
        f"{_esc(case.reference)}</a></td>\n"
        f'      <td class="title-cell"><a href="{url}" class="link-dark fw-medium">'
        f'{_esc(case.title)}</a><br><span class="small text-muted">{_esc(customer.name)} · '
        f"{_esc(customer.tier_label)}</span></td>\n"
        f'      <td><span class="chip {severity_class}">'
        f"{_esc(SEVERITY_SHORT.get(case.severity, 'Untriaged'))}</span></td>\n"
        f"      <td>{score}</td>\n"
        f"      <td>{lane_html}</td>\n"
        f'      <td><span class="badge {status_class}">'
        f"{_esc(STATUS_LABELS.get(case.status, case.status))}</span></td>\n"
        f'      <td class="clock-cell">{_chips(chips.get(case.pk, ()))}\n{stalled}</td>\n'
        f'      <td class="d-none d-md-table-cell">'
        f"{_esc(CATEGORY_LABELS.get(case.category, case.category))}</td>\n"
        f'      <td class="d-none d-lg-table-cell">{owner_html}</td>\n'
        f'      <td class="text-nowrap small">{_esc(short_datetime(case.created_at))}</td>\n'
        f'      <td class="text-nowrap small d-none d-lg-table-cell">'
        f"{_esc(short_datetime(case.updated_at))}</td>\n"
        "    </tr>\n  "
    )
