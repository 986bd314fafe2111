"""ListEventsResponse"""

from __future__ import annotations

from typing import TYPE_CHECKING

import attrs

from .._runtime.model import Model as _Model
from .._runtime.unset import UNSET, Unset

if TYPE_CHECKING:
    from .event import Event


@attrs.define(kw_only=True)
class ListEventsResponse(_Model):
    """ListEventsResponse

    Attributes:
        data: ``data``
        next_cursor: ``next_cursor``
    """

    data: list[Event]
    next_cursor: str | None | Unset = UNSET
