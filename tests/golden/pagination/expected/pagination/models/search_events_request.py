"""SearchEventsRequest"""

from __future__ import annotations

import attrs

from .._runtime.model import Model as _Model
from .._runtime.unset import UNSET, Unset


@attrs.define(kw_only=True)
class SearchEventsRequest(_Model):
    """SearchEventsRequest

    Attributes:
        query: ``query``
        cursor: ``cursor``
        page_size: ``page_size``
    """

    query: str
    cursor: str | Unset = UNSET
    page_size: int | Unset = UNSET
