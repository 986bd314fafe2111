"""ImageGenerationUsageServerToolUse: Usage for server-side tool execution (e.g., web search)"""

from __future__ import annotations

import attrs

from .._runtime.unset import UNSET, Unset


@attrs.define(kw_only=True)
class ImageGenerationUsageServerToolUse:
    """Usage for server-side tool execution (e.g., web search)

    Attributes:
        tool_calls_executed: Number of OpenRouter server tool calls that executed and produced a result.
        tool_calls_requested: Total number of OpenRouter server-orchestrated tool calls the model requested, across all tool types. Provider-native tools (e.g. native web search) are not counted here.
        web_search_requests: Number of web searches performed by server-side tools. For server-orchestrated tool calls a web search is also counted in tool_calls_requested; provider-native web search may report web_search_requests only. Do not sum the two.
    """

    tool_calls_executed: int | None | Unset = attrs.field(default=UNSET)
    tool_calls_requested: int | None | Unset = attrs.field(default=UNSET)
    web_search_requests: int | None | Unset = attrs.field(default=UNSET)
