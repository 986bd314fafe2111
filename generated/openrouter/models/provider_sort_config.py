"""ProviderSortConfig: What to rank providers by: price, throughput or latency"""

from __future__ import annotations

from typing import TYPE_CHECKING

import attrs

from .._runtime.unset import UNSET, Unset

if TYPE_CHECKING:
    from .provider_sort_config_by import ProviderSortConfigBy
    from .provider_sort_config_partition import ProviderSortConfigPartition


@attrs.define(kw_only=True)
class ProviderSortConfig:
    """What to rank providers by: price, throughput or latency

    Attributes:
        by: What to rank providers by: price, throughput or latency
        partition: How endpoints are grouped before ranking: "model" (the default) ranks within each model, so fallback models stay fallbacks; "none" ranks every endpoint together whatever its model.
    """

    by: ProviderSortConfigBy | str | None | Unset = UNSET
    partition: ProviderSortConfigPartition | str | None | Unset = UNSET
