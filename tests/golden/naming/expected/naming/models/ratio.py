"""Ratio"""

from __future__ import annotations

import enum


class Ratio(str, enum.Enum):
    """Ratio

    Fields of this type also accept values not listed here (as plain ``str``), so a
    server adding a value does not break the client.
    """

    VALUE_1_1 = "1:1"
    VALUE_16_9 = "16:9"
    VALUE_19_5_9 = "19.5:9"
    AUTO_2 = "auto"
    AUTO = "AUTO"
    EMPTY = ""
    EMPTY_2 = "-"
