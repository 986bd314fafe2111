"""AnthropicCompactionUsageIteration"""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

import attrs

from .._runtime.model import Model as _Model
from .._runtime.unset import UNSET, Unset

if TYPE_CHECKING:
    from .anthropic_iteration_cache_creation import AnthropicIterationCacheCreation


@attrs.define(kw_only=True)
class AnthropicCompactionUsageIteration(_Model):
    """AnthropicCompactionUsageIteration

    Attributes:
        cache_creation: ``cache_creation``
        cache_creation_input_tokens: ``cache_creation_input_tokens``
        cache_read_input_tokens: ``cache_read_input_tokens``
        input_tokens: ``input_tokens``
        output_tokens: ``output_tokens``
        type: ``type``
    """

    cache_creation: AnthropicIterationCacheCreation | None | Unset = UNSET
    cache_creation_input_tokens: int | Unset = UNSET
    cache_read_input_tokens: int | Unset = UNSET
    input_tokens: int | Unset = UNSET
    output_tokens: int | Unset = UNSET
    type: Literal["compaction"] = "compaction"
