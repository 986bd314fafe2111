"""Moved"""

from __future__ import annotations

import attrs

from .._runtime.model import Model as _Model


@attrs.define(kw_only=True)
class Moved(_Model):
    """Moved

    Attributes:
        location: ``location``
    """

    location: str
