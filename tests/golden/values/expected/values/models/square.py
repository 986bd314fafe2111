"""Square"""

from __future__ import annotations

import attrs

from .._runtime.unset import UNSET, Unset


@attrs.define(kw_only=True)
class Square:
    """Square

    Attributes:
        kind: ``kind``
        side: ``side``
    """

    kind: str
    side: float | Unset = UNSET
