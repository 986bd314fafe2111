"""Every model of the Naming Edge Cases client.

Each model's module is imported when the model is first used (``from .models import X`` or
``models.X``), so that importing the package stays fast however large the API is.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .client_model import ClientModel
    from .level import Level
    from .ratio import Ratio
    from .vendor import Vendor
    from .vlan import VLAN
    from .vlan_model import VlanModel

_MODULES: dict[str, str] = {
    "ClientModel": "client_model",
    "Level": "level",
    "Ratio": "ratio",
    "Vendor": "vendor",
    "VLAN": "vlan",
    "VlanModel": "vlan_model",
}

__all__ = [
    "VLAN",
    "ClientModel",
    "Level",
    "Ratio",
    "Vendor",
    "VlanModel",
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
