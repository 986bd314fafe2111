"""Tick"""

from __future__ import annotations

from typing import Literal

import attrs


@attrs.define(kw_only=True)
class Tick:
    """Tick

    Attributes:
        kind: ``kind``
        symbol: ``symbol``
        price: ``price``
    """

    kind: Literal["tick"] = "tick"
    symbol: str
    price: float
