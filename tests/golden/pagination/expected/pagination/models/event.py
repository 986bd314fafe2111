"""Event"""

from __future__ import annotations

import attrs

from .._runtime.model import Model as _Model
from .._runtime.unset import UNSET, Unset


@attrs.define(kw_only=True)
class Event(_Model):
    """Event

    Attributes:
        id: ``id``
        kind: ``kind``
    """

    id: int
    kind: str | Unset = UNSET
