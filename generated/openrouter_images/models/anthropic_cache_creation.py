"""AnthropicCacheCreation"""

from __future__ import annotations

import attrs

from .._runtime.model import Model as _Model


@attrs.define(kw_only=True)
class AnthropicCacheCreation(_Model):
    """AnthropicCacheCreation

    Attributes:
        ephemeral_1h_input_tokens: ``ephemeral_1h_input_tokens``
        ephemeral_5m_input_tokens: ``ephemeral_5m_input_tokens``
    """

    ephemeral_1h_input_tokens: int
    ephemeral_5m_input_tokens: int
