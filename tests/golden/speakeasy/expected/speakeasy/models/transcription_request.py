"""TranscriptionRequest"""

from __future__ import annotations

import attrs


@attrs.define(kw_only=True)
class TranscriptionRequest:
    """TranscriptionRequest

    Attributes:
        audio: Base64-encoded audio
        model: ``model``
    """

    audio: str
    model: str
