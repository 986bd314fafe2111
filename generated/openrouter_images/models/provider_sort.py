"""ProviderSort: How providers are ranked (price, throughput, latency)"""

from __future__ import annotations

import enum


class ProviderSort(str, enum.Enum):
    """How providers are ranked (price, throughput, latency)

    Fields of this type also accept values not listed here (as plain ``str``), so a
    server adding a value does not break the client.
    """

    PRICE = "price"
    THROUGHPUT = "throughput"
    LATENCY = "latency"
    EXACTO = "exacto"
