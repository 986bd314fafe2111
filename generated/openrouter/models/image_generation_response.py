"""ImageGenerationResponse: Image generation response"""

from __future__ import annotations

from typing import TYPE_CHECKING

import attrs

from .._runtime.unset import UNSET, Unset

if TYPE_CHECKING:
    from .image_generation_response_data_item import ImageGenerationResponseDataItem
    from .image_generation_usage import ImageGenerationUsage


@attrs.define(kw_only=True)
class ImageGenerationResponse:
    """Image generation response

    Attributes:
        created: Unix timestamp (seconds) when the image was generated
        data: Generated images
        usage: ``usage``
    """

    created: int
    data: list[ImageGenerationResponseDataItem]
    usage: ImageGenerationUsage | Unset = attrs.field(default=UNSET)
