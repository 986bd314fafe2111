"""Vendor"""

from __future__ import annotations

import enum


class Vendor(str, enum.Enum):
    """Vendor

    Fields of this type also accept values not listed here (as plain ``str``), so a
    server adding a value does not break the client.
    """

    Z_AI = "Z.AI"
    Z_AI_2 = "z-ai"
    NONE = "None"
    CLASS = "class"
