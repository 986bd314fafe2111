"""ImageGenerationRequestResolution: Normalized resolution tier of the generated image. Concrete pixel dimensions are derived per-provider."""

from __future__ import annotations

import enum


class ImageGenerationRequestResolution(str, enum.Enum):
    """Normalized resolution tier of the generated image. Concrete pixel dimensions are derived per-provider.

    Fields of this type also accept values not listed here (as plain ``str``), so a
    server adding a value does not break the client.
    """

    VALUE_512 = "512"
    VALUE_1_K = "1K"
    VALUE_2_K = "2K"
    VALUE_4_K = "4K"
