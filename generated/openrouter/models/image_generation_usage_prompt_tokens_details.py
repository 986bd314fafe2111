"""ImageGenerationUsagePromptTokensDetails: Breakdown of tokens used in the prompt."""

from __future__ import annotations

import attrs

from .._runtime.unset import UNSET, Unset


@attrs.define(kw_only=True)
class ImageGenerationUsagePromptTokensDetails:
    """Breakdown of tokens used in the prompt.

    Attributes:
        audio_tokens: Tokens used for input audio.
        cache_write_tokens: Tokens written to cache. Only returned for models with explicit caching and cache write pricing.
        cached_tokens: Tokens cached by the endpoint.
        file_tokens: Tokens used for input files/documents.
        video_tokens: Tokens used for input video.
    """

    audio_tokens: int | None | Unset = attrs.field(default=UNSET)
    cache_write_tokens: int | None | Unset = attrs.field(default=UNSET)
    cached_tokens: int | None | Unset = attrs.field(default=UNSET)
    file_tokens: int | None | Unset = attrs.field(default=UNSET)
    video_tokens: int | None | Unset = attrs.field(default=UNSET)
