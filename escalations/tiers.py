"""ARR tiers: a pure function of the account's annual recurring revenue.

The thresholds are the desk's defaults from DESIGN.md. They are plain values so the triage
engine (which must not touch the ORM) and the customer model share one definition.
"""

from __future__ import annotations

from decimal import Decimal
from enum import StrEnum


class Tier(StrEnum):
    STRATEGIC = "strategic"
    ENTERPRISE = "enterprise"
    MID_MARKET = "mid_market"
    SMB = "smb"

    @property
    def label(self) -> str:
        return TIER_LABELS[self]


TIER_LABELS = {
    Tier.STRATEGIC: "Strategic",
    Tier.ENTERPRISE: "Enterprise",
    Tier.MID_MARKET: "Mid-market",
    Tier.SMB: "SMB",
}

# Highest first: the first threshold an ARR reaches names its tier.
TIER_THRESHOLDS: tuple[tuple[Tier, Decimal], ...] = (
    (Tier.STRATEGIC, Decimal("250000")),
    (Tier.ENTERPRISE, Decimal("50000")),
    (Tier.MID_MARKET, Decimal("10000")),
)


def tier_for_arr(arr: Decimal | int | float | None) -> Tier:
    if arr is None:
        return Tier.SMB
    value = arr if isinstance(arr, Decimal) else Decimal(str(arr))
    for tier, minimum in TIER_THRESHOLDS:
        if value >= minimum:
            return tier
    return Tier.SMB
