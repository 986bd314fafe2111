"""Transcription"""

from __future__ import annotations

import attrs


@attrs.define(kw_only=True)
class Transcription:
    """Transcription

    Attributes:
        text: ``text``
    """

    text: str
