"""ImageGenStreamErrorEvent: Emitted when streaming generation fails after the SSE response starts"""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

import attrs

if TYPE_CHECKING:
    from .image_gen_stream_error_event_error import ImageGenStreamErrorEventError


@attrs.define(kw_only=True)
class ImageGenStreamErrorEvent:
    """Emitted when streaming generation fails after the SSE response starts

    Attributes:
        error: Provider error details
        type: The event type
    """

    error: ImageGenStreamErrorEventError
    type: Literal["error"] = attrs.field(default="error")
