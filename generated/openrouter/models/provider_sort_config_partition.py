"""ProviderSortConfigPartition: Partitioning strategy for sorting: "model" (default) groups endpoints by model before sorting (fallback models remain fallbacks), "none" sorts all endpoints together regardless of model."""

from __future__ import annotations

import enum


class ProviderSortConfigPartition(str, enum.Enum):
    """Partitioning strategy for sorting: "model" (default) groups endpoints by model before sorting (fallback models remain fallbacks), "none" sorts all endpoints together regardless of model.

    Fields of this type also accept values not listed here (as plain ``str``), so a
    server adding a value does not break the client.
    """

    MODEL = "model"
    NONE = "none"
