"""ImageGenerationUsageCompletionTokensDetails"""

from __future__ import annotations

import attrs

from .._runtime.model import Model as _Model
from .._runtime.unset import UNSET, Unset


@attrs.define(kw_only=True)
class ImageGenerationUsageCompletionTokensDetails(_Model):
    """ImageGenerationUsageCompletionTokensDetails

    Attributes:
        audio_tokens: Output tokens the model spent on audio.
        image_tokens: Output tokens the model spent on images.
        reasoning_tokens: Tokens the model spent on reasoning.
    """

    audio_tokens: int | None | Unset = UNSET
    image_tokens: int | None | Unset = UNSET
    reasoning_tokens: int | None | Unset = UNSET
