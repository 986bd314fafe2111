"""ProviderSortConfig: How providers are ranked (price, throughput, latency)"""

from __future__ import annotations

from typing import TYPE_CHECKING

import attrs

from .._runtime.model import Model as _Model
from .._runtime.unset import UNSET, Unset

if TYPE_CHECKING:
    from .provider_sort_config_by import ProviderSortConfigBy
    from .provider_sort_config_partition import ProviderSortConfigPartition


@attrs.define(kw_only=True)
class ProviderSortConfig(_Model):
    """How providers are ranked (price, throughput, latency)

    Attributes:
        by: How providers are ranked (price, throughput, latency)
        partition: How sorting is partitioned. "model" (the default) groups the endpoints per model first, so fallback models stay fallbacks; "none" ranks every endpoint in one pool, whatever its model.
    """

    by: ProviderSortConfigBy | str | None | Unset = UNSET
    partition: ProviderSortConfigPartition | str | None | Unset = UNSET
