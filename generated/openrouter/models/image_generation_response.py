"""ImageGenerationResponse: The generated images, or a stream of generation events"""

from __future__ import annotations

from typing import TYPE_CHECKING

import attrs

from .._runtime.unset import UNSET, Unset

if TYPE_CHECKING:
    from .image_generation_response_data_item import ImageGenerationResponseDataItem
    from .image_generation_usage import ImageGenerationUsage


@attrs.define(kw_only=True)
class ImageGenerationResponse:
    """The generated images, or a stream of generation events

    Attributes:
        created: When the image was made, in seconds since the Unix epoch
        data: The images made
        usage: Tokens used and cost of the request, when known
    """

    created: int
    data: list[ImageGenerationResponseDataItem]
    usage: ImageGenerationUsage | Unset = UNSET
