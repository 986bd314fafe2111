"""ImageGenerationUsagePromptTokensDetails: How the input tokens divide up."""

from __future__ import annotations

import attrs

from .._runtime.unset import UNSET, Unset


@attrs.define(kw_only=True)
class ImageGenerationUsagePromptTokensDetails:
    """How the input tokens divide up.

    Attributes:
        audio_tokens: Input tokens spent on audio.
        cache_write_tokens: Tokens stored in the cache; reported only by models with explicit caching that charge for cache writes.
        cached_tokens: Input tokens served from the endpoint's cache.
        file_tokens: Input tokens spent on files and documents.
        video_tokens: Input tokens spent on video.
    """

    audio_tokens: int | None | Unset = UNSET
    cache_write_tokens: int | None | Unset = UNSET
    cached_tokens: int | None | Unset = UNSET
    file_tokens: int | None | Unset = UNSET
    video_tokens: int | None | Unset = UNSET
