"""CreateChargeExpand"""

from __future__ import annotations

import attrs

from .._runtime.model import Model as _Model
from .._runtime.unset import UNSET, Unset


@attrs.define(kw_only=True)
class CreateChargeExpand(_Model):
    """CreateChargeExpand

    Attributes:
        customer: ``customer``
        lines: ``lines``
    """

    customer: bool | Unset = UNSET
    lines: list[str] | Unset = UNSET
