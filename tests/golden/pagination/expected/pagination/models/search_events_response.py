"""SearchEventsResponse"""

from __future__ import annotations

from typing import TYPE_CHECKING

import attrs

from .._runtime.model import Model as _Model
from .._runtime.unset import UNSET, Unset

if TYPE_CHECKING:
    from .event import Event
    from .search_events_response_paging import SearchEventsResponsePaging


@attrs.define(kw_only=True)
class SearchEventsResponse(_Model):
    """SearchEventsResponse

    Attributes:
        hits: ``hits``
        paging: ``paging``
    """

    hits: list[Event] | Unset = UNSET
    paging: SearchEventsResponsePaging | Unset = UNSET
