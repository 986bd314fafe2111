"""ListReportsResponseResult"""

from __future__ import annotations

import attrs

from .._runtime.unset import UNSET, Unset


@attrs.define(kw_only=True)
class ListReportsResponseResult:
    """ListReportsResponseResult

    Attributes:
        items: ``items``
    """

    items: list[str] | Unset = UNSET
