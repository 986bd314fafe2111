"""Every model of the Values client.

Each model's module is imported when the model is first used (``from .models import X`` or
``models.X``), so that importing the package stays fast however large the API is.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .circle import Circle
    from .create_setting_request import CreateSettingRequest
    from .drawing import Drawing
    from .envelope import Envelope
    from .envelope_result import EnvelopeResult
    from .failure import Failure
    from .get_setting_key import GetSettingKey
    from .list_settings_filter import ListSettingsFilter
    from .preset import Preset
    from .setting import Setting
    from .setting_value import SettingValue
    from .shape import Shape
    from .square import Square

_MODULES: dict[str, str] = {
    "Circle": "circle",
    "CreateSettingRequest": "create_setting_request",
    "Drawing": "drawing",
    "Envelope": "envelope",
    "EnvelopeResult": "envelope_result",
    "Failure": "failure",
    "GetSettingKey": "get_setting_key",
    "ListSettingsFilter": "list_settings_filter",
    "Preset": "preset",
    "Setting": "setting",
    "SettingValue": "setting_value",
    "Shape": "shape",
    "Square": "square",
}

__all__ = [
    "Circle",
    "CreateSettingRequest",
    "Drawing",
    "Envelope",
    "EnvelopeResult",
    "Failure",
    "GetSettingKey",
    "ListSettingsFilter",
    "Preset",
    "Setting",
    "SettingValue",
    "Shape",
    "Square",
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
