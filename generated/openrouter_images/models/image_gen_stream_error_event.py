"""ImageGenStreamErrorEvent: Sent when a streamed generation fails after the SSE response has begun"""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

import attrs

from .._runtime.model import Model as _Model

if TYPE_CHECKING:
    from .image_gen_stream_error_event_error import ImageGenStreamErrorEventError


@attrs.define(kw_only=True)
class ImageGenStreamErrorEvent(_Model):
    """Sent when a streamed generation fails after the SSE response has begun

    Attributes:
        error: What the provider reported about the error
        type: Kind of event
    """

    error: ImageGenStreamErrorEventError
    type: Literal["error"] = "error"
