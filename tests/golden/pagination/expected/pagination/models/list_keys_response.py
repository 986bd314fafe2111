"""ListKeysResponse"""

from __future__ import annotations

from typing import TYPE_CHECKING

import attrs

from .._runtime.model import Model as _Model

if TYPE_CHECKING:
    from .key import Key


@attrs.define(kw_only=True)
class ListKeysResponse(_Model):
    """ListKeysResponse

    Attributes:
        data: ``data``
    """

    data: list[Key]
