"""ImageStreamingResponseData"""

from __future__ import annotations

from typing import TypeAlias

from .._runtime.passthrough import UnknownVariant
from .image_gen_completed_event import ImageGenCompletedEvent
from .image_gen_partial_image_event import ImageGenPartialImageEvent
from .image_gen_stream_error_event import ImageGenStreamErrorEvent
from .image_gen_text_chunk_event import ImageGenTextChunkEvent

ImageStreamingResponseData: TypeAlias = (
    ImageGenPartialImageEvent
    | ImageGenTextChunkEvent
    | ImageGenCompletedEvent
    | ImageGenStreamErrorEvent
    | UnknownVariant
)
"""ImageStreamingResponseData

Told apart by the ``type`` property:
``image_generation.partial_image`` -> :class:`ImageGenPartialImageEvent`,
``image_generation.text_chunk`` -> :class:`ImageGenTextChunkEvent`,
``image_generation.completed`` -> :class:`ImageGenCompletedEvent`,
``error`` -> :class:`ImageGenStreamErrorEvent`,
any other tag -> :class:`UnknownVariant` (the raw object, kept).
"""
