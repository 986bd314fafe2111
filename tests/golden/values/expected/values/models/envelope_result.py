"""EnvelopeResult"""

from __future__ import annotations

import attrs

from .._runtime.model import Model as _Model
from .._runtime.unset import UNSET, Unset


@attrs.define(kw_only=True)
class EnvelopeResult(_Model):
    """EnvelopeResult

    Attributes:
        id: ``id``
    """

    id: str | Unset = UNSET
