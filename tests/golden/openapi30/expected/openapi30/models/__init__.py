"""Every model of the Legacy Store client.

Each model's module is imported when the model is first used (``from .models import X`` or
``models.X``), so that importing the package stays fast however large the API is.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .audit import Audit
    from .order import Order
    from .refund import Refund
    from .refund1 import Refund1
    from .status import Status

_MODULES: dict[str, str] = {
    "Audit": "audit",
    "Order": "order",
    "Refund": "refund",
    "Refund1": "refund1",
    "Status": "status",
}

__all__ = [
    "Audit",
    "Order",
    "Refund",
    "Refund1",
    "Status",
]


if not TYPE_CHECKING:  # type checkers read the imports above (and flag unknown names)

    def __getattr__(name: str) -> Any:
        module = _MODULES.get(name)
        if module is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(f".{module}", __name__), name)
        globals()[name] = value
        return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
