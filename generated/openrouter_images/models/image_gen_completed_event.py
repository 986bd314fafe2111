"""ImageGenCompletedEvent: Sent once generation has finished and the final image is ready"""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

import attrs

from .._runtime.model import Model as _Model
from .._runtime.unset import UNSET, Unset

if TYPE_CHECKING:
    from .image_generation_usage import ImageGenerationUsage


@attrs.define(kw_only=True)
class ImageGenCompletedEvent(_Model):
    """Sent once generation has finished and the final image is ready

    Attributes:
        b64_json: The final image, encoded as base64
        created: Time the image was generated, as Unix time in seconds
        media_type: MIME type of the image, such as `image/png`, `image/jpeg`, `image/webp` or `image/svg+xml`. Can be absent when the format is unknown.
        type: Kind of event
        usage: Tokens used and cost incurred by the image generation request, if known
    """

    b64_json: str
    created: int
    media_type: str | Unset = UNSET
    type: Literal["image_generation.completed"] = "image_generation.completed"
    usage: ImageGenerationUsage | Unset = UNSET
