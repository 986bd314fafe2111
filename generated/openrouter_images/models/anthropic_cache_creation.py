"""AnthropicCacheCreation"""

from __future__ import annotations

import attrs


@attrs.define(kw_only=True)
class AnthropicCacheCreation:
    """AnthropicCacheCreation

    Attributes:
        ephemeral_1h_input_tokens: ``ephemeral_1h_input_tokens``
        ephemeral_5m_input_tokens: ``ephemeral_5m_input_tokens``
    """

    ephemeral_1h_input_tokens: int
    ephemeral_5m_input_tokens: int
