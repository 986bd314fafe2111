"""EnumCapability: Parameter whose value must be one string out of a fixed set."""

from __future__ import annotations

from typing import Literal

import attrs

from .._runtime.model import Model as _Model


@attrs.define(kw_only=True)
class EnumCapability(_Model):
    """Parameter whose value must be one string out of a fixed set.

    Attributes:
        type: ``type``
        values: ``values``
    """

    type: Literal["enum"] = "enum"
    values: list[str]
