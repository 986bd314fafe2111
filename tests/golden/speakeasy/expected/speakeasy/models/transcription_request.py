"""TranscriptionRequest"""

from __future__ import annotations

import attrs

from .._runtime.model import Model as _Model


@attrs.define(kw_only=True)
class TranscriptionRequest(_Model):
    """TranscriptionRequest

    Attributes:
        audio: Base64-encoded audio
        model: ``model``
    """

    audio: str
    model: str
