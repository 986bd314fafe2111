"""SearchEventsResponsePaging"""

from __future__ import annotations

import attrs

from .._runtime.unset import UNSET, Unset


@attrs.define(kw_only=True)
class SearchEventsResponsePaging:
    """SearchEventsResponsePaging

    Attributes:
        cursors: ``cursors``
    """

    cursors: list[str] | Unset = UNSET
