"""ProviderSortConfigPartition: How sorting is partitioned. "model" (the default) groups the endpoints per model first, so fallback models stay fallbacks; "none" ranks every endpoint in one pool, whatever its model."""

from __future__ import annotations

import enum


class ProviderSortConfigPartition(str, enum.Enum):
    """How sorting is partitioned. "model" (the default) groups the endpoints per model first, so fallback models stay fallbacks; "none" ranks every endpoint in one pool, whatever its model.

    Fields of this type also accept values not listed here (as plain ``str``), so a
    server adding a value does not break the client.
    """

    MODEL = "model"
    NONE = "none"
