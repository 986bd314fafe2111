"""ImageGenerationResponse: Result of an image generation request"""

from __future__ import annotations

from typing import TYPE_CHECKING

import attrs

from .._runtime.model import Model as _Model
from .._runtime.unset import UNSET, Unset

if TYPE_CHECKING:
    from .image_generation_response_data_item import ImageGenerationResponseDataItem
    from .image_generation_usage import ImageGenerationUsage


@attrs.define(kw_only=True)
class ImageGenerationResponse(_Model):
    """Result of an image generation request

    Attributes:
        created: Time the image was generated, as Unix time in seconds
        data: The images that were produced
        usage: Tokens used and cost incurred by the image generation request, if known
    """

    created: int
    data: list[ImageGenerationResponseDataItem]
    usage: ImageGenerationUsage | Unset = UNSET
