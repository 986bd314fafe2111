"""EnvelopeResult"""

from __future__ import annotations

import attrs

from .._runtime.unset import UNSET, Unset


@attrs.define(kw_only=True)
class EnvelopeResult:
    """EnvelopeResult

    Attributes:
        id: ``id``
    """

    id: str | Unset = UNSET
