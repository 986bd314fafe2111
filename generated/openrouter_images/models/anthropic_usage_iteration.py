"""AnthropicUsageIteration"""

from __future__ import annotations

from typing import TypeAlias

from .anthropic_advisor_message_usage_iteration import (
    AnthropicAdvisorMessageUsageIteration,
)
from .anthropic_compaction_usage_iteration import AnthropicCompactionUsageIteration
from .anthropic_message_usage_iteration import AnthropicMessageUsageIteration
from .anthropic_unknown_usage_iteration import AnthropicUnknownUsageIteration

AnthropicUsageIteration: TypeAlias = (
    AnthropicCompactionUsageIteration
    | AnthropicMessageUsageIteration
    | AnthropicAdvisorMessageUsageIteration
    | AnthropicUnknownUsageIteration
)
