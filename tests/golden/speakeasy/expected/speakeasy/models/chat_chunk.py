"""ChatChunk"""

from __future__ import annotations

import attrs

from .._runtime.unset import UNSET, Unset


@attrs.define(kw_only=True)
class ChatChunk:
    """ChatChunk

    Attributes:
        delta: ``delta``
    """

    delta: str | Unset = UNSET
