"""ListReportsResponseMeta"""

from __future__ import annotations

import attrs

from .._runtime.model import Model as _Model
from .._runtime.unset import UNSET, Unset


@attrs.define(kw_only=True)
class ListReportsResponseMeta(_Model):
    """ListReportsResponseMeta

    Attributes:
        total_pages: ``total_pages``
    """

    total_pages: int | Unset = UNSET
