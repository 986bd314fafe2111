"""ChatResponse"""

from __future__ import annotations

import attrs

from .._runtime.model import Model as _Model


@attrs.define(kw_only=True)
class ChatResponse(_Model):
    """ChatResponse

    Attributes:
        text: ``text``
    """

    text: str
