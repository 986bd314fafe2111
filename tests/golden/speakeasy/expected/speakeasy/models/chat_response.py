"""ChatResponse"""

from __future__ import annotations

import attrs


@attrs.define(kw_only=True)
class ChatResponse:
    """ChatResponse

    Attributes:
        text: ``text``
    """

    text: str
