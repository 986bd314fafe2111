"""Track"""

from __future__ import annotations

from typing import Literal

import attrs

from .._runtime.model import Model as _Model
from .._runtime.unset import UNSET, Unset


@attrs.define(kw_only=True)
class Track(_Model):
    """Track

    Attributes:
        type: always track; not required
        name: ``name``
    """

    type: Literal["track"] | Unset = UNSET
    name: str | Unset = UNSET
