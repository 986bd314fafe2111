"""ImagePricingEntryBillable"""

from __future__ import annotations

import enum


class ImagePricingEntryBillable(str, enum.Enum):
    """ImagePricingEntryBillable

    Fields of this type also accept values not listed here (as plain ``str``), so a
    server adding a value does not break the client.
    """

    OUTPUT_IMAGE = "output_image"
    INPUT_IMAGE = "input_image"
    INPUT_FONT = "input_font"
    INPUT_REFERENCE = "input_reference"
    INPUT_TEXT = "input_text"
