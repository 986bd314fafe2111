"""NoteColor: optional and nullable enum"""

from __future__ import annotations

import enum


class NoteColor(str, enum.Enum):
    """optional and nullable enum

    Fields of this type also accept values not listed here (as plain ``str``), so a
    server adding a value does not break the client.
    """

    RED = "red"
    GREEN = "green"
