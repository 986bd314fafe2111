"""Setting"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

from .._runtime.model import Model as _Model
from .._runtime.unset import UNSET, Unset

if TYPE_CHECKING:
    from .preset import Preset
    from .setting_value import SettingValue


@attrs.define(kw_only=True)
class Setting(_Model):
    """Setting

    Attributes:
        id: ``id``
        value: properties without a type constrain objects only
        preset: A named set of values (its properties constrain objects; no type is given).
        labels: additionalProperties without a type constrain objects only too
    """

    id: str
    value: SettingValue | str | int | float | bool | list[Any] | None | Unset = UNSET
    preset: Preset | str | int | float | bool | list[Any] | None | Unset = UNSET
    labels: dict[str, str] | str | int | float | bool | list[Any] | None | Unset = UNSET
