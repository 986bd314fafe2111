"""CreateChargeResponse"""

from __future__ import annotations

import attrs

from .._runtime.model import Model as _Model
from .._runtime.unset import UNSET, Unset


@attrs.define(kw_only=True)
class CreateChargeResponse(_Model):
    """CreateChargeResponse

    Attributes:
        id: ``id``
        amount: ``amount``
    """

    id: str | Unset = UNSET
    amount: int | Unset = UNSET
