"""ImagePricingEntryUnit"""

from __future__ import annotations

import enum


class ImagePricingEntryUnit(str, enum.Enum):
    """ImagePricingEntryUnit

    Fields of this type also accept values not listed here (as plain ``str``), so a
    server adding a value does not break the client.
    """

    IMAGE = "image"
    MEGAPIXEL = "megapixel"
    TOKEN = "token"
