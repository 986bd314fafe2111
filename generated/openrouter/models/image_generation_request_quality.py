"""ImageGenerationRequestQuality: How much effort to spend rendering; ignored by providers without such a setting."""

from __future__ import annotations

import enum


class ImageGenerationRequestQuality(str, enum.Enum):
    """How much effort to spend rendering; ignored by providers without such a setting.

    Fields of this type also accept values not listed here (as plain ``str``), so a
    server adding a value does not break the client.
    """

    AUTO = "auto"
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"
