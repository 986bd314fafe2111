"""ImageGenPartialImageEvent: Sent during a streamed generation whenever a partial image is ready"""

from __future__ import annotations

from typing import Literal

import attrs

from .._runtime.model import Model as _Model


@attrs.define(kw_only=True)
class ImageGenPartialImageEvent(_Model):
    """Sent during a streamed generation whenever a partial image is ready

    Attributes:
        b64_json: The partial image, encoded as base64
        partial_image_index: Position of this partial image in the sequence, counting from 0
        type: Kind of event
    """

    b64_json: str
    partial_image_index: int
    type: Literal["image_generation.partial_image"] = "image_generation.partial_image"
