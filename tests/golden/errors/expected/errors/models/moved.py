"""Moved"""

from __future__ import annotations

import attrs


@attrs.define(kw_only=True)
class Moved:
    """Moved

    Attributes:
        location: ``location``
    """

    location: str
