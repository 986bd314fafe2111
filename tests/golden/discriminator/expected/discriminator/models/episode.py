"""Episode"""

from __future__ import annotations

from typing import Literal

import attrs

from .._runtime.model import Model as _Model
from .._runtime.unset import UNSET, Unset


@attrs.define(kw_only=True)
class Episode(_Model):
    """Episode

    Attributes:
        type: ``type``
        show: ``show``
    """

    type: Literal["episode"] | Unset = UNSET
    show: str | Unset = UNSET
