"""Shape"""

from __future__ import annotations

from typing import TypeAlias

from .._runtime.passthrough import UnknownVariant
from .circle import Circle
from .square import Square

Shape: TypeAlias = Circle | Square | UnknownVariant
"""Shape

Told apart by the ``kind`` property:
``circle`` -> :class:`Circle`,
``square`` -> :class:`Square`,
any other tag -> :class:`UnknownVariant` (the raw object, kept).
"""
