"""RangeCapability: A parameter that accepts any value within an inclusive numeric range."""

from __future__ import annotations

from typing import Literal

import attrs


@attrs.define(kw_only=True)
class RangeCapability:
    """A parameter that accepts any value within an inclusive numeric range.

    Attributes:
        max: ``max``
        min: ``min``
        type: ``type``
    """

    max: float
    min: float
    type: Literal["range"] = attrs.field(default="range")
