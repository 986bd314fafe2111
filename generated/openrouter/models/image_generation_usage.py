"""ImageGenerationUsage: Tokens used and cost of the request, when known"""

from __future__ import annotations

from typing import TYPE_CHECKING

import attrs

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
class ImageGenerationUsage:
    """Tokens used and cost of the request, when known

    Attributes:
        cache_creation: ``cache_creation``
        completion_tokens: Tokens produced by the model
        completion_tokens_details: ``completion_tokens_details``
        cost: What the request cost
        cost_details: How the provider's inference cost divides up
        is_byok: True when the request ran on the caller's own provider key (BYOK)
        iterations: ``iterations``
        prompt_tokens: Input tokens, counting images, audio input and tools where present
        prompt_tokens_details: How the input tokens divide up.
        server_tool_use: What server-side tools (web search and the like) were used
        service_tier: Which service tier the provider used for the request
        speed: ``speed``
        total_tokens: Input plus output tokens
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
