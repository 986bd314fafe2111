"""ImageGenerationUsageServerToolUse: What server-side tools (web search and the like) were used"""

from __future__ import annotations

import attrs

from .._runtime.unset import UNSET, Unset


@attrs.define(kw_only=True)
class ImageGenerationUsageServerToolUse:
    """What server-side tools (web search and the like) were used

    Attributes:
        tool_calls_executed: How many OpenRouter tool calls ran and returned a result.
        tool_calls_requested: How many tool calls run by OpenRouter the model asked for, over every tool type; tools the provider runs itself (such as its own web search) are not included.
        web_search_requests: How many web searches server-side tools ran. A search run by OpenRouter also counts in tool_calls_requested, while a provider's own search may appear only here, so the two must not be added.
    """

    tool_calls_executed: int | None | Unset = UNSET
    tool_calls_requested: int | None | Unset = UNSET
    web_search_requests: int | None | Unset = UNSET
