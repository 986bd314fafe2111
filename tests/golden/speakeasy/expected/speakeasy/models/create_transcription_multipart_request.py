"""CreateTranscriptionMultipartRequest"""

from __future__ import annotations

import attrs

from .._runtime.model import Model as _Model


@attrs.define(kw_only=True)
class CreateTranscriptionMultipartRequest(_Model):
    """CreateTranscriptionMultipartRequest

    Attributes:
        file: ``file``
        model: ``model``
    """

    file: bytes
    model: str
