"""AnthropicSpeed"""

from __future__ import annotations

import enum


class AnthropicSpeed(str, enum.Enum):
    """AnthropicSpeed

    Fields of this type also accept values not listed here (as plain ``str``), so a
    server adding a value does not break the client.
    """

    FAST = "fast"
    STANDARD = "standard"
