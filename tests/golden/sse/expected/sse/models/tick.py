"""Tick"""

from __future__ import annotations

from typing import Literal

import attrs

from .._runtime.model import Model as _Model


@attrs.define(kw_only=True)
class Tick(_Model):
    """Tick

    Attributes:
        kind: ``kind``
        symbol: ``symbol``
        price: ``price``
    """

    kind: Literal["tick"] = "tick"
    symbol: str
    price: float
