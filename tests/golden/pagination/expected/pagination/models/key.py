"""Key"""

from __future__ import annotations

import attrs

from .._runtime.model import Model as _Model
from .._runtime.unset import UNSET, Unset


@attrs.define(kw_only=True)
class Key(_Model):
    """Key

    Attributes:
        id: ``id``
        name: ``name``
    """

    id: str
    name: str | Unset = UNSET
