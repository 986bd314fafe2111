"""LizardPetType"""

from __future__ import annotations

import enum


class LizardPetType(str, enum.Enum):
    """LizardPetType

    Fields of this type also accept values not listed here (as plain ``str``), so a
    server adding a value does not break the client.
    """

    GECKO = "gecko"
    IGUANA = "iguana"
