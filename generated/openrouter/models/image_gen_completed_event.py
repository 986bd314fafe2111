"""ImageGenCompletedEvent: Emitted when generation completes and the final image is available"""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

import attrs

from .._runtime.unset import UNSET, Unset

if TYPE_CHECKING:
    from .image_generation_usage import ImageGenerationUsage


@attrs.define(kw_only=True)
class ImageGenCompletedEvent:
    """Emitted when generation completes and the final image is available

    Attributes:
        b64_json: Base64-encoded final image data
        created: Unix timestamp (seconds) when the image was generated
        media_type: Media type (MIME type) of the image, e.g. `image/png`, `image/jpeg`, `image/webp`, `image/svg+xml`. May be omitted if the format could not be determined.
        type: The event type
        usage: ``usage``
    """

    b64_json: str
    created: int
    media_type: str | Unset = attrs.field(default=UNSET)
    type: Literal["image_generation.completed"] = attrs.field(
        default="image_generation.completed"
    )
    usage: ImageGenerationUsage | Unset = attrs.field(default=UNSET)
