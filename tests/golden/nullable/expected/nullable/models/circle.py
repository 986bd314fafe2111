"""Circle"""

from __future__ import annotations

import attrs

from .._runtime.model import Model as _Model


@attrs.define(kw_only=True)
class Circle(_Model):
    """Circle

    Attributes:
        radius: ``radius``
    """

    radius: float
