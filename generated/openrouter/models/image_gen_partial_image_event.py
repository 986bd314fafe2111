"""ImageGenPartialImageEvent: Emitted when a partial image becomes available during streaming generation"""

from __future__ import annotations

from typing import Literal

import attrs


@attrs.define(kw_only=True)
class ImageGenPartialImageEvent:
    """Emitted when a partial image becomes available during streaming generation

    Attributes:
        b64_json: Base64-encoded partial image data
        partial_image_index: 0-based index indicating which partial image this is in the sequence
        type: The event type
    """

    b64_json: str
    partial_image_index: int
    type: Literal["image_generation.partial_image"] = attrs.field(
        default="image_generation.partial_image"
    )
