"""ImageGenTextChunkEvent: Sent while streaming a text-based format (such as SVG) whenever another piece of text is ready"""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

import attrs

if TYPE_CHECKING:
    from .image_gen_text_chunk_event_phase import ImageGenTextChunkEventPhase


@attrs.define(kw_only=True)
class ImageGenTextChunkEvent:
    """Sent while streaming a text-based format (such as SVG) whenever another piece of text is ready

    Attributes:
        phase: Which phase produced this piece: `content` is the image itself, while `reasoning` and `draft` are the provider's intermediate steps.
        text: A piece of the image's text, such as a fragment of SVG markup
        type: Which kind of event this is
    """

    phase: ImageGenTextChunkEventPhase | str
    text: str
    type: Literal["image_generation.text_chunk"] = "image_generation.text_chunk"
