"""AnthropicIterationCacheCreation"""

from __future__ import annotations

import attrs

from .._runtime.model import Model as _Model
from .._runtime.unset import UNSET, Unset


@attrs.define(kw_only=True)
class AnthropicIterationCacheCreation(_Model):
    """AnthropicIterationCacheCreation

    Attributes:
        ephemeral_1h_input_tokens: ``ephemeral_1h_input_tokens``
        ephemeral_5m_input_tokens: ``ephemeral_5m_input_tokens``
    """

    ephemeral_1h_input_tokens: int | Unset = UNSET
    ephemeral_5m_input_tokens: int | Unset = UNSET
