"""Clip"""

from __future__ import annotations

import attrs

from .._runtime.model import Model as _Model
from .._runtime.unset import UNSET, Unset


@attrs.define(kw_only=True)
class Clip(_Model):
    """Clip

    Attributes:
        type: ``type``
        url: ``url``
    """

    type: str | Unset = UNSET
    url: str
