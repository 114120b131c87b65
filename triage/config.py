"""Between the database rows desk admins edit and the engine's plain RulesConfig."""

from __future__ import annotations

import dataclasses
from decimal import Decimal, InvalidOperation
from typing import Any

from .models import TriageConfig, TriggerPhrase
from .rules_config import FIELD_LABELS, RulesConfig

# The weights and thresholds an admin tunes: every RulesConfig field but the rule lists and
# the version, which come from their own rows.
TUNABLE_FIELDS: tuple[dataclasses.Field, ...] = tuple(
    f for f in dataclasses.fields(RulesConfig) if f.name not in {"phrases", "profanity", "version"}
)
DEFAULTS = RulesConfig()


def default_values() -> dict[str, Any]:
    """The shipped defaults as JSON-ready values (what the first version stores)."""
    values = {f.name: _to_json(getattr(DEFAULTS, f.name)) for f in TUNABLE_FIELDS}
    values["profanity"] = list(DEFAULTS.profanity)
    return values


def rules_for(config: TriageConfig, phrases: list[TriggerPhrase] | None = None) -> RulesConfig:
    """The engine's configuration for one stored version, with the active trigger phrases."""
    if phrases is None:
        phrases = list(TriggerPhrase.objects.filter(is_active=True))
    values = config.values or {}
    kwargs: dict[str, Any] = {}
    for field in TUNABLE_FIELDS:
        if field.name in values:
            kwargs[field.name] = _from_json(field, values[field.name])
    if "profanity" in values:
        kwargs["profanity"] = tuple(str(word) for word in values["profanity"])
    return RulesConfig(
        **kwargs, phrases=tuple(p.as_rule() for p in phrases), version=config.version
    )


def active_config() -> TriageConfig:
    """The active version; the shipped migration guarantees there is one."""
    config = TriageConfig.objects.active()
    if config is None:
        raise TriageConfig.DoesNotExist(
            "No triage configuration is active; activate one in the admin."
        )
    return config


def label(name: str) -> str:
    return FIELD_LABELS.get(name, name.replace("_", " ").capitalize())


def _to_json(value: Any) -> Any:
    return str(value) if isinstance(value, Decimal) else value


def _from_json(field: dataclasses.Field, value: Any) -> Any:
    kind = type(getattr(DEFAULTS, field.name))
    try:
        if kind is Decimal:
            return Decimal(str(value))
        return kind(value)
    except (TypeError, ValueError, InvalidOperation):
        return getattr(DEFAULTS, field.name)
