"""ImageGenerationUsageServerToolUse: Usage of tools run on the server side, such as web search"""

from __future__ import annotations

import attrs

from .._runtime.model import Model as _Model
from .._runtime.unset import UNSET, Unset


@attrs.define(kw_only=True)
class ImageGenerationUsageServerToolUse(_Model):
    """Usage of tools run on the server side, such as web search

    Attributes:
        tool_calls_executed: How many OpenRouter server tool calls ran and returned a result.
        tool_calls_requested: How many OpenRouter server-orchestrated tool calls the model asked for, over all tool types. Tools native to the provider (native web search, for instance) are left out of this count.
        web_search_requests: How many web searches server-side tools carried out. A search made by a server-orchestrated tool call is counted in tool_calls_requested as well, while a provider-native search may show up only here, so adding the two together double counts.
    """

    tool_calls_executed: int | None | Unset = UNSET
    tool_calls_requested: int | None | Unset = UNSET
    web_search_requests: int | None | Unset = UNSET
