"""EnumCapability: A parameter whose value is one of a fixed list of strings."""

from __future__ import annotations

from typing import Literal

import attrs


@attrs.define(kw_only=True)
class EnumCapability:
    """A parameter whose value is one of a fixed list of strings.

    Attributes:
        type: ``type``
        values: ``values``
    """

    type: Literal["enum"] = "enum"
    values: list[str]
