"""Result"""

from __future__ import annotations

import attrs

from .._runtime.model import Model as _Model
from .._runtime.unset import UNSET, Unset


@attrs.define(kw_only=True)
class Result(_Model):
    """Result

    Attributes:
        custom_id: ``custom_id``
        ok: ``ok``
    """

    custom_id: str
    ok: bool | Unset = UNSET
