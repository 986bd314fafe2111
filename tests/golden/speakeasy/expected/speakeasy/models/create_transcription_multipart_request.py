"""CreateTranscriptionMultipartRequest"""

from __future__ import annotations

import attrs


@attrs.define(kw_only=True)
class CreateTranscriptionMultipartRequest:
    """CreateTranscriptionMultipartRequest

    Attributes:
        file: ``file``
        model: ``model``
    """

    file: bytes
    model: str
