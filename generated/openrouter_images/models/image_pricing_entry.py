"""ImagePricingEntry: A single line of billable pricing for an image provider."""

from __future__ import annotations

from typing import TYPE_CHECKING

import attrs

from .._runtime.model import Model as _Model
from .._runtime.unset import UNSET, Unset

if TYPE_CHECKING:
    from .image_pricing_entry_billable import ImagePricingEntryBillable
    from .image_pricing_entry_unit import ImagePricingEntryUnit


@attrs.define(kw_only=True)
class ImagePricingEntry(_Model):
    """A single line of billable pricing for an image provider.

    Attributes:
        billable: ``billable``
        cost_usd: ``cost_usd``
        unit: ``unit``
        variant: ``variant``
    """

    billable: ImagePricingEntryBillable | str
    cost_usd: float
    unit: ImagePricingEntryUnit | str
    variant: str | Unset = UNSET
