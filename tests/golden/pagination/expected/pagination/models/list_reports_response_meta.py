"""ListReportsResponseMeta"""

from __future__ import annotations

import attrs

from .._runtime.unset import UNSET, Unset


@attrs.define(kw_only=True)
class ListReportsResponseMeta:
    """ListReportsResponseMeta

    Attributes:
        total_pages: ``total_pages``
    """

    total_pages: int | Unset = UNSET
