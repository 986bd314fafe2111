"""ImageGenTextChunkEventPhase: Phase of generation this chunk comes from: `content` is the output to render, while `reasoning` and `draft` are intermediate phases of the provider."""

from __future__ import annotations

import enum


class ImageGenTextChunkEventPhase(str, enum.Enum):
    """Phase of generation this chunk comes from: `content` is the output to render, while `reasoning` and `draft` are intermediate phases of the provider.

    Fields of this type also accept values not listed here (as plain ``str``), so a
    server adding a value does not break the client.
    """

    CONTENT = "content"
    REASONING = "reasoning"
    DRAFT = "draft"
