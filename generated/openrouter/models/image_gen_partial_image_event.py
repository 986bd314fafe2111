"""ImageGenPartialImageEvent: Sent while streaming, whenever an intermediate version of the image is ready"""

from __future__ import annotations

from typing import Literal

import attrs


@attrs.define(kw_only=True)
class ImageGenPartialImageEvent:
    """Sent while streaming, whenever an intermediate version of the image is ready

    Attributes:
        b64_json: The intermediate image, base64-encoded
        partial_image_index: Position of this intermediate image in the sequence, counting from 0
        type: Which kind of event this is
    """

    b64_json: str
    partial_image_index: int
    type: Literal["image_generation.partial_image"] = "image_generation.partial_image"
