"""Circle"""

from __future__ import annotations

import attrs

from .._runtime.unset import UNSET, Unset


@attrs.define(kw_only=True)
class Circle:
    """Circle

    Attributes:
        kind: ``kind``
        radius: ``radius``
    """

    kind: str
    radius: float | Unset = UNSET
