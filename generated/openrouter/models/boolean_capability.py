"""BooleanCapability: A parameter that is either accepted or not; its presence means it is."""

from __future__ import annotations

from typing import Literal

import attrs


@attrs.define(kw_only=True)
class BooleanCapability:
    """A parameter that is either accepted or not; its presence means it is.

    Attributes:
        type: ``type``
    """

    type: Literal["boolean"] = "boolean"
