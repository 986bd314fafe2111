"""ProviderSortConfig: The provider sorting strategy (price, throughput, latency)"""

from __future__ import annotations

from typing import TYPE_CHECKING

import attrs

from .._runtime.unset import UNSET, Unset

if TYPE_CHECKING:
    from .provider_sort_config_by import ProviderSortConfigBy
    from .provider_sort_config_partition import ProviderSortConfigPartition


@attrs.define(kw_only=True)
class ProviderSortConfig:
    """The provider sorting strategy (price, throughput, latency)

    Attributes:
        by: The provider sorting strategy (price, throughput, latency)
        partition: Partitioning strategy for sorting: "model" (default) groups endpoints by model before sorting (fallback models remain fallbacks), "none" sorts all endpoints together regardless of model.
    """

    by: ProviderSortConfigBy | str | None | Unset = attrs.field(default=UNSET)
    partition: ProviderSortConfigPartition | str | None | Unset = attrs.field(
        default=UNSET
    )
