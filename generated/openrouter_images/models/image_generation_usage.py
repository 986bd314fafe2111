"""ImageGenerationUsage: Tokens used and cost incurred by the image generation request, if known"""

from __future__ import annotations

from typing import TYPE_CHECKING

import attrs

from .._runtime.model import Model as _Model
from .._runtime.unset import UNSET, Unset

if TYPE_CHECKING:
    from .anthropic_cache_creation import AnthropicCacheCreation
    from .anthropic_speed import AnthropicSpeed
    from .anthropic_usage_iteration import AnthropicUsageIteration
    from .cost_details import CostDetails
    from .image_generation_usage_completion_tokens_details import (
        ImageGenerationUsageCompletionTokensDetails,
    )
    from .image_generation_usage_prompt_tokens_details import (
        ImageGenerationUsagePromptTokensDetails,
    )
    from .image_generation_usage_server_tool_use import (
        ImageGenerationUsageServerToolUse,
    )


@attrs.define(kw_only=True)
class ImageGenerationUsage(_Model):
    """Tokens used and cost incurred by the image generation request, if known

    Attributes:
        cache_creation: ``cache_creation``
        completion_tokens: Number of tokens produced
        completion_tokens_details: ``completion_tokens_details``
        cost: What the completion cost
        cost_details: Upstream inference cost, split into its parts
        is_byok: True when the request used a Bring Your Own Key setup
        iterations: ``iterations``
        prompt_tokens: Input token count, with images, input audio and tools counted when present
        prompt_tokens_details: How the prompt tokens split up.
        server_tool_use: Usage of tools run on the server side, such as web search
        service_tier: Service tier the upstream provider applied to this request
        speed: ``speed``
        total_tokens: Prompt and completion tokens added together
    """

    cache_creation: AnthropicCacheCreation | None | Unset = UNSET
    completion_tokens: int
    completion_tokens_details: (
        ImageGenerationUsageCompletionTokensDetails | None | Unset
    ) = UNSET
    cost: float | None | Unset = UNSET
    cost_details: CostDetails | None | Unset = UNSET
    is_byok: bool | Unset = UNSET
    iterations: list[AnthropicUsageIteration] | None | Unset = UNSET
    prompt_tokens: int
    prompt_tokens_details: ImageGenerationUsagePromptTokensDetails | None | Unset = (
        UNSET
    )
    server_tool_use: ImageGenerationUsageServerToolUse | None | Unset = UNSET
    service_tier: str | None | Unset = UNSET
    speed: AnthropicSpeed | str | None | Unset = UNSET
    total_tokens: int
