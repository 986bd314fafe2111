"""Problem"""

from __future__ import annotations

import attrs


@attrs.define(kw_only=True)
class Problem:
    """Problem

    Attributes:
        message: ``message``
    """

    message: str
