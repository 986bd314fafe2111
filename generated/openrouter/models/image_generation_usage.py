"""ImageGenerationUsage: Token and cost usage for the image generation request, when available"""

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
    """Token and cost usage for the image generation request, when available

    Attributes:
        cache_creation: ``cache_creation``
        completion_tokens: The tokens generated
        completion_tokens_details: ``completion_tokens_details``
        cost: Cost of the completion
        cost_details: ``cost_details``
        is_byok: Whether a request was made using a Bring Your Own Key configuration
        iterations: ``iterations``
        prompt_tokens: Including images, input audio, and tools if any
        prompt_tokens_details: Breakdown of tokens used in the prompt.
        server_tool_use: Usage for server-side tool execution (e.g., web search)
        service_tier: The service tier used by the upstream provider for this request
        speed: ``speed``
        total_tokens: Sum of the above two fields
    """

    cache_creation: AnthropicCacheCreation | None | Unset = attrs.field(default=UNSET)
    completion_tokens: int
    completion_tokens_details: (
        ImageGenerationUsageCompletionTokensDetails | None | Unset
    ) = attrs.field(default=UNSET)
    cost: float | None | Unset = attrs.field(default=UNSET)
    cost_details: CostDetails | None | Unset = attrs.field(default=UNSET)
    is_byok: bool | Unset = attrs.field(default=UNSET)
    iterations: list[AnthropicUsageIteration] | None | Unset = attrs.field(
        default=UNSET
    )
    prompt_tokens: int
    prompt_tokens_details: ImageGenerationUsagePromptTokensDetails | None | Unset = (
        attrs.field(default=UNSET)
    )
    server_tool_use: ImageGenerationUsageServerToolUse | None | Unset = attrs.field(
        default=UNSET
    )
    service_tier: str | None | Unset = attrs.field(default=UNSET)
    speed: AnthropicSpeed | str | None | Unset = attrs.field(default=UNSET)
    total_tokens: int
