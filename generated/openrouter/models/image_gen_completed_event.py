"""ImageGenCompletedEvent: Sent while streaming, once the finished image is ready"""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

import attrs

from .._runtime.unset import UNSET, Unset

if TYPE_CHECKING:
    from .image_generation_usage import ImageGenerationUsage


@attrs.define(kw_only=True)
class ImageGenCompletedEvent:
    """Sent while streaming, once the finished image is ready

    Attributes:
        b64_json: The finished image, base64-encoded
        created: When the image was made, in seconds since the Unix epoch
        media_type: The image's MIME type, such as `image/png`, `image/jpeg`, `image/webp` or `image/svg+xml`; absent when the format is unknown.
        type: Which kind of event this is
        usage: Tokens used and cost of the request, when known
    """

    b64_json: str
    created: int
    media_type: str | Unset = UNSET
    type: Literal["image_generation.completed"] = "image_generation.completed"
    usage: ImageGenerationUsage | Unset = UNSET
