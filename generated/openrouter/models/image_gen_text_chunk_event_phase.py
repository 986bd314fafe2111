"""ImageGenTextChunkEventPhase: Which phase produced this piece: `content` is the image itself, while `reasoning` and `draft` are the provider's intermediate steps."""

from __future__ import annotations

import enum


class ImageGenTextChunkEventPhase(str, enum.Enum):
    """Which phase produced this piece: `content` is the image itself, while `reasoning` and `draft` are the provider's intermediate steps.

    Fields of this type also accept values not listed here (as plain ``str``), so a
    server adding a value does not break the client.
    """

    CONTENT = "content"
    REASONING = "reasoning"
    DRAFT = "draft"
