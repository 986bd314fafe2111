"""Circle"""

from __future__ import annotations

import attrs

from .._runtime.model import Model as _Model
from .._runtime.unset import UNSET, Unset


@attrs.define(kw_only=True)
class Circle(_Model):
    """Circle

    Attributes:
        kind: ``kind``
        radius: ``radius``
    """

    kind: str
    radius: float | Unset = UNSET
