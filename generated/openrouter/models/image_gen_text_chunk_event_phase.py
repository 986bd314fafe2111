"""ImageGenTextChunkEventPhase: The generation phase this chunk belongs to. `content` is the renderable output; `reasoning` and `draft` are intermediate provider phases."""

from __future__ import annotations

import enum


class ImageGenTextChunkEventPhase(str, enum.Enum):
    """The generation phase this chunk belongs to. `content` is the renderable output; `reasoning` and `draft` are intermediate provider phases.

    Fields of this type also accept values not listed here (as plain ``str``), so a
    server adding a value does not break the client.
    """

    CONTENT = "content"
    REASONING = "reasoning"
    DRAFT = "draft"
