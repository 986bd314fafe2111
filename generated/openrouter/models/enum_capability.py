"""EnumCapability: A parameter that accepts one of a discrete set of string values."""

from __future__ import annotations

from typing import Literal

import attrs


@attrs.define(kw_only=True)
class EnumCapability:
    """A parameter that accepts one of a discrete set of string values.

    Attributes:
        type: ``type``
        values: ``values``
    """

    type: Literal["enum"] = attrs.field(default="enum")
    values: list[str]
