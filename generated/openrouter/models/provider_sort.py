"""ProviderSort: What to rank providers by: price, throughput or latency"""

from __future__ import annotations

import enum


class ProviderSort(str, enum.Enum):
    """What to rank providers by: price, throughput or latency

    Fields of this type also accept values not listed here (as plain ``str``), so a
    server adding a value does not break the client.
    """

    PRICE = "price"
    THROUGHPUT = "throughput"
    LATENCY = "latency"
    EXACTO = "exacto"
