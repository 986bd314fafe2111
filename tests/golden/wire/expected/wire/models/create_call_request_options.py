"""CreateCallRequestOptions"""

from __future__ import annotations

import attrs

from .._runtime.model import Model as _Model
from .._runtime.unset import UNSET, Unset


@attrs.define(kw_only=True)
class CreateCallRequestOptions(_Model):
    """CreateCallRequestOptions

    Attributes:
        record: ``record``
        channels: ``channels``
    """

    record: bool | Unset = UNSET
    channels: int | Unset = UNSET
