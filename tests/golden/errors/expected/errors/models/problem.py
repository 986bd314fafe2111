"""Problem"""

from __future__ import annotations

import attrs

from .._runtime.model import Model as _Model


@attrs.define(kw_only=True)
class Problem(_Model):
    """Problem

    Attributes:
        message: ``message``
    """

    message: str
