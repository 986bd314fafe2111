"""VlanModel"""

from __future__ import annotations

import attrs

from .._runtime.unset import UNSET, Unset


@attrs.define(kw_only=True)
class VlanModel:
    """VlanModel

    Attributes:
        id: ``id``
    """

    id: int | Unset = UNSET
