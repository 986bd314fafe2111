"""TranscriptionResult"""

from __future__ import annotations

import attrs


@attrs.define(kw_only=True)
class TranscriptionResult:
    """TranscriptionResult

    Attributes:
        transcript: ``text``
    """

    transcript: str = attrs.field(metadata={"wire": "text"})
