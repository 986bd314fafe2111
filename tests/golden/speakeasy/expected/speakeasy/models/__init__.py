"""Every model of the Speakeasy extensions client."""

from .chat_chunk import ChatChunk
from .chat_request import ChatRequest
from .chat_response import ChatResponse
from .create_transcription_multipart_request import CreateTranscriptionMultipartRequest
from .transcription_request import TranscriptionRequest
from .transcription_result import TranscriptionResult

__all__ = [
    "ChatChunk",
    "ChatRequest",
    "ChatResponse",
    "CreateTranscriptionMultipartRequest",
    "TranscriptionRequest",
    "TranscriptionResult",
]
