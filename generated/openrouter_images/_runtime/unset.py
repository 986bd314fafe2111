"""The marker for a field or argument the caller did not set.

``None`` is a value (sent as JSON ``null``); ``UNSET`` means "leave it off the wire".
"""

from __future__ import annotations

import enum
from typing import Final, Literal, TypeVar

T = TypeVar("T")


class Unset(enum.Enum):
    """Type of :data:`UNSET`; a one-member enum so that type checkers can narrow on it."""

    UNSET = "UNSET"

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"


UNSET: Final = Unset.UNSET


def is_set(value: T | Unset) -> bool:
    """True when ``value`` is anything but :data:`UNSET` (``None`` counts as set)."""
    return value is not UNSET
