"""Level"""

from __future__ import annotations

import enum


class Level(int, enum.Enum):
    """Level

    Fields of this type also accept values not listed here (as plain ``int``), so a
    server adding a value does not break the client.
    """

    VALUE_1 = 1
    VALUE_2 = 2
    VALUE_MINUS_3 = -3
