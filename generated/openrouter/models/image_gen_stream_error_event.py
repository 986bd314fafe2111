"""ImageGenStreamErrorEvent: Sent while streaming when generation fails after the event stream has begun"""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

import attrs

if TYPE_CHECKING:
    from .image_gen_stream_error_event_error import ImageGenStreamErrorEventError


@attrs.define(kw_only=True)
class ImageGenStreamErrorEvent:
    """Sent while streaming when generation fails after the event stream has begun

    Attributes:
        error: What the provider reported
        type: Which kind of event this is
    """

    error: ImageGenStreamErrorEventError
    type: Literal["error"] = "error"
