"""Every model of the Legacy Store client.

Each model's module is imported when the model is first used (``from .models import X`` or
``models.X``), so that importing the package stays fast however large the API is.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .audit import Audit
    from .envelope import Envelope
    from .envelope_result import EnvelopeResult
    from .failure import Failure
    from .order import Order
    from .preference import Preference
    from .preference_previous import PreferencePrevious
    from .preference_value import PreferenceValue
    from .refund import Refund
    from .refund1 import Refund1
    from .status import Status

_MODULES: dict[str, str] = {
    "Audit": "audit",
    "Envelope": "envelope",
    "EnvelopeResult": "envelope_result",
    "Failure": "failure",
    "Order": "order",
    "Preference": "preference",
    "PreferencePrevious": "preference_previous",
    "PreferenceValue": "preference_value",
    "Refund": "refund",
    "Refund1": "refund1",
    "Status": "status",
}

__all__ = [
    "Audit",
    "Envelope",
    "EnvelopeResult",
    "Failure",
    "Order",
    "Preference",
    "PreferencePrevious",
    "PreferenceValue",
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
