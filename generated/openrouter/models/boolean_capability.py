"""BooleanCapability: A supported-or-not flag. Present means the parameter is accepted."""

from __future__ import annotations

from typing import Literal

import attrs


@attrs.define(kw_only=True)
class BooleanCapability:
    """A supported-or-not flag. Present means the parameter is accepted.

    Attributes:
        type: ``type``
    """

    type: Literal["boolean"] = attrs.field(default="boolean")
