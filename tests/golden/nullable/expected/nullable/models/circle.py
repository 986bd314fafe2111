"""Circle"""

from __future__ import annotations

import attrs


@attrs.define(kw_only=True)
class Circle:
    """Circle

    Attributes:
        radius: ``radius``
    """

    radius: float
