"""RangeCapability: A parameter that takes any number between a minimum and a maximum, both included."""

from __future__ import annotations

from typing import Literal

import attrs


@attrs.define(kw_only=True)
class RangeCapability:
    """A parameter that takes any number between a minimum and a maximum, both included.

    Attributes:
        max: ``max``
        min: ``min``
        type: ``type``
    """

    max: float
    min: float
    type: Literal["range"] = "range"
