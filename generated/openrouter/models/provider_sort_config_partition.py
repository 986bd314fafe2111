"""ProviderSortConfigPartition: How endpoints are grouped before ranking: "model" (the default) ranks within each model, so fallback models stay fallbacks; "none" ranks every endpoint together whatever its model."""

from __future__ import annotations

import enum


class ProviderSortConfigPartition(str, enum.Enum):
    """How endpoints are grouped before ranking: "model" (the default) ranks within each model, so fallback models stay fallbacks; "none" ranks every endpoint together whatever its model.

    Fields of this type also accept values not listed here (as plain ``str``), so a
    server adding a value does not break the client.
    """

    MODEL = "model"
    NONE = "none"
