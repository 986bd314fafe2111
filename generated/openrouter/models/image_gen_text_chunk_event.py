"""ImageGenTextChunkEvent: Emitted when a text chunk becomes available during streaming generation of text-based formats (e.g. SVG)"""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

import attrs

if TYPE_CHECKING:
    from .image_gen_text_chunk_event_phase import ImageGenTextChunkEventPhase


@attrs.define(kw_only=True)
class ImageGenTextChunkEvent:
    """Emitted when a text chunk becomes available during streaming generation of text-based formats (e.g. SVG)

    Attributes:
        phase: The generation phase this chunk belongs to. `content` is the renderable output; `reasoning` and `draft` are intermediate provider phases.
        text: A text fragment of the image being generated (e.g. partial SVG markup)
        type: The event type
    """

    phase: ImageGenTextChunkEventPhase | str
    text: str
    type: Literal["image_generation.text_chunk"] = attrs.field(
        default="image_generation.text_chunk"
    )
