"""ListKeysResponse"""

from __future__ import annotations

from typing import TYPE_CHECKING

import attrs

if TYPE_CHECKING:
    from .key import Key


@attrs.define(kw_only=True)
class ListKeysResponse:
    """ListKeysResponse

    Attributes:
        data: ``data``
    """

    data: list[Key]
