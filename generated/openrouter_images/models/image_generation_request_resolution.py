"""ImageGenerationRequestResolution: Resolution tier of the output image, in normalized form; each provider works out the actual pixel dimensions."""

from __future__ import annotations

import enum


class ImageGenerationRequestResolution(str, enum.Enum):
    """Resolution tier of the output image, in normalized form; each provider works out the actual pixel dimensions.

    Fields of this type also accept values not listed here (as plain ``str``), so a
    server adding a value does not break the client.
    """

    VALUE_512 = "512"
    VALUE_1_K = "1K"
    VALUE_2_K = "2K"
    VALUE_4_K = "4K"
