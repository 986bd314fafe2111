"""CreateChargeRequest"""

from __future__ import annotations

import attrs

from .._runtime.model import Model as _Model
from .._runtime.unset import UNSET, Unset


@attrs.define(kw_only=True)
class CreateChargeRequest(_Model):
    """CreateChargeRequest

    Attributes:
        amount: ``amount``
        metadata: ``metadata``
        tags: ``tags``
    """

    amount: int
    metadata: dict[str, str] | Unset = UNSET
    tags: list[str] | Unset = UNSET
