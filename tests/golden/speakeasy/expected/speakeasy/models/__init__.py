"""Every model of the Speakeasy extensions client.

Each model's module is imported when the model is first used (``from .models import X`` or
``models.X``), so that importing the package stays fast however large the API is.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .chat_chunk import ChatChunk
    from .chat_request import ChatRequest
    from .chat_response import ChatResponse
    from .create_transcription_multipart_request import (
        CreateTranscriptionMultipartRequest,
    )
    from .transcription_request import TranscriptionRequest
    from .transcription_result import TranscriptionResult

_MODULES: dict[str, str] = {
    "ChatChunk": "chat_chunk",
    "ChatRequest": "chat_request",
    "ChatResponse": "chat_response",
    "CreateTranscriptionMultipartRequest": "create_transcription_multipart_request",
    "TranscriptionRequest": "transcription_request",
    "TranscriptionResult": "transcription_result",
}

__all__ = [
    "ChatChunk",
    "ChatRequest",
    "ChatResponse",
    "CreateTranscriptionMultipartRequest",
    "TranscriptionRequest",
    "TranscriptionResult",
]


if not TYPE_CHECKING:  # type checkers read the imports above (and flag unknown names)

    def __getattr__(name: str) -> Any:
        module = _MODULES.get(name)
        if module is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(f".{module}", __name__), name)
        globals()[name] = value
        return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
