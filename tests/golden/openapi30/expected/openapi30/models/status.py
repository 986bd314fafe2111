"""Status"""

from __future__ import annotations

import enum


class Status(str, enum.Enum):
    """Status

    Fields of this type also accept values not listed here (as plain ``str``), so a
    server adding a value does not break the client.
    """

    OPEN = "open"
    CLOSED = "closed"
