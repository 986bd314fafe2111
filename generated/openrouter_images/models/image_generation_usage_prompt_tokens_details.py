"""ImageGenerationUsagePromptTokensDetails: How the prompt tokens split up."""

from __future__ import annotations

import attrs

from .._runtime.model import Model as _Model
from .._runtime.unset import UNSET, Unset


@attrs.define(kw_only=True)
class ImageGenerationUsagePromptTokensDetails(_Model):
    """How the prompt tokens split up.

    Attributes:
        audio_tokens: Tokens spent on audio input.
        cache_write_tokens: Tokens stored into the cache; reported only for models that cache explicitly and charge for cache writes.
        cached_tokens: Tokens the endpoint had in its cache.
        file_tokens: Tokens spent on input files or documents.
        video_tokens: Tokens spent on video input.
    """

    audio_tokens: int | None | Unset = UNSET
    cache_write_tokens: int | None | Unset = UNSET
    cached_tokens: int | None | Unset = UNSET
    file_tokens: int | None | Unset = UNSET
    video_tokens: int | None | Unset = UNSET
