"""Square"""

from __future__ import annotations

import attrs

from .._runtime.model import Model as _Model
from .._runtime.unset import UNSET, Unset


@attrs.define(kw_only=True)
class Square(_Model):
    """Square

    Attributes:
        kind: ``kind``
        side: ``side``
    """

    kind: str
    side: float | Unset = UNSET
