"""ImageGenStreamErrorEvent: Sent when a streamed generation fails after the SSE response has begun"""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

import attrs

if TYPE_CHECKING:
    from .image_gen_stream_error_event_error import ImageGenStreamErrorEventError


@attrs.define(kw_only=True)
class ImageGenStreamErrorEvent:
    """Sent when a streamed generation fails after the SSE response has begun

    Attributes:
        error: What the provider reported about the error
        type: Kind of event
    """

    error: ImageGenStreamErrorEventError
    type: Literal["error"] = "error"
