"""Every model of the Legacy Store client."""

from .audit import Audit
from .order import Order
from .refund import Refund
from .refund1 import Refund1
from .status import Status

__all__ = [
    "Audit",
    "Order",
    "Refund",
    "Refund1",
    "Status",
]
