"""ImageInputModality"""

from __future__ import annotations

import enum


class ImageInputModality(str, enum.Enum):
    """ImageInputModality

    Fields of this type also accept values not listed here (as plain ``str``), so a
    server adding a value does not break the client.
    """

    TEXT = "text"
    IMAGE = "image"
    FILE = "file"
    AUDIO = "audio"
    VIDEO = "video"
