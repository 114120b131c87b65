"""Reading the JSON a `manage.py triage` user types (or a golden set holds) into `Signals`."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal, InvalidOperation
from typing import Any

from triage.brief import CASE_CATEGORIES, SOURCES, Message, Signals


class PayloadError(ValueError):
    """A triage payload that cannot be read; the message names the key and the problem."""


_PAYLOAD_KEYS = frozenset(
    {
        "title",
        "summary",
        "category",
        "source",
        "messages",
        "customer",
        "refund_amount",
        "policy_exception",
        "interactions_count",
        "reopened_count",
        "tickets_48h",
        "last_resolved_at",
        "now",
    }
)
_CUSTOMER_KEYS = frozenset(
    {"arr", "renewal_date", "customer_since", "prior_escalations_90d", "prior_escalations_total"}
)


def signals_from_payload(data: Any, *, now: datetime) -> Signals:
    """Signals from the JSON a `manage.py triage` user types. Raises PayloadError.

    `now` (aware) anchors days to renewal, tenure and hours since the last resolution; a
    `now` key in the payload overrides it. Naive date-times in the payload are taken as UTC.
    """
    if now.tzinfo is None or now.utcoffset() is None:
        raise ValueError("now must be an aware datetime")
    if not isinstance(data, Mapping):
        raise PayloadError("the payload must be a JSON object")
    _reject_unknown(data, _PAYLOAD_KEYS, "")
    if data.get("now") is not None:
        now = _datetime(data["now"], "now")
    customer = data.get("customer")
    if customer is None:
        customer = {}
    if not isinstance(customer, Mapping):
        raise PayloadError("customer must be an object")
    _reject_unknown(customer, _CUSTOMER_KEYS, "customer")
    last_resolved = _optional(data, "last_resolved_at", _datetime)
    return Signals(
        title=_optional(data, "title", _string) or "",
        summary=_text(data, "summary"),
        category=_choice(data, "category", CASE_CATEGORIES, "technical"),
        source=_choice(data, "source", SOURCES, "csm"),
        messages=_messages(data.get("messages")),
        arr=_optional(customer, "arr", _amount, "customer."),
        days_to_renewal=_days_between(
            now, _optional(customer, "renewal_date", _date, "customer."), ahead=True
        ),
        tenure_days=_days_between(
            now, _optional(customer, "customer_since", _date, "customer."), ahead=False
        ),
        prior_escalations_90d=_count(customer, "prior_escalations_90d", "customer.") or 0,
        prior_escalations_total=_count(customer, "prior_escalations_total", "customer."),
        refund_amount=_optional(data, "refund_amount", _amount),
        policy_exception=_flag(data, "policy_exception"),
        interactions_count=_count(data, "interactions_count") or 0,
        reopened_count=_count(data, "reopened_count") or 0,
        tickets_48h=_count(data, "tickets_48h") or 0,
        hours_since_last_resolution=(
            None if last_resolved is None else (now - last_resolved) / timedelta(hours=1)
        ),
    )


def _reject_unknown(data: Mapping[Any, Any], known: frozenset[str], where: str) -> None:
    for key in data:
        if key not in known:
            # repr: a key is anything the user typed, line breaks included.
            raise PayloadError(
                f"{where or 'the payload'} has an unknown key {key!r} "
                f"(known: {', '.join(sorted(known))})"
            )


def _text(data: Mapping[str, Any], key: str) -> str:
    value = data.get(key)
    if value is None:
        raise PayloadError(f"{key} is required")
    if not isinstance(value, str):
        raise PayloadError(f"{key} must be a string")
    if not value.strip():
        raise PayloadError(f"{key} must not be blank")
    return value


def _string(value: Any, name: str) -> str:
    if not isinstance(value, str):
        raise PayloadError(f"{name} must be a string")
    return value


def _choice(data: Mapping[str, Any], key: str, allowed: tuple[str, ...], default: str) -> str:
    value = data.get(key)
    if value is None:
        return default
    if not isinstance(value, str) or value not in allowed:
        raise PayloadError(f"{key} must be one of: {', '.join(allowed)}")
    return value


def _flag(data: Mapping[str, Any], key: str) -> bool:
    value = data.get(key)
    if value is None:
        return False
    if not isinstance(value, bool):
        raise PayloadError(f"{key} must be true or false")
    return value


def _optional(
    data: Mapping[str, Any], key: str, parse: Callable[[Any, str], Any], prefix: str = ""
) -> Any:
    value = data.get(key)
    return None if value is None else parse(value, prefix + key)


def _count(data: Mapping[str, Any], key: str, prefix: str = "") -> int | None:
    value = data.get(key)
    if value is None:
        return None
    # bool is an int in Python, but `true` is not a count.
    if isinstance(value, bool) or not isinstance(value, int):
        raise PayloadError(f"{prefix}{key} must be a whole number")
    if value < 0:
        raise PayloadError(f"{prefix}{key} must not be negative")
    return value


def _amount(value: Any, name: str) -> Decimal:
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        raise PayloadError(f"{name} must be a number")
    try:
        amount = Decimal(str(value).strip())
    except (InvalidOperation, ValueError):
        raise PayloadError(f"{name} must be a number") from None
    if not amount.is_finite():
        raise PayloadError(f"{name} must be a finite number")
    if amount < 0:
        raise PayloadError(f"{name} must not be negative")
    return amount


def _datetime(value: Any, name: str) -> datetime:
    if not isinstance(value, str):
        raise PayloadError(f"{name} is not an ISO 8601 date-time")
    try:
        parsed = datetime.fromisoformat(value.strip())
        if parsed.tzinfo is None or parsed.utcoffset() is None:
            parsed = parsed.replace(tzinfo=UTC)
        # Normalising to UTC also proves the instant is representable (year 1 at +05:00 is not).
        return parsed.astimezone(UTC)
    except (ValueError, OverflowError):
        raise PayloadError(f"{name} is not an ISO 8601 date-time") from None


def _date(value: Any, name: str) -> date:
    if not isinstance(value, str):
        raise PayloadError(f"{name} is not an ISO 8601 date")
    text = value.strip()
    try:
        if "T" in text or " " in text:
            return _datetime(text, name).date()
        return date.fromisoformat(text)
    except ValueError:
        raise PayloadError(f"{name} is not an ISO 8601 date") from None


def _days_between(now: datetime, day: date | None, *, ahead: bool) -> int | None:
    if day is None:
        return None
    today = now.astimezone(UTC).date()
    return (day - today).days if ahead else (today - day).days


def _messages(value: Any) -> tuple[Message, ...]:
    if value is None:
        return ()
    if not isinstance(value, list):
        raise PayloadError("messages must be a list of {at, body} objects")
    messages = []
    for i, item in enumerate(value):
        name = f"messages[{i}]"
        if not isinstance(item, Mapping):
            raise PayloadError(f"{name} must be an object with at and body")
        _reject_unknown(item, frozenset({"at", "body"}), name)
        if item.get("at") is None:
            raise PayloadError(f"{name}.at is required")
        body = item.get("body")
        if not isinstance(body, str):
            raise PayloadError(f"{name}.body must be a string")
        messages.append(Message(at=_datetime(item["at"], f"{name}.at"), body=body))
    # Oldest first whatever order they were typed in; sorted() is stable for equal instants.
    return tuple(sorted(messages, key=lambda m: m.at))
