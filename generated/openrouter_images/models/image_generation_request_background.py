"""ImageGenerationRequestBackground: How the background is handled. `transparent` needs an output_format with an alpha channel (png or webp)."""

from __future__ import annotations

import enum


class ImageGenerationRequestBackground(str, enum.Enum):
    """How the background is handled. `transparent` needs an output_format with an alpha channel (png or webp).

    Fields of this type also accept values not listed here (as plain ``str``), so a
    server adding a value does not break the client.
    """

    AUTO = "auto"
    TRANSPARENT = "transparent"
    OPAQUE = "opaque"
