"""ImageGenTextChunkEvent: Sent whenever a chunk of text is ready while a text-based format (SVG, for example) is being streamed"""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

import attrs

from .._runtime.model import Model as _Model

if TYPE_CHECKING:
    from .image_gen_text_chunk_event_phase import ImageGenTextChunkEventPhase


@attrs.define(kw_only=True)
class ImageGenTextChunkEvent(_Model):
    """Sent whenever a chunk of text is ready while a text-based format (SVG, for example) is being streamed

    Attributes:
        phase: Phase of generation this chunk comes from: `content` is the output to render, while `reasoning` and `draft` are intermediate phases of the provider.
        text: Piece of text of the image in progress, such as partial SVG markup
        type: Kind of event
    """

    phase: ImageGenTextChunkEventPhase | str
    text: str
    type: Literal["image_generation.text_chunk"] = "image_generation.text_chunk"
