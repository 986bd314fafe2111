"""ImageGenerationRequestQuality: Rendering quality; providers that have no quality setting disregard it."""

from __future__ import annotations

import enum


class ImageGenerationRequestQuality(str, enum.Enum):
    """Rendering quality; providers that have no quality setting disregard it.

    Fields of this type also accept values not listed here (as plain ``str``), so a
    server adding a value does not break the client.
    """

    AUTO = "auto"
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"
