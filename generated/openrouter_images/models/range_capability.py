"""RangeCapability: Parameter that takes any number between an inclusive minimum and maximum."""

from __future__ import annotations

from typing import Literal

import attrs

from .._runtime.model import Model as _Model


@attrs.define(kw_only=True)
class RangeCapability(_Model):
    """Parameter that takes any number between an inclusive minimum and maximum.

    Attributes:
        max: ``max``
        min: ``min``
        type: ``type``
    """

    max: float
    min: float
    type: Literal["range"] = "range"
