"""ImageGenerationRequestQuality: Rendering quality. Providers without a quality knob ignore this."""

from __future__ import annotations

import enum


class ImageGenerationRequestQuality(str, enum.Enum):
    """Rendering quality. Providers without a quality knob ignore this.

    Fields of this type also accept values not listed here (as plain ``str``), so a
    server adding a value does not break the client.
    """

    AUTO = "auto"
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"
