"""BooleanCapability: Flag for a parameter that is either supported or not; its presence means the parameter is accepted."""

from __future__ import annotations

from typing import Literal

import attrs

from .._runtime.model import Model as _Model


@attrs.define(kw_only=True)
class BooleanCapability(_Model):
    """Flag for a parameter that is either supported or not; its presence means the parameter is accepted.

    Attributes:
        type: ``type``
    """

    type: Literal["boolean"] = "boolean"
