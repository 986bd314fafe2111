"""TranscriptionResult"""

from __future__ import annotations

import attrs

from .._runtime.model import Model as _Model


@attrs.define(kw_only=True)
class TranscriptionResult(_Model):
    """TranscriptionResult

    Attributes:
        transcript: ``text``
    """

    transcript: str = attrs.field(metadata={"wire": "text"})
