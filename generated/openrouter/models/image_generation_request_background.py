"""ImageGenerationRequestBackground: Background treatment. `transparent` requires an output_format that supports alpha (png or webp)."""

from __future__ import annotations

import enum


class ImageGenerationRequestBackground(str, enum.Enum):
    """Background treatment. `transparent` requires an output_format that supports alpha (png or webp).

    Fields of this type also accept values not listed here (as plain ``str``), so a
    server adding a value does not break the client.
    """

    AUTO = "auto"
    TRANSPARENT = "transparent"
    OPAQUE = "opaque"
