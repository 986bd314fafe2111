"""CreateChargeResponse"""

from __future__ import annotations

import attrs

from .._runtime.unset import UNSET, Unset


@attrs.define(kw_only=True)
class CreateChargeResponse:
    """CreateChargeResponse

    Attributes:
        id: ``id``
        amount: ``amount``
    """

    id: str | Unset = UNSET
    amount: int | Unset = UNSET
