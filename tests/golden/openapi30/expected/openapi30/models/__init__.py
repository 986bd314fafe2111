"""Every model of the Legacy Store client."""

from .order import Order
from .status import Status

__all__ = [
    "Order",
    "Status",
]
