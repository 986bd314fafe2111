"""ImageGenerationRequestResolution: Resolution class of the image, provider-neutral; each provider works out the exact pixel size."""

from __future__ import annotations

import enum


class ImageGenerationRequestResolution(str, enum.Enum):
    """Resolution class of the image, provider-neutral; each provider works out the exact pixel size.

    Fields of this type also accept values not listed here (as plain ``str``), so a
    server adding a value does not break the client.
    """

    VALUE_512 = "512"
    VALUE_1_K = "1K"
    VALUE_2_K = "2K"
    VALUE_4_K = "4K"
